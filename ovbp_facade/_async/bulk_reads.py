"""Reads past the select cap: a time range of many series cut into windows whose answers fit the cap.

The platform answers at most 1,000,000 points per select and cuts the rest silently, keeping the
first ones. A bulk read first probes each series (its first points, then where its points end), plans
time windows meant to hold half the cap for the densest series, fetches (series, window) pairs on a
bounded pool (threads in the sync client, tasks in the async one), and joins them. A window whose
answer still reaches the cap is read on from its last timestamp, so no point is lost to a wrong
estimate; windows never overlap, so none is repeated.

Window edges are naive times in the clock of the read (the `clock` option), starting at the local
midnight before the first point. With `resample`, edges sit on the bins' grid (the frequency must
divide a day) and each bin lies wholly in one window: bins with no point are NaN rows only between
points of one window, as in a concatenation of window-sized selects (use dropna=True to drop them).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
import pandas as pd

from generated_client.api.series import series_select

from ..errors import TruncatedAnswerError
from ..frequencies import frequency_length
from ..run_async import Pending, Pool, map_bounded, parse
from ..select_options import SelectOptions, TimeBound
from ..series_frames import MAX_POINTS, frame_from_columns, index_from_ms, select_arrays

if TYPE_CHECKING:
    from .client import AsyncClient
    from .records.series import AsyncSeries

__all__ = ["AsyncBulkRead", "Window", "read_window"]

logger = logging.getLogger("ovbp_facade")

SAFE_POINTS = MAX_POINTS // 2  # a window is planned to hold half the cap; a denser stretch is read on
PROBE_POINTS = 2_000  # points read from the start of each series to see how dense it is
DAY = pd.Timedelta(days=1)
MS = pd.Timedelta(milliseconds=1)
RANGE_ONLY = ("start_mode", "utc_now", "max_acceptable_delay", "max_rows_nb")

Ms = npt.NDArray[np.int64]
Values = npt.NDArray[np.float64]


@dataclasses.dataclass(frozen=True)
class Window:
    """One time window: its edges (None: the caller's own start or end) and the bounds sent for it."""

    lo: pd.Timestamp | None
    hi: pd.Timestamp | None
    start: TimeBound
    end: TimeBound


@dataclasses.dataclass(frozen=True)
class _Probe:
    """What the first probes of one series told: its first point in the range, the last point it saw there,
    a bound past its last one, its density."""

    first: pd.Timestamp | None
    last: pd.Timestamp | None
    upper: pd.Timestamp | None
    points_per_ms: float


class AsyncBulkRead:
    """One planned read of `series` over the options' time range (see module docstring)."""

    def __init__(
        self,
        client: AsyncClient,
        series: Sequence[AsyncSeries],
        columns: Sequence[str],
        options: SelectOptions,
        *,
        window: str | dt.timedelta | None = None,
        concurrency: int = 4,
        streamed: bool = False,
    ) -> None:
        given = [name for name in RANGE_ONLY if getattr(options, name) is not None]
        if given:
            raise ValueError(
                f"{', '.join(given)} do not apply to a read of a whole time range; give start and end only"
            )
        if concurrency < 1:
            raise ValueError(f"concurrency={concurrency!r}: give at least 1 request at a time")
        self.client = client
        self.series = list(series)
        self.columns = list(columns)
        self.options = options
        self.concurrency = concurrency
        # a streamed read (Parquet, dask) holds few windows at once, each of about SAFE_POINTS in all;
        # a read into one frame sizes windows for the densest series alone: fewer, larger requests
        self.streamed = streamed
        self.bin = frequency_length(options.resample, "resample") if options.resample else None
        if self.bin is not None and (self.bin > DAY or DAY % self.bin != pd.Timedelta(0)):
            raise ValueError(
                f"resample={options.resample!r}: a read by windows resamples on a grid from midnight, so the "
                "frequency must divide a day (e.g. 15min, 1H, 1D); resample the frame afterwards instead"
            )
        self.requested = pd.Timedelta(window) if window is not None else None
        if self.requested is not None and self.requested <= pd.Timedelta(0):
            raise ValueError(f"window={window!r}: give a positive length such as '30D'")
        # bins closed on the right, the platform's default, put a bin's points in (t - f, t]
        self.right_closed = self.bin is not None and (options.closed or "right") == "right"
        self._pool = Pool(concurrency, "ovbp-read")
        self.windows: list[Window] = []  # planned by `plan()`
        self._probes: list[_Probe] = []

    async def plan(self) -> None:
        """Probe the series and cut the range into windows (`windows`)."""
        self.windows, self._probes = await self._plan()

    async def close(self) -> None:
        await self._pool.close()

    async def __aenter__(self) -> AsyncBulkRead:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- requests ------------------------------------------------------------------------------
    async def _select(
        self, se: AsyncSeries, start: TimeBound, end: TimeBound, rows: int | None = None, *, raw: bool = False
    ) -> tuple[Ms, Values]:
        """One select of one series; `raw` leaves resampling out (the stored points, for the probes)."""
        options = dataclasses.replace(self.options, start=start, end=end, max_rows_nb=rows)
        if raw:
            options = dataclasses.replace(
                options, resample=None, resample_rule=None, closed=None, convention=None
            )
        return await _select_one(self.client, se.id, options)

    async def _probe(self, se: AsyncSeries) -> _Probe:
        """First points of the series in range, then a bound past its last one found by doubling steps."""
        ms, _ = await self._select(se, self.options.start, self.options.end, PROBE_POINTS, raw=True)
        if len(ms) == 0:
            return _Probe(None, None, None, 0.0)
        first = _stamp(int(ms[0]))
        if len(ms) < PROBE_POINTS:  # every point of the range is here
            last = _stamp(int(ms[-1]))
            return _Probe(first, last, last + MS, len(ms) / max(int(ms[-1] - ms[0]), 1))
        density = len(ms) / max(int(ms[-1] - ms[0]), 1)
        # doubling steps from the last point seen until nothing lies past `at`, then halving the bracket
        seen, step = _stamp(int(ms[-1])), max(_stamp(int(ms[-1])) - first, DAY)
        at = seen + step
        while (found := await self._first_from(se, at)) is not None:
            seen, step = found, step * 2
            at = seen + step
        while at - seen > max(DAY, (at - first) / 100):
            middle = (seen + (at - seen) / 2).floor("ms")
            found = await self._first_from(se, middle)
            seen, at = (found, at) if found is not None else (seen, middle)
        return _Probe(first, seen, at, density)

    async def _first_from(self, se: AsyncSeries, at: pd.Timestamp) -> pd.Timestamp | None:
        """The series' first stored time at or after `at` (within the read's end), or None."""
        found, _ = await self._select(se, at.to_pydatetime(), self.options.end, 1, raw=True)
        return _stamp(int(found[0])) if len(found) else None

    # -- planning ------------------------------------------------------------------------------
    async def _plan(self) -> tuple[list[Window], list[_Probe]]:
        probes = await map_bounded(self._probe, self.series, self.concurrency)
        firsts = [p.first for p in probes if p.first is not None]
        uppers = [p.upper for p in probes if p.upper is not None]
        if not firsts:
            return [self._window(None, None)], probes
        origin, upper = min(firsts).floor("D"), max(uppers)
        densities = [p.points_per_ms for p in probes]
        length = self._window_length(sum(densities) if self.streamed else max(densities))
        count = max(1, int(np.ceil((upper - origin) / length)))
        cuts = [origin + length * j for j in range(count + 1)]
        # Only the caller's own bounds keep a read in its range (an aware bound's wall time depends on the
        # series' clock and zone, which the client does not know), so: the window holding the range's
        # first point reads from the caller's start (none before it holds a point of the range), and the
        # first window reaching past the last point seen reads to the caller's end (no later one needed).
        first, last = min(firsts), max(p.last for p in probes if p.last is not None)

        def before(hi: pd.Timestamp) -> bool:  # a window ending there holds no point from `first` on
            return bool(hi < first) if self.right_closed else bool(hi <= first)

        opening = next(j for j in range(count) if not before(cuts[j + 1]) or j == count - 1)
        closing = next(j for j in range(opening, count) if cuts[j + 1] > last or j == count - 1)
        windows = [
            self._window(cuts[j], cuts[j + 1], from_start=j == opening, to_end=j == closing)
            for j in range(opening, closing + 1)
        ]
        logger.info(
            "reading %d series from %s in %d windows of %s",
            len(self.series),
            cuts[opening],
            len(windows),
            length,
        )
        return windows, probes

    def _window_length(self, points_per_ms: float) -> pd.Timedelta:
        if self.requested is not None:
            length = self.requested
        else:
            length = pd.Timedelta(milliseconds=max(1, int(SAFE_POINTS / max(points_per_ms, 1e-12))))
        if self.bin is None:
            return max(length.floor("s") if length >= pd.Timedelta(seconds=1) else length, MS)
        length = min(length, self.bin * SAFE_POINTS) if self.requested is None else length
        return max(self.bin * int(length / self.bin), self.bin)  # whole bins, at least one

    def _window(
        self,
        lo: pd.Timestamp | None,
        hi: pd.Timestamp | None,
        *,
        from_start: bool = True,
        to_end: bool = True,
    ) -> Window:
        """Bounds as sent: [lo, hi) for points and left-closed bins, (lo, hi] for right-closed bins; the
        caller's own start and end where asked (the first and last windows)."""
        before, after = (MS, pd.Timedelta(0)) if self.right_closed else (pd.Timedelta(0), MS)
        start = self.options.start if from_start or lo is None else (lo + before).to_pydatetime()
        end = self.options.end if to_end or hi is None else (hi - after).to_pydatetime()
        return Window(lo, hi, start, end)

    def divisions(self) -> list[pd.Timestamp]:
        """Bounds of the windows' index values (one partition per window, for dask); empty if no point."""
        lows, highs = [w.lo for w in self.windows], [w.hi for w in self.windows]
        if lows[0] is None or highs[-1] is None:
            return []
        # right-labelled bins carry their window's end as label: the window's values start just after lo
        right_labels = self.bin is not None and (self.options.convention or "right") == "right"
        shift = MS if right_labels else pd.Timedelta(0)
        return [lows[0], *(lo + shift for lo in lows[1:] if lo is not None), highs[-1]]

    # -- reading -------------------------------------------------------------------------------
    @staticmethod
    def _holds(probe: _Probe, window: Window) -> bool:
        """False when the series surely has no point in the window (it ends before its first, or starts
        at or past the bound beyond its last)."""
        if probe.first is None:
            return False
        if window.hi is not None and window.hi < probe.first:
            return False
        return not (window.lo is not None and probe.upper is not None and window.lo >= probe.upper)

    async def read(self, se: AsyncSeries, window: Window) -> pd.Series[float]:
        """Every point of one series in one window."""
        return await read_window(self.client, se.id, self.options, window)

    @staticmethod
    async def _nothing() -> pd.Series[float]:
        """A series' part of a window it surely has no point in."""
        return pd.Series(np.empty(0), index=index_from_ms(np.empty(0, np.int64)), dtype="float64")

    def window_frame(self, window: Window, parts: Sequence[pd.Series[float]]) -> pd.DataFrame:
        """One window's points, one column per series (all columns, empty ones included)."""
        frame = frame_from_columns(dict(zip(self.columns, parts, strict=True)))
        return frame.reindex(columns=self.columns).astype("float64")

    def submit_window(self, window: Window) -> list[Pending[pd.Series[float]]]:
        """Ask for every series' points in `window`; pending reads in column order."""
        return [
            self._pool.submit(self.read, se, window)
            if self._holds(probe, window)
            else self._pool.submit(self._nothing)
            for se, probe in zip(self.series, self._probes, strict=True)
        ]

    async def frames(self, ahead: int | None = None) -> AsyncIterator[pd.DataFrame]:
        """Each window's frame in time order; at most `ahead` windows are asked for past the current one."""
        ahead = (1 if self.streamed else self.concurrency) if ahead is None else ahead
        pending: list[tuple[Window, list[Pending[pd.Series[float]]]]] = []
        upcoming = iter(self.windows)
        for window in upcoming:
            pending.append((window, self.submit_window(window)))
            if len(pending) > ahead:
                done, futures = pending.pop(0)
                yield self.window_frame(done, [await f.result() for f in futures])
        for done, futures in pending:
            yield self.window_frame(done, [await f.result() for f in futures])


async def _select_one(client: AsyncClient, series_id: str, options: SelectOptions) -> tuple[Ms, Values]:
    """One select of one series, as arrays (the probes' and the windows' requests alike)."""
    content = await client._raw_call(series_select._get_kwargs, series_id, **options.query())
    return await parse(content, select_arrays)


async def read_window(
    client: AsyncClient, series_id: str, options: SelectOptions, window: Window
) -> pd.Series[float]:
    """Every point of one series in one window; where the cap cut an answer, read on from its last time
    (points at that time are read again whole: in `tzt` a repeated autumn time holds two)."""
    parts_ms: list[Ms] = []
    parts_values: list[Values] = []
    start = window.start
    while True:
        ms, values = await _select_one(
            client, series_id, dataclasses.replace(options, start=start, end=window.end)
        )
        if len(ms) < MAX_POINTS:
            parts_ms.append(ms)
            parts_values.append(values)
            break
        if options.resample:
            raise TruncatedAnswerError(
                f"the window {window.lo}..{window.hi} came back cut at {MAX_POINTS} bins: "
                "pass a smaller window="
            )
        keep = ms < ms[-1]
        parts_ms.append(ms[keep])
        parts_values.append(values[keep])
        start = _stamp(int(ms[-1])).to_pydatetime()
    ms = np.concatenate(parts_ms) if len(parts_ms) > 1 else parts_ms[0]
    values = np.concatenate(parts_values) if len(parts_values) > 1 else parts_values[0]
    return pd.Series(values, index=index_from_ms(ms), dtype="float64")


def _stamp(ms: int) -> pd.Timestamp:
    return pd.Timestamp(ms, unit="ms")
