"""Tasks: one record per run (pending -> running -> finished | failed), run one at a time by one thread.

A single worker means runs of the same generator never overlap. ``outstanding`` also counts the
runs the scheduler holds back (debounced cleaner runs), so ``wait_idle`` means nothing is left to do.
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any

from ovbp_sandbox.backend import task_records
from ovbp_sandbox.backend.store import Store, utcnow_wire
from ovbp_sandbox.errors import InvalidOptions

log = logging.getLogger(__name__)

CRASH_MESSAGE = "the sandbox stopped while this task was pending or running"

Job = Callable[[], str]


class TaskFailed(Exception):
    """A run that failed for a reason the user should read (the task's message)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TaskWorker:
    """The task queue and its worker thread (see module docstring)."""

    def __init__(self, store: Store, task_collections: tuple[str, ...]) -> None:
        self.store = store
        self.task_collections = task_collections
        self._queue: queue.Queue[tuple[str, str, Job] | None] = queue.Queue()
        self._state = threading.Condition()
        self._outstanding = 0
        self._stopping = threading.Event()
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self._stopping.clear()
        self.thread = threading.Thread(target=self._work, name="ovbp-engine-worker", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        """Ask the thread to end after the current task; queued tasks stay pending."""
        self._stopping.set()
        self._queue.put(None)

    def fail_interrupted_tasks(self) -> int:
        """Mark tasks left pending or running (by a crash) as failed; answer how many."""
        return task_records.fail_interrupted_tasks(self.store, self.task_collections, CRASH_MESSAGE)

    # -- counting what is left to do ---------------------------------------------------------------
    def hold(self) -> None:
        """One more thing to do before idle (a queued task or a run the scheduler will submit)."""
        with self._state:
            self._outstanding += 1

    def release(self, count: int = 1) -> None:
        with self._state:
            self._outstanding -= count
            self._state.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no task is queued or running and no run is held back (tests)."""
        with self._state:
            return self._state.wait_for(lambda: self._outstanding == 0, timeout=timeout)

    # -- tasks -------------------------------------------------------------------------------------
    def submit(
        self, collection: str, target: str | None, organization_id: str | None, job: Job
    ) -> dict[str, Any]:
        """Create the task record (pending) and queue its job; answer the record."""
        task = task_records.create_task(self.store, collection, target, organization_id)
        self.hold()
        self._queue.put((collection, task["id"], job))
        return task

    def _set_base(self, collection: str, task_id: str, **changes: Any) -> None:
        task_records.update_task_base(self.store, collection, task_id, **changes)

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            collection, task_id, job = item
            try:
                if not self._stopping.is_set():  # otherwise left pending; failed by the next start
                    self._run_task(collection, task_id, job)
            finally:
                self.release()

    def _run_task(self, collection: str, task_id: str, job: Job) -> None:
        self._set_base(collection, task_id, status="running", start_date=utcnow_wire())
        try:
            message = job()
        except (InvalidOptions, TaskFailed) as failure:  # options only a run can check, or a failed run
            self._set_base(collection, task_id, status="failed", end_date=utcnow_wire(), message=str(failure))
        except Exception as error:  # a bug of ours: keep the engine alive, say what happened
            log.error("task %s/%s crashed:\n%s", collection, task_id, traceback.format_exc())
            message = f"internal error: {type(error).__name__}: {error}"
            self._set_base(
                collection, task_id, status="server_error", end_date=utcnow_wire(), message=message
            )
        else:
            self._set_base(collection, task_id, status="finished", end_date=utcnow_wire(), message=message)
