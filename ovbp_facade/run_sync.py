"""How the sync facade waits, runs blocking work and runs requests side by side: with threads.

The same names as `run_async`, which the hand-written async facade uses; the sync facade derived from
it (`ovbp_facade/_sync/`) imports this module instead. Blocking work runs in the caller's thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, ParamSpec, TypeAlias, TypeVar, Union

__all__ = ["Deferred", "Eventually", "Pending", "Pool", "map_bounded", "offload", "parse", "sleep"]

T = TypeVar("T")
U = TypeVar("U")
P = ParamSpec("P")

#: `Eventually[T]` is a T here (what the async facade's coroutine functions are awaited for)
Eventually: TypeAlias = Union[T]  # noqa: UP007 - a bare type variable cannot be an alias
#: work handed to a helper to run later (`get_or_create`'s lookup and creation)
Deferred: TypeAlias = Callable[[], T]


def sleep(seconds: float) -> None:
    time.sleep(seconds)


def offload(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Blocking work runs here, in the caller's thread (the async facade hands it to a worker thread)."""
    return function(*args, **kwargs)


def parse(content: bytes, function: Callable[..., T], *args: object, **kwargs: object) -> T:
    """`function(content, *args, **kwargs)`, in the caller's thread."""
    return function(content, *args, **kwargs)


def map_bounded(function: Callable[[T], U], items: Iterable[T], limit: int) -> list[U]:
    """`function` over `items` on at most `limit` threads; results in the items' order."""
    listed = list(items)
    if limit <= 1 or len(listed) <= 1:
        return [function(item) for item in listed]
    with ThreadPoolExecutor(max_workers=limit, thread_name_prefix="ovbp") as threads:
        return list(threads.map(function, listed))


class Pending(Generic[T]):
    """Work submitted to a Pool: `pending.result()` waits for it."""

    def __init__(self, future: Future[T]) -> None:
        self._future = future

    def result(self) -> T:
        return self._future.result()


class Pool:
    """A bounded thread pool; `close` drops what has not started and waits for the rest."""

    def __init__(self, limit: int, name: str) -> None:
        self._threads = ThreadPoolExecutor(max_workers=max(1, limit), thread_name_prefix=name)

    def submit(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Pending[T]:
        return Pending(self._threads.submit(function, *args, **kwargs))

    def close(self) -> None:
        self._threads.shutdown(wait=True, cancel_futures=True)
