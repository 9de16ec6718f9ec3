"""Series points in SQLite chunks: round trips, later-wins, partial replace/delete, speed."""

from __future__ import annotations

import pathlib
import sqlite3
from collections.abc import Iterator

import numpy as np
import pandas as pd
import pytest

from ovbp_sandbox.backend import series_points as ss


@pytest.fixture
def conn(tmp_path: pathlib.Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(tmp_path / "points.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    ss.create_tables(connection)
    ss.create_tables(connection)  # idempotent
    yield connection
    connection.close()


def hourly(start: str, values: list[float]) -> pd.Series:
    return pd.Series(values, index=pd.date_range(start, periods=len(values), freq="h"))


def test_round_trip(conn: sqlite3.Connection) -> None:
    ss.append_points(conn, "s", hourly("2012-01-01", [1.0, 2.0, np.nan]))
    read = ss.read_points(conn, "s")
    assert read.dtype == "float64"
    assert (
        pd.DatetimeIndex(read.index).tz is None
        and read.index.is_monotonic_increasing
        and read.index.is_unique
    )
    assert read.index[0] == pd.Timestamp("2012-01-01")
    assert read.iloc[:2].tolist() == [1.0, 2.0] and np.isnan(read.iloc[2])
    assert ss.read_points(conn, "unknown").empty


def test_later_chunks_win_and_order(conn: sqlite3.Connection) -> None:
    ss.append_points(conn, "s", hourly("2012-01-01 02:00", [3.0, 4.0]))
    ss.append_points(conn, "s", hourly("2012-01-01 00:00", [10.0, 20.0, 30.0]))
    read = ss.read_points(conn, "s")
    assert read.tolist() == [10.0, 20.0, 30.0, 4.0]
    assert list(pd.DatetimeIndex(read.index).hour) == [0, 1, 2, 3]


def test_start_end_inclusive(conn: sqlite3.Connection) -> None:
    ss.append_points(conn, "s", hourly("2012-01-01", [float(i) for i in range(24)]))
    read = ss.read_points(conn, "s", start="2012-01-01 06:00:00", end=pd.Timestamp("2012-01-01T12:00"))
    assert read.tolist() == [6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0]


def test_replace_and_delete(conn: sqlite3.Connection) -> None:
    ss.append_points(conn, "s", hourly("2012-01-01", [1.0] * 6))
    ss.append_points(conn, "s", hourly("2012-01-01 01:00", [2.0]))  # later wins at 01:00
    ss.replace_points(conn, "s", hourly("2012-01-01 00:00", [9.0] * 10), from_ts="2012-01-01 04:00")
    read = ss.read_points(conn, "s")
    assert read.tolist() == [1.0, 2.0, 1.0, 1.0, 9.0, 9.0, 9.0, 9.0, 9.0, 9.0]
    ss.delete_points(conn, "s", from_ts="2012-01-01 02:00")
    assert ss.read_points(conn, "s").tolist() == [1.0, 2.0]
    ss.replace_points(conn, "s", hourly("2013-01-01", [5.0]))
    assert ss.read_points(conn, "s").tolist() == [5.0]
    ss.delete_points(conn, "s")
    assert ss.read_points(conn, "s").empty
    ss.append_points(conn, "t", hourly("2012-01-01", [1.0]))
    ss.delete_series(conn, "t")
    assert ss.read_points(conn, "t").empty


def test_many_appends_compact(conn: sqlite3.Connection) -> None:
    for i in range(ss.COMPACT_AFTER_CHUNKS * 2):
        ss.append_points(conn, "s", hourly("2012-01-01", [float(i)] * 3))
    (count,) = conn.execute("SELECT COUNT(*) FROM series_chunks WHERE series_id = 's'").fetchone()
    assert count <= ss.COMPACT_AFTER_CHUNKS + 1
    assert ss.read_points(conn, "s").tolist() == [float(ss.COMPACT_AFTER_CHUNKS * 2 - 1)] * 3


def chunk_count(conn: sqlite3.Connection, series_id: str) -> int:
    (count,) = conn.execute("SELECT COUNT(*) FROM series_chunks WHERE series_id = ?", (series_id,)).fetchone()
    return int(count)


def test_a_range_read_loads_only_the_chunks_it_overlaps(conn: sqlite3.Connection) -> None:
    index = pd.date_range("2000-01-01", periods=3 * ss.CHUNK_POINTS, freq="min")
    ss.append_points(conn, "big", pd.Series(np.arange(len(index), dtype="float64"), index=index))
    assert chunk_count(conn, "big") == 3
    start, end = index[ss.CHUNK_POINTS + 10], index[ss.CHUNK_POINTS + 20]
    assert len(ss._chunks(conn, "big", ss.to_ms(start), ss.to_ms(end))) == 1
    assert ss.read_points(conn, "big", start, end).tolist() == [
        float(ss.CHUNK_POINTS + i) for i in range(10, 21)
    ]
    # appending to a big series adds a chunk; it does not rewrite the series
    ss.append_points(conn, "big", hourly("2030-01-01", [1.0]))
    assert chunk_count(conn, "big") == 4
    assert len(ss.read_points(conn, "big")) == len(index) + 1


def test_big_writes_in_one_transaction(conn: sqlite3.Connection) -> None:
    """A million points, and fifty series written in one transaction (their speed: `make bench`)."""
    index = pd.date_range("2000-01-01", periods=1_000_000, freq="min")
    ss.append_points(conn, "big", pd.Series(np.random.default_rng(0).random(len(index)), index=index))
    assert len(ss.read_points(conn, "big")) == 1_000_000
    index2 = pd.date_range("2020-01-01", periods=52_560, freq="10min")
    conn.execute("BEGIN IMMEDIATE")
    for i in range(50):
        ss.append_points(conn, f"s{i}", pd.Series(np.full(len(index2), float(i)), index=index2))
    conn.execute("COMMIT")
    assert [ss.read_points(conn, f"s{i}").iloc[-1] for i in (0, 49)] == [0.0, 49.0]
