"""The client on real networks: the environment's proxies and a given one (through a real forwarding
proxy), CA bundles (a throwaway authority's certificate), an httpx client of the user's own, the
User-Agent and a site's headers, `with_options`. Each runs with both clients against the sandbox."""

from __future__ import annotations

import http.server
import importlib.metadata
import io
import re
import ssl
import sys
import threading
import tomllib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme

import ovbp_facade
from ovbp_facade import APIConnectionError, APITimeoutError, AsyncClient, Client, NotFoundError, ServerError
from ovbp_sandbox import Sandbox
from tests.support.forward_proxy import forward_proxy
from tests.support.sandboxes import GuideRun

from .both_clients import AnyClient, Kind, run, sandbox_client, settle

ROOT = Path(__file__).resolve().parents[2]
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy or CA bundle variable from the machine running the tests."""
    for name in (*PROXY_VARIABLES, "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


async def login_of(client: AnyClient) -> str:
    """One call through the client: the logged-in user's name; the client is closed after it."""
    try:
        return str((await settle(client.get_me())).username)
    finally:
        await settle(client.close())


# ------------------------------------------------------------------------------------------- proxies
@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_the_environments_proxy_carries_every_request(
    kind: Kind, sandbox: Sandbox, clean_environment: pytest.MonkeyPatch, variable: str
) -> None:
    with forward_proxy() as proxy:
        clean_environment.setenv(variable, proxy.url)
        login = run(lambda: login_of(sandbox_client(kind, sandbox)))
    assert login and proxy.urls() == [f"{sandbox.url}/oteams/users/me/"]
    method, _, headers = proxy.seen[0]
    assert method == "GET" and headers["authorization"].startswith("Basic ")


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "localhost,127.0.0.1:1,127.0.0.1", "*"])
def test_no_proxy_hosts_are_reached_directly(
    kind: Kind, sandbox: Sandbox, clean_environment: pytest.MonkeyPatch, no_proxy: str
) -> None:
    with forward_proxy() as proxy:
        clean_environment.setenv("HTTP_PROXY", proxy.url)
        clean_environment.setenv("NO_PROXY", no_proxy)
        assert run(lambda: login_of(sandbox_client(kind, sandbox)))
    assert proxy.seen == []


def test_a_given_proxy_wins_over_the_environment(
    kind: Kind, sandbox: Sandbox, clean_environment: pytest.MonkeyPatch
) -> None:
    clean_environment.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    with forward_proxy() as proxy:
        assert run(lambda: login_of(sandbox_client(kind, sandbox, proxy=proxy.url)))
    assert proxy.urls() == [f"{sandbox.url}/oteams/users/me/"]


def test_a_proxy_that_is_down_is_retried_then_named(
    kind: Kind, sandbox: Sandbox, clean_environment: pytest.MonkeyPatch
) -> None:
    clean_environment.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    client = sandbox_client(kind, sandbox, max_retries=2, retry_backoff_s=0.001)
    with pytest.raises(APIConnectionError, match="after 3 attempts"):
        run(lambda: login_of(client))


def test_retries_hold_through_a_proxy(kind: Kind, sandbox: Sandbox, guide: GuideRun) -> None:
    """A select of several series (a POST that only reads) answered 503 once by the proxy is retried."""
    importer = str(guide.results.importer.id)
    with forward_proxy(failing_posts=1) as proxy:
        client = sandbox_client(kind, sandbox, proxy=proxy.url, retry_backoff_s=0.001)

        async def body() -> int:
            series = await settle(client.series.list_all(filter_by={"generator": importer}))
            frame = await settle(client.series.select_data(series))
            await settle(client.close())
            return len(frame)

        assert run(body) > 0
    assert [m for m, _, _ in proxy.seen] == ["GET", "POST", "POST"]  # the list, the select twice
    assert proxy.seen[1][1].endswith("/odata/series/multi_select/")


def test_one_of_transport_http_client_and_proxy(kind: Kind, sandbox: Sandbox) -> None:
    with pytest.raises(ValueError, match=r"not several \(http_client, proxy\)"):
        sandbox_client(kind, sandbox, proxy="http://127.0.0.1:9", http_client=httpx.Client())


# -------------------------------------------------------------------------------------- certificates
@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def tls_server(authority: trustme.CA) -> Iterator[str]:
    """An HTTPS server on 127.0.0.1 whose certificate the throwaway authority signed; it answers 404."""

    class NotFound(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b'{"detail": "Not found."}'
            self.send_response(404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), NotFound)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/api/v2"
    server.shutdown()
    server.server_close()


def tls_client(kind: Kind, url: str, **options: object) -> AnyClient:
    cls = Client if kind == "sync" else AsyncClient
    return cls(io.StringIO("login\npassword\n"), url=url, max_retries=0, **options)  # type: ignore[arg-type]


def test_verify_ssl_takes_a_ca_bundle_path(
    kind: Kind, tls_server: str, authority: trustme.CA, tmp_path: Path, clean_environment: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    with pytest.raises(APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
        run(lambda: login_of(tls_client(kind, tls_server)))
    with pytest.raises(NotFoundError):  # the handshake passed: the server's own answer
        run(lambda: login_of(tls_client(kind, tls_server, verify_ssl=bundle)))
    with pytest.raises(NotFoundError):
        run(lambda: login_of(tls_client(kind, tls_server, verify_ssl=str(bundle))))
    with pytest.raises(ValueError, match="no such CA bundle"):
        tls_client(kind, tls_server, verify_ssl=tmp_path / "missing.pem")


def test_ssl_cert_file_names_the_authorities(
    kind: Kind, tls_server: str, authority: trustme.CA, tmp_path: Path, clean_environment: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    clean_environment.setenv("SSL_CERT_FILE", str(bundle))
    with pytest.raises(NotFoundError):
        run(lambda: login_of(tls_client(kind, tls_server)))


# ------------------------------------------------------------------------------- a client of one's own
class BusyOnce(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A user's transport: its first request answered 503, the others sent on; each one remembered."""

    def __init__(self) -> None:
        self.seen: list[httpx.Request] = []
        self.sync, self.asynchronous = httpx.HTTPTransport(), httpx.AsyncHTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return httpx.Response(503) if len(self.seen) == 1 else self.sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        return (
            httpx.Response(503)
            if len(self.seen) == 1
            else await self.asynchronous.handle_async_request(request)
        )


def test_an_httpx_client_of_ones_own_carries_the_requests_with_retries(kind: Kind, sandbox: Sandbox) -> None:
    transport = BusyOnce()
    headers = {"X-Site": "plant-7"}
    own = (
        httpx.Client(transport=transport, headers=headers)
        if kind == "sync"
        else httpx.AsyncClient(transport=transport, headers=headers)
    )
    client = sandbox_client(kind, sandbox, http_client=own, retry_backoff_s=0.001)
    assert run(lambda: login_of(client))
    assert len(transport.seen) == 2  # the 503, then the retry
    sent = transport.seen[-1].headers
    assert sent["X-Site"] == "plant-7" and sent["Authorization"].startswith("Basic ")
    assert sent["User-Agent"].startswith("ovbp/")
    assert not own.is_closed  # the user's client stays theirs


# --------------------------------------------------------------------------------- version, identity
def test_the_version_is_written_once() -> None:
    written = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert ovbp_facade.__version__ == written == importlib.metadata.version("ovbp")


def test_requests_say_which_client_sent_them(kind: Kind, sandbox: Sandbox) -> None:
    with forward_proxy() as proxy:
        client = sandbox_client(kind, sandbox, proxy=proxy.url, default_headers={"X-Site": "plant-7"})
        run(lambda: login_of(client))
        custom = sandbox_client(
            kind, sandbox, proxy=proxy.url, default_headers={"user-agent": "plant-7-etl/2"}
        )
        run(lambda: login_of(custom))
    (_, _, first), (_, _, second) = proxy.seen
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    httpx_version = ".".join(httpx.__version__.split(".")[:2])
    assert first["user-agent"] == f"ovbp/{ovbp_facade.__version__} python/{python} httpx/{httpx_version}"
    assert re.fullmatch(r"ovbp/\S+ python/3\.\d+ httpx/\d+\.\d+", first["user-agent"])
    assert first["x-site"] == "plant-7"
    assert second["user-agent"] == "plant-7-etl/2"


# -------------------------------------------------------------------------------------- with_options
def test_with_options_shares_the_pool_and_keeps_the_clients_own(kind: Kind, sandbox: Sandbox) -> None:
    with forward_proxy(delay_s=0.3) as proxy:
        client = sandbox_client(kind, sandbox, proxy=proxy.url, timeout=10.0)

        async def body() -> None:
            hasty = client.with_options(timeout=0.05, max_retries=0)
            with pytest.raises(APITimeoutError):
                await settle(hasty.get_me())
            assert len(proxy.seen) == 1  # no retry on the copy
            patient = client.with_options(max_retries=1)
            assert (await settle(patient.get_me())).username
            await settle(hasty.close())
            await settle(patient.close())  # the copies' close leaves the pool to the client
            assert (await settle(client.get_me())).username  # its own timeout (10 s) still holds
            await settle(client.close())

        run(body)


def test_with_options_keeps_the_type(kind: Kind, sandbox: Sandbox) -> None:
    client = sandbox_client(kind, sandbox)
    other = client.with_options(timeout=300)
    assert type(other) is type(client) and other.url == client.url and other.login == client.login
    assert other.series is not client.series and other.series.client is other
    run(lambda: login_of(client))


# ---------------------------------------------------------------------------- retries of safe posts
def test_safe_posts_are_retried_and_creates_are_not(kind: Kind, sandbox: Sandbox) -> None:
    with forward_proxy(failing_posts=1) as proxy:
        client = sandbox_client(kind, sandbox, proxy=proxy.url, retry_backoff_s=0.001)

        async def body() -> None:
            organization = (await settle(client.organizations.list()))[0]
            with pytest.raises(ServerError):
                await settle(client.projects.create(name="never-retried", organization=organization))
            await settle(client.close())

        run(body)
    assert [m for m, _, _ in proxy.seen] == ["GET", "POST"]
