"""What the series pages compute, on a store of their own: the downsampling that keeps a plot light, and
series summaries read in wall time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ovbp_sandbox.backend import series_points
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.dashboard.downsample import min_max_indices
from ovbp_sandbox.dashboard.series_views import SeriesViews


def test_few_points_are_all_kept() -> None:
    values = np.arange(10, dtype=np.float64)
    assert min_max_indices(values, buckets=10).tolist() == list(range(10))


def test_many_points_keep_each_bucket_s_extremes_and_both_ends() -> None:
    rng = np.random.default_rng(1)
    values = rng.normal(size=100_000)
    values[31_337] = 50.0
    values[77_000] = -50.0
    kept = min_max_indices(values, buckets=100)
    assert len(kept) <= 202 and bool(np.all(np.diff(kept) > 0))
    assert {0, 31_337, 77_000, 99_999} <= set(kept.tolist())
    for bucket in range(100):  # each slice of 1,000 points is drawn by its lowest and its highest
        part = values[bucket * 1000 : (bucket + 1) * 1000]
        chosen = values[kept[(kept >= bucket * 1000) & (kept < (bucket + 1) * 1000)]]
        assert np.min(chosen) == np.min(part) and np.max(chosen) == np.max(part)


def test_a_gap_stays_a_gap() -> None:
    values = np.ones(10_000)
    values[2_000:5_000] = np.nan
    kept = min_max_indices(values, buckets=10)
    assert np.isnan(values[kept]).sum() == 3  # one NaN per bucket holding nothing else
    with pytest.raises(ValueError):
        min_max_indices(values, buckets=0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "sandbox.sqlite3")
    series_points.create_tables(store.connection())
    yield store
    store.close()


def test_a_summary_reads_wall_time_even_when_the_series_starts_in_the_autumn_fold(store: Store) -> None:
    # stored in UTC (a cleaner's series): 00:30 UTC is 02:30 summer time, 01:10 UTC is 02:10 winter time
    stored = pd.Series(
        [1.0, 2.0, 3.0, 4.0],
        index=pd.DatetimeIndex(
            ["2020-10-25 00:30", "2020-10-25 01:10", "2020-12-01 00:00", "2021-06-01 12:00"]
        ),
    )
    series = {"id": "s", "name": "cleaned", "generator": "g", "generator_model": "cleaner"}
    with store.transaction() as conn:
        series_points.append_points(conn, "s", stored)
    views = SeriesViews(store)
    summary = views.summaries([series])["s"]
    wall = views.wall_points(series)
    assert summary.count == 4 == len(wall)
    assert summary.first is not None and summary.last is not None
    assert (
        (summary.first.time, summary.first.value)
        == ("2020-10-25T02:10:00", 2.0)
        == (
            wall.index[0].isoformat(),
            wall.iloc[0],
        )
    )
    assert (summary.last.time, summary.last.value) == ("2021-06-01T14:00:00", 4.0)


def test_a_summary_is_read_again_only_when_the_points_change(store: Store) -> None:
    series = {"id": "s", "name": "raw", "generator": "g", "generator_model": "importer"}
    views = SeriesViews(store)
    assert views.summaries([series])["s"].count == 0
    with store.transaction() as conn:
        series_points.append_points(conn, "s", pd.Series([1.0, 2.0], index=pd.date_range("2020", periods=2)))
    first = views.summaries([series])["s"]
    assert first.count == 2 and views.summaries([series])["s"] is first  # kept
    with store.transaction() as conn:
        series_points.append_points(conn, "s", pd.Series([9.0], index=pd.DatetimeIndex(["2020-01-02"])))
    again = views.summaries([series])["s"]
    assert again.count == 2 and again.last is not None and again.last.value == 9.0  # the later write wins
    with store.transaction() as conn:
        series_points.delete_points(conn, "s", "2020-01-02")
    assert views.summaries([series])["s"].count == 1
