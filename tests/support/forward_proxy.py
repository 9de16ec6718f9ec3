"""A forwarding HTTP proxy on 127.0.0.1, as a company network puts between its users and the platform:
it takes requests in absolute form (`GET http://host/path`), sends them on, answers with what came
back, and remembers each request's method, URL and headers (names in lower case). It can also answer
the first POSTs 503 itself (a busy gateway), or wait before forwarding (a slow line)."""

from __future__ import annotations

import http.client
import http.server
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

#: headers that concern one connection, not the request (RFC 9110, 7.6.1), and the proxy's own
HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)


@dataclass
class ForwardProxy:
    url: str
    failing_posts: int = 0  # how many POSTs still to answer 503 without forwarding them
    delay_s: float = 0.0
    seen: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)

    def urls(self) -> list[str]:
        return [url for _, url, _ in self.seen]


class _Forwarder(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    proxy: ForwardProxy

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _forward(self) -> None:
        target = urllib.parse.urlsplit(self.path)
        if target.scheme != "http" or not target.hostname:
            self.send_error(400, "a forwarding proxy takes absolute http:// URLs")
            return
        headers = {
            name.lower(): value for name, value in self.headers.items() if name.lower() not in HOP_BY_HOP
        }
        self.proxy.seen.append((self.command, self.path, headers))
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.command == "POST" and self.proxy.failing_posts > 0:
            self.proxy.failing_posts -= 1
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        time.sleep(self.proxy.delay_s)
        upstream = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=60)
        try:
            path = target.path + (f"?{target.query}" if target.query else "")
            upstream.request(self.command, path, body=body or None, headers=headers)
            answer = upstream.getresponse()
            content = answer.read()
            self.send_response(answer.status, answer.reason)
            for name, value in answer.getheaders():
                if name.lower() not in HOP_BY_HOP and name.lower() != "content-length":
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)
        finally:
            upstream.close()

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = do_HEAD = _forward


@contextmanager
def forward_proxy(failing_posts: int = 0, delay_s: float = 0.0) -> Iterator[ForwardProxy]:
    """A proxy serving in a thread until the block ends."""
    proxy = ForwardProxy(url="", failing_posts=failing_posts, delay_s=delay_s)
    handler = type("Forwarder", (_Forwarder,), {"proxy": proxy})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    proxy.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield proxy
    finally:
        server.shutdown()
        server.server_close()
