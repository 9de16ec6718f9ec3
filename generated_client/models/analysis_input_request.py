from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnalysisInputRequest")


@_attrs_define
class AnalysisInputRequest:
    """Fields sent to create or replace a AnalysisInput.

    Attributes:
        analysis (str): Id of the analysis.
        input_series_generator (str): Id of the generator (importer, cleaner or analysis) producing the series.
        input_series_name (str):
        column_name (str):
    """

    analysis: str
    input_series_generator: str
    input_series_name: str
    column_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analysis = self.analysis

        input_series_generator = self.input_series_generator

        input_series_name = self.input_series_name

        column_name = self.column_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analysis": analysis,
                "input_series_generator": input_series_generator,
                "input_series_name": input_series_name,
                "column_name": column_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        analysis = d.pop("analysis")

        input_series_generator = d.pop("input_series_generator")

        input_series_name = d.pop("input_series_name")

        column_name = d.pop("column_name")

        analysis_input_request = cls(
            analysis=analysis,
            input_series_generator=input_series_generator,
            input_series_name=input_series_name,
            column_name=column_name,
        )

        analysis_input_request.additional_properties = d
        return analysis_input_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
