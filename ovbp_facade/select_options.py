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
from typing import TypeVar

from .wire import query_datetime

__all__ = ["QueryValue", "SelectOptions", "TimeBound", "select_method"]

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
