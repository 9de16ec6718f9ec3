"""Platform tasks (runs, feeds, exports) and waiting for them to end."""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import ClassVar

from generated_client.typed.views import TaskFields

from ...errors import TaskDidNotFinishSuccessfully, TaskTimeoutError
from ...run_async import sleep
from .base import AsyncRecord

__all__ = ["AsyncTask"]

logger = logging.getLogger("ovbp_facade")

FIRST_POLL_S = 0.1  # the first pause between two polls of a task; then half again longer, up to `period`


class AsyncTask(TaskFields, AsyncRecord):
    """A task record; its state lives under `data["base"]` (status, dates, message)."""

    PENDING: ClassVar[str] = "pending"
    REFUSED: ClassVar[str] = "refused"
    CANCELLED: ClassVar[str] = "cancelled"
    FINISHED: ClassVar[str] = "finished"
    FAILED: ClassVar[str] = "failed"
    SERVER_ERROR: ClassVar[str] = "server_error"
    RUNNING: ClassVar[str] = "running"
    NOT_FOUND: ClassVar[str] = "not_found"
    OK_STATUSES: ClassVar[frozenset[str]] = frozenset({"finished", "refused"})
    ONGOING_STATUSES: ClassVar[frozenset[str]] = frozenset({"pending", "running"})

    @property
    def status(self) -> str:
        """One of the statuses above (open: the platform may add some)."""
        return self.base.status

    @property
    def message(self) -> str:
        """Why the task failed, empty otherwise."""
        return self.base.message

    @property
    def creation_date(self) -> dt.datetime:
        return self.base.creation_date

    @property
    def start_date(self) -> dt.datetime | None:
        return self.base.start_date

    @property
    def end_date(self) -> dt.datetime | None:
        return self.base.end_date

    def _label(self) -> object:
        return None

    async def wait_for_completion(
        self, period: float = 3000, raise_if_problem: bool = True, *, timeout: float | None = None
    ) -> str:
        """Poll until the task ends; finished/refused are OK, other ends raise (unless `raise_if_problem`
        is False). The old client's positional order: `wait_for_completion(200, False)`.

        Polling starts fast (100 ms) and slows down, by half again each time, up to `period` ms, so a
        short task is seen finished soon after it ends. `timeout` (seconds) raises TaskTimeoutError if
        the task is still pending/running by then. Returns the final status.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        longest = max(period, 1.0) / 1000
        pause = min(FIRST_POLL_S, longest)
        logged = False
        while self.status in self.ONGOING_STATUSES:
            if not logged:
                logger.info("waiting for task %s (%s) on %s", self.id, self.status, self.endpoint.path)
                logged = True
            await self.reload()
            if self.status not in self.ONGOING_STATUSES:
                break
            wait = pause
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TaskTimeoutError(self.id, self.status, float(timeout or 0))
                wait = min(wait, remaining)
            await sleep(wait)
            pause = min(pause * 1.5, longest)
        if logged:
            logger.info("task %s ended: %s", self.id, self.status)
        if raise_if_problem and self.status not in self.OK_STATUSES:
            raise TaskDidNotFinishSuccessfully(self.id, self.status, self.message or None)
        return self.status
