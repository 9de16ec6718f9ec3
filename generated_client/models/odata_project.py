from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rights import Rights


T = TypeVar("T", bound="OdataProject")


@_attrs_define
class OdataProject:
    """The data side of a team project.

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        name (str | Unset):
        mail_alerts_activated (bool | Unset):
    """

    id: str
    rights: None | Rights | Unset = UNSET
    name: str | Unset = UNSET
    mail_alerts_activated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        rights: dict[str, Any] | None | Unset
        if isinstance(self.rights, Unset):
            rights = UNSET
        elif isinstance(self.rights, Rights):
            rights = self.rights.to_dict()
        else:
            rights = self.rights

        name = self.name

        mail_alerts_activated = self.mail_alerts_activated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if name is not UNSET:
            field_dict["name"] = name
        if mail_alerts_activated is not UNSET:
            field_dict["mail_alerts_activated"] = mail_alerts_activated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

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

        name = d.pop("name", UNSET)

        mail_alerts_activated = d.pop("mail_alerts_activated", UNSET)

        odata_project = cls(
            id=id,
            rights=rights,
            name=name,
            mail_alerts_activated=mail_alerts_activated,
        )

        odata_project.additional_properties = d
        return odata_project

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
