"""Output series of generators (with data selection to pandas) and project notifications."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, overload

import pandas as pd

from generated_client.api.series import series_select
from generated_client.typed.records import NotificationFields, SeriesFields

from ..series_frames import series_from_select
from ..wire import query_datetime
from .base import Record

__all__ = ["Notification", "Series", "TimeBound"]

TimeBound = dt.datetime | dt.date | str | None


class Series(SeriesFields, Record):
    """A series produced by an importer, cleaner or analysis (odata/series)."""

    @overload
    def select_data(
        self,
        start: TimeBound = ...,
        end: TimeBound = ...,
        resample: str | None = ...,
        dropna: bool | None = ...,
        closed: str | None = ...,
        resample_rule: str | None = ...,
        convention: str | None = ...,
        start_mode: str | None = ...,
        utc_now: TimeBound = ...,
        max_acceptable_delay: str | None = ...,
        max_rows_nb: int | None = ...,
        clock: str | None = ...,
        with_tags: bool | None = ...,
        unfilter: bool | None = ...,
        return_se: Literal[True] = ...,
    ) -> pd.Series[float]: ...

    @overload
    def select_data(
        self,
        start: TimeBound = ...,
        end: TimeBound = ...,
        resample: str | None = ...,
        dropna: bool | None = ...,
        closed: str | None = ...,
        resample_rule: str | None = ...,
        convention: str | None = ...,
        start_mode: str | None = ...,
        utc_now: TimeBound = ...,
        max_acceptable_delay: str | None = ...,
        max_rows_nb: int | None = ...,
        clock: str | None = ...,
        with_tags: bool | None = ...,
        unfilter: bool | None = ...,
        *,
        return_se: Literal[False],
    ) -> dict[str, Any]: ...

    def select_data(
        self,
        start: TimeBound = None,
        end: TimeBound = None,
        resample: str | None = None,
        dropna: bool | None = None,
        closed: str | None = None,
        resample_rule: str | None = None,
        convention: str | None = None,
        start_mode: str | None = None,
        utc_now: TimeBound = None,
        max_acceptable_delay: str | None = None,
        max_rows_nb: int | None = None,
        clock: str | None = None,
        with_tags: bool | None = None,
        unfilter: bool | None = None,
        return_se: bool = True,
    ) -> pd.Series[float] | dict[str, Any]:
        """The series' points as a float pandas Series on naive timestamps (or the raw dict).

        `start`/`end` may be datetimes or strings. Warns when the 1,000,000-point cap cut the answer.
        """
        params: dict[str, Any] = {
            "start": query_datetime(start),
            "end": query_datetime(end),
            "resample": resample,
            "dropna": dropna,
            "closed": closed,
            "resample_rule": resample_rule,
            "convention": convention,
            "start_mode": start_mode,
            "utc_now": query_datetime(utc_now),
            "max_acceptable_delay": max_acceptable_delay,
            "max_rows_nb": max_rows_nb,
            "clock": clock,
            "with_tags": with_tags,
            "unfilter": unfilter,
        }
        content = self.client._raw_call(
            series_select._get_kwargs, self.id, **{k: v for k, v in params.items() if v is not None}
        )
        if not return_se:
            import orjson

            raw: dict[str, Any] = orjson.loads(content)
            return raw
        return series_from_select(content, None, label=self.name)


class Notification(NotificationFields, Record):
    """A platform notification (odata/notifications), e.g. a failed script run."""
