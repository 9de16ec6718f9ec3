"""Cleaners and their unitcleaners (one cleaning rule per importer series), Excel configuration."""

from __future__ import annotations

import logging
import os
import pathlib
from typing import TYPE_CHECKING, Any, cast

from generated_client.api.cleaners import cleaners_run_action
from generated_client.api.unitcleaners import unitcleaners_set_active
from generated_client.models import ActiveState, ActiveValue, GeneratorAction
from generated_client.models import Task as TaskModel
from generated_client.typed.async_operations import AsyncCleanerUpdate, AsyncUnitcleanerUpdate
from generated_client.typed.requests import UnitcleanerRequestFields
from generated_client.typed.views import CleanerFields, UnitcleanerFields

from ...run_async import offload
from ...unitcleaner_changes import UnitcleanerChanges, plan_unitcleaner_changes
from .lookup import get_one, one_and_only_one
from .mixins import AsyncActiveMixin, AsyncGeneratorMixin

if TYPE_CHECKING:
    from .generators import AsyncImporterSeries
    from .oteams import AsyncOdataProject
    from .tasks import AsyncTask

__all__ = ["AsyncCleaner", "AsyncUnitcleaner"]

logger = logging.getLogger("ovbp_facade")


class AsyncUnitcleaner(UnitcleanerFields, AsyncUnitcleanerUpdate, AsyncActiveMixin):
    """How one importer series is cleaned into a regular series (odata/unitcleaners); a deactivated one
    leaves its cleaned series as it is."""

    async def _send_active(self, body: ActiveValue) -> ActiveState:
        answer = await self.endpoint._send(
            unitcleaners_set_active.asyncio_detailed, self.id, client=self.endpoint._api, body=body
        )
        return self.endpoint._expect(answer, ActiveState)


class AsyncCleaner(CleanerFields, AsyncCleanerUpdate, AsyncGeneratorMixin):
    """A cleaner (odata/cleaners), created by the platform with its importer (`related_importer`)."""

    async def _send_action(self, body: GeneratorAction) -> AsyncTask:
        answer = await self.endpoint._send(
            cleaners_run_action.asyncio_detailed, self.id, client=self.endpoint._api, body=body
        )
        return self.client.cleaner_tasks._record(self.endpoint._expect(answer, TaskModel))

    async def get_odata_project(self) -> AsyncOdataProject:
        return await self.client.odata_projects.retrieve(self.project)

    async def get_unitcleaner(self, external_name: str) -> AsyncUnitcleaner:
        return await get_one(
            self.client.unitcleaners,
            {"cleaner": self.id, "external_name": external_name},
            f"external_name '{external_name}' in cleaner '{self.name}'",
        )

    async def create_unitcleaner(
        self,
        external_name: str,
        name: str,
        freq: str = "1H",
        input_unit_type: str = "instantaneous",
        unit_type: str = "instantaneous",
        input_convention: str = "left",
        clock: str = "tzt",
        timezone: str = "Europe/Paris",
        unit: str = "",
        resample_rule: str = "mean",
        interpolate_limit: int = 0,
        wait_offset: str = "6H",
        label: str = "",
        input_expected_regular: bool = False,
        operation_fct: str | None = None,
        filter_fct: str | None = None,
        derivative_filter_fct: str | None = None,
        custom_delay: str | None = None,
        custom_fct: str | None = None,
        custom_before_offset: str | None = None,
        custom_after_offset: str | None = None,
    ) -> AsyncUnitcleaner:
        """Clean importer series `external_name` into series `name` (freqs spelled as the platform does)."""
        return await self.client.unitcleaners.create(
            cleaner=self.id,
            external_name=external_name,
            name=name,
            freq=freq,
            input_unit_type=input_unit_type,
            unit_type=unit_type,
            input_convention=input_convention,
            clock=clock,
            timezone=timezone,
            unit=unit,
            resample_rule=resample_rule,
            interpolate_limit=interpolate_limit,
            wait_offset=wait_offset,
            label=label,
            input_expected_regular=input_expected_regular,
            operation_fct=operation_fct,
            filter_fct=filter_fct,
            derivative_filter_fct=derivative_filter_fct,
            custom_delay=custom_delay,
            custom_fct=custom_fct,
            custom_before_offset=custom_before_offset,
            custom_after_offset=custom_after_offset,
        )

    async def list_all_unitcleaners(self) -> list[AsyncUnitcleaner]:
        return await self.client.unitcleaners.list_all(filter_by={"cleaner": self.id})

    async def list_all_importer_series(self) -> list[AsyncImporterSeries]:
        return await self.client.importer_series.list_all(filter_by={"generator": self.related_importer})

    async def export_configuration_to_excel(self, path: str | os.PathLike[str]) -> None:
        """Write the unitcleaners (and the importer series not configured yet) to an .xlsx workbook."""
        from ... import excel

        project = await self.get_odata_project()
        unitcleaners = [uc.data for uc in await self.list_all_unitcleaners()]
        configured = {str(uc["external_name"]) for uc in unitcleaners}
        unconfigured = [
            se.external_name
            for se in await self.list_all_importer_series()
            if se.unitcleaner is None and se.external_name not in configured
        ]
        await offload(
            excel.write_cleaner_workbook,
            pathlib.Path(path),
            project_name=project.name,
            cleaner_name=self.name,
            unitcleaners=unitcleaners,
            unconfigured_external_names=unconfigured,
        )
        logger.info("cleaner '%s': configuration exported to %s", self.name, path)

    async def configure_from_excel(self, path: str | os.PathLike[str]) -> UnitcleanerChanges:
        """Create/patch unitcleaners from rows marked "x" of a workbook (others are left untouched);
        returns the names of those created and patched (a refused workbook raises, changing nothing)."""
        from ... import excel

        _, workbook_cleaner = await offload(excel.read_workbook_names, path)
        if workbook_cleaner != self.name:
            raise excel.ExcelConfigurationError(
                f"{path} configures cleaner {workbook_cleaner!r} (cell B3), not {self.name!r}; "
                "nothing changed",
                [(3, "cleaner", workbook_cleaner, f"the name of this cleaner, {self.name!r}")],
            )
        rows = await offload(excel.read_cleaner_workbook, pathlib.Path(path))
        existing: dict[str, dict[str, Any]] = {}
        by_external: dict[str, list[AsyncUnitcleaner]] = {}
        for uc in await self.list_all_unitcleaners():
            by_external.setdefault(uc.external_name, []).append(uc)
        for external_name, found in by_external.items():
            existing[external_name] = one_and_only_one(
                found,
                self.client.unitcleaners.path,
                f"external_name '{external_name}' in cleaner '{self.name}'",
            ).data
        to_create, to_patch = plan_unitcleaner_changes(rows, existing)
        created = [
            (
                await self.client.unitcleaners.create(
                    **cast(UnitcleanerRequestFields, {**f, "cleaner": self.id})
                )
            ).name
            for f in to_create
        ]
        updated = [
            str((await self.client.unitcleaners._send_update(uc_id, changes)).name)
            for uc_id, changes in to_patch
        ]
        logger.info(
            "cleaner '%s': %d unitcleaners created, %d updated from %s",
            self.name,
            len(to_create),
            len(to_patch),
            path,
        )
        return UnitcleanerChanges(tuple(created), tuple(updated))
