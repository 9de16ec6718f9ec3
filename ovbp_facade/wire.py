"""Conversions between wire values and Python values (datetimes, Unset, records as ids)."""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

import orjson

from generated_client.typed.support import wire_value
from generated_client.types import Unset

from .errors import OVBPClientError

__all__ = [
    "WIRE_DATETIME_FORMAT",
    "QueryValue",
    "RawAnswer",
    "TimeBound",
    "data_from_wire",
    "format_wire_datetime",
    "parse_wire_datetime",
    "query_datetime",
    "to_wire",
]

#: A time bound as users give it: a datetime (naive: wall time; aware), a date, text, or None (no bound).
TimeBound = dt.datetime | dt.date | str | None
#: A query parameter as sent.
QueryValue = str | int | bool

WIRE_DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_WIRE_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,6}Z$")


def parse_wire_datetime(value: str) -> dt.datetime | None:
    """A naive UTC datetime if `value` is exactly `%Y-%m-%dT%H:%M:%S.%fZ`, else None (old client's rule)."""
    if not _WIRE_DATETIME_RE.match(value):
        return None
    try:
        return dt.datetime.strptime(value, WIRE_DATETIME_FORMAT)
    except ValueError:
        return None


def format_wire_datetime(value: dt.datetime) -> str:
    """Wire form of a datetime; aware datetimes are converted to UTC first."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.strftime(WIRE_DATETIME_FORMAT)


def data_from_wire(value: Any) -> Any:
    """Walk JSON data: wire datetime strings become naive datetimes, Unset values are dropped.

    Runs on every record of every answer, so the common JSON types are matched exactly first.
    """
    kind = type(value)
    if kind is str:
        # only strings shaped like `2020-04-16T15:14:59.248897Z` (22 to 27 characters) can be datetimes
        if 21 < len(value) < 28 and value[-1] == "Z":
            parsed = parse_wire_datetime(value)
            return value if parsed is None else parsed
        return value
    if kind is list:
        return [data_from_wire(v) for v in value]
    if kind is dict:
        return {k: data_from_wire(v) for k, v in value.items() if type(v) is not Unset}
    if isinstance(value, Mapping):  # an OrderedDict stays one: the guide's pprint shows the wire order
        items = ((k, data_from_wire(v)) for k, v in value.items() if type(v) is not Unset)
        return OrderedDict(items) if isinstance(value, OrderedDict) else dict(items)
    return value


def to_wire(value: Any) -> Any:
    """Make a value JSON-ready: datetimes to wire strings, records to their ids, sets/tuples to lists.

    Containers are walked here; each leaf is the typed layer's `wire_value`, as create/update send it.
    """
    if isinstance(value, Mapping):
        return {str(k): to_wire(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_wire(v) for v in value]
    return wire_value(value)


def query_datetime(value: dt.datetime | dt.date | str | None) -> str | None:
    """A time bound as sent: naive datetimes as ISO 8601 without offset (the wall time of the series'
    clock, as the guide's `select_data` reads them), aware ones as UTC `...Z`, strings unchanged."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return format_wire_datetime(value)
    return value.isoformat()


class RawAnswer:
    """A JSON answer with a 2xx status the spec does not list (e.g. 200 instead of 201)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    @classmethod
    def from_content(cls, content: bytes, status: int) -> RawAnswer:
        try:
            data = orjson.loads(content) if content else {}
        except orjson.JSONDecodeError:
            data = None
        if not isinstance(data, dict):
            raise OVBPClientError(f"unexpected HTTP {status} answer from the platform: {content[:200]!r}")
        return cls(data)
