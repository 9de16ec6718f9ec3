"""Bounded HTTP parsing: how large and how slow a request may be before the sandbox answers an error.

uvicorn's h11 protocol answers a request head past h11's buffer with a bare 400 and closes the socket
while the client is still sending, so the client sees a reset instead of an answer; and it waits for a
half-sent head forever. `BoundedHttp` answers instead, in the API's JSON error form:

- a request line (method, path and query) longer than `MAX_TARGET_BYTES`: 414;
- a request head (request line and headers) longer than `MAX_HEAD_BYTES`: 431;
- a head not received in full `HEAD_TIMEOUT_S` after its first byte (or after the connection opened): 408;
- a body longer than `MAX_BODY_BYTES`: 413 (read by the API, `api/app.py`).

After such an answer the connection is half-closed and what the client still sends is read and dropped
for up to `LINGER_S`, so that the client reads the answer rather than a reset.
"""

from __future__ import annotations

import asyncio
import json
from http import HTTPStatus
from typing import Any

import h11
from starlette.types import ASGIApp, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = [
    "HEAD_TIMEOUT_S",
    "LINGER_S",
    "MAX_BODY_BYTES",
    "MAX_HEAD_BYTES",
    "MAX_TARGET_BYTES",
    "BoundedHttp",
    "bounded_heads",
    "too_long_head",
    "too_long_target",
]

MAX_TARGET_BYTES = 8 * 1024  # path and query of one request (nginx's default header buffer)
MAX_HEAD_BYTES = 32 * 1024  # request line and every header together
MAX_BODY_BYTES = 10 * 1024 * 1024  # a request body (the platform's largest are scripts and bulk selects)
HEAD_TIMEOUT_S = 10.0  # to send a whole request head
LINGER_S = 2.0  # reading and dropping what a refused client still sends


def too_long_target(length: int) -> str:
    return (
        f"Request line of {length} bytes or more: paths and queries are limited to {MAX_TARGET_BYTES} bytes; "
        "send long selections in a POST body (multi_select)."
    )


def too_long_head(length: int) -> str:
    return (
        f"Request head of {length} bytes or more: the request line and headers together are limited to "
        f"{MAX_HEAD_BYTES} bytes."
    )


def _raw_answer(status: int, detail: str) -> bytes:
    body = json.dumps({"detail": detail}).encode()
    head = (
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
        "content-type: application/json\r\n"
        f"content-length: {len(body)}\r\n"
        "connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class BoundedHttp(H11Protocol):
    """uvicorn's h11 protocol with a head size limit answered 414/431 and a head time limit answered 408."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.conn = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEAD_BYTES)
        self._head_timer: asyncio.TimerHandle | None = None
        self._refused = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_head_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_head_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return  # read and dropped until the linger ends
        if self.conn.their_state is h11.IDLE and self._head_timer is None:
            self._arm_head_timer()
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._cancel_head_timer()

    def eof_received(self) -> None:
        if self._refused:
            self.transport.close()

    def send_400_response(self, msg: str) -> None:
        """Called by uvicorn when h11 cannot parse the head: say which limit was passed, if one was."""
        pending = self.conn.trailing_data[0]
        line_end = pending.find(b"\r\n")
        if len(pending) > MAX_HEAD_BYTES and (line_end == -1 or line_end > MAX_TARGET_BYTES):
            line = len(pending) if line_end == -1 else line_end
            self._refuse(414, too_long_target(line))
        elif len(pending) > MAX_HEAD_BYTES:
            self._refuse(431, too_long_head(len(pending)))
        else:
            self._refuse(400, f"{msg} Send an HTTP/1.1 request.")

    def _refuse(self, status: int, detail: str) -> None:
        self._cancel_head_timer()
        self._unset_keepalive_if_required()
        if self.transport.is_closing():
            return
        self._refused = True
        self.transport.write(_raw_answer(status, detail))
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(LINGER_S, self.transport.close)

    def _arm_head_timer(self) -> None:
        self._cancel_head_timer()
        self._head_timer = self.loop.call_later(HEAD_TIMEOUT_S, self._head_timed_out)

    def _cancel_head_timer(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.conn.their_state is h11.IDLE and not self._refused:
            self._refuse(408, f"The request head was not received in full within {HEAD_TIMEOUT_S:g} s.")


def bounded_heads(app: ASGIApp) -> ASGIApp:
    """`app` answering 414 / 431 to heads past the limits that arrived whole (so h11 did not refuse them)."""

    async def bounded(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            target = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") + 1
            head = target + sum(len(name) + len(value) + 4 for name, value in scope["headers"])
            if target > MAX_TARGET_BYTES:
                await _answer(send, 414, too_long_target(target))
                return
            if head > MAX_HEAD_BYTES:
                await _answer(send, 431, too_long_head(head))
                return
        await app(scope, receive, send)

    return bounded


async def _answer(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
