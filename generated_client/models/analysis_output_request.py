from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalysisOutputRequest")


@_attrs_define
class AnalysisOutputRequest:
    """Fields sent to create or replace a AnalysisOutput.

    Attributes:
        analysis (str): Id of the analysis.
        name (str):
        resample_rule (str): A `ResampleRule`.
        label (str | Unset):
        unit (str | Unset):
        numerical_filter (None | str | Unset):
    """

    analysis: str
    name: str
    resample_rule: str
    label: str | Unset = UNSET
    unit: str | Unset = UNSET
    numerical_filter: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analysis = self.analysis

        name = self.name

        resample_rule = self.resample_rule

        label = self.label

        unit = self.unit

        numerical_filter: None | str | Unset
        if isinstance(self.numerical_filter, Unset):
            numerical_filter = UNSET
        else:
            numerical_filter = self.numerical_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analysis": analysis,
                "name": name,
                "resample_rule": resample_rule,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if unit is not UNSET:
            field_dict["unit"] = unit
        if numerical_filter is not UNSET:
            field_dict["numerical_filter"] = numerical_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        analysis = d.pop("analysis")

        name = d.pop("name")

        resample_rule = d.pop("resample_rule")

        label = d.pop("label", UNSET)

        unit = d.pop("unit", UNSET)

        def _parse_numerical_filter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        numerical_filter = _parse_numerical_filter(d.pop("numerical_filter", UNSET))

        analysis_output_request = cls(
            analysis=analysis,
            name=name,
            resample_rule=resample_rule,
            label=label,
            unit=unit,
            numerical_filter=numerical_filter,
        )

        analysis_output_request.additional_properties = d
        return analysis_output_request

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
