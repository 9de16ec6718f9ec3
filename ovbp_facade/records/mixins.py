"""Behaviour shared by several record kinds: on/off switch, and generator actions returning tasks.

Each record class supplies its collection's generated operation (`_send_active`, `_send_action`),
so the wiring stays static and typed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from generated_client.models import ActiveState, ActiveValue, GeneratorAction

from ..wire import query_datetime
from .base import Record

if TYPE_CHECKING:
    from .series import Series
    from .tasks import Task

__all__ = ["ActiveMixin", "GeneratorMixin"]


class ActiveMixin(Record):
    """Records switched on/off through `PATCH {path}/{id}/active/` (importers, analyses, base feeders)."""

    def _send_active(self, body: ActiveValue) -> ActiveState:
        raise NotImplementedError

    def _set_active(self, value: bool) -> None:
        state = self._send_active(ActiveValue(value=value))
        self._model.active = state.value  # the answer is the new state alone
        self._set_model(self._model)

    def activate(self) -> None:
        """Switch the record on (its crontab / automatic runs apply)."""
        self._set_active(True)

    def deactivate(self) -> None:
        """Switch the record off."""
        self._set_active(False)


class GeneratorMixin(Record):
    """Importers, cleaners and analyses: run/clear/reset actions answering a task, and output series."""

    def _send_action(self, body: GeneratorAction) -> Task:
        raise NotImplementedError

    def _generator_action(self, name: str, partial_instant: dt.datetime | str | None = None) -> Task:
        data: dict[str, object] = {"name": name}
        if partial_instant is not None:  # naive: each series' local time, as select_data reads it
            data["partial_instant"] = query_datetime(partial_instant)
        return self._send_action(GeneratorAction.from_dict(data))

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
