"""Behaviour shared by several record kinds: on/off switch, and generator actions returning tasks."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from .base import Record

if TYPE_CHECKING:
    from ..endpoints import Endpoint
    from .series import Series
    from .tasks import Task

__all__ = ["ActiveMixin", "GeneratorMixin"]


class ActiveMixin(Record):
    """Records switched on/off through `PATCH {path}/{id}/active/` (importers, analyses, base feeders)."""

    def _set_active(self, value: bool) -> None:
        body = self.endpoint._body("set_active", "ActiveValue", {"value": value})
        parsed = self.endpoint._call("set_active", self.id, body=body)
        answered = getattr(parsed, "value", value)
        self.data["active"] = answered if isinstance(answered, bool) else value

    def activate(self) -> None:
        """Switch the record on (its crontab / automatic runs apply)."""
        self._set_active(True)

    def deactivate(self) -> None:
        """Switch the record off."""
        self._set_active(False)


class GeneratorMixin(Record):
    """Importers, cleaners and analyses: run/clear/reset actions answering a task, and output series."""

    @property
    def last_run(self) -> dt.datetime | None:
        return self._datetime("last_run")

    @property
    def last_clear(self) -> dt.datetime | None:
        return self._datetime("last_clear")

    def _tasks_endpoint(self) -> Endpoint[Task]:
        raise NotImplementedError

    def _generator_action(self, name: str, partial_instant: dt.datetime | str | None = None) -> Task:
        from ..endpoints import model_to_data

        data: dict[str, Any] = {"name": name}
        if partial_instant is not None:
            data["partial_instant"] = partial_instant
        body = self.endpoint._body("run_action", "GeneratorAction", data)
        parsed = self.endpoint._call("run_action", self.id, body=body)
        return self._tasks_endpoint().data_to_record(model_to_data(parsed))

    def run(self) -> Task:
        """Ask the platform to run now; returns the task (see Task.wait_for_completion)."""
        return self._generator_action("run")

    def clear(self, partial_instant: dt.datetime | str | None = None) -> Task:
        """Delete output data (from `partial_instant` on if given)."""
        return self._generator_action("clear", partial_instant)

    def reset(self, partial_instant: dt.datetime | str | None = None) -> Task:
        """Clear then run again (from `partial_instant` on if given)."""
        return self._generator_action("reset", partial_instant)

    def list_all_output_series(self) -> list[Series]:
        return self.client.series.list_all(filter_by={"generator": self.id})
