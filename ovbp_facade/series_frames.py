"""Fast conversion of select/multi_select answers (raw bytes) to pandas, via orjson and numpy."""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt
import orjson
import pandas as pd

__all__ = [
    "MAX_POINTS",
    "export_column_name",
    "frame_from_columns",
    "frame_from_multi_select",
    "index_from_ms",
    "select_arrays",
    "series_from_select",
    "values_array",
]

MAX_POINTS = 1_000_000  # the platform cuts any select answer at this many points in all


_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")


def export_column_name(series_name: str, generator_model: str, generator_name: str) -> str:
    """A series' name as the platform's exports write it: `a cleaned [cleaner=importer a]`, series and
    generator names with each run of other characters than letters and digits as one space."""

    def clean(name: str) -> str:
        return _NOT_ALNUM.sub(" ", name).strip()

    return f"{clean(series_name)} [{generator_model}={clean(generator_name)}]"


def index_from_ms(index: list[int] | npt.NDArray[np.int64]) -> pd.DatetimeIndex:
    """Epoch milliseconds to a naive DatetimeIndex (ns resolution, like pd.to_datetime(unit="ms"))."""
    ms = np.asarray(index, dtype=np.int64)
    return pd.DatetimeIndex((ms * 1_000_000).view("datetime64[ns]"), copy=False)


def values_array(data: list[Any]) -> npt.NDArray[np.float64]:
    """Values as float64 (null -> NaN)."""
    try:
        return np.array(data, dtype=np.float64)
    except (TypeError, ValueError):
        return np.array([np.nan if v is None else float(v) for v in data], dtype=np.float64)


def _warn_cut(n_points: int, share: int, what: str) -> None:
    if n_points >= share:
        warnings.warn(
            f"{what} came back with {n_points} points, the platform's cap "
            f"({MAX_POINTS} points per request): the answer was probably cut. "
            "Use an export (client.series.export_download_and_parse_data) or smaller time ranges.",
            stacklevel=4,
        )


def _array_span(content: bytes, key: bytes) -> tuple[int, int] | None:
    """Byte span `[...]` of the flat JSON array under top-level `key` (None if the shape is unexpected)."""
    at = content.find(b'"' + key + b'"')
    if at < 0:
        return None
    opening = content.find(b"[", at)
    closing = content.find(b"]", opening)
    if opening < 0 or closing < 0 or content[at + len(key) + 2 : opening].strip() != b":":
        return None
    return opening, closing


def _fast_arrays(content: bytes) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]] | None:
    """Parse index (numpy's C int parser) and data (orjson on a slice) without a full JSON tree."""
    index_span, data_span = _array_span(content, b"index"), _array_span(content, b"data")
    if index_span is None or data_span is None:
        return None
    view = memoryview(content)
    inner = bytes(view[index_span[0] + 1 : index_span[1]])
    try:
        # no warnings.catch_warnings here: it is not thread-safe, and reads run on several threads; a
        # text numpy cannot read to its end parses short, which the count of commas tells
        index = np.fromstring(inner, dtype=np.int64, sep=",") if inner.strip() else np.empty(0, np.int64)
        data = values_array(orjson.loads(view[data_span[0] : data_span[1] + 1]))
    except (ValueError, TypeError, orjson.JSONDecodeError):
        return None
    expected = inner.count(b",") + 1 if inner.strip() else 0
    if len(index) != expected or len(index) != len(data):
        return None
    return index, data


def select_arrays(content: bytes) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """A select answer's epoch milliseconds and values (null -> NaN), without a cut warning."""
    arrays = _fast_arrays(content)
    if arrays is None:
        answer = orjson.loads(content)
        arrays = (
            np.asarray(answer.get("index") or [], dtype=np.int64),
            values_array(answer.get("data") or []),
        )
    return arrays


def series_from_select(
    content: bytes, name: str | None = None, *, label: str | None = None
) -> pd.Series[float]:
    """`{"index": [ms...], "data": [...]}` bytes to a float Series on a naive DatetimeIndex."""
    index, data = select_arrays(content)
    shown = label or name
    _warn_cut(len(index), MAX_POINTS, f"series '{shown}'" if shown else "series")
    return pd.Series(data, index=index_from_ms(index), name=name)


def frame_from_multi_select(
    content: bytes, n_series: int, column_names: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """`{pk: {name, index, data}}` bytes to a DataFrame, one column per series.

    Columns are named by `column_names` (otsdb_pk -> column), else by the series' names.
    """
    answer: dict[str, dict[str, Any]] = orjson.loads(content)
    share = MAX_POINTS // max(1, n_series)
    columns: dict[str, pd.Series] = {}
    cut = []
    for pk, item in answer.items():
        index = item.get("index") or []
        name = (column_names or {}).get(pk) or str(item.get("name", pk))
        if len(index) >= share:
            cut.append(name)
        columns[name] = pd.Series(values_array(item.get("data") or []), index=index_from_ms(index), name=name)
    if cut:
        _warn_cut(share, share, f"series {', '.join(repr(n) for n in cut)}")
    return frame_from_columns(columns)


def frame_from_columns(columns: Mapping[str, pd.Series]) -> pd.DataFrame:
    """Series joined on their timestamps, one column each (a point at a repeated local time is kept)."""
    if not columns:
        return pd.DataFrame(index=pd.DatetimeIndex([], dtype="datetime64[ns]"))
    if len(columns) == 1:
        ((name, only),) = columns.items()
        return only.rename(name).to_frame()
    indexes = [se.index for se in columns.values()]
    first = indexes[0]
    if all(ix.equals(first) for ix in indexes[1:]):
        return pd.DataFrame({k: se.to_numpy() for k, se in columns.items()}, index=first)
    named = [se.rename(name) for name, se in columns.items()]
    if any(ix.has_duplicates for ix in indexes):
        return _aligned_with_repeats(named)
    return pd.concat(named, axis=1, sort=True)


def _aligned_with_repeats(columns: list[pd.Series]) -> pd.DataFrame:
    """Join series whose local times repeat (the autumn DST hour read in `tzt`): the n-th occurrence of a
    time in one series meets the n-th occurrence in the others, so no point is merged or dropped."""
    keyed = []
    for se in columns:
        occurrence = pd.Series(se.index).groupby(se.index).cumcount().to_numpy()
        keyed.append(
            pd.Series(se.to_numpy(), index=pd.MultiIndex.from_arrays([se.index, occurrence]), name=se.name)
        )
    frame = pd.concat(keyed, axis=1, sort=True)
    frame.index = pd.DatetimeIndex(frame.index.get_level_values(0))
    return frame
