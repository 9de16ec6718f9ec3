from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rights import Rights


T = TypeVar("T", bound="Series")


@_attrs_define
class Series:
    """An output series of a generator (importer, cleaner or analysis).

    Attributes:
        id (str): UUID of the record.
        name (str):
        generator (str): Id of the generator.
        generator_model (str): Known values: `importer`, `cleaner`, `analysis`.
        otsdb_pk (str): Key of the series in the time-series store, used by select and multi_select.
        project (str): Id of the odata project.
        unit (str):
        label (str):
        freq (None | str): A `Frequency`; null for irregular series.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
    """

    id: str
    name: str
    generator: str
    generator_model: str
    otsdb_pk: str
    project: str
    unit: str
    label: str
    freq: None | str
    rights: None | Rights | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.rights import Rights  # noqa: PLC0415

        id = self.id

        name = self.name

        generator = self.generator

        generator_model = self.generator_model

        otsdb_pk = self.otsdb_pk

        project = self.project

        unit = self.unit

        label = self.label

        freq: None | str
        freq = self.freq

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
                "generator": generator,
                "generator_model": generator_model,
                "otsdb_pk": otsdb_pk,
                "project": project,
                "unit": unit,
                "label": label,
                "freq": freq,
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

        generator = d.pop("generator")

        generator_model = d.pop("generator_model")

        otsdb_pk = d.pop("otsdb_pk")

        project = d.pop("project")

        unit = d.pop("unit")

        label = d.pop("label")

        def _parse_freq(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        freq = _parse_freq(d.pop("freq"))

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

        series = cls(
            id=id,
            name=name,
            generator=generator,
            generator_model=generator_model,
            otsdb_pk=otsdb_pk,
            project=project,
            unit=unit,
            label=label,
            freq=freq,
            rights=rights,
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
