from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskBase")


@_attrs_define
class TaskBase:
    """The state of a task.

    Attributes:
        status (str): Known values: `pending`, `running`, `finished`, `failed`, `refused`, `cancelled`, `server_error`,
            `not_found`. Clients poll while it is `pending` or `running`.
        creation_date (str): UTC datetime, `%Y-%m-%dT%H:%M:%S.%fZ`.
        start_date (None | str): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
        end_date (None | str): UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null.
        message (str): Why the task failed, empty otherwise.
    """

    status: str
    creation_date: str
    start_date: None | str
    end_date: None | str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        creation_date = self.creation_date

        start_date: None | str
        start_date = self.start_date

        end_date: None | str
        end_date = self.end_date

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "creation_date": creation_date,
                "start_date": start_date,
                "end_date": end_date,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        creation_date = d.pop("creation_date")

        def _parse_start_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_date = _parse_start_date(d.pop("start_date"))

        def _parse_end_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_date = _parse_end_date(d.pop("end_date"))

        message = d.pop("message")

        task_base = cls(
            status=status,
            creation_date=creation_date,
            start_date=start_date,
            end_date=end_date,
            message=message,
        )

        task_base.additional_properties = d
        return task_base

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
