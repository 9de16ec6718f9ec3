"""Property: whatever points a select answers, the facade's fast parser gives what a plain reading gives."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import orjson
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from ovbp_facade.series_frames import frame_from_multi_select, series_from_select

MS_2000 = 946_684_800_000
timestamps = st.integers(min_value=MS_2000, max_value=MS_2000 + 10**12)
values = st.one_of(st.none(), st.integers(-(10**9), 10**9), st.floats(allow_nan=False, allow_infinity=False))
points = st.lists(st.tuples(timestamps, values), max_size=60, unique_by=lambda p: p[0])
Points = list[tuple[int, float | int | None]]


def plain_reading(index: list[int], data: list[float | int | None]) -> pd.Series:
    """The obvious (slow) reading: the reference the fast path must equal."""
    floats = [math.nan if v is None else float(v) for v in data]
    return pd.Series(floats, index=pd.to_datetime(index, unit="ms"), dtype="float64")


@settings(max_examples=200, deadline=None)
@given(points=points, spaced=st.booleans())
def test_select_answer_parses_like_a_plain_reading(
    points: list[tuple[int, float | int | None]], spaced: bool
) -> None:
    index = sorted(p[0] for p in points)
    data = [dict(points)[ts] for ts in index]
    content = orjson.dumps({"index": index, "data": data})
    if spaced:  # the same JSON as another server might format it
        content = content.replace(b",", b", ").replace(b":", b": ")
    parsed = series_from_select(content)
    expected = plain_reading(index, data)
    assert list(parsed.index) == list(expected.index)
    np.testing.assert_array_equal(parsed.to_numpy(), expected.to_numpy())


@settings(max_examples=100, deadline=None)
@given(series=st.dictionaries(st.text("abc-", min_size=1, max_size=5), points, min_size=1, max_size=4))
def test_multi_select_answer_has_one_column_per_series(
    series: dict[str, list[tuple[int, float | int | None]]],
) -> None:
    answer: dict[str, dict[str, Any]] = {}
    for position, (name, pts) in enumerate(series.items()):
        index = sorted(p[0] for p in pts)
        answer[f"pk{position}"] = {"name": name, "index": index, "data": [dict(pts)[ts] for ts in index]}
    frame = frame_from_multi_select(orjson.dumps(answer), len(answer))
    assert sorted(map(str, frame.columns)) == sorted(series)
    for item in answer.values():
        expected = plain_reading(item["index"], item["data"])
        column = frame[str(item["name"])].reindex(expected.index)
        np.testing.assert_array_equal(column.to_numpy(), expected.to_numpy())
