"""Output series of generators (with data selection to pandas) and project notifications."""

from __future__ import annotations

from typing import Any, Literal, overload

import pandas as pd

from generated_client.api.series import series_select
from generated_client.typed.records import NotificationFields, SeriesFields

from ..select_options import SelectOptions, TimeBound, select_method
from ..series_frames import series_from_select
from .base import Record

__all__ = ["Notification", "Series", "TimeBound"]


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

    @select_method
    def select_data(self, options: SelectOptions, return_se: bool) -> pd.Series[float] | dict[str, Any]:
        """The series' points as a float pandas Series on naive timestamps (or the raw dict).

        `start`/`end` may be datetimes or strings. Warns when the 1,000,000-point cap cut the answer.
        """
        content = self.client._raw_call(series_select._get_kwargs, self.id, **options.query())
        if not return_se:
            import orjson

            raw: dict[str, Any] = orjson.loads(content)
            return raw
        return series_from_select(content, None, label=self.name)


class Notification(NotificationFields, Record):
    """A platform notification (odata/notifications), e.g. a failed script run."""
