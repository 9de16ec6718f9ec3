"""When runs start by themselves: active generators on their crontab, and cleaners after a change.

A unitcleaner change arms its cleaner's run DEBOUNCE_S later (re-armed by each further change), as
the platform recomputes on its own; one thread fires both kinds.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend.generator_records import DEFAULT_TIMEZONE
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.engine.crontab import crontab_errors, next_fire_time
from ovbp_sandbox.engine.worker import TaskWorker
from ovbp_sandbox.timeseries.timezones import timezone_errors

log = logging.getLogger(__name__)

DEBOUNCE_S = 0.5
TICK_S = 1.0
POLL_S = 0.1

Start = Callable[[str, str], None]  # (collection, record id): start a run (a feed for base feeders)


class Scheduler:
    """The crontab and debounce thread (see module docstring)."""

    def __init__(self, store: Store, worker: TaskWorker, start_run: Start) -> None:
        self.store = store
        self.worker = worker  # counts armed runs as outstanding, so wait_idle waits for them
        self.start_run = start_run
        self._debounced: dict[str, float] = {}  # cleaner id -> monotonic time its run is due
        self._lock = threading.Lock()
        self._fires: dict[tuple[str, str], tuple[str, str, dt.datetime]] = {}
        self._stopping = threading.Event()
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self._stopping.clear()
        self.thread = threading.Thread(target=self._loop, name="ovbp-engine-cron", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        """End the thread; armed cleaner runs are dropped."""
        self._stopping.set()
        with self._lock:
            dropped = len(self._debounced)
            self._debounced.clear()
        self.worker.release(dropped)

    def debounce_cleaner(self, cleaner_id: str) -> None:
        """(Re)arm the cleaner's run DEBOUNCE_S from now."""
        with self._lock:
            if cleaner_id not in self._debounced:
                self.worker.hold()
            self._debounced[cleaner_id] = time.monotonic() + DEBOUNCE_S

    def _loop(self) -> None:
        next_tick = time.monotonic() + TICK_S
        while not self._stopping.wait(POLL_S):
            try:
                self._fire_debounced()
                if time.monotonic() >= next_tick:
                    next_tick = time.monotonic() + TICK_S
                    self.tick(dt.datetime.now(dt.UTC))
            except Exception:  # keep scheduling whatever one record holds
                log.error("scheduler failed:\n%s", traceback.format_exc())

    def _fire_debounced(self) -> None:
        now = time.monotonic()
        with self._lock:
            due = [cleaner_id for cleaner_id, at in self._debounced.items() if at <= now]
        for cleaner_id in due:
            try:
                if self.store.get(r.CLEANERS, cleaner_id) is not None:
                    self.start_run(r.CLEANERS, cleaner_id)
            finally:
                with self._lock:
                    fired = self._debounced.get(cleaner_id, now + 1) <= now
                    if fired:
                        del self._debounced[cleaner_id]
                if fired:
                    self.worker.release()

    def tick(self, now: dt.datetime) -> None:
        """Start active importers, analyses and base feeders whose crontab time has come."""
        seen: set[tuple[str, str]] = set()
        for collection in (r.IMPORTERS, r.ANALYSES, r.BASE_FEEDERS):
            for record in self.store.find(collection, active=True):
                key = (collection, record["id"])
                crontab, timezone = _crontab_of(collection, record)
                if not crontab or crontab_errors(crontab) or timezone_errors(timezone):
                    continue
                seen.add(key)
                known = self._fires.get(key)
                if known is None or known[:2] != (crontab, timezone):
                    self._fires[key] = (crontab, timezone, next_fire_time(crontab, timezone, now))
                    continue
                if now >= known[2]:
                    self._fires[key] = (crontab, timezone, next_fire_time(crontab, timezone, now))
                    self.start_run(collection, record["id"])
        for key in set(self._fires) - seen:
            del self._fires[key]


def _crontab_of(collection: str, record: dict[str, Any]) -> tuple[str | None, str]:
    if collection == r.BASE_FEEDERS:
        return record.get("crontab"), str(record.get("timezone") or DEFAULT_TIMEZONE)
    return record.get("crontab") or None, DEFAULT_TIMEZONE
