from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """An organization: owns projects and users.

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        name (str | Unset):
        comment (str | Unset):
        control_affiliations (bool | Unset):
        log_activity (bool | Unset):
        ftp_account (None | RecordRef | str | Unset): Id of the organization's FTP account, or null. (its id; read
            nested too)
    """

    id: str
    rights: None | Rights | Unset = UNSET
    name: str | Unset = UNSET
    comment: str | Unset = UNSET
    control_affiliations: bool | Unset = UNSET
    log_activity: bool | Unset = UNSET
    ftp_account: None | RecordRef | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_ref import RecordRef  # noqa: PLC0415
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

        comment = self.comment

        control_affiliations = self.control_affiliations

        log_activity = self.log_activity

        ftp_account: dict[str, Any] | None | str | Unset
        if isinstance(self.ftp_account, Unset):
            ftp_account = UNSET
        elif isinstance(self.ftp_account, RecordRef):
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
        if name is not UNSET:
            field_dict["name"] = name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if control_affiliations is not UNSET:
            field_dict["control_affiliations"] = control_affiliations
        if log_activity is not UNSET:
            field_dict["log_activity"] = log_activity
        if ftp_account is not UNSET:
            field_dict["ftp_account"] = ftp_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_ref import RecordRef  # noqa: PLC0415
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

        comment = d.pop("comment", UNSET)

        control_affiliations = d.pop("control_affiliations", UNSET)

        log_activity = d.pop("log_activity", UNSET)

        def _parse_ftp_account(data: object) -> None | RecordRef | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ftp_account_type_1 = RecordRef.from_dict(data)

                return ftp_account_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordRef | str | Unset, data)

        ftp_account = _parse_ftp_account(d.pop("ftp_account", UNSET))

        organization = cls(
            id=id,
            rights=rights,
            name=name,
            comment=comment,
            control_affiliations=control_affiliations,
            log_activity=log_activity,
            ftp_account=ftp_account,
        )

        organization.additional_properties = d
        return organization

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
