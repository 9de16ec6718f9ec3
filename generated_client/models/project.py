from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.odata_project import OdataProject
    from ..models.organization import Organization
    from ..models.rights import Rights


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A team project of an organization; `odata` is its odata project.

    Attributes:
        id (str): UUID of the record.
        odata (None | OdataProject | str): The odata project holding the project's data, as an id (every answer of the
            sandbox, as the guide shows) or nested; null when none.
        obuildings (None | str): Id of the obuildings project, or null.
        is_visible (bool):
        organization (Organization): An organization: owns projects and users.
        name (str):
        comment (str):
        private_comment (str):
        creation_date (str): Date `YYYY-MM-DD`.
        display_buildings (bool):
        rights (None | Rights | Unset): The caller's rights on the record, or null.
    """

    id: str
    odata: None | OdataProject | str
    obuildings: None | str
    is_visible: bool
    organization: Organization
    name: str
    comment: str
    private_comment: str
    creation_date: str
    display_buildings: bool
    rights: None | Rights | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.odata_project import OdataProject  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        odata: dict[str, Any] | None | str
        if isinstance(self.odata, OdataProject):
            odata = self.odata.to_dict()
        else:
            odata = self.odata

        obuildings: None | str
        obuildings = self.obuildings

        is_visible = self.is_visible

        organization = self.organization.to_dict()

        name = self.name

        comment = self.comment

        private_comment = self.private_comment

        creation_date = self.creation_date

        display_buildings = self.display_buildings

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
                "odata": odata,
                "obuildings": obuildings,
                "is_visible": is_visible,
                "organization": organization,
                "name": name,
                "comment": comment,
                "private_comment": private_comment,
                "creation_date": creation_date,
                "display_buildings": display_buildings,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.odata_project import OdataProject  # noqa: PLC0415
        from ..models.organization import Organization  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_odata(data: object) -> None | OdataProject | str:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                odata_type_1 = OdataProject.from_dict(data)

                return odata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OdataProject | str, data)

        odata = _parse_odata(d.pop("odata"))

        def _parse_obuildings(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        obuildings = _parse_obuildings(d.pop("obuildings"))

        is_visible = d.pop("is_visible")

        organization = Organization.from_dict(d.pop("organization"))

        name = d.pop("name")

        comment = d.pop("comment")

        private_comment = d.pop("private_comment")

        creation_date = d.pop("creation_date")

        display_buildings = d.pop("display_buildings")

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

        project = cls(
            id=id,
            odata=odata,
            obuildings=obuildings,
            is_visible=is_visible,
            organization=organization,
            name=name,
            comment=comment,
            private_comment=private_comment,
            creation_date=creation_date,
            display_buildings=display_buildings,
            rights=rights,
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
