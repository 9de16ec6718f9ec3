"""Building pandas objects from select/multi_select bytes: values, index, cap warnings, memory."""

from __future__ import annotations

import tracemalloc
import warnings

import numpy as np
import orjson
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ovbp_facade.series_frames import (
    MAX_POINTS,
    export_column_name,
    frame_from_multi_select,
    series_from_select,
)
from ovbp_sandbox.timeseries.export import export_name

T0 = 1325376000000  # 2012-01-01 00:00 UTC in ms


def test_series_from_select() -> None:
    content = orjson.dumps({"index": [T0, T0 + 3_600_000], "data": [1.5, None]})
    se = series_from_select(content)
    assert list(se.index) == [pd.Timestamp("2012-01-01 00:00"), pd.Timestamp("2012-01-01 01:00")]
    assert isinstance(se.index, pd.DatetimeIndex) and se.index.tz is None
    assert se.dtype == np.float64
    assert se.iloc[0] == 1.5 and np.isnan(se.iloc[1])


def test_empty_select() -> None:
    se = series_from_select(b'{"index": [], "data": []}')
    assert len(se) == 0 and isinstance(se.index, pd.DatetimeIndex)


def test_multi_select_columns_named_and_aligned() -> None:
    content = orjson.dumps(
        {
            "pk1": {"name": "c-cleaned", "index": [T0, T0 + 3_600_000], "data": [3.0, 3.0]},
            "pk2": {"name": "b-cleaned", "index": [T0 + 3_600_000], "data": [2.0]},
        }
    )
    df = frame_from_multi_select(content, 2)
    assert list(df.columns) == ["c-cleaned", "b-cleaned"]
    assert df.loc[pd.Timestamp("2012-01-01 01:00"), "b-cleaned"] == 2.0
    assert bool(pd.isna(df["b-cleaned"].iloc[0]))


def test_multi_select_keeps_repeated_local_hours() -> None:
    """Read in `tzt` on the October DST change, 02:00 shows twice; ranges differ, occurrences align."""
    h = 3_600_000
    two = T0 + 2 * h
    content = orjson.dumps(
        {
            "pk1": {"name": "a", "index": [T0 + h, two, two, T0 + 3 * h], "data": [1.0, 2.0, 3.0, 4.0]},
            "pk2": {"name": "b", "index": [two, two], "data": [20.0, 30.0]},
        }
    )
    df = frame_from_multi_select(content, 2)
    assert df["a"].tolist() == [1.0, 2.0, 3.0, 4.0]
    assert df["b"].iloc[1:3].tolist() == [20.0, 30.0] and df["b"].isna().sum() == 2
    assert list(df.index).count(pd.Timestamp("2012-01-01 02:00")) == 2


def test_cap_warning() -> None:
    n = MAX_POINTS // 2
    content = orjson.dumps(
        {
            "a": {"name": "a", "index": list(range(n)), "data": [0.0] * n},
            "b": {"name": "b", "index": [0], "data": [0.0]},
        }
    )
    with pytest.warns(UserWarning, match="cut"):
        frame_from_multi_select(content, 2)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        frame_from_multi_select(content, 1)


def test_one_million_points_lean() -> None:
    n = MAX_POINTS
    index = (T0 + np.arange(n, dtype=np.int64) * 60_000).tolist()
    data = np.random.default_rng(0).random(n).tolist()
    content = orjson.dumps({"index": index, "data": data})
    del index, data
    tracemalloc.start()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        se = series_from_select(content)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(se) == n
    assert peak < 300 * 2**20, f"peak {peak / 2**20:.0f} MiB"


@given(
    series_name=st.text(min_size=1, max_size=20),
    model=st.sampled_from(["importer", "cleaner", "analysis"]),
    generator_name=st.text(min_size=1, max_size=20),
)
def test_columns_are_named_as_the_platforms_exports_name_series(
    series_name: str, model: str, generator_name: str
) -> None:
    assert export_column_name(series_name, model, generator_name) == export_name(
        series_name, model, generator_name
    )
    assert export_column_name("t-1 [x]", "importer", "dup-one") == "t 1 x [importer=dup one]"
