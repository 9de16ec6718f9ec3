"""Wire value conversions: datetime strings like the old client, values made JSON-ready."""

from __future__ import annotations

import datetime as dt

from ovbp_facade.wire import (
    data_from_wire,
    format_wire_datetime,
    parse_wire_datetime,
    query_datetime,
    to_wire,
)


def test_only_exact_wire_datetimes_are_parsed() -> None:
    assert parse_wire_datetime("2020-04-16T15:14:59.248897Z") == dt.datetime(2020, 4, 16, 15, 14, 59, 248897)
    assert parse_wire_datetime("2020-04-10T13:18:51Z") is None
    assert parse_wire_datetime("2020-04-13") is None
    assert parse_wire_datetime("hello") is None


def test_nested_data_is_walked() -> None:
    data = data_from_wire({"a": ["2020-01-01T00:00:00.000000Z", {"b": "2020-01-01T00:00:00.5Z"}], "c": "x"})
    assert data["a"][0] == dt.datetime(2020, 1, 1)
    assert data["a"][1]["b"] == dt.datetime(2020, 1, 1, 0, 0, 0, 500000)
    assert data["c"] == "x"


def test_to_wire_round_trip() -> None:
    moment = dt.datetime(2021, 5, 6, 7, 8, 9, 10)
    assert format_wire_datetime(moment) == "2021-05-06T07:08:09.000010Z"
    aware = dt.datetime(2021, 5, 6, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert format_wire_datetime(aware) == "2021-05-06T07:00:00.000000Z"
    assert to_wire({"x": (moment, {1, 2})})["x"][0] == "2021-05-06T07:08:09.000010Z"
    assert parse_wire_datetime(format_wire_datetime(moment)) == moment


def test_query_datetime() -> None:
    assert query_datetime(dt.datetime(2012, 1, 1, 6)) == "2012-01-01T06:00:00"  # naive: the series' clock
    paris = dt.timezone(dt.timedelta(hours=1))
    assert query_datetime(dt.datetime(2012, 1, 1, 7, tzinfo=paris)) == "2012-01-01T06:00:00.000000Z"
    assert query_datetime("2012-01-01 06:00:00") == "2012-01-01 06:00:00"
    assert query_datetime(None) is None
