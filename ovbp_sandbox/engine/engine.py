"""The engine: what each action and record change starts, assembled from the worker, scheduler and reads.

Every action creates a task record and queues its job on the single worker (worker.py); jobs.py
says what each job does; the scheduler starts crontab runs and debounced cleaner runs; reads.py
answers selections. The HTTP routes and the record rules see this class through interface.py.
"""

from __future__ import annotations

import pathlib
from collections.abc import Mapping
from typing import Any

from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend.generator_records import drop_series_points, link_importer_series
from ovbp_sandbox.backend.storage_migration import migrate_storage
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.engine import validation
from ovbp_sandbox.engine.generator_files import POSITION_SET, import_position
from ovbp_sandbox.engine.jobs import (
    RUNS,
    JobContext,
    clear_generator,
    run_downstream,
    run_export,
    run_importer,
)
from ovbp_sandbox.engine.reads import SeriesReads
from ovbp_sandbox.engine.scheduler import Scheduler
from ovbp_sandbox.engine.worker import Job, TaskWorker
from ovbp_sandbox.errors import InvalidOptions
from ovbp_sandbox.scripts import runner as scripts
from ovbp_sandbox.timeseries.selection import select_errors

TASKS_OF = {
    r.IMPORTERS: r.IMPORTER_TASKS,
    r.CLEANERS: r.CLEANER_TASKS,
    r.ANALYSES: r.ANALYSIS_TASKS,
    r.BASE_FEEDERS: r.BASE_FEEDER_TASKS,
}
TASK_COLLECTIONS = (*TASKS_OF.values(), r.SERIES_EXPORT_TASKS)
ACTIONS = ("run", "clear", "reset")


class Engine:
    """Background processing of the sandbox (see module docstring)."""

    def __init__(
        self, store: Store, data_dir: pathlib.Path, ftp_root: pathlib.Path, *, script_timeout_s: float = 60.0
    ) -> None:
        self.store = store
        self.data_dir = pathlib.Path(data_dir)
        self.ftp_root = pathlib.Path(ftp_root)
        self.script_timeout_s = script_timeout_s
        migrate_storage(store)  # the points' tables made, older data moved to today's storage
        self.worker = TaskWorker(store, TASK_COLLECTIONS)
        self.scheduler = Scheduler(store, self.worker, self._start_run)
        self.reads = SeriesReads(store)
        self._context = JobContext(store, self.ftp_root, script_timeout_s, self.submit_generator_action)

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> None:
        """Fail tasks a crash left pending/running, then start the worker and the scheduler."""
        self.worker.fail_interrupted_tasks()
        self.worker.start()
        self.scheduler.start()

    def stop(self) -> None:
        """Stop the threads; a running script is killed (its task fails), queued tasks stay pending."""
        self.scheduler.stop()
        self.worker.stop()
        threads = [t for t in (self.worker.thread, self.scheduler.thread) if t is not None]
        for thread in threads:  # a long script would otherwise hold the shutdown for its whole timeout
            if thread.ident is not None:
                scripts.stop_all(thread.ident)
        for thread in threads:
            thread.join(timeout=self.script_timeout_s + 10)

    def fail_interrupted_tasks(self) -> int:
        """Mark tasks left pending or running (by a crash) as failed; answer how many."""
        return self.worker.fail_interrupted_tasks()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no task is queued or running and no run is scheduled to start (tests)."""
        return self.worker.wait_idle(timeout)

    # -- actions -----------------------------------------------------------------------------------
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
        organization_id = self.store.organization_of(collection, record_id)
        job = self._generator_job(collection, record_id, name, partial_instant)
        return self.worker.submit(TASKS_OF[collection], record_id, organization_id, job)

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
            if name == "clear":  # what reads the cleared series follows, as after a run
                run_downstream(ctx, collection, record_id)
            if name == "reset":
                if collection == r.IMPORTERS and partial_instant:
                    return run_importer(ctx, record_id, from_instant=partial_instant)
                return run(ctx, record_id)
            return ""

        return job

    def submit_feed(self, base_feeder_id: str) -> dict[str, Any]:
        """Feeders are not run by the sandbox: the task finishes at once (files come by FTP instead)."""
        organization_id = self.store.organization_of(r.BASE_FEEDERS, base_feeder_id)
        return self.worker.submit(r.BASE_FEEDER_TASKS, base_feeder_id, organization_id, lambda: "")

    def submit_export(self, user_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """Queue a series export; the zip lands in the user's FTP ``series_exports/``."""
        InvalidOptions.raise_if_any(validation.export_errors(body))
        payload = dict(body)
        organization_id = self.store.organization_of(r.USERS, user_id)
        job = lambda: run_export(self._context, user_id, payload)  # noqa: E731
        return self.worker.submit(r.SERIES_EXPORT_TASKS, None, organization_id, job)

    def _start_run(self, collection: str, record_id: str) -> None:
        if collection == r.BASE_FEEDERS:
            self.submit_feed(record_id)
        else:
            self.submit_generator_action(collection, record_id, "run", None)

    # -- record hooks ------------------------------------------------------------------------------
    def validate(self, collection: str, fields: dict[str, Any]) -> None:
        validation.validate(collection, fields)

    def import_position(self, importer: dict[str, Any], rel_path: str | None) -> dict[str, Any]:
        """The importer changes that put its import position on file ``rel_path`` (None: before all)."""
        return import_position(self.store, self.ftp_root, importer, rel_path)

    def on_record_changed(self, collection: str, record_id: str) -> None:
        """A unitcleaner created or changed: recompute its cleaner shortly after (debounced)."""
        if collection != r.UNITCLEANERS:
            return
        uc = self.store.get(collection, record_id)
        if uc is None or not isinstance(uc.get("cleaner"), str):
            return
        link_importer_series(self.store, uc["cleaner"])
        self.scheduler.debounce_cleaner(uc["cleaner"])

    def on_record_deleted(self, collection: str, record: dict[str, Any]) -> None:
        """Drop the points of deleted series; a deleted unitcleaner's cleaned series goes too."""
        if collection == r.SERIES:
            drop_series_points(self.store, record["id"])
        elif (
            collection == r.UNITCLEANERS
            and isinstance(record.get("cleaner"), str)
            and self.store.get(r.CLEANERS, record["cleaner"]) is not None
        ):
            link_importer_series(self.store, record["cleaner"])
            self.scheduler.debounce_cleaner(record["cleaner"])

    # -- reads -------------------------------------------------------------------------------------
    def select_json(self, series_id: str, params: Mapping[str, str]) -> bytes:
        return self.reads.select_json(series_id, params)

    def multi_select_json(self, series_ids_by_pk: Mapping[str, str], params: Mapping[str, str]) -> bytes:
        return self.reads.multi_select_json(series_ids_by_pk, params)
