from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ftp_account import FtpAccount
    from ..models.rights import Rights


T = TypeVar("T", bound="OdataUser")


@_attrs_define
class OdataUser:
    """The data side of a user: `ftp_account` is their personal FTP account, where exports land.

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        ftp_account (FtpAccount | None | str | Unset): The user's FTP account, as an id (every answer of the sandbox) or
            nested; null when none.
    """

    id: str
    rights: None | Rights | Unset = UNSET
    ftp_account: FtpAccount | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ftp_account import FtpAccount  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        rights: dict[str, Any] | None | Unset
        if isinstance(self.rights, Unset):
            rights = UNSET
        elif isinstance(self.rights, Rights):
            rights = self.rights.to_dict()
        else:
            rights = self.rights

        ftp_account: dict[str, Any] | None | str | Unset
        if isinstance(self.ftp_account, Unset):
            ftp_account = UNSET
        elif isinstance(self.ftp_account, FtpAccount):
            ftp_account = self.ftp_account.to_dict()
        else:
            ftp_account = self.ftp_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if ftp_account is not UNSET:
            field_dict["ftp_account"] = ftp_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ftp_account import FtpAccount  # noqa: PLC0415
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

        def _parse_ftp_account(data: object) -> FtpAccount | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ftp_account_type_1 = FtpAccount.from_dict(data)

                return ftp_account_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FtpAccount | None | str | Unset, data)

        ftp_account = _parse_ftp_account(d.pop("ftp_account", UNSET))

        odata_user = cls(
            id=id,
            rights=rights,
            ftp_account=ftp_account,
        )

        odata_user.additional_properties = d
        return odata_user

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
