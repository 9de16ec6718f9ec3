from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneratorRef")


@_attrs_define
class GeneratorRef:
    """A generator named inside another answer, as answers of 2017-18 nest it (openergy/ovbpclient 85e927a, copy_dev.py
    6410c67): id, model (`importer`, `cleaner`, `analysis`) and name.

        Attributes:
            id (str): UUID of the generator.
            model (str | Unset): Known values: `importer`, `cleaner`, `analysis`.
            name (str | Unset):
    """

    id: str
    model: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model = self.model

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        model = d.pop("model", UNSET)

        name = d.pop("name", UNSET)

        generator_ref = cls(
            id=id,
            model=model,
            name=name,
        )

        generator_ref.additional_properties = d
        return generator_ref

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
