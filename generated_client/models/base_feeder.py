from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rights import Rights


T = TypeVar("T", bound="BaseFeeder")


@_attrs_define
class BaseFeeder:
    """A gate's feeder: fills the gate's FTP account on its crontab.

    Attributes:
        id (str): UUID of the record.
        gate (str): Id of the gate.
        timezone (str):
        crontab (str): Six fields, seconds first: `0 0 0 1 1 *`.
        active (bool):
        child_id (None | str): Id of the child feeder, or null.
        child_model (None | str): Known values: `genericbasicfeeder`, `staticwebservicefeeder`; others may come.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
    """

    id: str
    gate: str
    timezone: str
    crontab: str
    active: bool
    child_id: None | str
    child_model: None | str
    rights: None | Rights | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        gate = self.gate

        timezone = self.timezone

        crontab = self.crontab

        active = self.active

        child_id: None | str
        child_id = self.child_id

        child_model: None | str
        child_model = self.child_model

        rights: dict[str, Any] | None | Unset
        if isinstance(self.rights, Unset):
            rights = UNSET
        elif isinstance(self.rights, Rights):
            rights = self.rights.to_dict()
        else:
            rights = self.rights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "gate": gate,
                "timezone": timezone,
                "crontab": crontab,
                "active": active,
                "child_id": child_id,
                "child_model": child_model,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        gate = d.pop("gate")

        timezone = d.pop("timezone")

        crontab = d.pop("crontab")

        active = d.pop("active")

        def _parse_child_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        child_id = _parse_child_id(d.pop("child_id"))

        def _parse_child_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        child_model = _parse_child_model(d.pop("child_model"))

        def _parse_rights(data: object) -> None | Rights | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rights_type_0 = Rights.from_dict(data)

                return rights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Rights | Unset, data)

        rights = _parse_rights(d.pop("rights", UNSET))

        base_feeder = cls(
            id=id,
            gate=gate,
            timezone=timezone,
            crontab=crontab,
            active=active,
            child_id=child_id,
            child_model=child_model,
            rights=rights,
        )

        base_feeder.additional_properties = d
        return base_feeder

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
