"""Series as a dask DataFrame: one partition per time window, fetched only when dask computes it.

For data past one machine's memory (`pip install 'ovbp[dask]'`). The windows are planned here as
for `client.series.select_all`; each partition is a small picklable description (the client's
ClientSource: URL and auth file path or environment, never the password; series ids; the window),
so it computes on dask's local scheduler as on a `dask.distributed` cluster of processes, whose
workers build their own client from that source.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Unpack

import numpy as np
import pandas as pd

from ._sync.bulk_reads import Window, read_window
from ._sync.client import Client
from ._sync.records.series import Series
from .auth import ClientSource
from .select_options import RangeOptions, SelectOptions, TimeBound
from .series_frames import frame_from_columns

if TYPE_CHECKING:
    import dask.dataframe as dd

__all__ = ["WindowPartition", "read_series"]


@dataclasses.dataclass(frozen=True)
class WindowPartition:
    """What a worker needs to fetch one window of every series (its repr shows no secret)."""

    source: ClientSource
    series_ids: tuple[str, ...]
    columns: tuple[str, ...]
    options: SelectOptions
    window: Window


@functools.cache
def _worker_client(source: ClientSource) -> Client:
    """One client per process and source, reused by every partition the process computes."""
    return Client.from_source(source)


def fetch_partition(part: WindowPartition) -> pd.DataFrame:
    """One window of every series: one float64 column per series, on naive timestamps."""
    client = _worker_client(part.source)
    columns = {
        column: read_window(client, series_id, part.options, part.window)
        for column, series_id in zip(part.columns, part.series_ids, strict=True)
    }
    return frame_from_columns(columns).reindex(columns=list(part.columns)).astype("float64")


def read_series(
    series: Sequence[Series],
    start: TimeBound = None,
    end: TimeBound = None,
    *,
    client: Client,
    **options: Unpack[RangeOptions],
) -> dd.DataFrame:
    """A lazy dask DataFrame of the series between `start` and `end`, one partition per time window.

    Divisions are known (the windows' edges), so time slicing and joins need no shuffle. Options are
    select_all's (`window="30D"` sets the partition length). Computing it reads the platform.
    """
    import dask.dataframe as dd

    with client.series.plan_range_read(series, start, end, **options) as read:
        ids = tuple(se.id for se in read.series)
        parts = [
            WindowPartition(client.source, ids, tuple(read.columns), read.options, window)
            for window in read.windows
        ]
        divisions = read.divisions()
    meta = pd.DataFrame(
        {column: pd.Series(np.empty(0), dtype="float64") for column in read.columns},
        index=pd.DatetimeIndex([], dtype="datetime64[ns]"),
    )
    if not divisions:  # no point in the range: one empty partition
        empty: dd.DataFrame = dd.from_pandas(meta, npartitions=1)  # type: ignore[no-untyped-call]
        return empty
    frame: dd.DataFrame = dd.from_map(  # type: ignore[no-untyped-call]
        fetch_partition, parts, meta=meta, divisions=divisions, enforce_metadata=False
    )
    return frame
