"""Analyses and their parts: config (script, frequencies), inputs (columns) and outputs (series)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generated_client.api.analyses import analyses_run_action, analyses_set_active
from generated_client.models import ActiveState, ActiveValue, GeneratorAction
from generated_client.models import AnalysisConfig as AnalysisConfigModel
from generated_client.models import Task as TaskModel
from generated_client.typed.async_operations import (
    AsyncAnalysisConfigUpdate,
    AsyncAnalysisInputUpdate,
    AsyncAnalysisOutputUpdate,
    AsyncAnalysisUpdate,
)
from generated_client.typed.support import HasId
from generated_client.typed.views import (
    AnalysisConfigFields,
    AnalysisFields,
    AnalysisInputFields,
    AnalysisOutputFields,
)

from .base import AsyncRecord
from .mixins import AsyncActiveMixin, AsyncGeneratorMixin

if TYPE_CHECKING:
    from .tasks import AsyncTask

__all__ = ["AsyncAnalysis", "AsyncAnalysisConfig", "AsyncAnalysisInput", "AsyncAnalysisOutput"]


class AsyncAnalysisConfig(AnalysisConfigFields, AsyncAnalysisConfigUpdate, AsyncRecord):
    """Script and frequencies of an analysis (odata/analysis_configs)."""


class AsyncAnalysisInput(AnalysisInputFields, AsyncAnalysisInputUpdate, AsyncRecord):
    """One input column of an analysis: a series of another generator (odata/analysis_inputs)."""


class AsyncAnalysisOutput(AnalysisOutputFields, AsyncAnalysisOutputUpdate, AsyncRecord):
    """One output series of an analysis (odata/analysis_outputs)."""


class AsyncAnalysis(AnalysisFields, AsyncAnalysisUpdate, AsyncActiveMixin, AsyncGeneratorMixin):
    """An analysis (odata/analyses): runs the user's `analyze(df, **tools)` on its inputs."""

    async def _send_active(self, body: ActiveValue) -> ActiveState:
        answer = await self.endpoint._send(
            analyses_set_active.asyncio_detailed, self.id, client=self.endpoint._api, body=body
        )
        return self.endpoint._expect(answer, ActiveState)

    async def _send_action(self, body: GeneratorAction) -> AsyncTask:
        answer = await self.endpoint._send(
            analyses_run_action.asyncio_detailed, self.id, client=self.endpoint._api, body=body
        )
        return self.client.analysis_tasks._record(self.endpoint._expect(answer, TaskModel))

    async def get_analysis_config(self) -> AsyncAnalysisConfig | None:
        """The analysis config (nested in detail answers, else fetched), or None when not configured yet."""
        nested = self._model.analysisconfig
        if isinstance(nested, AnalysisConfigModel):
            return self.client.analysis_configs._record(nested)
        config_id = self.analysisconfig
        return None if config_id is None else await self.client.analysis_configs.retrieve(config_id)

    async def create_analysis_config(
        self,
        input_freq: str,
        output_freq: str,
        script: str,
        clock: str = "tzt",
        output_timezone: str = "Europe/Paris",
        start_with_first: bool = False,
        wait_for_last: bool = False,
        custom_before_offset: str | None = None,
        custom_after_offset: str | None = None,
        before_offset_strict_mode: bool = False,
        with_tags: bool = False,
        wait_offset: str = "6H",
        custom_delay: str | None = None,
    ) -> AsyncAnalysisConfig:
        """Configure the analysis (script method "array"); frequencies as the platform spells them."""
        config = await self.client.analysis_configs.create(
            analysis=self.id,
            input_freq=input_freq,
            output_freq=output_freq,
            script=script,
            script_method="array",
            clock=clock,
            output_timezone=output_timezone,
            start_with_first=start_with_first,
            wait_for_last=wait_for_last,
            custom_before_offset=custom_before_offset,
            custom_after_offset=custom_after_offset,
            before_offset_strict_mode=before_offset_strict_mode,
            with_tags=with_tags,
            wait_offset=wait_offset,
            custom_delay=custom_delay,
        )
        self._model.analysisconfig = config._model
        self._set_model(self._model)
        return config

    async def create_analysis_input(
        self, generator: HasId | str, series_name: str, column_name: str
    ) -> AsyncAnalysisInput:
        """Use series `series_name` of `generator` (importer, cleaner, analysis or id) as `column_name`."""
        return await self.client.analysis_inputs.create(
            analysis=self.id,
            input_series_generator=generator,
            input_series_name=series_name,
            column_name=column_name,
        )

    async def list_all_analysis_inputs(self) -> list[AsyncAnalysisInput]:
        return await self.client.analysis_inputs.list_all(filter_by={"analysis": self.id})

    async def create_analysis_output(
        self,
        name: str,
        resample_rule: str,
        label: str = "",
        unit: str = "",
        numerical_filter: str | None = None,
    ) -> AsyncAnalysisOutput:
        return await self.client.analysis_outputs.create(
            analysis=self.id,
            name=name,
            resample_rule=resample_rule,
            label=label,
            unit=unit,
            numerical_filter=numerical_filter,
        )

    async def list_all_analysis_outputs(self) -> list[AsyncAnalysisOutput]:
        return await self.client.analysis_outputs.list_all(filter_by={"analysis": self.id})
