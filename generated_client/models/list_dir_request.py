from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListDirRequest")


@_attrs_define
class ListDirRequest:
    """A directory of an FTP account to list.

    Attributes:
        path (str): Path relative to `root_dir_path`; may not leave the account's home.
        root_dir_path (str | Unset): Directory `path` is relative to.
    """

    path: str
    root_dir_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        root_dir_path = self.root_dir_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )
        if root_dir_path is not UNSET:
            field_dict["root_dir_path"] = root_dir_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        root_dir_path = d.pop("root_dir_path", UNSET)

        list_dir_request = cls(
            path=path,
            root_dir_path=root_dir_path,
        )

        list_dir_request.additional_properties = d
        return list_dir_request

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
