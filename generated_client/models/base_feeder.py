from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="BaseFeeder")


@_attrs_define
class BaseFeeder:
    """A gate's feeder: fills the gate's FTP account on its crontab.

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        gate (RecordRef | str | Unset): Id of the gate. (its id; read nested too)
        timezone (str | Unset):
        crontab (str | Unset): Six fields, seconds first: `0 0 0 1 1 *`.
        active (bool | Unset):
        child_id (None | RecordRef | str | Unset): Id of the child feeder, or null. (its id; read nested too)
        child_model (None | str | Unset): Known values: `genericbasicfeeder`, `staticwebservicefeeder`; others may come.
    """

    id: str
    rights: None | Rights | Unset = UNSET
    gate: RecordRef | str | Unset = UNSET
    timezone: str | Unset = UNSET
    crontab: str | Unset = UNSET
    active: bool | Unset = UNSET
    child_id: None | RecordRef | str | Unset = UNSET
    child_model: None | str | Unset = UNSET
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

        gate: dict[str, Any] | str | Unset
        if isinstance(self.gate, Unset):
            gate = UNSET
        elif isinstance(self.gate, RecordRef):
            gate = self.gate.to_dict()
        else:
            gate = self.gate

        timezone = self.timezone

        crontab = self.crontab

        active = self.active

        child_id: dict[str, Any] | None | str | Unset
        if isinstance(self.child_id, Unset):
            child_id = UNSET
        elif isinstance(self.child_id, RecordRef):
            child_id = self.child_id.to_dict()
        else:
            child_id = self.child_id

        child_model: None | str | Unset
        if isinstance(self.child_model, Unset):
            child_model = UNSET
        else:
            child_model = self.child_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if gate is not UNSET:
            field_dict["gate"] = gate
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if crontab is not UNSET:
            field_dict["crontab"] = crontab
        if active is not UNSET:
            field_dict["active"] = active
        if child_id is not UNSET:
            field_dict["child_id"] = child_id
        if child_model is not UNSET:
            field_dict["child_model"] = child_model

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

        def _parse_gate(data: object) -> RecordRef | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gate_type_1 = RecordRef.from_dict(data)

                return gate_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordRef | str | Unset, data)

        gate = _parse_gate(d.pop("gate", UNSET))

        timezone = d.pop("timezone", UNSET)

        crontab = d.pop("crontab", UNSET)

        active = d.pop("active", UNSET)

        def _parse_child_id(data: object) -> None | RecordRef | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                child_id_type_1 = RecordRef.from_dict(data)

                return child_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordRef | str | Unset, data)

        child_id = _parse_child_id(d.pop("child_id", UNSET))

        def _parse_child_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        child_model = _parse_child_model(d.pop("child_model", UNSET))

        base_feeder = cls(
            id=id,
            rights=rights,
            gate=gate,
            timezone=timezone,
            crontab=crontab,
            active=active,
            child_id=child_id,
            child_model=child_model,
        )

        base_feeder.additional_properties = d
        return base_feeder

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
