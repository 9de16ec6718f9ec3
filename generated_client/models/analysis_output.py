from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="AnalysisOutput")


@_attrs_define
class AnalysisOutput:
    """One output series of an analysis.

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        analysis (RecordRef | str | Unset): Id of the analysis. (its id; read nested too)
        name (str | Unset):
        resample_rule (str | Unset): A `ResampleRule`.
        label (str | Unset):
        unit (str | Unset):
        numerical_filter (None | str | Unset):
    """

    id: str
    rights: None | Rights | Unset = UNSET
    analysis: RecordRef | str | Unset = UNSET
    name: str | Unset = UNSET
    resample_rule: str | Unset = UNSET
    label: str | Unset = UNSET
    unit: str | Unset = UNSET
    numerical_filter: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_ref import RecordRef  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        rights: dict[str, Any] | None | Unset
        if isinstance(self.rights, Unset):
            rights = UNSET
        elif isinstance(self.rights, Rights):
            rights = self.rights.to_dict()
        else:
            rights = self.rights

        analysis: dict[str, Any] | str | Unset
        if isinstance(self.analysis, Unset):
            analysis = UNSET
        elif isinstance(self.analysis, RecordRef):
            analysis = self.analysis.to_dict()
        else:
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
                "id": id,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if name is not UNSET:
            field_dict["name"] = name
        if resample_rule is not UNSET:
            field_dict["resample_rule"] = resample_rule
        if label is not UNSET:
            field_dict["label"] = label
        if unit is not UNSET:
            field_dict["unit"] = unit
        if numerical_filter is not UNSET:
            field_dict["numerical_filter"] = numerical_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_ref import RecordRef  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_rights(data: object) -> None | Rights | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rights_type_0 = Rights.from_dict(data)

                return rights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Rights | Unset, data)

        rights = _parse_rights(d.pop("rights", UNSET))

        def _parse_analysis(data: object) -> RecordRef | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_type_1 = RecordRef.from_dict(data)

                return analysis_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordRef | str | Unset, data)

        analysis = _parse_analysis(d.pop("analysis", UNSET))

        name = d.pop("name", UNSET)

        resample_rule = d.pop("resample_rule", UNSET)

        label = d.pop("label", UNSET)

        unit = d.pop("unit", UNSET)

        def _parse_numerical_filter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        numerical_filter = _parse_numerical_filter(d.pop("numerical_filter", UNSET))

        analysis_output = cls(
            id=id,
            rights=rights,
            analysis=analysis,
            name=name,
            resample_rule=resample_rule,
            label=label,
            unit=unit,
            numerical_filter=numerical_filter,
        )

        analysis_output.additional_properties = d
        return analysis_output

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
