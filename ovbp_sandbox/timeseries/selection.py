"""``select`` / ``multi_select`` semantics on stored points, and their fast JSON encoding.

Query parameters arrive as strings. Supported: start, end (inclusive; ISO 8601 or ``str(datetime)``;
aware values are converted to the answer's clock), resample (+ resample_rule, closed, convention:
the interval side that labels a point; by default ``right``/``right``, intervals (t - freq, t]
labelled at their end as regular series are), dropna, max_rows_nb,
clock (tzt/gmt/dst in the series timezone). Others (start_mode, utc_now, max_acceptable_delay,
with_tags, unfilter) are accepted and ignored. One answer holds at most MAX_POINTS points in all,
split evenly between the series of a multi_select; longer answers are cut silently (as the platform).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, cast

import numpy as np
import orjson
import pandas as pd

from ovbp_sandbox.errors import InvalidOptions
from ovbp_sandbox.timeseries import clocks
from ovbp_sandbox.timeseries.allowed import CONVENTIONS, RESAMPLE_RULES
from ovbp_sandbox.timeseries.cleaning import aggregate, choice_errors
from ovbp_sandbox.timeseries.frequencies import frequency_errors, parse_frequency
from ovbp_sandbox.timeseries.timezones import clock_errors

MAX_POINTS = 1_000_000
TRUE_TEXTS = ("true", "True", "1", "yes")
FALSE_TEXTS = ("false", "False", "0", "no", "")


def parse_instant(value: str, clock: str, timezone: str) -> pd.Timestamp:
    """A query datetime as a naive time of ``clock`` (aware inputs are converted)."""
    stamp = pd.Timestamp(value)
    if pd.isna(stamp):
        raise InvalidOptions({"start": [f"{value!r} is not a datetime."]})
    if stamp.tzinfo is None:
        return stamp
    utc = pd.DatetimeIndex([stamp.tz_convert("UTC").tz_localize(None)])
    return pd.Timestamp(clocks.from_utc(utc, clock, timezone)[0])


def _bool(value: str) -> bool:
    return value in TRUE_TEXTS


def select_errors(params: Mapping[str, str]) -> dict[str, list[str]]:
    """Messages for invalid select parameters (empty dict when valid)."""
    errors: dict[str, list[str]] = {}
    for name in ("start", "end"):
        value = params.get(name)
        if value not in (None, ""):
            try:
                valid = not pd.isna(pd.Timestamp(value))
            except (ValueError, TypeError, OverflowError):
                valid = False
            if not valid:
                errors[name] = [
                    f"{value!r} is not a datetime; use ISO 8601 (`2012-01-01T06:00:00`) "
                    "or `2012-01-01 06:00:00`."
                ]
    if params.get("resample"):
        errors.update(frequency_errors(params["resample"], "resample"))
    if params.get("resample_rule"):
        errors.update(choice_errors(params["resample_rule"], "resample_rule", RESAMPLE_RULES))
    for name in ("closed", "convention"):
        if params.get(name):
            errors.update(choice_errors(params[name], name, CONVENTIONS))
    if params.get("clock"):
        errors.update(clock_errors(params["clock"], "clock"))
    if params.get("dropna") is not None and params["dropna"] not in TRUE_TEXTS + FALSE_TEXTS:
        errors["dropna"] = [f"{params['dropna']!r} is not a boolean; use `true` or `false`."]
    rows = params.get("max_rows_nb")
    if rows not in (None, ""):
        try:
            if int(str(rows)) < 0:
                raise ValueError
        except ValueError:
            errors["max_rows_nb"] = [f"{rows!r} is not allowed; use a whole number, 0 or more."]
    return errors


def in_clock(points: pd.Series, stored_clock: str, clock: str, timezone: str) -> pd.Series:
    """Stored points (naive times of ``stored_clock``) read in ``clock``; no point is dropped (in tzt the
    repeated autumn hour shows twice)."""
    if clock == stored_clock or not len(points):
        return points
    index = clocks.convert(pd.DatetimeIndex(points.index), stored_clock, clock, timezone)
    return pd.Series(points.to_numpy(), index=index, name=points.name).sort_index(kind="stable")


def select_points(
    points: pd.Series,
    params: Mapping[str, str],
    timezone: str,
    share: int = MAX_POINTS,
    stored_clock: str = "tzt",
) -> pd.Series:
    """Apply the select parameters to stored points (naive times of ``stored_clock``); at most ``share``."""
    InvalidOptions.raise_if_any(select_errors(params))
    clock = params.get("clock") or "tzt"
    se = in_clock(points, stored_clock, clock, timezone)
    start = parse_instant(params["start"], clock, timezone) if params.get("start") else None
    end = parse_instant(params["end"], clock, timezone) if params.get("end") else None
    if start is not None or end is not None:
        index = pd.DatetimeIndex(se.index).as_unit("ns")  # bounds may be finer than the stored milliseconds
        lo = 0 if start is None else int(index.searchsorted(start, side="left"))
        hi = len(index) if end is None else int(index.searchsorted(end, side="right"))
        se = se.iloc[lo:hi]
    limit = share
    if params.get("max_rows_nb"):
        limit = min(limit, int(params["max_rows_nb"]))
    if params.get("resample") and len(se):
        freq = parse_frequency(params["resample"], "resample")
        alias = freq.alias
        # only the first `limit` intervals can be answered: never build more (1ms over years...)
        se = se[se.index < se.index[0] + freq.timedelta * (limit + 2)]
        # by default end-labelled intervals (t - freq, t], as regular series are (docs/guides/sandbox.md)
        closed = cast(Literal["left", "right"], params.get("closed") or "right")
        label = cast(Literal["left", "right"], params.get("convention") or "right")
        resampler = se.resample(alias, closed=closed, label=label)
        se = aggregate(resampler, params.get("resample_rule") or "mean")
    if _bool(params.get("dropna") or "false"):
        se = se.dropna()
    return se.iloc[:limit]


def to_wire(se: pd.Series) -> dict[str, list[Any]]:
    """``{"index": [epoch ms], "data": [float or None]}`` built with numpy (fast for 1e6 points)."""
    ms = pd.DatetimeIndex(se.index).as_unit("ms").asi8
    values = se.to_numpy(dtype=np.float64, na_value=np.nan)
    nan = np.isnan(values)
    data: list[Any] = values.tolist()
    if nan.any():
        with_none = values.astype(object)
        with_none[nan] = None
        data = with_none.tolist()
    return {"index": ms.tolist(), "data": data}


def to_wire_arrays(se: pd.Series) -> dict[str, Any]:
    """Like to_wire but numpy arrays (int64 ms, float64 with NaN): for encode_select_json only."""
    ms = pd.DatetimeIndex(se.index).as_unit("ms").asi8
    return {"index": np.ascontiguousarray(ms), "data": se.to_numpy(dtype=np.float64, na_value=np.nan)}


def encode_select_json(answer: Mapping[str, Any]) -> bytes:
    """orjson bytes of a select or multi_select answer (NaN become null)."""
    return orjson.dumps(answer, option=orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS)


def share_of(series_count: int) -> int:
    """The points each series of a multi_select may answer."""
    return MAX_POINTS // max(series_count, 1)
