"""The options of data selections: `SelectOptions` (generated from the spec's `series_select` query
parameters, with the select_data signatures, in select_signatures.py), and those of the reads of a
whole time range (`RangeOptions`, `RangeCut`, `range_read`): a subset of them, and how to cut the range.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TypedDict

from .select_signatures import SelectOptions
from .wire import QueryValue, TimeBound

__all__ = [
    "QueryValue",
    "RangeCut",
    "RangeOptions",
    "SelectOptions",
    "TimeBound",
    "range_read",
]


class RangeOptions(TypedDict, total=False):
    """Keyword options of the reads of a whole time range (`select_all` and its Parquet and dask forms):
    the select options that apply to a range, and how to cut it."""

    resample: str | None
    dropna: bool | None
    closed: str | None
    resample_rule: str | None
    convention: str | None
    clock: str | None
    with_tags: bool | None
    unfilter: bool | None
    #: length of one window (`"30D"`, a timedelta); by default planned from the series' density
    window: str | dt.timedelta | None
    #: requests in flight at once
    concurrency: int
    #: a progress bar (tqdm) over the windows
    progress: bool


@dataclasses.dataclass(frozen=True)
class RangeCut:
    """How a range read is cut and shown: window length, requests at once, progress bar."""

    window: str | dt.timedelta | None = None
    concurrency: int = 4
    progress: bool = False


def range_read(
    what: str, start: TimeBound, end: TimeBound, given: RangeOptions
) -> tuple[SelectOptions, RangeCut]:
    """The select options of a range read, and how to cut it; an option a range read has not is a
    TypeError naming the allowed ones (the relative options, max_rows_nb... do not apply to a range)."""
    unknown = sorted(set(given) - set(RangeOptions.__annotations__))
    if unknown:
        raise TypeError(
            f"{what}() got unexpected keyword arguments {', '.join(unknown)}; "
            f"allowed: {', '.join(RangeOptions.__annotations__)}"
        )
    options = SelectOptions(
        start=start,
        end=end,
        resample=given.get("resample"),
        dropna=given.get("dropna"),
        closed=given.get("closed"),
        resample_rule=given.get("resample_rule"),
        convention=given.get("convention"),
        clock=given.get("clock"),
        with_tags=given.get("with_tags"),
        unfilter=given.get("unfilter"),
    )
    return options, RangeCut(given.get("window"), given.get("concurrency", 4), given.get("progress", False))
