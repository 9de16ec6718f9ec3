from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generator_action_name import (
    GeneratorActionName,
    check_generator_action_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneratorAction")


@_attrs_define
class GeneratorAction:
    """Asks a generator to run, clear or reset.

    Attributes:
        name (GeneratorActionName): `run` processes new data; `clear` deletes output data (from `partial_instant` on, if
            given); `reset` clears then runs.
        partial_instant (None | str | Unset): Only data from this datetime on is cleared or reset: a UTC datetime
            (`...Z`, or with an offset), or a naive ISO datetime read as each series' local wall time (tzt), as `select`
            reads naive bounds.
    """

    name: GeneratorActionName
    partial_instant: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str = self.name

        partial_instant: None | str | Unset
        if isinstance(self.partial_instant, Unset):
            partial_instant = UNSET
        else:
            partial_instant = self.partial_instant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if partial_instant is not UNSET:
            field_dict["partial_instant"] = partial_instant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = check_generator_action_name(d.pop("name"))

        def _parse_partial_instant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partial_instant = _parse_partial_instant(d.pop("partial_instant", UNSET))

        generator_action = cls(
            name=name,
            partial_instant=partial_instant,
        )

        generator_action.additional_properties = d
        return generator_action

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
