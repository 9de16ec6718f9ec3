from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedGenericBasicFeederRequest")


@_attrs_define
class PatchedGenericBasicFeederRequest:
    """Fields sent to change part of a GenericBasicFeeder.

    Attributes:
        base_feeder (str | Unset): Id of the base feeder.
        script (str | Unset):
    """

    base_feeder: str | Unset = UNSET
    script: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_feeder = self.base_feeder

        script = self.script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_feeder is not UNSET:
            field_dict["base_feeder"] = base_feeder
        if script is not UNSET:
            field_dict["script"] = script

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_feeder = d.pop("base_feeder", UNSET)

        script = d.pop("script", UNSET)

        patched_generic_basic_feeder_request = cls(
            base_feeder=base_feeder,
            script=script,
        )

        patched_generic_basic_feeder_request.additional_properties = d
        return patched_generic_basic_feeder_request

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
