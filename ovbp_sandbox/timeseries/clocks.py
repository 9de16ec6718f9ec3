"""Conversions between the platform's clocks and naive local time.

tzt: local wall time of the timezone (with daylight saving); gmt: UTC; dst: local standard time,
i.e. the timezone's winter offset all year long. Cleaned and analysis series are stored as naive UTC
(a local wall time repeats an hour each autumn); importer series as parsed (read as tzt).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pandas as pd


def standard_offset(timezone: str, year: int) -> dt.timedelta:
    """The offset of ``timezone`` without daylight saving (the smaller of January's and July's)."""
    zone = zoneinfo.ZoneInfo(timezone)
    offsets = []
    for month in (1, 7):
        offset = dt.datetime(year, month, 1, 12, tzinfo=zone).utcoffset()
        assert offset is not None
        offsets.append(offset)
    return min(offsets)


def _year_of(index: pd.DatetimeIndex) -> int:
    return int(index[0].year) if len(index) else 2000


def to_utc(index: pd.DatetimeIndex, clock: str, timezone: str) -> pd.DatetimeIndex:
    """Naive times read in ``clock`` -> naive UTC times."""
    if clock == "gmt":
        return index
    if clock == "dst":
        return index - pd.Timedelta(standard_offset(timezone, _year_of(index)))
    try:  # a sorted regular series holds the repeated autumn hour twice, in order: pandas tells them apart
        inferred = index.tz_localize(timezone, ambiguous="infer", nonexistent="shift_forward")
        return pd.DatetimeIndex(inferred.tz_convert("UTC").tz_localize(None))
    except (ValueError, TypeError):
        pass
    localized = index.tz_localize(timezone, ambiguous="NaT", nonexistent="shift_forward")
    # otherwise ambiguous autumn times fall back to their first occurrence rather than being lost
    if localized.isna().any():
        first = index.tz_localize(timezone, ambiguous=True, nonexistent="shift_forward")
        localized = localized.where(localized.notna(), first)
    return pd.DatetimeIndex(localized.tz_convert("UTC").tz_localize(None))


def from_utc(index: pd.DatetimeIndex, clock: str, timezone: str) -> pd.DatetimeIndex:
    """Naive UTC times -> naive times in ``clock``."""
    if clock == "gmt":
        return index
    if clock == "dst":
        return index + pd.Timedelta(standard_offset(timezone, _year_of(index)))
    return pd.DatetimeIndex(index.tz_localize("UTC").tz_convert(timezone).tz_localize(None))


def convert(index: pd.DatetimeIndex, from_clock: str, to_clock: str, timezone: str) -> pd.DatetimeIndex:
    """Naive times read in ``from_clock`` -> naive times in ``to_clock`` (same timezone)."""
    if from_clock == to_clock or len(index) == 0:
        return index
    return from_utc(to_utc(index, from_clock, timezone), to_clock, timezone)


def to_local_aware(utc_index: pd.DatetimeIndex, timezone: str | dt.tzinfo) -> pd.DatetimeIndex:
    """Naive UTC times -> aware times of ``timezone`` (where day and hour bins are drawn)."""
    return pd.DatetimeIndex(utc_index.tz_localize("UTC").tz_convert(timezone))


def aware_to_utc(index: pd.DatetimeIndex) -> pd.DatetimeIndex:
    """Aware times -> naive UTC times (the storage of regular series)."""
    return pd.DatetimeIndex(index.tz_convert("UTC").tz_localize(None))


def clock_zone(clock: str, timezone: str, year: int) -> dt.tzinfo | str:
    """The zone whose wall time ``clock`` reads: the timezone (tzt), UTC (gmt), its standard offset (dst)."""
    if clock == "gmt":
        return "UTC"
    if clock == "dst":
        return dt.timezone(standard_offset(timezone, year))
    return timezone
