"""Time you can trust: cleaning and analyses across DST changes, against pandas references computed
from the rules of docs/guides/sandbox.md (`gmt` is UTC, `dst` the standard offset, a `left` value at t covers
[t, t+step), regular series are labelled at the end of their interval, days are local)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ovbp_sandbox.timeseries import clocks
from ovbp_sandbox.timeseries.allowed import RESAMPLE_RULES
from ovbp_sandbox.timeseries.analysis import compute_analysis
from ovbp_sandbox.timeseries.cleaning import clean
from ovbp_sandbox.timeseries.selection import select_points

PARIS = "Europe/Paris"
UNITCLEANER = {
    "freq": "1H",
    "input_unit_type": "instantaneous",
    "unit_type": "instantaneous",
    "input_convention": "left",
    "clock": "gmt",
    "timezone": PARIS,
    "resample_rule": "mean",
    "interpolate_limit": 0,
}


def ten_minute_utc(start: str, end: str, seed: int = 7) -> pd.Series:
    index = pd.date_range(start, end, freq="10min")
    values = np.random.default_rng(seed).uniform(0, 50, len(index)).round(3)
    return pd.Series(values, index=index)


def reference(utc_points: pd.Series, timezone: str, freq: str, convention: str, rule: str) -> pd.Series:
    """pandas on aware times: intervals of the local time of `timezone`, labelled at their end; naive UTC."""
    aware = utc_points.tz_localize("UTC").tz_convert(timezone)
    closed: Literal["left", "right"] = "left" if convention == "left" else "right"
    resampler = aware.resample(freq, closed=closed, label="right")
    result = resampler.sum(min_count=1) if rule == "sum" else resampler.agg(rule)
    result = result.dropna()
    return pd.Series(
        result.to_numpy(), index=pd.DatetimeIndex(result.index).tz_convert("UTC").tz_localize(None)
    )


def test_october_dst_keeps_both_repeated_hours() -> None:
    """Regression: the sandbox merged 00:00-01:50 UTC into one 02:00 point and lost 01:00 UTC."""
    data = ten_minute_utc("2012-10-27 22:00", "2012-10-28 03:50")
    stored = clean(data, UNITCLEANER)
    expected = reference(data, PARIS, "1h", "left", "mean")
    pd.testing.assert_series_equal(
        stored, expected, check_names=False, check_freq=False, check_index_type=False
    )
    one = pd.Timestamp("2012-10-28 01:00")
    assert stored[one] == pytest.approx(data["2012-10-28 00:00":"2012-10-28 00:50"].mean())
    assert stored[pd.Timestamp("2012-10-28 02:00")] == pytest.approx(
        data["2012-10-28 01:00":"2012-10-28 01:50"].mean()
    )
    # the same instants written at UTC+1 and read with clock "dst" give the same answer
    at_standard = pd.Series(data.to_numpy(), index=pd.DatetimeIndex(data.index) + pd.Timedelta(hours=1))
    pd.testing.assert_series_equal(clean(at_standard, {**UNITCLEANER, "clock": "dst"}), stored)
    # read in local time (tzt), the repeated 02:00 shows twice, each with its own value; none lost
    local = select_points(stored, {"clock": "tzt"}, PARIS, stored_clock="gmt")
    assert len(local) == len(stored)
    twice = local[pd.Timestamp("2012-10-28 02:00")]
    assert isinstance(twice, pd.Series) and twice.tolist() == [
        stored[pd.Timestamp("2012-10-28 00:00")],
        stored[one],
    ]


def test_march_dst_labels_exist() -> None:
    """Regression: [00:00, 01:00) UTC of 2012-03-25 was labelled 02:00 in tzt, a time Paris skips."""
    data = ten_minute_utc("2012-03-24 22:00", "2012-03-25 03:50")
    stored = clean(data, UNITCLEANER)
    local = select_points(stored, {"clock": "tzt"}, PARIS, stored_clock="gmt")
    labels = [str(t) for t in local.index]
    assert "2012-03-25 02:00:00" not in labels
    assert labels[:4] == [
        "2012-03-25 00:00:00",
        "2012-03-25 01:00:00",
        "2012-03-25 03:00:00",
        "2012-03-25 04:00:00",
    ]
    assert local[pd.Timestamp("2012-03-25 03:00")] == pytest.approx(
        data["2012-03-25 00:00":"2012-03-25 00:50"].mean()
    )
    gmt = select_points(stored, {"clock": "gmt"}, PARIS, stored_clock="gmt")
    assert gmt.index[2] == pd.Timestamp("2012-03-25 01:00")


# --- properties: random data across DST changes, every rule, both conventions ---------------------
DST_DAYS = [
    ("Europe/Paris", "2012-03-25"),
    ("Europe/Paris", "2012-10-28"),
    ("Australia/Sydney", "2012-04-01"),
    ("Australia/Sydney", "2012-10-07"),
    ("UTC", "2012-10-28"),
]


@st.composite
def irregular_points(draw: Any) -> tuple[str, pd.Series]:
    timezone, day = draw(st.sampled_from(DST_DAYS))
    start = pd.Timestamp(day) - pd.Timedelta(hours=30)
    minutes = draw(st.lists(st.integers(0, 60 * 60), min_size=1, max_size=80, unique=True))
    values = draw(
        st.lists(st.floats(-1e3, 1e3, allow_nan=False), min_size=len(minutes), max_size=len(minutes))
    )
    index = pd.DatetimeIndex([start + pd.Timedelta(minutes=m) for m in minutes])
    return timezone, pd.Series(values, index=index).sort_index()


def _cleaning_matches_reference(case: tuple[str, pd.Series], freq: str, rule: str, convention: str) -> None:
    timezone, utc_points = case
    unitcleaner = {**UNITCLEANER, "timezone": timezone, "freq": freq, "resample_rule": rule}
    unitcleaner["input_convention"] = convention
    stored = clean(utc_points, unitcleaner)
    alias = {"1H": "1h", "3H": "3h", "1D": "1D", "15min": "15min"}[freq]
    expected = reference(utc_points, timezone, alias, convention, rule)
    pd.testing.assert_series_equal(
        stored, expected, check_names=False, check_freq=False, check_index_type=False, rtol=1e-9
    )
    # read in local time nothing is lost, and the points come back in UTC unchanged
    local = select_points(stored, {"clock": "tzt"}, timezone, stored_clock="gmt")
    assert len(local) == len(stored)
    back = select_points(stored, {"clock": "gmt"}, timezone, stored_clock="gmt")
    pd.testing.assert_series_equal(back, stored)


_FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@given(
    case=irregular_points(),
    freq=st.sampled_from(["15min", "1H", "3H", "1D"]),
    rule=st.sampled_from(RESAMPLE_RULES),
    convention=st.sampled_from(["left", "right"]),
)
@_FAST
def test_cleaning_matches_pandas_across_dst(
    case: tuple[str, pd.Series], freq: str, rule: str, convention: str
) -> None:
    _cleaning_matches_reference(case, freq, rule, convention)


@pytest.mark.slow
@given(
    case=irregular_points(),
    freq=st.sampled_from(["15min", "1H", "3H", "1D"]),
    rule=st.sampled_from(RESAMPLE_RULES),
    convention=st.sampled_from(["left", "right"]),
)
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_cleaning_matches_pandas_across_dst_thoroughly(
    case: tuple[str, pd.Series], freq: str, rule: str, convention: str
) -> None:
    _cleaning_matches_reference(case, freq, rule, convention)


IDENTITY = "def analyze(df, **tools):\n    return df\n"


def _analysis_matches_reference(
    case: tuple[str, pd.Series], input_freq: str, output_freq: str, rule: str
) -> None:
    timezone, utc_points = case
    hourly = clean(utc_points, {**UNITCLEANER, "timezone": timezone})  # a cleaned input, naive UTC
    config = {
        "input_freq": input_freq,
        "output_freq": output_freq,
        "clock": "tzt",
        "output_timezone": timezone,
        "wait_offset": "0H",
        "script": IDENTITY,
    }
    result = compute_analysis({"x": hourly}, config, [{"name": "x", "resample_rule": rule}], 30)
    aware = hourly.tz_localize("UTC").tz_convert(timezone)
    inputs = aware.resample(input_freq.replace("H", "h"), closed="right", label="right").mean().dropna()
    inputs = inputs[inputs.index <= aware.index.max()]  # wait_offset 0: nothing after the last input
    out = inputs.resample(output_freq.replace("H", "h"), closed="right", label="right")
    expected = (out.sum(min_count=1) if rule == "sum" else out.agg(rule)).dropna()
    expected = expected[expected.index <= aware.index.max()]
    expected_utc = pd.Series(expected.to_numpy(), index=expected.index.tz_convert("UTC").tz_localize(None))
    got = result.get("x", pd.Series([], index=pd.DatetimeIndex([]), dtype="float64"))
    if expected_utc.empty:
        assert got.empty
        return
    pd.testing.assert_series_equal(
        got, expected_utc, check_names=False, check_freq=False, check_index_type=False, rtol=1e-9
    )


@given(
    case=irregular_points(),
    input_freq=st.sampled_from(["1H", "3H"]),
    output_freq=st.sampled_from(["3H", "1D"]),
    rule=st.sampled_from(["mean", "sum", "max"]),
)
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_analysis_matches_pandas_across_dst(
    case: tuple[str, pd.Series], input_freq: str, output_freq: str, rule: str
) -> None:
    _analysis_matches_reference(case, input_freq, output_freq, rule)


@pytest.mark.slow
@given(
    case=irregular_points(),
    input_freq=st.sampled_from(["1H", "3H"]),
    output_freq=st.sampled_from(["3H", "1D"]),
    rule=st.sampled_from(RESAMPLE_RULES),
)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_analysis_matches_pandas_across_dst_thoroughly(
    case: tuple[str, pd.Series], input_freq: str, output_freq: str, rule: str
) -> None:
    _analysis_matches_reference(case, input_freq, output_freq, rule)


def test_analysis_script_sees_both_repeated_hours_in_local_time() -> None:
    """In `tzt` the script's frame shows 02:00 twice on the October change; each keeps its value."""
    data = ten_minute_utc("2012-10-27 22:00", "2012-10-28 03:50")
    hourly = clean(data, UNITCLEANER)
    config = {
        "input_freq": "1H",
        "output_freq": "1H",
        "clock": "tzt",
        "output_timezone": PARIS,
        "wait_offset": "0H",
        "script": IDENTITY,
    }
    result = compute_analysis({"x": hourly}, config, [{"name": "x", "resample_rule": "mean"}], 30)
    pd.testing.assert_series_equal(
        result["x"], hourly, check_names=False, check_freq=False, check_index_type=False
    )
    assert clocks.from_utc(pd.DatetimeIndex(result["x"].index), "tzt", PARIS).duplicated().sum() == 1
    assert dt.datetime(2012, 10, 28, 1) in result["x"].index


def test_a_data_dir_of_the_previous_storage_is_moved_to_utc_once(tmp_path: Any) -> None:
    """Data dirs written when cleaned series were kept in local time keep every point, now in UTC."""
    from ovbp_sandbox.backend import registry as r
    from ovbp_sandbox.backend import series_points
    from ovbp_sandbox.backend.storage_migration import migrate_storage
    from ovbp_sandbox.backend.store import Store

    store = Store(tmp_path / "sandbox.sqlite3")
    series_points.create_tables(store.connection())
    local = pd.Series([1.0, 2.0], index=pd.DatetimeIndex(["2012-01-01 01:00", "2012-07-01 01:00"]))
    with store.transaction() as conn:
        raw = store.insert(
            r.SERIES,
            {"name": "a", "generator": "i", "generator_model": "importer"},
            organization_id=None,
            conn=conn,
        )
        cleaned = store.insert(
            r.SERIES,
            {"name": "a-cleaned", "generator": "c", "generator_model": "cleaner"},
            organization_id=None,
            conn=conn,
        )
        for series in (raw, cleaned):
            series_points.append_points(conn, series["id"], local)
    migrate_storage(store)
    moved = series_points.read_points(store.connection(), cleaned["id"])
    # Paris: UTC+1 in winter, UTC+2 in summer
    assert list(moved.index) == [pd.Timestamp("2012-01-01 00:00"), pd.Timestamp("2012-06-30 23:00")]
    assert moved.tolist() == [1.0, 2.0]
    kept = series_points.read_points(store.connection(), raw["id"])  # importer series: as parsed
    assert list(kept.index) == list(local.index) and kept.tolist() == [1.0, 2.0]
    migrate_storage(store)  # once only
    pd.testing.assert_series_equal(series_points.read_points(store.connection(), cleaned["id"]), moved)
    store.close()
