"""Fault injection: make a share of API requests fail the way a platform under deploy or load does.

An ASGI middleware in front of the API. A faulty request either answers 503 (with `Retry-After: 0`)
or has its connection dropped in the middle of the answer; every answer can also be delayed. Clients'
retry logic is tested against it with real sockets instead of mocks.
"""

from __future__ import annotations

import asyncio
import random
import threading
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send

FAULT_KINDS = ("503", "drop")
READ_METHODS = frozenset({"GET", "HEAD"})


@dataclass(frozen=True)
class FaultSettings:
    """What to inject: `rate` is the share (0..1) of matching requests that fail."""

    rate: float = 0.0
    methods: frozenset[str] = READ_METHODS
    kinds: tuple[str, ...] = FAULT_KINDS
    delay_s: float = 0.0
    seed: int | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.rate <= 1.0:
            raise ValueError(f"fault rate must be between 0 and 1, got {self.rate}")
        if self.delay_s < 0:
            raise ValueError(f"fault delay must be >= 0 seconds, got {self.delay_s}")
        unknown = set(self.kinds) - set(FAULT_KINDS)
        if unknown or not self.kinds:
            raise ValueError(
                f"fault kinds must be among {', '.join(FAULT_KINDS)}, got {', '.join(self.kinds)}"
            )
        object.__setattr__(self, "methods", frozenset(m.upper() for m in self.methods))


@dataclass
class FaultCounters:
    """How many requests were seen and how many were made to fail (for tests and logs)."""

    requests: int = 0
    failed_503: int = 0
    dropped: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)


class FaultInjector:
    """ASGI middleware applying the current FaultSettings; `settings` may be swapped at run time."""

    def __init__(self, app: ASGIApp, settings: FaultSettings | None = None) -> None:
        self.app = app
        self.settings = settings or FaultSettings()
        self.counters = FaultCounters()
        self._random = random.Random(self.settings.seed)

    def configure(self, settings: FaultSettings) -> None:
        self.settings = settings
        self._random = random.Random(settings.seed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        settings = self.settings
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if settings.delay_s:
            await asyncio.sleep(settings.delay_s)
        with self.counters.lock:
            self.counters.requests += 1
            faulty = scope["method"] in settings.methods and self._random.random() < settings.rate
            kind = self._random.choice(settings.kinds) if faulty else None
            if kind == "503":
                self.counters.failed_503 += 1
            elif kind == "drop":
                self.counters.dropped += 1
        if kind == "503":
            await _unavailable(send)
        elif kind == "drop":
            await self.app(scope, receive, _DroppingSend(send))
        else:
            await self.app(scope, receive, send)


class _DroppingSend:
    """Passes the response start on, then half of the body, and swallows the rest.

    The answer is left incomplete, so the server closes the connection once the app returns: the client
    sees its peer hang up mid-answer.
    """

    def __init__(self, send: Send) -> None:
        self._send = send
        self._cut = False

    async def __call__(self, message: Message) -> None:
        if self._cut:
            return
        if message["type"] == "http.response.body":
            body = bytes(message.get("body", b""))
            self._cut = True
            await self._send(
                {"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True}
            )
            return
        await self._send(message)


async def _unavailable(send: Send) -> None:
    body = b'{"detail":"Service temporarily unavailable (injected fault)."}'
    await send(
        {
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", b"0"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
