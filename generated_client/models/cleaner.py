from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rights import Rights


T = TypeVar("T", bound="Cleaner")


@_attrs_define
class Cleaner:
    """Cleans the series of one importer (created with it, same name).

    Attributes:
        id (str): UUID of the record.
        name (str):
        comment (str):
        model (str): Known value: `cleaner`.
        last_run (None | str): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
        last_clear (None | str): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
        project (str): Id of the odata project.
        related_importer (str): Id of the importer.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
    """

    id: str
    name: str
    comment: str
    model: str
    last_run: None | str
    last_clear: None | str
    project: str
    related_importer: str
    rights: None | Rights | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        name = self.name

        comment = self.comment

        model = self.model

        last_run: None | str
        last_run = self.last_run

        last_clear: None | str
        last_clear = self.last_clear

        project = self.project

        related_importer = self.related_importer

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
                "name": name,
                "comment": comment,
                "model": model,
                "last_run": last_run,
                "last_clear": last_clear,
                "project": project,
                "related_importer": related_importer,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        comment = d.pop("comment")

        model = d.pop("model")

        def _parse_last_run(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_run = _parse_last_run(d.pop("last_run"))

        def _parse_last_clear(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_clear = _parse_last_clear(d.pop("last_clear"))

        project = d.pop("project")

        related_importer = d.pop("related_importer")

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

        cleaner = cls(
            id=id,
            name=name,
            comment=comment,
            model=model,
            last_run=last_run,
            last_clear=last_clear,
            project=project,
            related_importer=related_importer,
            rights=rights,
        )

        cleaner.additional_properties = d
        return cleaner

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
