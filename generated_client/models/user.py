from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.odata_user import OdataUser
    from ..models.rights import Rights


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A platform user; `odata` is the id of their odata user.

    Attributes:
        id (str): UUID of the record.
        username (str):
        email (str):
        first_name (str):
        last_name (str):
        odata (None | OdataUser | str): The odata user, as an id (every answer of the sandbox) or nested; null when
            none.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
    """

    id: str
    username: str
    email: str
    first_name: str
    last_name: str
    odata: None | OdataUser | str
    rights: None | Rights | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.odata_user import OdataUser  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        username = self.username

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        odata: dict[str, Any] | None | str
        if isinstance(self.odata, OdataUser):
            odata = self.odata.to_dict()
        else:
            odata = self.odata

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
                "username": username,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "odata": odata,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.odata_user import OdataUser  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username")

        email = d.pop("email")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        def _parse_odata(data: object) -> None | OdataUser | str:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                odata_type_1 = OdataUser.from_dict(data)

                return odata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OdataUser | str, data)

        odata = _parse_odata(d.pop("odata"))

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

        user = cls(
            id=id,
            username=username,
            email=email,
            first_name=first_name,
            last_name=last_name,
            odata=odata,
            rights=rights,
        )

        user.additional_properties = d
        return user

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
