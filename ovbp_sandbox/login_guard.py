"""Failed logins slow down who repeats them, not everyone: per login from one client address, and per
client address whatever the logins it tries.

A login's failures count per address, so that guesses from elsewhere cannot lock its owner out; an
address trying many logins is slowed on its own count. After `free` failures within `window_s` for a
key, the key must wait
before its next try: 1 s, then twice as long after each further failure, at most `max_wait_s`. A try
while waiting is refused at once, without checking the password, so guessing gains nothing and no
thread is held by a sleep; a success clears the login's count. Other logins and addresses are not
slowed. The same guard serves the API, the dashboard and the FTP server.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["LoginGuard", "LoginThrottled", "Verdict"]


class LoginThrottled(Exception):
    """Too many failed logins from this login or address: try again in `retry_after_s` seconds."""

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(f"Too many failed logins; try again in {retry_after_s} s.")
        self.retry_after_s = retry_after_s


@dataclass
class _Failures:
    count: int = 0
    first: float = 0.0
    blocked_until: float = 0.0


@dataclass(frozen=True)
class Verdict:
    """Whether a try may be checked now; otherwise how long to wait (seconds, rounded up)."""

    allowed: bool
    retry_after_s: int = 0


@dataclass
class LoginGuard:
    free_per_login: int = 10
    free_per_address: int = 200
    window_s: float = 600.0
    max_wait_s: float = 60.0
    clock: Callable[[], float] = time.monotonic
    _keys: dict[str, _Failures] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, login: str, address: str) -> Verdict:
        """May this login try from this address now?"""
        now = self.clock()
        with self._lock:
            waits = [
                f.blocked_until - now
                for f in (self._keys.get(f"login:{login}@{address}"), self._keys.get(f"address:{address}"))
                if f is not None and f.blocked_until > now
            ]
        if waits:
            return Verdict(False, max(1, math.ceil(max(waits))))
        return Verdict(True)

    def failed(self, login: str, address: str) -> None:
        now = self.clock()
        with self._lock:
            for key, free in (
                (f"login:{login}@{address}", self.free_per_login),
                (f"address:{address}", self.free_per_address),
            ):
                entry = self._keys.setdefault(key, _Failures(first=now))
                if now - entry.first > self.window_s:
                    entry.count, entry.first, entry.blocked_until = 0, now, 0.0
                entry.count += 1
                if entry.count > free:
                    wait = min(self.max_wait_s, 2.0 ** (entry.count - free - 1))
                    entry.blocked_until = now + wait
            if len(self._keys) > 100_000:  # a flood of made-up logins cannot grow this without bound
                self._keys = {k: v for k, v in self._keys.items() if now - v.first <= self.window_s}

    def succeeded(self, login: str, address: str) -> None:
        with self._lock:
            self._keys.pop(f"login:{login}@{address}", None)
