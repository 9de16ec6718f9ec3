"""Importers (parse a gate's files into series) and their raw importer series."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Unpack

from generated_client.api.importers import importers_run_action, importers_set_active
from generated_client.models import ActiveState, ActiveValue, GeneratorAction
from generated_client.models import Task as TaskModel
from generated_client.typed.async_operations import AsyncImporterUpdate
from generated_client.typed.requests import PatchedImporterRequestFields
from generated_client.typed.support import HasId
from generated_client.typed.views import ImporterFields, ImporterSeriesFields

from .base import AsyncRecord
from .lookup import get_one
from .mixins import AsyncActiveMixin, AsyncGeneratorMixin

if TYPE_CHECKING:
    from .cleaners import AsyncCleaner
    from .tasks import AsyncTask

__all__ = ["AsyncImporter", "AsyncImporterSeries"]


class AsyncImporter(ImporterFields, AsyncImporterUpdate, AsyncActiveMixin, AsyncGeneratorMixin):
    """An importer (odata/importers); creating one makes the platform create its cleaner too."""

    async def _send_active(self, body: ActiveValue) -> ActiveState:
        answer = await self.endpoint._send(
            importers_set_active.asyncio_detailed, self.id, client=self.endpoint._api, body=body
        )
        return self.endpoint._expect(answer, ActiveState)

    async def _send_action(self, body: GeneratorAction) -> AsyncTask:
        answer = await self.endpoint._send(
            importers_run_action.asyncio_detailed, self.id, client=self.endpoint._api, body=body
        )
        return self.client.importer_tasks._record(self.endpoint._expect(answer, TaskModel))

    async def reset(
        self, partial_instant: dt.datetime | str | None = None, last_imported_path: str | None = None
    ) -> AsyncTask:
        """Clear then run again (from `partial_instant` on if given). With `last_imported_path`, the
        import position is first set to that file, so the run imports the files after it."""
        if last_imported_path is not None:
            await self.update(last_imported_path=last_imported_path)
        return await super().reset(partial_instant)

    async def configure(
        self, gate: HasId | str | None = None, /, **fields: Unpack[PatchedImporterRequestFields]
    ) -> None:
        """PATCH the given settings (those given as None are not sent); `gate` is a Gate or its id."""
        changes: dict[str, object] = {k: v for k, v in fields.items() if v is not None}
        if gate is not None:
            changes["gate"] = gate
        if changes:
            await self._update(changes)

    async def get_cleaner(self) -> AsyncCleaner:
        """The cleaner the platform created with this importer."""
        return await get_one(
            self.client.cleaners, {"related_importer": self.id}, f"related_importer '{self.name}'"
        )


class AsyncImporterSeries(ImporterSeriesFields, AsyncRecord):
    """A raw series produced by an importer (odata/importer_series); `unitcleaner` set once configured."""
