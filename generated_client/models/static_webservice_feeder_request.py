from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StaticWebserviceFeederRequest")


@_attrs_define
class StaticWebserviceFeederRequest:
    """Fields sent to create or replace a StaticWebserviceFeeder.

    Attributes:
        base_feeder (str): Id of the base feeder.
        url (str | Unset):
    """

    base_feeder: str
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_feeder = self.base_feeder

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_feeder": base_feeder,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_feeder = d.pop("base_feeder")

        url = d.pop("url", UNSET)

        static_webservice_feeder_request = cls(
            base_feeder=base_feeder,
            url=url,
        )

        static_webservice_feeder_request.additional_properties = d
        return static_webservice_feeder_request

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
