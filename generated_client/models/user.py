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
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        username (str | Unset):
        email (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        odata (None | OdataUser | str | Unset): The odata user, as an id (every answer of the sandbox) or nested; null
            when none.
    """

    id: str
    rights: None | Rights | Unset = UNSET
    username: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    odata: None | OdataUser | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.odata_user import OdataUser  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        rights: dict[str, Any] | None | Unset
        if isinstance(self.rights, Unset):
            rights = UNSET
        elif isinstance(self.rights, Rights):
            rights = self.rights.to_dict()
        else:
            rights = self.rights

        username = self.username

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        odata: dict[str, Any] | None | str | Unset
        if isinstance(self.odata, Unset):
            odata = UNSET
        elif isinstance(self.odata, OdataUser):
            odata = self.odata.to_dict()
        else:
            odata = self.odata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if username is not UNSET:
            field_dict["username"] = username
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if odata is not UNSET:
            field_dict["odata"] = odata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.odata_user import OdataUser  # noqa: PLC0415
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

        username = d.pop("username", UNSET)

        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        def _parse_odata(data: object) -> None | OdataUser | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                odata_type_1 = OdataUser.from_dict(data)

                return odata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OdataUser | str | Unset, data)

        odata = _parse_odata(d.pop("odata", UNSET))

        user = cls(
            id=id,
            rights=rights,
            username=username,
            email=email,
            first_name=first_name,
            last_name=last_name,
            odata=odata,
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
