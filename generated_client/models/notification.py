from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """A problem met by a generator run. The platform names it in `name` (e.g. `Analysis obsolete`), which the repr shows;
    `title` carries the same text where sent.

        Attributes:
            id (str): UUID of the record.
            project (RecordRef | str): Id of the odata project. (its id; read nested too)
            name (str): What happened, e.g. `Analysis obsolete` or `Importer failed`.
            resolved (bool):
            rights (None | Rights | Unset): The caller's rights on the record, or null.
            generator (None | RecordRef | str | Unset): Id of the generator that raised it, or null. (its id; read nested
                too)
            title (str | Unset): Same text as `name`, where sent.
            content (str | Unset): Details, a traceback for script errors.
            creation_date (str | Unset): UTC datetime, `%Y-%m-%dT%H:%M:%S.%fZ`.
    """

    id: str
    project: RecordRef | str
    name: str
    resolved: bool
    rights: None | Rights | Unset = UNSET
    generator: None | RecordRef | str | Unset = UNSET
    title: str | Unset = UNSET
    content: str | Unset = UNSET
    creation_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_ref import RecordRef  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        project: dict[str, Any] | str
        if isinstance(self.project, RecordRef):
            project = self.project.to_dict()
        else:
            project = self.project

        name = self.name

        resolved = self.resolved

        rights: dict[str, Any] | None | Unset
        if isinstance(self.rights, Unset):
            rights = UNSET
        elif isinstance(self.rights, Rights):
            rights = self.rights.to_dict()
        else:
            rights = self.rights

        generator: dict[str, Any] | None | str | Unset
        if isinstance(self.generator, Unset):
            generator = UNSET
        elif isinstance(self.generator, RecordRef):
            generator = self.generator.to_dict()
        else:
            generator = self.generator

        title = self.title

        content = self.content

        creation_date = self.creation_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "project": project,
                "name": name,
                "resolved": resolved,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if generator is not UNSET:
            field_dict["generator"] = generator
        if title is not UNSET:
            field_dict["title"] = title
        if content is not UNSET:
            field_dict["content"] = content
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_ref import RecordRef  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_project(data: object) -> RecordRef | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_type_1 = RecordRef.from_dict(data)

                return project_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordRef | str, data)

        project = _parse_project(d.pop("project"))

        name = d.pop("name")

        resolved = d.pop("resolved")

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

        def _parse_generator(data: object) -> None | RecordRef | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                generator_type_1 = RecordRef.from_dict(data)

                return generator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordRef | str | Unset, data)

        generator = _parse_generator(d.pop("generator", UNSET))

        title = d.pop("title", UNSET)

        content = d.pop("content", UNSET)

        creation_date = d.pop("creation_date", UNSET)

        notification = cls(
            id=id,
            project=project,
            name=name,
            resolved=resolved,
            rights=rights,
            generator=generator,
            title=title,
            content=content,
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
