from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rights import Rights


T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """A problem met by a generator run; the repr shows its title.

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights): The caller's rights on the record, or null.
        project (str): Id of the odata project.
        generator (None | str): Id of the generator that raised it, or null.
        title (str):
        content (str): Details, a traceback for script errors.
        resolved (bool):
        creation_date (str): UTC datetime, `%Y-%m-%dT%H:%M:%S.%fZ`.
    """

    id: str
    rights: None | Rights
    project: str
    generator: None | str
    title: str
    content: str
    resolved: bool
    creation_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        rights: dict[str, Any] | None
        if isinstance(self.rights, Rights):
            rights = self.rights.to_dict()
        else:
            rights = self.rights

        project = self.project

        generator: None | str
        generator = self.generator

        title = self.title

        content = self.content

        resolved = self.resolved

        creation_date = self.creation_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "rights": rights,
                "project": project,
                "generator": generator,
                "title": title,
                "content": content,
                "resolved": resolved,
                "creation_date": creation_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_rights(data: object) -> None | Rights:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rights_type_0 = Rights.from_dict(data)

                return rights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Rights, data)

        rights = _parse_rights(d.pop("rights"))

        project = d.pop("project")

        def _parse_generator(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        generator = _parse_generator(d.pop("generator"))

        title = d.pop("title")

        content = d.pop("content")

        resolved = d.pop("resolved")

        creation_date = d.pop("creation_date")

        notification = cls(
            id=id,
            rights=rights,
            project=project,
            generator=generator,
            title=title,
            content=content,
            resolved=resolved,
            creation_date=creation_date,
        )

        notification.additional_properties = d
        return notification

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
