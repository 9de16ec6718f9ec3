from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="AnalysisInput")


@_attrs_define
class AnalysisInput:
    """One input column of an analysis.

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        analysis (RecordRef | str | Unset): Id of the analysis. (its id; read nested too)
        input_series_generator (RecordRef | str | Unset): The generator (importer, cleaner or analysis) producing the
            series: its id (nested as `{id, model, name}` in answers of 2017-18).
        input_series_name (str | Unset):
        column_name (str | Unset):
    """

    id: str
    rights: None | Rights | Unset = UNSET
    analysis: RecordRef | str | Unset = UNSET
    input_series_generator: RecordRef | str | Unset = UNSET
    input_series_name: str | Unset = UNSET
    column_name: str | Unset = UNSET
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

        input_series_generator: dict[str, Any] | str | Unset
        if isinstance(self.input_series_generator, Unset):
            input_series_generator = UNSET
        elif isinstance(self.input_series_generator, RecordRef):
            input_series_generator = self.input_series_generator.to_dict()
        else:
            input_series_generator = self.input_series_generator

        input_series_name = self.input_series_name

        column_name = self.column_name

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
        if input_series_generator is not UNSET:
            field_dict["input_series_generator"] = input_series_generator
        if input_series_name is not UNSET:
            field_dict["input_series_name"] = input_series_name
        if column_name is not UNSET:
            field_dict["column_name"] = column_name

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

        def _parse_input_series_generator(data: object) -> RecordRef | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_series_generator_type_1 = RecordRef.from_dict(data)

                return input_series_generator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordRef | str | Unset, data)

        input_series_generator = _parse_input_series_generator(
            d.pop("input_series_generator", UNSET)
        )

        input_series_name = d.pop("input_series_name", UNSET)

        column_name = d.pop("column_name", UNSET)

        analysis_input = cls(
            id=id,
            rights=rights,
            analysis=analysis,
            input_series_generator=input_series_generator,
            input_series_name=input_series_name,
            column_name=column_name,
        )

        analysis_input.additional_properties = d
        return analysis_input

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
