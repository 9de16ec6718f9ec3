from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rights import Rights


T = TypeVar("T", bound="Unitcleaner")


@_attrs_define
class Unitcleaner:
    """One cleaning rule: turns one importer series into a regular series.

    Attributes:
        id (str): UUID of the record.
        cleaner (str): Id of the cleaner.
        external_name (str): Name of the importer series it cleans.
        name (str): Name of the cleaned series.
        freq (str): A `Frequency`.
        input_unit_type (str): A `UnitType`.
        unit_type (str): A `UnitType`.
        input_convention (str): A `Convention`.
        clock (str): A `Clock` (`tzt`: local time of `timezone`).
        timezone (str): A `Timezone`.
        unit (str):
        label (str):
        resample_rule (str): A `ResampleRule`.
        interpolate_limit (int):
        wait_offset (str): A `Frequency`.
        input_expected_regular (bool):
        operation_fct (None | str):
        filter_fct (None | str):
        derivative_filter_fct (None | str):
        custom_delay (None | str):
        custom_fct (None | str):
        custom_before_offset (None | str):
        custom_after_offset (None | str):
        rights (None | Rights | Unset): The caller's rights on the record, or null.
    """

    id: str
    cleaner: str
    external_name: str
    name: str
    freq: str
    input_unit_type: str
    unit_type: str
    input_convention: str
    clock: str
    timezone: str
    unit: str
    label: str
    resample_rule: str
    interpolate_limit: int
    wait_offset: str
    input_expected_regular: bool
    operation_fct: None | str
    filter_fct: None | str
    derivative_filter_fct: None | str
    custom_delay: None | str
    custom_fct: None | str
    custom_before_offset: None | str
    custom_after_offset: None | str
    rights: None | Rights | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        cleaner = self.cleaner

        external_name = self.external_name

        name = self.name

        freq = self.freq

        input_unit_type = self.input_unit_type

        unit_type = self.unit_type

        input_convention = self.input_convention

        clock = self.clock

        timezone = self.timezone

        unit = self.unit

        label = self.label

        resample_rule = self.resample_rule

        interpolate_limit = self.interpolate_limit

        wait_offset = self.wait_offset

        input_expected_regular = self.input_expected_regular

        operation_fct: None | str
        operation_fct = self.operation_fct

        filter_fct: None | str
        filter_fct = self.filter_fct

        derivative_filter_fct: None | str
        derivative_filter_fct = self.derivative_filter_fct

        custom_delay: None | str
        custom_delay = self.custom_delay

        custom_fct: None | str
        custom_fct = self.custom_fct

        custom_before_offset: None | str
        custom_before_offset = self.custom_before_offset

        custom_after_offset: None | str
        custom_after_offset = self.custom_after_offset

        rights: dict[str, Any] | None | Unset
        if isinstance(self.rights, Unset):
            rights = UNSET
        elif isinstance(self.rights, Rights):
            rights = self.rights.to_dict()
        else:
            rights = self.rights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cleaner": cleaner,
                "external_name": external_name,
                "name": name,
                "freq": freq,
                "input_unit_type": input_unit_type,
                "unit_type": unit_type,
                "input_convention": input_convention,
                "clock": clock,
                "timezone": timezone,
                "unit": unit,
                "label": label,
                "resample_rule": resample_rule,
                "interpolate_limit": interpolate_limit,
                "wait_offset": wait_offset,
                "input_expected_regular": input_expected_regular,
                "operation_fct": operation_fct,
                "filter_fct": filter_fct,
                "derivative_filter_fct": derivative_filter_fct,
                "custom_delay": custom_delay,
                "custom_fct": custom_fct,
                "custom_before_offset": custom_before_offset,
                "custom_after_offset": custom_after_offset,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        cleaner = d.pop("cleaner")

        external_name = d.pop("external_name")

        name = d.pop("name")

        freq = d.pop("freq")

        input_unit_type = d.pop("input_unit_type")

        unit_type = d.pop("unit_type")

        input_convention = d.pop("input_convention")

        clock = d.pop("clock")

        timezone = d.pop("timezone")

        unit = d.pop("unit")

        label = d.pop("label")

        resample_rule = d.pop("resample_rule")

        interpolate_limit = d.pop("interpolate_limit")

        wait_offset = d.pop("wait_offset")

        input_expected_regular = d.pop("input_expected_regular")

        def _parse_operation_fct(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        operation_fct = _parse_operation_fct(d.pop("operation_fct"))

        def _parse_filter_fct(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        filter_fct = _parse_filter_fct(d.pop("filter_fct"))

        def _parse_derivative_filter_fct(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        derivative_filter_fct = _parse_derivative_filter_fct(
            d.pop("derivative_filter_fct")
        )

        def _parse_custom_delay(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_delay = _parse_custom_delay(d.pop("custom_delay"))

        def _parse_custom_fct(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_fct = _parse_custom_fct(d.pop("custom_fct"))

        def _parse_custom_before_offset(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_before_offset = _parse_custom_before_offset(
            d.pop("custom_before_offset")
        )

        def _parse_custom_after_offset(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_after_offset = _parse_custom_after_offset(d.pop("custom_after_offset"))

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

        unitcleaner = cls(
            id=id,
            cleaner=cleaner,
            external_name=external_name,
            name=name,
            freq=freq,
            input_unit_type=input_unit_type,
            unit_type=unit_type,
            input_convention=input_convention,
            clock=clock,
            timezone=timezone,
            unit=unit,
            label=label,
            resample_rule=resample_rule,
            interpolate_limit=interpolate_limit,
            wait_offset=wait_offset,
            input_expected_regular=input_expected_regular,
            operation_fct=operation_fct,
            filter_fct=filter_fct,
            derivative_filter_fct=derivative_filter_fct,
            custom_delay=custom_delay,
            custom_fct=custom_fct,
            custom_before_offset=custom_before_offset,
            custom_after_offset=custom_after_offset,
            rights=rights,
        )

        unitcleaner.additional_properties = d
        return unitcleaner

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
