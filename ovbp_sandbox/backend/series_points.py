"""Series points kept in the Store's SQLite file, so a write joins the caller's transaction.

Each write adds chunk rows of at most CHUNK_POINTS points: int64 millisecond timestamps and float64
values as raw numpy bytes (no pickle), with their time span, so a read of a time range loads only the
chunks that overlap it. Reads concatenate chunks in write order; on equal timestamps the later chunk
wins. A series written in many small pieces is compacted into full, time-ordered chunks on append.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import numpy as np
import numpy.typing as npt
import pandas as pd

CHUNK_POINTS = 1 << 18  # a read of a range loads at most this many points beyond it on each side
COMPACT_AFTER_CHUNKS = 32  # chunks beyond the fewest the series' points need

_SCHEMA = """
CREATE TABLE IF NOT EXISTS series_chunks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    series_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    min_ts INTEGER NOT NULL,
    max_ts INTEGER NOT NULL,
    ts BLOB NOT NULL,
    vals BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS series_chunks_by_series ON series_chunks (series_id, id);
"""

TimeLike = pd.Timestamp | dt.datetime | str | None

Int64Array = npt.NDArray[np.int64]
Float64Array = npt.NDArray[np.float64]


def create_tables(conn: sqlite3.Connection) -> None:
    """Create the points table (idempotent)."""
    conn.executescript(_SCHEMA)


def to_ms(value: TimeLike) -> int | None:
    """A naive timestamp as epoch milliseconds (None stays None)."""
    if value is None:
        return None
    stamp = pd.Timestamp(value)
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return int(stamp.value // 1_000_000)


def _arrays(points: pd.Series) -> tuple[Int64Array, Float64Array]:
    index = pd.DatetimeIndex(points.index)
    if index.tz is not None:
        index = index.tz_convert("UTC").tz_localize(None)
    ts = np.ascontiguousarray(index.as_unit("ms").asi8, dtype=np.int64)
    vals = np.ascontiguousarray(points.to_numpy(dtype=np.float64, na_value=np.nan), dtype=np.float64)
    return ts, vals


def _insert(conn: sqlite3.Connection, series_id: str, ts: Int64Array, vals: Float64Array) -> None:
    rows = [
        (series_id, len(t), int(np.min(t)), int(np.max(t)), t.tobytes(), v.tobytes())
        for t, v in (
            (ts[at : at + CHUNK_POINTS], vals[at : at + CHUNK_POINTS])
            for at in range(0, len(ts), CHUNK_POINTS)
        )
    ]
    conn.executemany(
        "INSERT INTO series_chunks (series_id, n, min_ts, max_ts, ts, vals) VALUES (?, ?, ?, ?, ?, ?)", rows
    )


def _merge(chunks: list[tuple[bytes, bytes]]) -> tuple[Int64Array, Float64Array]:
    """Concatenate chunks (write order) into sorted unique arrays, later chunks winning."""
    if not chunks:
        return np.empty(0, np.int64), np.empty(0, np.float64)
    ts = np.concatenate([np.frombuffer(t, dtype=np.int64) for t, _ in chunks])
    vals = np.concatenate([np.frombuffer(v, dtype=np.float64) for _, v in chunks])
    if len(chunks) == 1 and (len(ts) < 2 or bool(np.all(ts[1:] > ts[:-1]))):
        return ts, vals
    # reverse so that a stable sort puts the latest write first among equal timestamps
    ts, vals = ts[::-1], vals[::-1]
    order = np.argsort(ts, kind="stable")
    ts, vals = ts[order], vals[order]
    keep = np.ones(len(ts), dtype=bool)
    keep[1:] = ts[1:] != ts[:-1]
    return ts[keep], vals[keep]


def _chunks(
    conn: sqlite3.Connection, series_id: str, start: int | None, end: int | None
) -> list[tuple[bytes, bytes]]:
    sql = "SELECT ts, vals FROM series_chunks WHERE series_id = ?"
    args: list[object] = [series_id]
    if start is not None:
        sql += " AND max_ts >= ?"
        args.append(start)
    if end is not None:
        sql += " AND min_ts <= ?"
        args.append(end)
    return [(bytes(t), bytes(v)) for t, v in conn.execute(sql + " ORDER BY id", args)]


def _compact_if_needed(conn: sqlite3.Connection, series_id: str) -> None:
    count, points = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(n), 0) FROM series_chunks WHERE series_id = ?", (series_id,)
    ).fetchone()
    if count <= -(-points // CHUNK_POINTS) + COMPACT_AFTER_CHUNKS:
        return
    ts, vals = _merge(_chunks(conn, series_id, None, None))
    conn.execute("DELETE FROM series_chunks WHERE series_id = ?", (series_id,))
    _insert(conn, series_id, ts, vals)


def append_points(conn: sqlite3.Connection, series_id: str, points: pd.Series) -> None:
    """Add points; where a timestamp already has a value, the new one wins."""
    ts, vals = _arrays(points)
    _insert(conn, series_id, ts, vals)
    _compact_if_needed(conn, series_id)


def delete_points(conn: sqlite3.Connection, series_id: str, from_ts: TimeLike = None) -> None:
    """Delete all points, or those at or after ``from_ts``."""
    start = to_ms(from_ts)
    if start is None:
        conn.execute("DELETE FROM series_chunks WHERE series_id = ?", (series_id,))
        return
    (straddling,) = conn.execute(
        "SELECT COUNT(*) FROM series_chunks WHERE series_id = ? AND min_ts < ? AND max_ts >= ?",
        (series_id, start, start),
    ).fetchone()
    if straddling:
        # merge everything in write order first so that "later wins" still holds for the kept points
        ts, vals = _merge(_chunks(conn, series_id, None, None))
        keep = ts < start
        conn.execute("DELETE FROM series_chunks WHERE series_id = ?", (series_id,))
        _insert(conn, series_id, ts[keep].copy(), vals[keep].copy())
    else:
        conn.execute("DELETE FROM series_chunks WHERE series_id = ? AND min_ts >= ?", (series_id, start))


def replace_points(
    conn: sqlite3.Connection, series_id: str, points: pd.Series, from_ts: TimeLike = None
) -> None:
    """Replace all points (or those at or after ``from_ts``) by ``points`` (those at or after ``from_ts``)."""
    start = to_ms(from_ts)
    if start is None:
        conn.execute("DELETE FROM series_chunks WHERE series_id = ?", (series_id,))
        append_points(conn, series_id, points)
        return
    delete_points(conn, series_id, from_ts)
    ts, vals = _arrays(points)
    keep = ts >= start
    _insert(conn, series_id, ts[keep], vals[keep])
    _compact_if_needed(conn, series_id)


def read_points(
    conn: sqlite3.Connection, series_id: str, start: TimeLike = None, end: TimeLike = None
) -> pd.Series:
    """Points between ``start`` and ``end`` (inclusive): float64, naive sorted unique DatetimeIndex."""
    start_ms, end_ms = to_ms(start), to_ms(end)
    ts, vals = _merge(_chunks(conn, series_id, start_ms, end_ms))
    if start_ms is not None or end_ms is not None:
        lo = 0 if start_ms is None else int(np.searchsorted(ts, start_ms, side="left"))
        hi = len(ts) if end_ms is None else int(np.searchsorted(ts, end_ms, side="right"))
        ts, vals = ts[lo:hi], vals[lo:hi]
    index = pd.DatetimeIndex(ts.astype("datetime64[ms]"))
    return pd.Series(np.array(vals, dtype=np.float64), index=index, dtype="float64")


def delete_series(conn: sqlite3.Connection, series_id: str) -> None:
    """Forget every point of a series."""
    conn.execute("DELETE FROM series_chunks WHERE series_id = ?", (series_id,))


def versions(conn: sqlite3.Connection, series_ids: list[str]) -> dict[str, tuple[int, int]]:
    """(chunk count, newest chunk id) of each series that has points: it changes whenever they do, since
    chunks are only ever added (with ever larger ids) or deleted. Readers cache what they derive by it."""
    found: dict[str, tuple[int, int]] = {}
    for at in range(0, len(series_ids), 500):  # SQLite's limit on bound parameters
        part = series_ids[at : at + 500]
        marks = ",".join("?" * len(part))
        query = (
            f"SELECT series_id, COUNT(*), MAX(id) FROM series_chunks WHERE series_id IN ({marks}) GROUP BY 1"
        )
        for series_id, count, newest in conn.execute(query, part):
            found[str(series_id)] = (int(count), int(newest))
    return found
