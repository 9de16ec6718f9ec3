from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.record_ref import RecordRef
    from ..models.rights import Rights


T = TypeVar("T", bound="StaticWebserviceFeeder")


@_attrs_define
class StaticWebserviceFeeder:
    """A feeder downloading a URL (the platform's path is singular).

    Attributes:
        id (str): UUID of the record.
        rights (None | Rights | Unset): The caller's rights on the record, or null.
        base_feeder (RecordRef | str | Unset): Id of the base feeder. (its id; read nested too)
        url (str | Unset):
    """

    id: str
    rights: None | Rights | Unset = UNSET
    base_feeder: RecordRef | str | Unset = UNSET
    url: str | Unset = UNSET
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

        base_feeder: dict[str, Any] | str | Unset
        if isinstance(self.base_feeder, Unset):
            base_feeder = UNSET
        elif isinstance(self.base_feeder, RecordRef):
            base_feeder = self.base_feeder.to_dict()
        else:
            base_feeder = self.base_feeder

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if rights is not UNSET:
            field_dict["rights"] = rights
        if base_feeder is not UNSET:
            field_dict["base_feeder"] = base_feeder
        if url is not UNSET:
            field_dict["url"] = url

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

        def _parse_base_feeder(data: object) -> RecordRef | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                base_feeder_type_1 = RecordRef.from_dict(data)

                return base_feeder_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecordRef | str | Unset, data)

        base_feeder = _parse_base_feeder(d.pop("base_feeder", UNSET))

        url = d.pop("url", UNSET)

        static_webservice_feeder = cls(
            id=id,
            rights=rights,
            base_feeder=base_feeder,
            url=url,
        )

        static_webservice_feeder.additional_properties = d
        return static_webservice_feeder

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
