"""What the caller and the environment say about the network: which proxy each URL goes through, and
which certificates to trust. Read the way httpx reads them when it builds its own transports (its
`trust_env`), because the client builds its transports itself, to keep its retries on every route."""

from __future__ import annotations

import ipaddress
import os
import ssl
import urllib.request

import httpx

__all__ = ["ProxySetting", "VerifySetting", "proxy_routes", "ssl_verify"]

#: a proxy for every request: its URL (`http://proxy.example:3128`), or an httpx.Proxy (with auth or headers)
ProxySetting = str | httpx.URL | httpx.Proxy
#: True (the system's or SSL_CERT_FILE's / SSL_CERT_DIR's authorities), False (no check: never in
#: production), a CA bundle file or a directory of certificates, or a ready SSLContext
VerifySetting = bool | str | os.PathLike[str] | ssl.SSLContext


def _no_proxy_pattern(entry: str) -> str:
    """The httpx URL pattern of one NO_PROXY entry: a host and its subdomains, an address, or a URL."""
    if "://" in entry:
        return entry
    try:
        address = ipaddress.ip_address(entry.strip("[]"))
    except ValueError:
        if entry.lower() == "localhost":
            return "all://localhost"
        # `example.com` and `.example.com` both reach example.com's subdomains; the former example.com too
        return f"all://*{entry}"
    return f"all://[{address}]" if address.version == 6 else f"all://{address}"


def proxy_routes(proxy: ProxySetting | None) -> dict[str, httpx.Proxy | None]:
    """URL pattern -> the proxy its requests go through (None: directly).

    A given `proxy` takes every request. Otherwise the environment's HTTP_PROXY, HTTPS_PROXY and
    ALL_PROXY (lower case too) name each scheme's proxy, and NO_PROXY the hosts reached directly
    (`*`: every host), as httpx itself reads them.
    """
    if proxy is not None:
        return {"all://": proxy if isinstance(proxy, httpx.Proxy) else httpx.Proxy(proxy)}
    found = urllib.request.getproxies()
    routes: dict[str, httpx.Proxy | None] = {}
    for scheme in ("http", "https", "all"):
        url = found.get(scheme, "").strip()
        if url:
            routes[f"{scheme}://"] = httpx.Proxy(url if "://" in url else f"http://{url}")
    for entry in (part.strip() for part in found.get("no", "").split(",")):
        if entry == "*":
            return {}
        if entry:
            routes[_no_proxy_pattern(entry)] = None
    return routes


def ssl_verify(verify: VerifySetting) -> bool | ssl.SSLContext:
    """`verify` as httpx takes it: a CA bundle path becomes an SSLContext trusting those authorities."""
    if isinstance(verify, bool | ssl.SSLContext):
        return verify
    path = os.fspath(verify)
    if os.path.isdir(path):
        return ssl.create_default_context(capath=path)
    if not os.path.isfile(path):
        raise ValueError(f"verify_ssl={path!r}: no such CA bundle file or certificate directory")
    return ssl.create_default_context(cafile=path)
