from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="ImporterSeries")


@_attrs_define
class ImporterSeries:
    """A raw series of an importer, one per column the parse script returned.

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        generator (RecordRef | str | Unset): Id of the importer. (its id; read nested too)
        name (str | Unset):
        external_name (str | Unset): The column name the parse script gave.
        unitcleaner (None | RecordRef | str | Unset): Id of the unitcleaner cleaning it (null until configured), or
            null. (its id; read nested too)
    """

    id: str
    rights: None | Rights | Unset = UNSET
    generator: RecordRef | str | Unset = UNSET
    name: str | Unset = UNSET
    external_name: str | Unset = UNSET
    unitcleaner: None | RecordRef | str | Unset = UNSET
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

        generator: dict[str, Any] | str | Unset
        if isinstance(self.generator, Unset):
            generator = UNSET
        elif isinstance(self.generator, RecordRef):
            generator = self.generator.to_dict()
        else:
            generator = self.generator

        name = self.name

        external_name = self.external_name

        unitcleaner: dict[str, Any] | None | str | Unset
        if isinstance(self.unitcleaner, Unset):
            unitcleaner = UNSET
        elif isinstance(self.unitcleaner, RecordRef):
            unitcleaner = self.unitcleaner.to_dict()
        else:
            unitcleaner = self.unitcleaner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if generator is not UNSET:
            field_dict["generator"] = generator
        if name is not UNSET:
            field_dict["name"] = name
        if external_name is not UNSET:
            field_dict["external_name"] = external_name
        if unitcleaner is not UNSET:
            field_dict["unitcleaner"] = unitcleaner

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

        def _parse_generator(data: object) -> RecordRef | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                generator_type_1 = RecordRef.from_dict(data)

                return generator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordRef | str | Unset, data)

        generator = _parse_generator(d.pop("generator", UNSET))

        name = d.pop("name", UNSET)

        external_name = d.pop("external_name", UNSET)

        def _parse_unitcleaner(data: object) -> None | RecordRef | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unitcleaner_type_1 = RecordRef.from_dict(data)

                return unitcleaner_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordRef | str | Unset, data)

        unitcleaner = _parse_unitcleaner(d.pop("unitcleaner", UNSET))

        importer_series = cls(
            id=id,
            rights=rights,
            generator=generator,
            name=name,
            external_name=external_name,
            unitcleaner=unitcleaner,
        )

        importer_series.additional_properties = d
        return importer_series

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
