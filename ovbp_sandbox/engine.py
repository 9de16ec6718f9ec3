"""The sandbox engine: tasks run by one worker thread, a crontab scheduler, reads and validation.

The HTTP routes call it through engine_api.py. Every action creates a task record (pending ->
running -> finished | failed) in the matching tasks collection and queues it; the single worker
thread runs tasks one at a time, so runs of the same generator never overlap. Unitcleaner changes
schedule their cleaner's run after a short debounce (fired by the scheduler thread, which also runs
active importers and base feeders on their crontab), as the platform recomputes on its own.
"""

from __future__ import annotations

import datetime as dt
import logging
import pathlib
import queue
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd

from . import registry as r
from . import scripts, series_store
from .cleaning import RESAMPLE_RULES, choice_errors, validate_unitcleaner
from .crontab import crontab_errors, next_fire_time
from .engine_jobs import (
    RUNS,
    JobContext,
    TaskFailed,
    clear_generator,
    link_importer_series,
    run_export,
    run_importer,
)
from .engine_records import DEFAULT_TIMEZONE, POSITION_SET, migrate_storage, series_timezone, stored_clock
from .errors import InvalidOptions
from .frequencies import frequency_errors
from .selection import (
    MAX_POINTS,
    encode_select_json,
    select_errors,
    select_points,
    share_of,
    to_wire,
    to_wire_arrays,
)
from .store import Store, utcnow_wire
from .timezones import clock_errors, timezone_errors

log = logging.getLogger(__name__)

TASKS_OF = {
    r.IMPORTERS: r.IMPORTER_TASKS,
    r.CLEANERS: r.CLEANER_TASKS,
    r.ANALYSES: r.ANALYSIS_TASKS,
    r.BASE_FEEDERS: r.BASE_FEEDER_TASKS,
}
TASK_COLLECTIONS = (*TASKS_OF.values(), r.SERIES_EXPORT_TASKS)
ACTIONS = ("run", "clear", "reset")
DEBOUNCE_S = 0.5
SCHEDULER_TICK_S = 1.0
DEBOUNCE_POLL_S = 0.1
CRASH_MESSAGE = "the sandbox stopped while this task was pending or running"

Job = Callable[[], str]


class Engine:
    """Background processing of the sandbox (see module docstring)."""

    def __init__(
        self, store: Store, data_dir: pathlib.Path, ftp_root: pathlib.Path, *, script_timeout_s: float = 60.0
    ) -> None:
        self.store = store
        self.data_dir = pathlib.Path(data_dir)
        self.ftp_root = pathlib.Path(ftp_root)
        self.script_timeout_s = script_timeout_s
        series_store.create_tables(store.connection())
        migrate_storage(store)
        self._queue: queue.Queue[tuple[str, str, Job] | None] = queue.Queue()
        self._state = threading.Condition()
        self._outstanding = 0  # queued or running tasks, plus armed debounce timers
        self._debounced: dict[str, float] = {}  # cleaner id -> monotonic time its run is due
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._schedule: dict[tuple[str, str], tuple[str, str, dt.datetime]] = {}
        self._context = JobContext(store, self.ftp_root, script_timeout_s, self._submit_follow_up)

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> None:
        """Fail tasks a crash left pending/running, then start the worker and the scheduler."""
        self.fail_interrupted_tasks()
        self._stop.clear()
        for target, name in ((self._work, "ovbp-engine-worker"), (self._scheduler, "ovbp-engine-cron")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        """Stop the threads; a running script is killed (its task fails), queued tasks stay pending."""
        self._stop.set()
        with self._state:
            self._outstanding -= len(self._debounced)
            self._debounced.clear()
            self._state.notify_all()
        self._queue.put(None)
        for thread in self._threads:  # a long script would otherwise hold the shutdown for its whole timeout
            if thread.ident is not None:
                scripts.stop_all(thread.ident)
        for thread in self._threads:
            thread.join(timeout=self.script_timeout_s + 10)
        self._threads.clear()

    def fail_interrupted_tasks(self) -> int:
        """Mark tasks left pending or running (by a crash) as failed; answer how many."""
        count = 0
        for collection in TASK_COLLECTIONS:
            for task in self.store.find(collection):
                base = dict(task.get("base") or {})
                if base.get("status") in ("pending", "running"):
                    base.update(status="failed", end_date=utcnow_wire(), message=CRASH_MESSAGE)
                    self.store.update(collection, task["id"], {"base": base})
                    count += 1
        return count

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no task is queued or running and no run is scheduled to start (tests)."""
        with self._state:
            return self._state.wait_for(lambda: self._outstanding == 0, timeout=timeout)

    # -- tasks -------------------------------------------------------------------------------------
    def _new_task(self, collection: str, target: str | None, organization_id: str | None) -> dict[str, Any]:
        base = {
            "status": "pending",
            "creation_date": utcnow_wire(),
            "start_date": None,
            "end_date": None,
            "message": "",
        }
        return self.store.insert(
            collection, {"target": target, "base": base}, organization_id=organization_id
        )

    def _enqueue(self, collection: str, task: dict[str, Any], job: Job) -> dict[str, Any]:
        with self._state:
            self._outstanding += 1
        self._queue.put((collection, task["id"], job))
        return task

    def _set_base(self, collection: str, task_id: str, **changes: Any) -> None:
        task = self.store.get(collection, task_id)
        if task is None:  # deleted with its target
            return
        base = {**(task.get("base") or {}), **changes}
        self.store.update(collection, task_id, {"base": base})

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            collection, task_id, job = item
            try:
                if self._stop.is_set():
                    continue  # left pending; failed by the next start()
                self._run_task(collection, task_id, job)
            finally:
                with self._state:
                    self._outstanding -= 1
                    self._state.notify_all()

    def _run_task(self, collection: str, task_id: str, job: Job) -> None:
        self._set_base(collection, task_id, status="running", start_date=utcnow_wire())
        try:
            message = job()
        except InvalidOptions as invalid:  # options only a run can check (e.g. too many steps)
            self._set_base(collection, task_id, status="failed", end_date=utcnow_wire(), message=str(invalid))
        except TaskFailed as failure:
            self._set_base(
                collection, task_id, status="failed", end_date=utcnow_wire(), message=failure.message
            )
        except Exception as error:  # a bug of ours: keep the engine alive, say what happened
            log.error("task %s/%s crashed:\n%s", collection, task_id, traceback.format_exc())
            self._set_base(
                collection,
                task_id,
                status="server_error",
                end_date=utcnow_wire(),
                message=f"internal error: {type(error).__name__}: {error}",
            )
        else:
            self._set_base(collection, task_id, status="finished", end_date=utcnow_wire(), message=message)

    def _generator_job(self, collection: str, record_id: str, name: str, partial_instant: str | None) -> Job:
        run = RUNS[collection]
        ctx = self._context

        def job() -> str:
            if name == "run":
                return run(ctx, record_id)
            # a reset runs again over what it cleared, every file (unless a position was set by hand); a
            # full clear rewinds too, a partial one keeps the position (its points stay cleared)
            record = self.store.get(collection, record_id) or {}
            rewind = not record.get(POSITION_SET) if name == "reset" else not partial_instant
            clear_generator(ctx, collection, record_id, partial_instant, rewind=rewind)
            if name == "reset":
                if collection == r.IMPORTERS and partial_instant:
                    return run_importer(ctx, record_id, from_instant=partial_instant)
                return run(ctx, record_id)
            return ""

        return job

    def submit_generator_action(
        self, collection: str, record_id: str, name: str, partial_instant: str | None
    ) -> dict[str, Any]:
        """Queue run / clear / reset of an importer, cleaner or analysis; answer the task."""
        if collection not in RUNS:
            raise InvalidOptions(
                {"collection": [f"{collection!r} has no actions; use importers, cleaners, analyses."]}
            )
        if name not in ACTIONS:
            raise InvalidOptions({"name": [f"{name!r} is not an action; allowed: `run`, `clear`, `reset`."]})
        if partial_instant and select_errors({"start": partial_instant}):
            message = f"{partial_instant!r} is not a datetime; use `%Y-%m-%dT%H:%M:%S.%fZ`."
            raise InvalidOptions({"partial_instant": [message]})
        task = self._new_task(
            TASKS_OF[collection], record_id, self.store.organization_of(collection, record_id)
        )
        return self._enqueue(
            TASKS_OF[collection], task, self._generator_job(collection, record_id, name, partial_instant)
        )

    def _submit_follow_up(
        self, collection: str, record_id: str, name: str, partial: str | None
    ) -> dict[str, Any]:
        return self.submit_generator_action(collection, record_id, name, partial)

    def submit_feed(self, base_feeder_id: str) -> dict[str, Any]:
        """Feeders are not run by the sandbox: the task finishes at once (files come by FTP instead)."""
        task = self._new_task(
            r.BASE_FEEDER_TASKS, base_feeder_id, self.store.organization_of(r.BASE_FEEDERS, base_feeder_id)
        )
        return self._enqueue(r.BASE_FEEDER_TASKS, task, lambda: "")

    def submit_export(self, user_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """Queue a series export; the zip lands in the user's FTP ``series_exports/``."""
        InvalidOptions.raise_if_any(self.export_errors(body))
        task = self._new_task(r.SERIES_EXPORT_TASKS, None, self.store.organization_of(r.USERS, user_id))
        payload = dict(body)
        return self._enqueue(r.SERIES_EXPORT_TASKS, task, lambda: run_export(self._context, user_id, payload))

    # -- hooks -----------------------------------------------------------------------------------
    def on_record_changed(self, collection: str, record_id: str) -> None:
        """A unitcleaner created or changed: recompute its cleaner shortly after (debounced)."""
        if collection != r.UNITCLEANERS:
            return
        uc = self.store.get(collection, record_id)
        if uc is None or not isinstance(uc.get("cleaner"), str):
            return
        link_importer_series(self.store, uc["cleaner"])
        self._debounce_cleaner(uc["cleaner"])

    def _debounce_cleaner(self, cleaner_id: str) -> None:
        """(Re)arm the cleaner's run DEBOUNCE_S from now; the scheduler thread submits it."""
        with self._state:
            if cleaner_id not in self._debounced:
                self._outstanding += 1
            self._debounced[cleaner_id] = time.monotonic() + DEBOUNCE_S

    def _fire_debounced(self) -> None:
        now = time.monotonic()
        with self._state:
            due = [cleaner_id for cleaner_id, at in self._debounced.items() if at <= now]
        for cleaner_id in due:
            try:
                if self.store.get(r.CLEANERS, cleaner_id) is not None:
                    self.submit_generator_action(r.CLEANERS, cleaner_id, "run", None)
            finally:
                with self._state:
                    if self._debounced.get(cleaner_id, now + 1) <= now:
                        del self._debounced[cleaner_id]
                        self._outstanding -= 1
                    self._state.notify_all()

    def on_record_deleted(self, collection: str, record: dict[str, Any]) -> None:
        """Drop the points of deleted series; a deleted unitcleaner's cleaned series goes too."""
        if collection == r.SERIES:
            with self.store.transaction() as conn:
                series_store.delete_series(conn, record["id"])
        elif (
            collection == r.UNITCLEANERS
            and isinstance(record.get("cleaner"), str)
            and self.store.get(r.CLEANERS, record["cleaner"]) is not None
        ):
            link_importer_series(self.store, record["cleaner"])
            self._debounce_cleaner(record["cleaner"])

    # -- reads -------------------------------------------------------------------------------------
    def _series(self, series_id: str) -> dict[str, Any]:
        series = self.store.get(r.SERIES, series_id)
        if series is None:
            raise KeyError(series_id)
        return series

    def _selected(self, series_id: str, params: Mapping[str, str], share: int) -> tuple[str, pd.Series]:
        series = self._series(series_id)
        points = series_store.read_points(self.store.connection(), series_id)
        timezone = series_timezone(self.store, series)
        return str(series["name"]), select_points(points, params, timezone, share, stored_clock(series))

    def select(self, series_id: str, params: dict[str, str]) -> dict[str, Any]:
        """``{"index": [ms], "data": [...]}`` of one series (at most 1,000,000 points)."""
        InvalidOptions.raise_if_any(select_errors(params))
        return to_wire(self._selected(series_id, params, MAX_POINTS)[1])

    def multi_select(self, series_ids_by_pk: Mapping[str, str], params: dict[str, str]) -> dict[str, Any]:
        """``{otsdb_pk: {"name", "index", "data"}}``; the 1,000,000 points are shared evenly."""
        InvalidOptions.raise_if_any(select_errors(params))
        share = share_of(len(series_ids_by_pk))
        answer: dict[str, Any] = {}
        for pk, series_id in series_ids_by_pk.items():
            name, selected = self._selected(series_id, params, share)
            answer[pk] = {"name": name, **to_wire(selected)}
        return answer

    def select_json(self, series_id: str, params: dict[str, str]) -> bytes:
        """The select answer already encoded (orjson from numpy: ~10x faster than json on 1e6 points)."""
        InvalidOptions.raise_if_any(select_errors(params))
        return encode_select_json(to_wire_arrays(self._selected(series_id, params, MAX_POINTS)[1]))

    def multi_select_json(self, series_ids_by_pk: Mapping[str, str], params: dict[str, str]) -> bytes:
        """The multi_select answer already encoded (see select_json)."""
        InvalidOptions.raise_if_any(select_errors(params))
        share = share_of(len(series_ids_by_pk))
        answer: dict[str, Any] = {}
        for pk, series_id in series_ids_by_pk.items():
            name, selected = self._selected(series_id, params, share)
            answer[pk] = {"name": name, **to_wire_arrays(selected)}
        return encode_select_json(answer)

    # -- validation --------------------------------------------------------------------------------
    def validate(self, collection: str, fields: dict[str, Any]) -> None:
        """Raise InvalidOptions for options the sandbox cannot honour (messages name field and value)."""
        errors: dict[str, list[str]] = {}
        present = fields.get
        if collection == r.UNITCLEANERS:
            errors.update(validate_unitcleaner(fields))
        elif collection in (r.IMPORTERS, r.BASE_FEEDERS):
            if "crontab" in fields:
                errors.update(crontab_errors(fields["crontab"]))
            root = fields.get("root_dir_path")
            if (
                collection == r.IMPORTERS
                and isinstance(root, str)
                and ".." in root.replace("\\", "/").split("/")
            ):
                errors["root_dir_path"] = [
                    f"{root!r} may not contain `..`; give a folder of the gate's FTP home."
                ]
            if collection == r.BASE_FEEDERS and "timezone" in fields:
                errors.update(timezone_errors(fields["timezone"]))
        elif collection == r.ANALYSIS_CONFIGS:
            for name in ("input_freq", "output_freq"):
                if name in fields:
                    errors.update(frequency_errors(present(name), name))
            if "wait_offset" in fields:
                errors.update(frequency_errors(present("wait_offset"), "wait_offset", allow_zero=True))
            if "clock" in fields:
                errors.update(clock_errors(present("clock")))
            if "output_timezone" in fields:
                errors.update(timezone_errors(present("output_timezone"), "output_timezone"))
        elif collection == r.ANALYSIS_OUTPUTS:
            if "resample_rule" in fields:
                errors.update(choice_errors(present("resample_rule"), "resample_rule", RESAMPLE_RULES))
        elif collection in ("select", "odata/series/select", "odata/series/multi_select"):
            errors.update(select_errors({k: str(v) for k, v in fields.items() if v is not None}))
        elif collection in ("export", "odata/series/export"):
            errors.update(self.export_errors(fields))
        InvalidOptions.raise_if_any(errors)

    @staticmethod
    def export_errors(body: Mapping[str, Any]) -> dict[str, list[str]]:
        """Messages for an invalid export request (empty dict when valid)."""
        errors: dict[str, list[str]] = {}
        if body.get("out_freq"):
            errors.update(frequency_errors(body["out_freq"], "out_freq"))
        if body.get("clock"):
            errors.update(clock_errors(body["clock"]))
        if body.get("out_mode") not in (None, "series", "dataframe"):
            errors["out_mode"] = [f"{body['out_mode']!r} is not allowed; use `series` or `dataframe`."]
        for name in ("start", "end"):
            if body.get(name):
                for messages in select_errors({"start": str(body[name])}).values():
                    errors[name] = messages
        return errors

    # -- crontab scheduler -----------------------------------------------------------------------
    def _scheduler(self) -> None:
        next_tick = time.monotonic() + SCHEDULER_TICK_S
        while not self._stop.wait(DEBOUNCE_POLL_S):
            try:
                self._fire_debounced()
                if time.monotonic() >= next_tick:
                    next_tick = time.monotonic() + SCHEDULER_TICK_S
                    self._tick(dt.datetime.now(dt.UTC))
            except Exception:  # keep scheduling whatever one record holds
                log.error("scheduler failed:\n%s", traceback.format_exc())

    def _tick(self, now: dt.datetime) -> None:
        """Run active importers, analyses and base feeders whose crontab time has come."""
        seen: set[tuple[str, str]] = set()
        for collection in (r.IMPORTERS, r.ANALYSES, r.BASE_FEEDERS):
            for record in self.store.find(collection, active=True):
                key = (collection, record["id"])
                crontab, timezone = self._crontab_of(collection, record)
                if not crontab or crontab_errors(crontab) or timezone_errors(timezone):
                    continue
                seen.add(key)
                known = self._schedule.get(key)
                if known is None or known[:2] != (crontab, timezone):
                    self._schedule[key] = (crontab, timezone, next_fire_time(crontab, timezone, now))
                    continue
                if now >= known[2]:
                    self._schedule[key] = (crontab, timezone, next_fire_time(crontab, timezone, now))
                    if collection == r.BASE_FEEDERS:
                        self.submit_feed(record["id"])
                    else:
                        self.submit_generator_action(collection, record["id"], "run", None)
        for key in set(self._schedule) - seen:
            del self._schedule[key]

    def _crontab_of(self, collection: str, record: dict[str, Any]) -> tuple[str | None, str]:
        if collection == r.BASE_FEEDERS:
            return record.get("crontab"), str(record.get("timezone") or DEFAULT_TIMEZONE)
        if collection == r.ANALYSES:
            return record.get("crontab") or None, DEFAULT_TIMEZONE
        return record.get("crontab"), DEFAULT_TIMEZONE
