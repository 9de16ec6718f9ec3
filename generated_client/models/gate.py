from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_feeder import BaseFeeder
    from ..models.ftp_account import FtpAccount
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="Gate")


@_attrs_define
class Gate:
    """A gate receives files on its FTP account. `base_feeder` is an id in lists and a nested object in retrieve answers.

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        project (RecordRef | str | Unset): Id of the odata project. (its id; read nested too)
        name (str | Unset):
        comment (str | Unset):
        ftp_account (FtpAccount | None | str | Unset): The gate's FTP account: nested in list and retrieve answers (id,
            protocol, host, port, login; never the password), its id in create and update answers (the flat serializer);
            null when none.
        base_feeder (BaseFeeder | None | str | Unset): The gate's base feeder, nested in retrieve answers, its id in
            list, create and update answers; null when none.
    """

    id: str
    rights: None | Rights | Unset = UNSET
    project: RecordRef | str | Unset = UNSET
    name: str | Unset = UNSET
    comment: str | Unset = UNSET
    ftp_account: FtpAccount | None | str | Unset = UNSET
    base_feeder: BaseFeeder | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.base_feeder import BaseFeeder  # noqa: PLC0415
        from ..models.ftp_account import FtpAccount  # noqa: PLC0415
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

        project: dict[str, Any] | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, RecordRef):
            project = self.project.to_dict()
        else:
            project = self.project

        name = self.name

        comment = self.comment

        ftp_account: dict[str, Any] | None | str | Unset
        if isinstance(self.ftp_account, Unset):
            ftp_account = UNSET
        elif isinstance(self.ftp_account, FtpAccount):
            ftp_account = self.ftp_account.to_dict()
        else:
            ftp_account = self.ftp_account

        base_feeder: dict[str, Any] | None | str | Unset
        if isinstance(self.base_feeder, Unset):
            base_feeder = UNSET
        elif isinstance(self.base_feeder, BaseFeeder):
            base_feeder = self.base_feeder.to_dict()
        else:
            base_feeder = self.base_feeder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if project is not UNSET:
            field_dict["project"] = project
        if name is not UNSET:
            field_dict["name"] = name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if ftp_account is not UNSET:
            field_dict["ftp_account"] = ftp_account
        if base_feeder is not UNSET:
            field_dict["base_feeder"] = base_feeder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.base_feeder import BaseFeeder  # noqa: PLC0415
        from ..models.ftp_account import FtpAccount  # noqa: PLC0415
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

        def _parse_project(data: object) -> RecordRef | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_type_1 = RecordRef.from_dict(data)

                return project_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordRef | str | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        name = d.pop("name", UNSET)

        comment = d.pop("comment", UNSET)

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

        def _parse_base_feeder(data: object) -> BaseFeeder | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                base_feeder_type_1 = BaseFeeder.from_dict(data)

                return base_feeder_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseFeeder | None | str | Unset, data)

        base_feeder = _parse_base_feeder(d.pop("base_feeder", UNSET))

        gate = cls(
            id=id,
            rights=rights,
            project=project,
            name=name,
            comment=comment,
            ftp_account=ftp_account,
            base_feeder=base_feeder,
        )

        gate.additional_properties = d
        return gate

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
