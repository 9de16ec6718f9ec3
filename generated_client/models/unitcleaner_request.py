from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitcleanerRequest")


@_attrs_define
class UnitcleanerRequest:
    """Fields sent to create or replace a Unitcleaner; a field left out takes its `default` (the platform's).

    Attributes:
        cleaner (str): Id of the cleaner.
        external_name (str): Name of the importer series it cleans.
        name (str): Name of the cleaned series.
        freq (str | Unset): A `Frequency`.
        input_unit_type (str | Unset): A `UnitType`.
        unit_type (str | Unset): A `UnitType`.
        input_convention (str | Unset): A `Convention`.
        clock (str | Unset): A `Clock` (`tzt`: local time of `timezone`).
        timezone (str | Unset): A `Timezone`.
        unit (str | Unset):
        label (str | Unset):
        resample_rule (str | Unset): A `ResampleRule`.
        interpolate_limit (int | Unset):
        wait_offset (str | Unset): A `Frequency`.
        input_expected_regular (bool | Unset):
        operation_fct (None | str | Unset):
        filter_fct (None | str | Unset):
        derivative_filter_fct (None | str | Unset):
        custom_delay (None | str | Unset):
        custom_fct (None | str | Unset):
        custom_before_offset (None | str | Unset):
        custom_after_offset (None | str | Unset):
        numerical_filter (None | str | Unset):
    """

    cleaner: str
    external_name: str
    name: str
    freq: str | Unset = UNSET
    input_unit_type: str | Unset = UNSET
    unit_type: str | Unset = UNSET
    input_convention: str | Unset = UNSET
    clock: str | Unset = UNSET
    timezone: str | Unset = UNSET
    unit: str | Unset = UNSET
    label: str | Unset = UNSET
    resample_rule: str | Unset = UNSET
    interpolate_limit: int | Unset = UNSET
    wait_offset: str | Unset = UNSET
    input_expected_regular: bool | Unset = UNSET
    operation_fct: None | str | Unset = UNSET
    filter_fct: None | str | Unset = UNSET
    derivative_filter_fct: None | str | Unset = UNSET
    custom_delay: None | str | Unset = UNSET
    custom_fct: None | str | Unset = UNSET
    custom_before_offset: None | str | Unset = UNSET
    custom_after_offset: None | str | Unset = UNSET
    numerical_filter: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        operation_fct: None | str | Unset
        if isinstance(self.operation_fct, Unset):
            operation_fct = UNSET
        else:
            operation_fct = self.operation_fct

        filter_fct: None | str | Unset
        if isinstance(self.filter_fct, Unset):
            filter_fct = UNSET
        else:
            filter_fct = self.filter_fct

        derivative_filter_fct: None | str | Unset
        if isinstance(self.derivative_filter_fct, Unset):
            derivative_filter_fct = UNSET
        else:
            derivative_filter_fct = self.derivative_filter_fct

        custom_delay: None | str | Unset
        if isinstance(self.custom_delay, Unset):
            custom_delay = UNSET
        else:
            custom_delay = self.custom_delay

        custom_fct: None | str | Unset
        if isinstance(self.custom_fct, Unset):
            custom_fct = UNSET
        else:
            custom_fct = self.custom_fct

        custom_before_offset: None | str | Unset
        if isinstance(self.custom_before_offset, Unset):
            custom_before_offset = UNSET
        else:
            custom_before_offset = self.custom_before_offset

        custom_after_offset: None | str | Unset
        if isinstance(self.custom_after_offset, Unset):
            custom_after_offset = UNSET
        else:
            custom_after_offset = self.custom_after_offset

        numerical_filter: None | str | Unset
        if isinstance(self.numerical_filter, Unset):
            numerical_filter = UNSET
        else:
            numerical_filter = self.numerical_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cleaner": cleaner,
                "external_name": external_name,
                "name": name,
            }
        )
        if freq is not UNSET:
            field_dict["freq"] = freq
        if input_unit_type is not UNSET:
            field_dict["input_unit_type"] = input_unit_type
        if unit_type is not UNSET:
            field_dict["unit_type"] = unit_type
        if input_convention is not UNSET:
            field_dict["input_convention"] = input_convention
        if clock is not UNSET:
            field_dict["clock"] = clock
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if unit is not UNSET:
            field_dict["unit"] = unit
        if label is not UNSET:
            field_dict["label"] = label
        if resample_rule is not UNSET:
            field_dict["resample_rule"] = resample_rule
        if interpolate_limit is not UNSET:
            field_dict["interpolate_limit"] = interpolate_limit
        if wait_offset is not UNSET:
            field_dict["wait_offset"] = wait_offset
        if input_expected_regular is not UNSET:
            field_dict["input_expected_regular"] = input_expected_regular
        if operation_fct is not UNSET:
            field_dict["operation_fct"] = operation_fct
        if filter_fct is not UNSET:
            field_dict["filter_fct"] = filter_fct
        if derivative_filter_fct is not UNSET:
            field_dict["derivative_filter_fct"] = derivative_filter_fct
        if custom_delay is not UNSET:
            field_dict["custom_delay"] = custom_delay
        if custom_fct is not UNSET:
            field_dict["custom_fct"] = custom_fct
        if custom_before_offset is not UNSET:
            field_dict["custom_before_offset"] = custom_before_offset
        if custom_after_offset is not UNSET:
            field_dict["custom_after_offset"] = custom_after_offset
        if numerical_filter is not UNSET:
            field_dict["numerical_filter"] = numerical_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cleaner = d.pop("cleaner")

        external_name = d.pop("external_name")

        name = d.pop("name")

        freq = d.pop("freq", UNSET)

        input_unit_type = d.pop("input_unit_type", UNSET)

        unit_type = d.pop("unit_type", UNSET)

        input_convention = d.pop("input_convention", UNSET)

        clock = d.pop("clock", UNSET)

        timezone = d.pop("timezone", UNSET)

        unit = d.pop("unit", UNSET)

        label = d.pop("label", UNSET)

        resample_rule = d.pop("resample_rule", UNSET)

        interpolate_limit = d.pop("interpolate_limit", UNSET)

        wait_offset = d.pop("wait_offset", UNSET)

        input_expected_regular = d.pop("input_expected_regular", UNSET)

        def _parse_operation_fct(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_fct = _parse_operation_fct(d.pop("operation_fct", UNSET))

        def _parse_filter_fct(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filter_fct = _parse_filter_fct(d.pop("filter_fct", UNSET))

        def _parse_derivative_filter_fct(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        derivative_filter_fct = _parse_derivative_filter_fct(
            d.pop("derivative_filter_fct", UNSET)
        )

        def _parse_custom_delay(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_delay = _parse_custom_delay(d.pop("custom_delay", UNSET))

        def _parse_custom_fct(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_fct = _parse_custom_fct(d.pop("custom_fct", UNSET))

        def _parse_custom_before_offset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_before_offset = _parse_custom_before_offset(
            d.pop("custom_before_offset", UNSET)
        )

        def _parse_custom_after_offset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_after_offset = _parse_custom_after_offset(
            d.pop("custom_after_offset", UNSET)
        )

        def _parse_numerical_filter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        numerical_filter = _parse_numerical_filter(d.pop("numerical_filter", UNSET))

        unitcleaner_request = cls(
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
            numerical_filter=numerical_filter,
        )

        unitcleaner_request.additional_properties = d
        return unitcleaner_request

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
