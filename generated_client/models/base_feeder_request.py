from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BaseFeederRequest")


@_attrs_define
class BaseFeederRequest:
    """Fields sent to create or replace a BaseFeeder.

    Attributes:
        gate (str): Id of the gate.
        timezone (str | Unset):
        crontab (str | Unset): Six fields, seconds first: `0 0 0 1 1 *`.
    """

    gate: str
    timezone: str | Unset = UNSET
    crontab: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gate = self.gate

        timezone = self.timezone

        crontab = self.crontab

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gate": gate,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if crontab is not UNSET:
            field_dict["crontab"] = crontab

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gate = d.pop("gate")

        timezone = d.pop("timezone", UNSET)

        crontab = d.pop("crontab", UNSET)

        base_feeder_request = cls(
            gate=gate,
            timezone=timezone,
            crontab=crontab,
        )

        base_feeder_request.additional_properties = d
        return base_feeder_request

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
