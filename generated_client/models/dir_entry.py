from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DirEntry")


@_attrs_define
class DirEntry:
    """One entry of a listed directory.

    Attributes:
        name (str):
        path (str): Path from the account's home.
        type_ (str): Known values: `file`, `dir`.
        size (int | None | Unset): Size in bytes for files.
        mdate (None | str | Unset): Modification datetime, UTC.
    """

    name: str
    path: str
    type_: str
    size: int | None | Unset = UNSET
    mdate: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        path = self.path

        type_ = self.type_

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        mdate: None | str | Unset
        if isinstance(self.mdate, Unset):
            mdate = UNSET
        else:
            mdate = self.mdate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "path": path,
                "type": type_,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if mdate is not UNSET:
            field_dict["mdate"] = mdate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        path = d.pop("path")

        type_ = d.pop("type")

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_mdate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mdate = _parse_mdate(d.pop("mdate", UNSET))

        dir_entry = cls(
            name=name,
            path=path,
            type_=type_,
            size=size,
            mdate=mdate,
        )

        dir_entry.additional_properties = d
        return dir_entry

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
