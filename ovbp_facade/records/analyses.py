"""Analyses and their parts: config (script, frequencies), inputs (columns) and outputs (series)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import Field, Record, related_id
from .mixins import ActiveMixin, GeneratorMixin

if TYPE_CHECKING:
    from ..endpoints import Endpoint
    from .tasks import Task

__all__ = ["Analysis", "AnalysisConfig", "AnalysisInput", "AnalysisOutput"]


class AnalysisConfig(Record):
    """Script and frequencies of an analysis (odata/analysis_configs)."""

    analysis: Field[str] = Field()
    input_freq: Field[str] = Field()
    output_freq: Field[str] = Field()
    script: Field[str] = Field()
    script_method: Field[str] = Field()
    clock: Field[str] = Field()
    output_timezone: Field[str] = Field()
    start_with_first: Field[bool] = Field()
    wait_for_last: Field[bool] = Field()
    custom_before_offset: Field[str | None] = Field()
    custom_after_offset: Field[str | None] = Field()
    before_offset_strict_mode: Field[bool] = Field()
    with_tags: Field[bool] = Field()
    wait_offset: Field[str] = Field()
    custom_delay: Field[str | None] = Field()
    output_tags: Field[list[Any]] = Field()


class AnalysisInput(Record):
    """One input column of an analysis: a series of another generator (odata/analysis_inputs)."""

    analysis: Field[str] = Field()
    input_series_generator: Field[str] = Field()
    input_series_name: Field[str] = Field()
    column_name: Field[str] = Field()


class AnalysisOutput(Record):
    """One output series of an analysis (odata/analysis_outputs)."""

    analysis: Field[str] = Field()
    name: Field[str] = Field()
    resample_rule: Field[str] = Field()
    label: Field[str] = Field()
    unit: Field[str] = Field()
    numerical_filter: Field[str | None] = Field()


class Analysis(ActiveMixin, GeneratorMixin):
    """An analysis (odata/analyses): runs the user's `analyze(df, **tools)` on its inputs."""

    name: Field[str] = Field()
    comment: Field[str] = Field()
    model: Field[str] = Field()
    active: Field[bool] = Field()
    is_obsolete: Field[bool] = Field()
    unresolved_notifications_nb: Field[int] = Field()
    project: Field[str] = Field()

    @property
    def analysisconfig(self) -> str | None:
        """Id of the analysis config, or None when not configured."""
        return related_id(self.data.get("analysisconfig"))

    def _tasks_endpoint(self) -> Endpoint[Task]:
        return self.client.analysis_tasks

    def get_analysis_config(self) -> AnalysisConfig | None:
        """The analysis config, or None when the analysis is not configured yet."""
        nested = self.data.get("analysisconfig")
        if nested is None:
            return None
        if isinstance(nested, dict) and "script" in nested:
            return self.client.analysis_configs.data_to_record(nested)
        return self.client.analysis_configs.retrieve(str(related_id(nested)))

    def create_analysis_config(
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
    ) -> AnalysisConfig:
        """Configure the analysis (script method "array"); frequencies as the platform spells them."""
        config = self.client.analysis_configs.create(
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
        self.data["analysisconfig"] = config.id
        return config

    def create_analysis_input(
        self, generator: Record | str, series_name: str, column_name: str
    ) -> AnalysisInput:
        """Use series `series_name` of `generator` (importer, cleaner, analysis or id) as `column_name`."""
        generator_id = generator if isinstance(generator, str) else generator.id
        return self.client.analysis_inputs.create(
            analysis=self.id,
            input_series_generator=generator_id,
            input_series_name=series_name,
            column_name=column_name,
        )

    def list_all_analysis_inputs(self) -> list[AnalysisInput]:
        return self.client.analysis_inputs.list_all(filter_by={"analysis": self.id})

    def create_analysis_output(
        self,
        name: str,
        resample_rule: str,
        label: str = "",
        unit: str = "",
        numerical_filter: str | None = None,
    ) -> AnalysisOutput:
        return self.client.analysis_outputs.create(
            analysis=self.id,
            name=name,
            resample_rule=resample_rule,
            label=label,
            unit=unit,
            numerical_filter=numerical_filter,
        )

    def list_all_analysis_outputs(self) -> list[AnalysisOutput]:
        return self.client.analysis_outputs.list_all(filter_by={"analysis": self.id})
