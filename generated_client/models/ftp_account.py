from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rights import Rights


T = TypeVar("T", bound="FtpAccount")


@_attrs_define
class FtpAccount:
    """An FTP account (a user's own, or a gate's). Until an account is attached or configured its host is `""` (the old
    client tests `host == ""`); null is read the same way.

        Attributes:
            id (str): UUID of the record.
            rights (None | Rights | Unset): The caller's rights on the record, or null.
            protocol (str | Unset): Known values: `ftp`, `sftp`, `ftps`.
            host (None | str | Unset):
            port (int | None | Unset):
            login (None | str | Unset):
    """

    id: str
    rights: None | Rights | Unset = UNSET
    protocol: str | Unset = UNSET
    host: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    login: None | str | Unset = UNSET
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

        protocol = self.protocol

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        login: None | str | Unset
        if isinstance(self.login, Unset):
            login = UNSET
        else:
            login = self.login

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if login is not UNSET:
            field_dict["login"] = login

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

        protocol = d.pop("protocol", UNSET)

        def _parse_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host = _parse_host(d.pop("host", UNSET))

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login = _parse_login(d.pop("login", UNSET))

        ftp_account = cls(
            id=id,
            rights=rights,
            protocol=protocol,
            host=host,
            port=port,
            login=login,
        )

        ftp_account.additional_properties = d
        return ftp_account

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
