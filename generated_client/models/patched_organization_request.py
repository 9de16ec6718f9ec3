from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedOrganizationRequest")


@_attrs_define
class PatchedOrganizationRequest:
    """Fields sent to change part of a Organization.

    Attributes:
        name (str | Unset):
        comment (str | Unset):
        control_affiliations (bool | Unset):
        log_activity (bool | Unset):
    """

    name: str | Unset = UNSET
    comment: str | Unset = UNSET
    control_affiliations: bool | Unset = UNSET
    log_activity: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        comment = self.comment

        control_affiliations = self.control_affiliations

        log_activity = self.log_activity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if control_affiliations is not UNSET:
            field_dict["control_affiliations"] = control_affiliations
        if log_activity is not UNSET:
            field_dict["log_activity"] = log_activity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        comment = d.pop("comment", UNSET)

        control_affiliations = d.pop("control_affiliations", UNSET)

        log_activity = d.pop("log_activity", UNSET)

        patched_organization_request = cls(
            name=name,
            comment=comment,
            control_affiliations=control_affiliations,
            log_activity=log_activity,
        )

        patched_organization_request.additional_properties = d
        return patched_organization_request

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
