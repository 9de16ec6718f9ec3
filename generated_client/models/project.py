from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.odata_project import OdataProject
    from ..models.organization import Organization
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A team project of an organization; `odata` is its odata project.

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        odata (None | OdataProject | str | Unset): The odata project holding the project's data, as an id (every answer
            of the sandbox, as the guide shows) or nested; null when none.
        obuildings (None | RecordRef | str | Unset): Id of the obuildings project, or null. (its id; read nested too)
        is_visible (bool | Unset):
        organization (Organization | str | Unset): The organization: nested in list and retrieve answers, its id in
            create and update answers (the flat serializer).
        name (str | Unset):
        comment (str | Unset):
        private_comment (str | Unset):
        creation_date (str | Unset): Date `YYYY-MM-DD`.
        display_buildings (bool | Unset):
    """

    id: str
    rights: None | Rights | Unset = UNSET
    odata: None | OdataProject | str | Unset = UNSET
    obuildings: None | RecordRef | str | Unset = UNSET
    is_visible: bool | Unset = UNSET
    organization: Organization | str | Unset = UNSET
    name: str | Unset = UNSET
    comment: str | Unset = UNSET
    private_comment: str | Unset = UNSET
    creation_date: str | Unset = UNSET
    display_buildings: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.odata_project import OdataProject  # noqa: PLC0415
        from ..models.organization import Organization  # noqa: PLC0415
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

        odata: dict[str, Any] | None | str | Unset
        if isinstance(self.odata, Unset):
            odata = UNSET
        elif isinstance(self.odata, OdataProject):
            odata = self.odata.to_dict()
        else:
            odata = self.odata

        obuildings: dict[str, Any] | None | str | Unset
        if isinstance(self.obuildings, Unset):
            obuildings = UNSET
        elif isinstance(self.obuildings, RecordRef):
            obuildings = self.obuildings.to_dict()
        else:
            obuildings = self.obuildings

        is_visible = self.is_visible

        organization: dict[str, Any] | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, Organization):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        name = self.name

        comment = self.comment

        private_comment = self.private_comment

        creation_date = self.creation_date

        display_buildings = self.display_buildings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if odata is not UNSET:
            field_dict["odata"] = odata
        if obuildings is not UNSET:
            field_dict["obuildings"] = obuildings
        if is_visible is not UNSET:
            field_dict["is_visible"] = is_visible
        if organization is not UNSET:
            field_dict["organization"] = organization
        if name is not UNSET:
            field_dict["name"] = name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if private_comment is not UNSET:
            field_dict["private_comment"] = private_comment
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if display_buildings is not UNSET:
            field_dict["display_buildings"] = display_buildings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.odata_project import OdataProject  # noqa: PLC0415
        from ..models.organization import Organization  # noqa: PLC0415
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

        def _parse_odata(data: object) -> None | OdataProject | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                odata_type_1 = OdataProject.from_dict(data)

                return odata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OdataProject | str | Unset, data)

        odata = _parse_odata(d.pop("odata", UNSET))

        def _parse_obuildings(data: object) -> None | RecordRef | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                obuildings_type_1 = RecordRef.from_dict(data)

                return obuildings_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordRef | str | Unset, data)

        obuildings = _parse_obuildings(d.pop("obuildings", UNSET))

        is_visible = d.pop("is_visible", UNSET)

        def _parse_organization(data: object) -> Organization | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_1 = Organization.from_dict(data)

                return organization_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Organization | str | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        name = d.pop("name", UNSET)

        comment = d.pop("comment", UNSET)

        private_comment = d.pop("private_comment", UNSET)

        creation_date = d.pop("creation_date", UNSET)

        display_buildings = d.pop("display_buildings", UNSET)

        project = cls(
            id=id,
            rights=rights,
            odata=odata,
            obuildings=obuildings,
            is_visible=is_visible,
            organization=organization,
            name=name,
            comment=comment,
            private_comment=private_comment,
            creation_date=creation_date,
            display_buildings=display_buildings,
        )

        project.additional_properties = d
        return project

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
