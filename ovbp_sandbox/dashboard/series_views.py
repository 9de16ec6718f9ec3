"""Series as the pages show them: counts, first and last points, and plot traces, in wall time.

Times are the series' wall time (``tzt`` in its timezone), as ``select_data`` answers by default, so a
plot reads like the user's DataFrame. Summaries need every point once; they are kept until the
series' points change (``series_points.versions``), so a table of many series stays fast.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

from ovbp_sandbox.backend import series_points
from ovbp_sandbox.backend.generator_records import series_timezone, stored_clock
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.dashboard.downsample import DEFAULT_BUCKETS, min_max_indices
from ovbp_sandbox.engine.reads import CLOCK_MARGIN
from ovbp_sandbox.timeseries.selection import in_clock

WALL_CLOCK = "tzt"
MAX_SUMMARIES_KEPT = 10_000
END_SPAN = pd.Timedelta(days=1)


@dataclass(frozen=True)
class Point:
    time: str
    value: float | None


@dataclass(frozen=True)
class Summary:
    """How many points a series has, and its first and last ones (None when it has none)."""

    count: int
    first: Point | None
    last: Point | None


@dataclass(frozen=True)
class Trace:
    """What the plot draws of one series: ``shown`` of the ``count`` points between the bounds."""

    series_id: str
    name: str
    unit: str
    x: list[str]
    y: list[float | None]
    count: int

    @property
    def shown(self) -> int:
        return len(self.x)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.series_id,
            "name": self.name,
            "unit": self.unit,
            "x": self.x,
            "y": self.y,
            "count": self.count,
            "shown": self.shown,
        }


def time_texts(index: pd.DatetimeIndex) -> list[str]:
    """ISO times without a zone (wall time), to the second unless a point needs milliseconds."""
    ms = index.as_unit("ms").asi8
    unit: Literal["s", "ms"] = "s" if not len(ms) or not bool(np.any(ms % 1000)) else "ms"
    stamps: npt.NDArray[np.datetime64] = ms.astype("datetime64[ms]")
    texts: list[str] = np.datetime_as_string(stamps, unit=unit).tolist()
    return texts


def value_list(values: np.ndarray[Any, np.dtype[np.float64]]) -> list[float | None]:
    """Floats, NaN as None (null in JSON: a gap in the plot)."""
    return [None if v != v else v for v in values.tolist()]


def parse_bound(text: str | None) -> pd.Timestamp | None:
    """A page's start or end (naive wall time); None when empty or not a time."""
    if not text:
        return None
    try:
        stamp = pd.Timestamp(text)
    except (ValueError, TypeError, OverflowError):
        return None
    if pd.isna(stamp):
        return None
    return stamp.tz_localize(None) if stamp.tzinfo is not None else stamp


class SeriesViews:
    """Reads series points for the pages (thread-safe: the pages are rendered in worker threads)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._summaries: dict[str, tuple[tuple[int, int], Summary]] = {}
        self._lock = threading.Lock()

    def wall_points(
        self, series: dict[str, Any], start: pd.Timestamp | None = None, end: pd.Timestamp | None = None
    ) -> pd.Series:
        """The series' points between ``start`` and ``end`` (both included), in its wall time."""
        stored_start = None if start is None else start - CLOCK_MARGIN
        stored_end = None if end is None else end + CLOCK_MARGIN
        points = series_points.read_points(self.store.connection(), series["id"], stored_start, stored_end)
        wall = in_clock(points, stored_clock(series), WALL_CLOCK, series_timezone(self.store, series))
        if start is None and end is None:
            return wall
        index = pd.DatetimeIndex(wall.index).as_unit("ns")
        lo = 0 if start is None else int(index.searchsorted(start, side="left"))
        hi = len(index) if end is None else int(index.searchsorted(end, side="right"))
        return wall.iloc[lo:hi]

    def summaries(self, series_list: list[dict[str, Any]]) -> dict[str, Summary]:
        """Each series' summary, read again only for the series whose points changed."""
        ids = [str(s["id"]) for s in series_list]
        versions = series_points.versions(self.store.connection(), ids)
        found: dict[str, Summary] = {}
        for series in series_list:
            sid = str(series["id"])
            version = versions.get(sid)
            if version is None:
                found[sid] = Summary(0, None, None)
                continue
            with self._lock:
                kept = self._summaries.get(sid)
            if kept is not None and kept[0] == version:
                found[sid] = kept[1]
                continue
            found[sid] = summary = self._summary(series)
            with self._lock:
                if len(self._summaries) >= MAX_SUMMARIES_KEPT:
                    self._summaries.clear()
                self._summaries[sid] = (version, summary)
        return found

    def _summary(self, series: dict[str, Any]) -> Summary:
        """Count, first and last point; only the points within a day of either end change clocks (no
        clock moves a time by a day, so the wall-time ends are among them), which keeps this a read."""
        points = series_points.read_points(self.store.connection(), series["id"])
        if not len(points):
            return Summary(0, None, None)
        index = pd.DatetimeIndex(points.index)
        stored, timezone = stored_clock(series), series_timezone(self.store, series)
        head = in_clock(points[index < index[0] + END_SPAN], stored, WALL_CLOCK, timezone)
        tail = in_clock(points[index > index[-1] - END_SPAN], stored, WALL_CLOCK, timezone)
        times = time_texts(pd.DatetimeIndex([head.index[0], tail.index[-1]]))
        values = value_list(np.array([head.iloc[0], tail.iloc[-1]], dtype=np.float64))
        return Summary(len(points), Point(times[0], values[0]), Point(times[1], values[1]))

    def trace(
        self,
        series: dict[str, Any],
        start: pd.Timestamp | None,
        end: pd.Timestamp | None,
        buckets: int = DEFAULT_BUCKETS,
    ) -> Trace:
        """The points to draw between the bounds: all when few, else each bucket's lowest and highest."""
        points = self.wall_points(series, start, end)
        values = points.to_numpy(dtype=np.float64, na_value=np.nan)
        keep = min_max_indices(values, buckets)
        return Trace(
            series_id=str(series["id"]),
            name=str(series.get("name", "")),
            unit=str(series.get("unit") or ""),
            x=time_texts(pd.DatetimeIndex(points.index[keep])),
            y=value_list(values[keep]),
            count=len(points),
        )
