"""The options of a data selection, named once: their types and defaults, and the query they make.

`Series.select_data` and `client.series.select_data` take the same fourteen options, positionally
or by keyword as the old client did, then a flag (`return_se`, `return_df`) whose value picks what
comes back. The options are `SelectOptions`; `select_method` gives a method its run-time signature
(its leading arguments, the options, its flag) and hands its body the options as one object.

What each method still writes out is its two `@overload`s. A type checker needs one overload per
return type, and it cannot splice a shared parameter list into a signature that goes on after it (a
ParamSpec only prepends, an unpacked TypedDict is keyword-only), so sharing them would lose either
the positional call forms or the precise return type (`pd.Series` vs the raw answer).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
from collections.abc import Callable
from typing import TypedDict, TypeVar

from .wire import query_datetime

__all__ = [
    "QueryValue",
    "RangeCut",
    "RangeOptions",
    "SelectOptions",
    "TimeBound",
    "range_read",
    "select_method",
]

TimeBound = dt.datetime | dt.date | str | None
#: A query parameter as sent.
QueryValue = str | int | bool

R = TypeVar("R")


@dataclasses.dataclass(frozen=True)
class SelectOptions:
    """How to select points: time bounds, resampling, clock. None leaves the platform's default."""

    start: TimeBound = None
    end: TimeBound = None
    resample: str | None = None
    dropna: bool | None = None
    closed: str | None = None
    resample_rule: str | None = None
    convention: str | None = None
    start_mode: str | None = None
    utc_now: TimeBound = None
    max_acceptable_delay: str | None = None
    max_rows_nb: int | None = None
    clock: str | None = None
    with_tags: bool | None = None
    unfilter: bool | None = None

    def query(self) -> dict[str, QueryValue]:
        """The options as query parameters: time bounds as the platform reads them, unset ones left out."""
        values = dataclasses.asdict(self)
        for name in ("start", "end", "utc_now"):
            values[name] = query_datetime(values[name])
        return {name: value for name, value in values.items() if value is not None}


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


_OPTIONS = tuple(inspect.signature(SelectOptions).parameters.values())


def select_method(body: Callable[..., R]) -> Callable[..., R]:
    """A select_data method from its body `(self, *leading, options, flag)`: callers pass the leading
    arguments, the options one by one and the flag (default True), each positionally or by keyword."""
    *leading, _, flag = inspect.signature(body).parameters.values()
    signature = inspect.Signature([*leading, *_OPTIONS, flag.replace(default=True)])
    names = [parameter.name for parameter in leading]

    def method(*args: object, **kwargs: object) -> R:
        try:
            given = signature.bind(*args, **kwargs)
        except TypeError as exc:  # worded as Python words a bad call
            raise TypeError(f"{body.__qualname__}() {exc}") from None
        given.apply_defaults()
        values = given.arguments
        options = SelectOptions(**{option.name: values[option.name] for option in _OPTIONS})
        return body(*(values[name] for name in names), options, bool(values[flag.name]))

    for attribute in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(method, attribute, getattr(body, attribute))
    method.__signature__ = signature  # type: ignore[attr-defined]
    return method
