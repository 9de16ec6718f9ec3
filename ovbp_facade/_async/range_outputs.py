"""Where a read of a whole time range goes: one DataFrame, or a Parquet file written window by window."""

from __future__ import annotations

import json
import os
import pathlib
from collections.abc import AsyncIterator, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import pandas as pd

from ..run_async import offload
from .bulk_reads import AsyncBulkRead

if TYPE_CHECKING:
    from .records.series import AsyncSeries

__all__ = ["PARQUET_LAYOUT", "read_frame", "write_parquet"]

T = TypeVar("T")

PARQUET_LAYOUT = """One Parquet file, one row group per time window holding points, in time order:
a `timestamp` column (timestamp[ms], naive times in the read's clock, as `select_data` gives them),
then one float64 column per series, named as `select_data` names them, null where a series has no
point at a time. The file's metadata key `ovbp` holds, per column, the series' id, unit, label and
generator, and the read's clock and resample options."""


async def _shown(items: AsyncIterator[T], total: int, progress: bool, what: str) -> AsyncIterator[T]:
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, desc=what, unit="window")
    try:
        async for item in items:
            yield item
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()


async def read_frame(read: AsyncBulkRead, progress: bool) -> pd.DataFrame:
    """Every window joined into one frame, one column per series."""
    frames = [frame async for frame in _shown(read.frames(), len(read.windows), progress, "select_all")]
    return frames[0] if len(frames) == 1 else pd.concat(frames)


async def write_parquet(
    read: AsyncBulkRead, series: Iterable[AsyncSeries], path: str | os.PathLike[str], progress: bool
) -> pathlib.Path:
    """Stream the windows into `path` (PARQUET_LAYOUT); the file appears whole or not at all."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ImportError("select_all_to_parquet writes with pyarrow: pip install 'ovbp[parquet]'") from None
    target = pathlib.Path(path)
    about = {
        column: {"id": se.id, "unit": se.unit, "label": se.label, "generator": se.generator}
        for column, se in zip(read.columns, series, strict=True)
    }
    options = {"clock": read.options.clock, "resample": read.options.resample}
    fields: list[pa.Field[Any]] = [pa.field("timestamp", pa.timestamp("ms"))]
    fields += [pa.field(c, pa.float64()) for c in read.columns]
    schema = pa.schema(fields, metadata={"ovbp": json.dumps({"columns": about, "options": options})})
    partial = target.with_name(target.name + ".partial")
    try:
        with pq.ParquetWriter(partial, schema) as writer:
            async for frame in _shown(read.frames(), len(read.windows), progress, "select_all_to_parquet"):
                if frame.empty:
                    continue
                arrays: list[pa.Array[Any]] = [
                    pa.array(frame.index.to_numpy(dtype="datetime64[ms]"), pa.timestamp("ms"))
                ]
                # a missing value is a Parquet null, as DuckDB, Spark and polars count it, not a NaN
                arrays += [
                    pa.array(frame[c].to_numpy(dtype="float64"), pa.float64(), from_pandas=True)
                    for c in read.columns
                ]
                await offload(writer.write_table, pa.Table.from_arrays(arrays, schema=schema))
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target
