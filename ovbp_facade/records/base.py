"""Record base class: wire data plus typed field access, reload/update/delete and detail actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast, overload

from ..wire import data_from_wire

if TYPE_CHECKING:
    from ..client import Client
    from ..endpoints import Endpoint

__all__ = ["Field", "Record", "related_id"]

T = TypeVar("T")


class Field(Generic[T]):
    """Typed read access to one wire field of a record's `data` (write through `record.update(...)`)."""

    def __init__(self, key: str | None = None) -> None:
        self.key = key or ""

    def __set_name__(self, owner: type[object], name: str) -> None:
        if not self.key:
            self.key = name

    @overload
    def __get__(self, obj: None, objtype: type[object] | None = None) -> Self: ...

    @overload
    def __get__(self, obj: Record, objtype: type[object] | None = None) -> T: ...

    def __get__(self, obj: Record | None, objtype: type[object] | None = None) -> T | Self:
        if obj is None:
            return self
        try:
            return cast(T, obj.data[self.key])
        except KeyError:
            raise AttributeError(
                f"{obj.endpoint.path} record {obj.data.get('id')} has no field '{self.key}'"
            ) from None

    def __set__(self, obj: Record, value: T) -> None:
        raise AttributeError(f"'{self.key}' is read-only here; use record.update({self.key}=...)")


def related_id(value: object) -> str | None:
    """Id of a foreign key that the platform sends either as an id or as a nested object."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        nested = value.get("id")
        return None if nested is None else str(nested)
    return str(value)


class Record:
    """One platform record: `data` holds the wire fields (wire datetimes parsed to naive UTC datetimes)."""

    id: Field[str] = Field()

    def __init__(self, endpoint: Endpoint[Any], data: Mapping[str, Any]) -> None:
        self.endpoint = endpoint
        self.client: Client = endpoint.client
        self.data: dict[str, Any] = data_from_wire(dict(data))

    @property
    def rights(self) -> dict[str, bool] | None:
        """The caller's rights on the record (can_read/can_write/can_admin/can_delete), or None."""
        return cast(dict[str, bool] | None, self.data.get("rights"))

    def __getattr__(self, item: str) -> object:
        """Fallback for fields without a typed property (e.g. extra fields the platform adds)."""
        if item.startswith("__") or item in ("data", "endpoint", "client"):
            raise AttributeError(item)
        try:
            return self.data[item]
        except KeyError:
            raise AttributeError(f"{item} not found") from None

    def __dir__(self) -> list[str]:
        """Fields of `data` too, for interactive completion."""
        return sorted({*super().__dir__(), *(k for k in self.data if k.isidentifier())})

    def _label(self) -> object:
        return self.data.get("name") or self.data.get("title")

    def __repr__(self) -> str:
        label = self._label()
        if label:
            return f"<{self.endpoint.path}: {label} ({self.data.get('id')})>"
        return f"<{self.endpoint.path}: {self.data.get('id')}>"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record):
            return NotImplemented
        return self.endpoint.path == other.endpoint.path and self.data.get("id") == other.data.get("id")

    def __hash__(self) -> int:
        return hash((self.endpoint.path, self.data.get("id")))

    def _datetime(self, key: str) -> dt.datetime | None:
        value = self.data.get(key)
        return value if isinstance(value, dt.datetime) else None

    def reload(self) -> None:
        """Fetch the record again and replace `data`."""
        self.data = self.endpoint.retrieve(self.id).data

    def update(self, **data: Any) -> None:
        """PATCH the given fields, then refresh `data` from the platform's answer."""
        self.data.update(self.endpoint._partial_update(self.id, data))

    def delete(self) -> None:
        """DELETE the record on the platform."""
        self.endpoint._destroy(self.id)

    def detail_action(
        self,
        http_method: str,
        action_name: str,
        params: Mapping[str, Any] | None = None,
        data: Any = None,
        return_json: bool = True,
        send_json: bool = True,
    ) -> Any:
        """Expert escape hatch: `{http_method} {path}/{id}/{action_name}/` (JSON answer, or bytes)."""
        return self.endpoint._action(
            http_method, f"{self.id}/{action_name}", params, data, return_json, send_json
        )
