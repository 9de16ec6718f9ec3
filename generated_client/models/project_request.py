from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectRequest")


@_attrs_define
class ProjectRequest:
    """Fields sent to create or replace a Project.

    Attributes:
        organization (str): Id of the organization.
        name (str):
        is_visible (bool | Unset):
        comment (str | Unset):
        private_comment (str | Unset):
        display_buildings (bool | Unset):
    """

    organization: str
    name: str
    is_visible: bool | Unset = UNSET
    comment: str | Unset = UNSET
    private_comment: str | Unset = UNSET
    display_buildings: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization = self.organization

        name = self.name

        is_visible = self.is_visible

        comment = self.comment

        private_comment = self.private_comment

        display_buildings = self.display_buildings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization": organization,
                "name": name,
            }
        )
        if is_visible is not UNSET:
            field_dict["is_visible"] = is_visible
        if comment is not UNSET:
            field_dict["comment"] = comment
        if private_comment is not UNSET:
            field_dict["private_comment"] = private_comment
        if display_buildings is not UNSET:
            field_dict["display_buildings"] = display_buildings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization = d.pop("organization")

        name = d.pop("name")

        is_visible = d.pop("is_visible", UNSET)

        comment = d.pop("comment", UNSET)

        private_comment = d.pop("private_comment", UNSET)

        display_buildings = d.pop("display_buildings", UNSET)

        project_request = cls(
            organization=organization,
            name=name,
            is_visible=is_visible,
            comment=comment,
            private_comment=private_comment,
            display_buildings=display_buildings,
        )

        project_request.additional_properties = d
        return project_request

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
