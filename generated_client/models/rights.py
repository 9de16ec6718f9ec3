from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Rights")


@_attrs_define
class Rights:
    """The caller's rights on a record.

    Attributes:
        can_read (bool):
        can_write (bool):
        can_admin (bool):
        can_delete (bool):
    """

    can_read: bool
    can_write: bool
    can_admin: bool
    can_delete: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_read = self.can_read

        can_write = self.can_write

        can_admin = self.can_admin

        can_delete = self.can_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_read": can_read,
                "can_write": can_write,
                "can_admin": can_admin,
                "can_delete": can_delete,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_read = d.pop("can_read")

        can_write = d.pop("can_write")

        can_admin = d.pop("can_admin")

        can_delete = d.pop("can_delete")

        rights = cls(
            can_read=can_read,
            can_write=can_write,
            can_admin=can_admin,
            can_delete=can_delete,
        )

        rights.additional_properties = d
        return rights

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
