from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalFtpAccountRequest")


@_attrs_define
class ExternalFtpAccountRequest:
    """Points a gate's FTP account at the customer's own server (an external gate). Answers show the account as `host`,
    `port`, `login`, `protocol`; the password is never shown.

        Attributes:
            custom_host (str): Host name or address of the server.
            custom_protocol (str): `ftp`, `sftp` or `ftps`; the sandbox reaches `ftp` servers only and refuses the others
                with a 400.
            custom_login (str):
            password (str):
            custom_port (int | None | Unset): Port; null means the protocol's default (21 for ftp and ftps, 22 for sftp).
    """

    custom_host: str
    custom_protocol: str
    custom_login: str
    password: str
    custom_port: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_host = self.custom_host

        custom_protocol = self.custom_protocol

        custom_login = self.custom_login

        password = self.password

        custom_port: int | None | Unset
        if isinstance(self.custom_port, Unset):
            custom_port = UNSET
        else:
            custom_port = self.custom_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_host": custom_host,
                "custom_protocol": custom_protocol,
                "custom_login": custom_login,
                "password": password,
            }
        )
        if custom_port is not UNSET:
            field_dict["custom_port"] = custom_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_host = d.pop("custom_host")

        custom_protocol = d.pop("custom_protocol")

        custom_login = d.pop("custom_login")

        password = d.pop("password")

        def _parse_custom_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        custom_port = _parse_custom_port(d.pop("custom_port", UNSET))

        external_ftp_account_request = cls(
            custom_host=custom_host,
            custom_protocol=custom_protocol,
            custom_login=custom_login,
            password=password,
            custom_port=custom_port,
        )

        external_ftp_account_request.additional_properties = d
        return external_ftp_account_request

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
