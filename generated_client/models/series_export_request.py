from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.series_export_request_out_mode import (
    SeriesExportRequestOutMode,
    check_series_export_request_out_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeriesExportRequest")


@_attrs_define
class SeriesExportRequest:
    """An export of series to zipped CSV files in the user's FTP `series_exports/`.

    Attributes:
        series (list[str]): Ids of the series to export.
        start (None | str | Unset):
        end (None | str | Unset):
        out_freq (None | str | Unset): Resample every series to this frequency (a `Frequency`).
        clock (None | str | Unset): A `Clock`.
        out_mode (SeriesExportRequestOutMode | Unset): `series`: one CSV per series; `dataframe`: one CSV with one
            column per series.
        sep (str | Unset):
        decimal (str | Unset):
        time_grouper (None | str | Unset):
        with_tags (bool | Unset):
        in_start_mode (str | Unset):
        in_end_mode (str | Unset):
    """

    series: list[str]
    start: None | str | Unset = UNSET
    end: None | str | Unset = UNSET
    out_freq: None | str | Unset = UNSET
    clock: None | str | Unset = UNSET
    out_mode: SeriesExportRequestOutMode | Unset = UNSET
    sep: str | Unset = UNSET
    decimal: str | Unset = UNSET
    time_grouper: None | str | Unset = UNSET
    with_tags: bool | Unset = UNSET
    in_start_mode: str | Unset = UNSET
    in_end_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        series = self.series

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        out_freq: None | str | Unset
        if isinstance(self.out_freq, Unset):
            out_freq = UNSET
        else:
            out_freq = self.out_freq

        clock: None | str | Unset
        if isinstance(self.clock, Unset):
            clock = UNSET
        else:
            clock = self.clock

        out_mode: str | Unset = UNSET
        if not isinstance(self.out_mode, Unset):
            out_mode = self.out_mode

        sep = self.sep

        decimal = self.decimal

        time_grouper: None | str | Unset
        if isinstance(self.time_grouper, Unset):
            time_grouper = UNSET
        else:
            time_grouper = self.time_grouper

        with_tags = self.with_tags

        in_start_mode = self.in_start_mode

        in_end_mode = self.in_end_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "series": series,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if out_freq is not UNSET:
            field_dict["out_freq"] = out_freq
        if clock is not UNSET:
            field_dict["clock"] = clock
        if out_mode is not UNSET:
            field_dict["out_mode"] = out_mode
        if sep is not UNSET:
            field_dict["sep"] = sep
        if decimal is not UNSET:
            field_dict["decimal"] = decimal
        if time_grouper is not UNSET:
            field_dict["time_grouper"] = time_grouper
        if with_tags is not UNSET:
            field_dict["with_tags"] = with_tags
        if in_start_mode is not UNSET:
            field_dict["in_start_mode"] = in_start_mode
        if in_end_mode is not UNSET:
            field_dict["in_end_mode"] = in_end_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        series = cast(list[str], d.pop("series"))

        def _parse_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        def _parse_out_freq(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_freq = _parse_out_freq(d.pop("out_freq", UNSET))

        def _parse_clock(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clock = _parse_clock(d.pop("clock", UNSET))

        _out_mode = d.pop("out_mode", UNSET)
        out_mode: SeriesExportRequestOutMode | Unset
        if isinstance(_out_mode, Unset):
            out_mode = UNSET
        else:
            out_mode = check_series_export_request_out_mode(_out_mode)

        sep = d.pop("sep", UNSET)

        decimal = d.pop("decimal", UNSET)

        def _parse_time_grouper(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_grouper = _parse_time_grouper(d.pop("time_grouper", UNSET))

        with_tags = d.pop("with_tags", UNSET)

        in_start_mode = d.pop("in_start_mode", UNSET)

        in_end_mode = d.pop("in_end_mode", UNSET)

        series_export_request = cls(
            series=series,
            start=start,
            end=end,
            out_freq=out_freq,
            clock=clock,
            out_mode=out_mode,
            sep=sep,
            decimal=decimal,
            time_grouper=time_grouper,
            with_tags=with_tags,
            in_start_mode=in_start_mode,
            in_end_mode=in_end_mode,
        )

        series_export_request.additional_properties = d
        return series_export_request

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
