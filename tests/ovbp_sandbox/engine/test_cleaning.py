"""Unitcleaner semantics and validation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ovbp_sandbox.errors import InvalidOptions
from ovbp_sandbox.timeseries import clocks
from ovbp_sandbox.timeseries.cleaning import clean, validate_unitcleaner
from tests.support.spec_defaults import UNITCLEANER_DEFAULTS

DEFAULTS = dict(UNITCLEANER_DEFAULTS)  # a unitcleaner created with no option given


def clean_local(points: pd.Series, unitcleaner: dict[str, object]) -> pd.Series:
    """The cleaned series (stored as naive UTC) read in the local time of its timezone, as users select it."""
    cleaned = clean(points, unitcleaner)
    timezone = str(unitcleaner.get("timezone") or "Europe/Paris")
    return pd.Series(
        cleaned.to_numpy(), index=clocks.from_utc(pd.DatetimeIndex(cleaned.index), "tzt", timezone)
    )


def test_cleaned_series_are_stored_in_utc() -> None:
    stored = clean(guide_a(), DEFAULTS)  # 00:00..23:00 Paris winter time, labelled at the end: 01:00..24:00
    assert stored.index[0] == pd.Timestamp("2012-01-01 00:00") and stored.index[-1] == pd.Timestamp(
        "2012-01-01 23:00"
    )


def guide_a() -> pd.Series:
    return pd.Series(1.0, index=pd.date_range("2012-01-01", periods=24, freq="h"))


def test_guide_hourly_left_is_labelled_at_interval_end() -> None:
    cleaned = clean_local(guide_a(), DEFAULTS)
    assert cleaned.index[0] == pd.Timestamp("2012-01-01 01:00")
    assert cleaned.index[-1] == pd.Timestamp("2012-01-02 00:00")
    assert len(cleaned) == 24 and (cleaned == 1.0).all()


def test_right_convention_keeps_labels() -> None:
    cleaned = clean_local(guide_a(), {**DEFAULTS, "input_convention": "right"})
    assert cleaned.index[0] == pd.Timestamp("2012-01-01 00:00")
    assert cleaned.index[-1] == pd.Timestamp("2012-01-01 23:00")


def test_sum_vs_mean() -> None:
    se = pd.Series(np.arange(6, dtype=float), index=pd.date_range("2012-01-01", periods=6, freq="h"))
    mean = clean_local(se, {**DEFAULTS, "freq": "3H"})
    assert mean.to_dict() == {pd.Timestamp("2012-01-01 03:00"): 1.0, pd.Timestamp("2012-01-01 06:00"): 4.0}
    summed = clean_local(se, {**DEFAULTS, "freq": "3H", "resample_rule": "sum"})
    assert summed.tolist() == [3.0, 12.0]
    integral = clean_local(
        se, {**DEFAULTS, "freq": "3H", "input_unit_type": "integral", "unit_type": "integral"}
    )
    assert integral.tolist() == [3.0, 12.0]
    assert clean_local(se, {**DEFAULTS, "freq": "3H", "resample_rule": "max"}).tolist() == [2.0, 5.0]


def test_interpolate_limit() -> None:
    index = pd.DatetimeIndex(["2012-01-01 00:00", "2012-01-01 01:00", "2012-01-01 05:00"])
    se = pd.Series([0.0, 1.0, 5.0], index=index)
    assert len(clean_local(se, DEFAULTS)) == 3  # holes stay holes
    filled = clean_local(se, {**DEFAULTS, "interpolate_limit": 2})
    assert filled.to_dict() == {
        pd.Timestamp("2012-01-01 01:00"): 0.0,
        pd.Timestamp("2012-01-01 02:00"): 1.0,
        pd.Timestamp("2012-01-01 03:00"): 2.0,
        pd.Timestamp("2012-01-01 04:00"): 3.0,
        pd.Timestamp("2012-01-01 06:00"): 5.0,
    }


def test_gmt_clock_converts_to_local_time() -> None:
    se = pd.Series([1.0], index=pd.DatetimeIndex(["2012-07-01 10:00"]))
    cleaned = clean_local(se, {**DEFAULTS, "clock": "gmt"})
    assert cleaned.index[0] == pd.Timestamp("2012-07-01 13:00")  # 10:00 UTC = 12:00 Paris, labelled at end
    dst = clean_local(se, {**DEFAULTS, "clock": "dst"})
    assert dst.index[0] == pd.Timestamp("2012-07-01 12:00")  # 10:00 standard (UTC+1) = 11:00 Paris summer


def test_validation_messages() -> None:
    assert validate_unitcleaner(DEFAULTS) == {}
    errors = validate_unitcleaner(
        {
            "freq": "1M",
            "clock": "local",
            "timezone": "Mars/Olympus",
            "filter_fct": "lambda x: x",
            "resample_rule": "avg",
            "input_unit_type": "bonjour",
            "input_convention": "middle",
            "interpolate_limit": -1,
            "wait_offset": "soon",
        }
    )
    assert set(errors) == {
        "freq",
        "clock",
        "timezone",
        "filter_fct",
        "resample_rule",
        "input_unit_type",
        "input_convention",
        "interpolate_limit",
        "wait_offset",
    }
    assert "'avg'" in errors["resample_rule"][0] and "`median`" in errors["resample_rule"][0]
    assert "'Mars/Olympus'" in errors["timezone"][0] and "Europe/Paris" in errors["timezone"][0]
    assert "filter_fct" in errors["filter_fct"][0]
    assert "`tzt`" in errors["clock"][0]


def test_tiny_freq_over_a_long_span_is_refused() -> None:
    se = pd.Series([1.0, 2.0], index=pd.DatetimeIndex(["2000-01-01", "2012-01-01"]))
    with pytest.raises(InvalidOptions) as info:
        clean_local(se, {**DEFAULTS, "freq": "1s"})
    assert "steps" in info.value.errors["freq"][0]


def test_input_unit_type_is_honoured_or_refused() -> None:
    """Regression: `integral` and `instantaneous` inputs were both accepted and cleaned alike."""
    assert validate_unitcleaner({**DEFAULTS, "input_unit_type": "mean"}) == {}  # both intensive
    assert validate_unitcleaner({**DEFAULTS, "input_unit_type": "delta", "unit_type": "integral"}) == {}
    for given, wanted in (("integral", "instantaneous"), ("instantaneous", "integral")):
        errors = validate_unitcleaner({**DEFAULTS, "input_unit_type": given, "unit_type": wanted})
        assert list(errors) == ["input_unit_type"]
        assert repr(given) in errors["input_unit_type"][0] and "conversion" in errors["input_unit_type"][0]
