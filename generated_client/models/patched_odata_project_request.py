from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedOdataProjectRequest")


@_attrs_define
class PatchedOdataProjectRequest:
    """Fields sent to change part of a OdataProject.

    Attributes:
        mail_alerts_activated (bool | Unset):
    """

    mail_alerts_activated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mail_alerts_activated = self.mail_alerts_activated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mail_alerts_activated is not UNSET:
            field_dict["mail_alerts_activated"] = mail_alerts_activated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mail_alerts_activated = d.pop("mail_alerts_activated", UNSET)

        patched_odata_project_request = cls(
            mail_alerts_activated=mail_alerts_activated,
        )

        patched_odata_project_request.additional_properties = d
        return patched_odata_project_request

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
