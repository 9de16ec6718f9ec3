"""Frequency spellings and platform crontabs (seconds first)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from ovbp_sandbox.engine.crontab import crontab_errors, next_fire_time, validate_crontab
from ovbp_sandbox.errors import InvalidOptions
from ovbp_sandbox.timeseries.frequencies import frequency_errors, parse_frequency


@pytest.mark.parametrize(
    ("wire", "alias", "delta"),
    [
        ("1H", "1h", "1h"),
        ("3H", "3h", "3h"),
        ("6H", "6h", "6h"),
        ("1h", "1h", "1h"),
        ("15min", "15min", "15min"),
        ("15T", "15min", "15min"),
        ("10S", "10s", "10s"),
        ("30s", "30s", "30s"),
        ("1D", "1D", "1D"),
        ("D", "1D", "1D"),
        ("2W", "14D", "14D"),
        ("500ms", "500ms", "500ms"),
    ],
)
def test_platform_spellings(wire: str, alias: str, delta: str) -> None:
    freq = parse_frequency(wire)
    assert freq.alias == alias
    assert freq.timedelta == pd.Timedelta(delta)
    assert freq.wire == wire
    pd.date_range("2012-01-01", periods=3, freq=freq.alias)  # pandas 3 accepts the alias


# the last four were once read by the sandbox though the platform (and the Excel check) refuse them
BAD = ["", "H1", "1M", "1 fortnight", "abc", "-1H", "0H", 3, None, "30sec", "1 H", "2hours", "1w"]


@pytest.mark.parametrize("bad", BAD)
def test_invalid_frequencies_name_the_field_and_give_examples(bad: object) -> None:
    with pytest.raises(InvalidOptions) as info:
        parse_frequency(bad, "input_freq")
    (message,) = info.value.errors["input_freq"]
    assert repr(bad) in message
    assert "15min" in message and "1H" in message


def test_zero_allowed_for_offsets() -> None:
    assert parse_frequency("0H", "wait_offset", allow_zero=True).timedelta == pd.Timedelta(0)
    assert frequency_errors("6H", "wait_offset") == {}


def test_crontab_validation() -> None:
    validate_crontab("0 0 0 1 1 *")
    validate_crontab("*/10 * * * * *")
    assert crontab_errors("0 0 1 1 *")["crontab"][0].startswith("'0 0 1 1 *' has 5 fields")
    assert "crontab" in crontab_errors("0 0 99 1 1 *")
    with pytest.raises(InvalidOptions) as info:
        validate_crontab(12, "crontab")
    assert "six fields" in info.value.errors["crontab"][0]


def test_next_fire_time_seconds_first_in_timezone() -> None:
    after = dt.datetime(2020, 5, 1, tzinfo=dt.UTC)
    # every 1 January 00:00:00 Paris time = 31 December 23:00 UTC
    assert next_fire_time("0 0 0 1 1 *", "Europe/Paris", after) == dt.datetime(
        2020, 12, 31, 23, tzinfo=dt.UTC
    )
    # seconds first: fires at second 30 of every minute
    nxt = next_fire_time("30 * * * * *", "UTC", dt.datetime(2020, 5, 1, 10, 0, 0, tzinfo=dt.UTC))
    assert nxt == dt.datetime(2020, 5, 1, 10, 0, 30, tzinfo=dt.UTC)
