"""Behaviour both clients share, tested once: the same test body runs with Client and AsyncClient.

A body is an `async def` taking either client; `await settle(...)` takes a sync call's value as it is
and awaits an async call's coroutine, so each line reads like the user's code of either client.
Fixtures `kind` (parametrized over KINDS) pick the client.
"""

from __future__ import annotations

import asyncio
import inspect
import io
import threading
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, Literal, TypeVar

import httpx
import pytest

from ovbp_facade import AsyncClient, Client
from ovbp_sandbox import Sandbox

T = TypeVar("T")
Kind = Literal["sync", "async"]
KINDS: tuple[Kind, ...] = ("sync", "async")
#: either client. A type checker cannot follow one body through both (a sync call's value and an async
#: call's coroutine); each client's typing is checked as its users see it in
#: tests/ovbp_facade/test_consumer_typing.py
AnyClient = Any

URL = "http://127.0.0.1:9/api/v2"


def _auth() -> io.StringIO:
    return io.StringIO("login\npassword-xyz\n")


Handler = Callable[[httpx.Request], httpx.Response]


def sync_client(handler: Handler, *, max_retries: int = 3) -> Client:
    """A Client whose requests `handler` answers."""
    mock = httpx.MockTransport(handler)
    return Client(_auth(), url=URL, transport=mock, retry_backoff_s=0.001, max_retries=max_retries)


def async_client(handler: Handler, *, max_retries: int = 3) -> AsyncClient:
    """An AsyncClient whose requests `handler` answers (httpx's mock transport serves both)."""
    mock = httpx.MockTransport(handler)
    return AsyncClient(_auth(), url=URL, transport=mock, retry_backoff_s=0.001, max_retries=max_retries)


def sandbox_client(kind: Kind, sandbox: Sandbox, **options: object) -> AnyClient:
    """A client of `kind` for the sandbox's user, built with `options` (the client's keyword arguments)."""
    cls = Client if kind == "sync" else AsyncClient
    return cls(sandbox.auth_path, url=sandbox.url, **options)  # type: ignore[arg-type]


def make_client(kind: Kind, handler: Handler, *, max_retries: int = 3) -> AnyClient:
    """A client of `kind` whose requests `handler` answers."""
    return (sync_client if kind == "sync" else async_client)(handler, max_retries=max_retries)


async def settle(value: Awaitable[T] | T) -> T:
    """The value of a call of either client."""
    if inspect.isawaitable(value):
        return await value
    return value


def run(body: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a test body in an event loop of its own (the sync client just runs inside it)."""
    return asyncio.run(body())


def record_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses either client makes in this thread (time.sleep in the sync one, asyncio.sleep in the
    async one), made without waiting; other threads (a sandbox's engine, its server) sleep as usual."""
    pauses: list[float] = []
    here = threading.get_ident()
    real_sleep, real_async_sleep = time.sleep, asyncio.sleep

    def sleep(seconds: float) -> None:
        if threading.get_ident() != here:
            return real_sleep(seconds)
        pauses.append(seconds)

    async def async_sleep(seconds: float, result: object = None) -> object:
        if threading.get_ident() != here:
            return await real_async_sleep(seconds, result)
        pauses.append(seconds)
        return result

    monkeypatch.setattr(time, "sleep", sleep)
    monkeypatch.setattr(asyncio, "sleep", async_sleep)
    return pauses


class Script:
    """Answers a fixed list of responses (or exceptions) in order and records the requests."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer
