from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="Unitcleaner")


@_attrs_define
class Unitcleaner:
    """One cleaning rule: turns one importer series into a regular series.

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        cleaner (RecordRef | str | Unset): Id of the cleaner. (its id; read nested too)
        external_name (str | Unset): Name of the importer series it cleans.
        name (str | Unset): Name of the cleaned series.
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
        active (bool | Unset): Whether the rule runs (PATCH `unitcleaners/{id}/active/`).
        input_series (None | RecordRef | str | Unset): Id of the importer series it cleans, or null. (its id; read
            nested too)
        last_run (None | str | Unset): UTC datetime of the last run, or null.
        last_clear (None | str | Unset): UTC datetime of the last clear, or null.
        numerical_filter (None | str | Unset): `numerical_filter` of the rule, or null.
    """

    id: str
    rights: None | Rights | Unset = UNSET
    cleaner: RecordRef | str | Unset = UNSET
    external_name: str | Unset = UNSET
    name: str | Unset = UNSET
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
    active: bool | Unset = UNSET
    input_series: None | RecordRef | str | Unset = UNSET
    last_run: None | str | Unset = UNSET
    last_clear: None | str | Unset = UNSET
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

        cleaner: dict[str, Any] | str | Unset
        if isinstance(self.cleaner, Unset):
            cleaner = UNSET
        elif isinstance(self.cleaner, RecordRef):
            cleaner = self.cleaner.to_dict()
        else:
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

        active = self.active

        input_series: dict[str, Any] | None | str | Unset
        if isinstance(self.input_series, Unset):
            input_series = UNSET
        elif isinstance(self.input_series, RecordRef):
            input_series = self.input_series.to_dict()
        else:
            input_series = self.input_series

        last_run: None | str | Unset
        if isinstance(self.last_run, Unset):
            last_run = UNSET
        else:
            last_run = self.last_run

        last_clear: None | str | Unset
        if isinstance(self.last_clear, Unset):
            last_clear = UNSET
        else:
            last_clear = self.last_clear

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
        if cleaner is not UNSET:
            field_dict["cleaner"] = cleaner
        if external_name is not UNSET:
            field_dict["external_name"] = external_name
        if name is not UNSET:
            field_dict["name"] = name
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
        if active is not UNSET:
            field_dict["active"] = active
        if input_series is not UNSET:
            field_dict["input_series"] = input_series
        if last_run is not UNSET:
            field_dict["last_run"] = last_run
        if last_clear is not UNSET:
            field_dict["last_clear"] = last_clear
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

        def _parse_cleaner(data: object) -> RecordRef | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cleaner_type_1 = RecordRef.from_dict(data)

                return cleaner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordRef | str | Unset, data)

        cleaner = _parse_cleaner(d.pop("cleaner", UNSET))

        external_name = d.pop("external_name", UNSET)

        name = d.pop("name", UNSET)

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

        active = d.pop("active", UNSET)

        def _parse_input_series(data: object) -> None | RecordRef | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_series_type_1 = RecordRef.from_dict(data)

                return input_series_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordRef | str | Unset, data)

        input_series = _parse_input_series(d.pop("input_series", UNSET))

        def _parse_last_run(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_run = _parse_last_run(d.pop("last_run", UNSET))

        def _parse_last_clear(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_clear = _parse_last_clear(d.pop("last_clear", UNSET))

        def _parse_numerical_filter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        numerical_filter = _parse_numerical_filter(d.pop("numerical_filter", UNSET))

        unitcleaner = cls(
            id=id,
            rights=rights,
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
            active=active,
            input_series=input_series,
            last_run=last_run,
            last_clear=last_clear,
            numerical_filter=numerical_filter,
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
