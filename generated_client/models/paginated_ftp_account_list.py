from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ftp_account import FtpAccount


T = TypeVar("T", bound="PaginatedFtpAccountList")


@_attrs_define
class PaginatedFtpAccountList:
    """A page of FtpAccount records.

    Attributes:
        data (list[FtpAccount]):
        draw (int | None | Unset): The request's `draw`, or null.
        records_total (int | Unset): Number of records matching the filters (as recordsFiltered).
        records_filtered (int | Unset): Number of records matching the filters.
        start (int | Unset): Index of the page's first record.
    """

    data: list[FtpAccount]
    draw: int | None | Unset = UNSET
    records_total: int | Unset = UNSET
    records_filtered: int | Unset = UNSET
    start: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        draw: int | None | Unset
        if isinstance(self.draw, Unset):
            draw = UNSET
        else:
            draw = self.draw

        records_total = self.records_total

        records_filtered = self.records_filtered

        start = self.start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if draw is not UNSET:
            field_dict["draw"] = draw
        if records_total is not UNSET:
            field_dict["recordsTotal"] = records_total
        if records_filtered is not UNSET:
            field_dict["recordsFiltered"] = records_filtered
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ftp_account import FtpAccount  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = FtpAccount.from_dict(data_item_data)

            data.append(data_item)

        def _parse_draw(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        draw = _parse_draw(d.pop("draw", UNSET))

        records_total = d.pop("recordsTotal", UNSET)

        records_filtered = d.pop("recordsFiltered", UNSET)

        start = d.pop("start", UNSET)

        paginated_ftp_account_list = cls(
            data=data,
            draw=draw,
            records_total=records_total,
            records_filtered=records_filtered,
            start=start,
        )

        paginated_ftp_account_list.additional_properties = d
        return paginated_ftp_account_list

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
