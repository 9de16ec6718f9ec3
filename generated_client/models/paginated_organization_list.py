from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.organization import Organization


T = TypeVar("T", bound="PaginatedOrganizationList")


@_attrs_define
class PaginatedOrganizationList:
    """A page of Organization records.

    Attributes:
        data (list[Organization]):
        records_total (int): Number of records before filtering.
        records_filtered (int): Number of records matching the filters.
    """

    data: list[Organization]
    records_total: int
    records_filtered: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        records_total = self.records_total

        records_filtered = self.records_filtered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "recordsTotal": records_total,
                "recordsFiltered": records_filtered,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization import Organization  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Organization.from_dict(data_item_data)

            data.append(data_item)

        records_total = d.pop("recordsTotal")

        records_filtered = d.pop("recordsFiltered")

        paginated_organization_list = cls(
            data=data,
            records_total=records_total,
            records_filtered=records_filtered,
        )

        paginated_organization_list.additional_properties = d
        return paginated_organization_list

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
