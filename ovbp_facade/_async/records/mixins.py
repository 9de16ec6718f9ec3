"""Behaviour shared by several record kinds: on/off switch, and generator actions returning tasks.

Each record class supplies its collection's generated operation (`_send_active`, `_send_action`),
so the wiring stays static and typed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from generated_client.models import ActiveState, ActiveValue, GeneratorAction

from ...wire import query_datetime
from .base import AsyncRecord

if TYPE_CHECKING:
    from .series import AsyncSeries
    from .tasks import AsyncTask

__all__ = ["AsyncActiveMixin", "AsyncGeneratorMixin"]


class AsyncActiveMixin(AsyncRecord):
    """Records switched on/off through `PATCH {path}/{id}/active/` (importers, analyses, base feeders,
    unitcleaners)."""

    async def _send_active(self, body: ActiveValue) -> ActiveState:
        raise NotImplementedError

    async def _set_active(self, value: bool) -> None:
        state = await self._send_active(ActiveValue(value=value))
        self._model.active = state.value  # the answer is the new state alone
        self._set_model(self._model)

    async def activate(self) -> None:
        """Switch the record on (its crontab / automatic runs apply)."""
        await self._set_active(True)

    async def deactivate(self) -> None:
        """Switch the record off."""
        await self._set_active(False)


class AsyncGeneratorMixin(AsyncRecord):
    """Importers, cleaners and analyses: run/clear/reset actions answering a task, and output series."""

    async def _send_action(self, body: GeneratorAction) -> AsyncTask:
        raise NotImplementedError

    async def _generator_action(
        self, name: str, partial_instant: dt.datetime | str | None = None
    ) -> AsyncTask:
        data: dict[str, object] = {"name": name}
        if partial_instant is not None:  # naive: each series' local time, as select_data reads it
            data["partial_instant"] = query_datetime(partial_instant)
        return await self._send_action(GeneratorAction.from_dict(data))

    async def run(self) -> AsyncTask:
        """Ask the platform to run now; returns the task (see Task.wait_for_completion)."""
        return await self._generator_action("run")

    async def clear(self, partial_instant: dt.datetime | str | None = None) -> AsyncTask:
        """Delete output data (from `partial_instant` on if given)."""
        return await self._generator_action("clear", partial_instant)

    async def reset(self, partial_instant: dt.datetime | str | None = None) -> AsyncTask:
        """Clear then run again (from `partial_instant` on if given)."""
        return await self._generator_action("reset", partial_instant)

    async def list_all_output_series(self) -> list[AsyncSeries]:
        return await self.client.series.list_all(filter_by={"generator": self.id})
