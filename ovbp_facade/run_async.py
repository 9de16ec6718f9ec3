"""How the async facade waits, runs blocking work and runs requests side by side: with asyncio.

The facade is written once, in `ovbp_facade/_async/`, against this module; `codegen/unasync_facade.py`
derives the sync facade (`ovbp_facade/_sync/`), where the same names come from `run_sync` instead.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Generic, ParamSpec, TypeAlias, TypeVar

__all__ = [
    "PARSE_IN_THREAD_BYTES",
    "Deferred",
    "Eventually",
    "Pending",
    "Pool",
    "map_bounded",
    "offload",
    "parse",
    "sleep",
]

T = TypeVar("T")
U = TypeVar("U")
P = ParamSpec("P")

#: what a coroutine function returns: `Eventually[T]` is awaited for a T (a T itself in the sync facade)
Eventually: TypeAlias = Awaitable[T]
#: work handed to a helper to run later (`get_or_create`'s lookup and creation)
Deferred: TypeAlias = Callable[[], Awaitable[T]]


async def sleep(seconds: float) -> None:
    """Wait without blocking the event loop."""
    await asyncio.sleep(seconds)


async def offload(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run blocking work (parsing a large answer, FTP through ftputil, files) in a worker thread."""
    return await asyncio.to_thread(function, *args, **kwargs)


#: answers this large are parsed in a worker thread (about 10 ms of parsing), smaller ones in the loop
PARSE_IN_THREAD_BYTES = 1 << 18


async def parse(content: bytes, function: Callable[..., T], *args: object, **kwargs: object) -> T:
    """`function(content, *args, **kwargs)`: a large answer is parsed in a worker thread, so the event
    loop goes on serving other requests meanwhile."""
    if len(content) < PARSE_IN_THREAD_BYTES:
        return function(content, *args, **kwargs)
    return await asyncio.to_thread(function, content, *args, **kwargs)


async def map_bounded(function: Callable[[T], Awaitable[U]], items: Iterable[T], limit: int) -> list[U]:
    """`function` over `items`, at most `limit` at a time; results in the items' order."""
    gate = asyncio.Semaphore(max(1, limit))

    async def bounded(item: T) -> U:
        async with gate:
            return await function(item)

    return list(await asyncio.gather(*(bounded(item) for item in items)))


class Pending(Generic[T]):
    """Work submitted to a Pool: `await pending.result()`."""

    def __init__(self, task: asyncio.Task[T]) -> None:
        self._task = task

    async def result(self) -> T:
        return await self._task


class Pool:
    """Runs submitted coroutines as tasks, `limit` at a time; `close` cancels what is left."""

    def __init__(self, limit: int, name: str) -> None:
        self._gate = asyncio.Semaphore(max(1, limit))
        self._name = name
        self._tasks: set[asyncio.Task[object]] = set()

    def submit(self, function: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs) -> Pending[T]:
        async def bounded() -> T:
            async with self._gate:
                return await function(*args, **kwargs)

        task = asyncio.get_running_loop().create_task(bounded(), name=self._name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return Pending(task)

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
