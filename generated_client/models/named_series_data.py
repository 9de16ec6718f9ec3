from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NamedSeriesData")


@_attrs_define
class NamedSeriesData:
    """Points of one series of a multi_select, with its name.

    Attributes:
        name (str):
        index (list[int]): Timestamps, milliseconds since the epoch.
        data (list[float | None]): Values; null for missing.
    """

    name: str
    index: list[int]
    data: list[float | None]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        index = self.index

        data = []
        for data_item_data in self.data:
            data_item: float | None
            data_item = data_item_data
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "index": index,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        index = cast(list[int], d.pop("index"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        named_series_data = cls(
            name=name,
            index=index,
            data=data,
        )

        named_series_data.additional_properties = d
        return named_series_data

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
