from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedAnalysisInputRequest")


@_attrs_define
class PatchedAnalysisInputRequest:
    """Fields sent to change part of a AnalysisInput.

    Attributes:
        analysis (str | Unset): Id of the analysis.
        input_series_generator (str | Unset): Id of the generator (importer, cleaner or analysis) producing the series.
        input_series_name (str | Unset):
        column_name (str | Unset):
    """

    analysis: str | Unset = UNSET
    input_series_generator: str | Unset = UNSET
    input_series_name: str | Unset = UNSET
    column_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analysis = self.analysis

        input_series_generator = self.input_series_generator

        input_series_name = self.input_series_name

        column_name = self.column_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if input_series_generator is not UNSET:
            field_dict["input_series_generator"] = input_series_generator
        if input_series_name is not UNSET:
            field_dict["input_series_name"] = input_series_name
        if column_name is not UNSET:
            field_dict["column_name"] = column_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        analysis = d.pop("analysis", UNSET)

        input_series_generator = d.pop("input_series_generator", UNSET)

        input_series_name = d.pop("input_series_name", UNSET)

        column_name = d.pop("column_name", UNSET)

        patched_analysis_input_request = cls(
            analysis=analysis,
            input_series_generator=input_series_generator,
            input_series_name=input_series_name,
            column_name=column_name,
        )

        patched_analysis_input_request.additional_properties = d
        return patched_analysis_input_request

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
