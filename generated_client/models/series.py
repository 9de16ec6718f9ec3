from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="Series")


@_attrs_define
class Series:
    """An output series of a generator (importer, cleaner or analysis).

    Attributes:
        id (str): UUID of the record.
        name (str):
        generator (RecordRef | str): The generator of the series: its id (nested as `{id, model, name}` in answers of
            2017-18).
        otsdb_pk (str): Key of the series in the time-series store, used by select and multi_select.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        generator_model (str | Unset): Known values: `importer`, `cleaner`, `analysis`.
        project (RecordRef | str | Unset): Id of the odata project. (its id; read nested too)
        unit (str | Unset):
        label (str | Unset):
        freq (None | str | Unset): A `Frequency`; null for irregular series.
    """

    id: str
    name: str
    generator: RecordRef | str
    otsdb_pk: str
    rights: None | Rights | Unset = UNSET
    generator_model: str | Unset = UNSET
    project: RecordRef | str | Unset = UNSET
    unit: str | Unset = UNSET
    label: str | Unset = UNSET
    freq: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.record_ref import RecordRef  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        name = self.name

        generator: dict[str, Any] | str
        if isinstance(self.generator, RecordRef):
            generator = self.generator.to_dict()
        else:
            generator = self.generator

        otsdb_pk = self.otsdb_pk

        rights: dict[str, Any] | None | Unset
        if isinstance(self.rights, Unset):
            rights = UNSET
        elif isinstance(self.rights, Rights):
            rights = self.rights.to_dict()
        else:
            rights = self.rights

        generator_model = self.generator_model

        project: dict[str, Any] | str | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, RecordRef):
            project = self.project.to_dict()
        else:
            project = self.project

        unit = self.unit

        label = self.label

        freq: None | str | Unset
        if isinstance(self.freq, Unset):
            freq = UNSET
        else:
            freq = self.freq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "generator": generator,
                "otsdb_pk": otsdb_pk,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if generator_model is not UNSET:
            field_dict["generator_model"] = generator_model
        if project is not UNSET:
            field_dict["project"] = project
        if unit is not UNSET:
            field_dict["unit"] = unit
        if label is not UNSET:
            field_dict["label"] = label
        if freq is not UNSET:
            field_dict["freq"] = freq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_ref import RecordRef  # noqa: PLC0415
        from ..models.rights import Rights  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_generator(data: object) -> RecordRef | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                generator_type_1 = RecordRef.from_dict(data)

                return generator_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordRef | str, data)

        generator = _parse_generator(d.pop("generator"))

        otsdb_pk = d.pop("otsdb_pk")

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

        generator_model = d.pop("generator_model", UNSET)

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

        unit = d.pop("unit", UNSET)

        label = d.pop("label", UNSET)

        def _parse_freq(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        freq = _parse_freq(d.pop("freq", UNSET))

        series = cls(
            id=id,
            name=name,
            generator=generator,
            otsdb_pk=otsdb_pk,
            rights=rights,
            generator_model=generator_model,
            project=project,
            unit=unit,
            label=label,
            freq=freq,
        )

        series.additional_properties = d
        return series

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
