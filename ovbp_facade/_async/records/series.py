"""Output series of generators (with data selection to pandas) and project notifications."""

from __future__ import annotations

from typing import Any, Literal, overload

import pandas as pd

from generated_client.api.series import series_select
from generated_client.typed.async_operations import AsyncNotificationUpdate, AsyncSeriesUpdate
from generated_client.typed.views import NotificationFields, SeriesFields

from ...run_async import parse
from ...select_options import SelectOptions, TimeBound, select_method
from ...series_frames import series_from_select
from .base import AsyncRecord

__all__ = ["AsyncNotification", "AsyncSeries", "TimeBound"]


class AsyncSeries(SeriesFields, AsyncSeriesUpdate, AsyncRecord):
    """A series produced by an importer, cleaner or analysis (odata/series)."""

    @overload
    async def select_data(
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
    async def select_data(
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
    async def select_data(self, options: SelectOptions, return_se: bool) -> pd.Series[float] | dict[str, Any]:
        """The series' points as a float pandas Series on naive timestamps (or the raw dict).

        `start`/`end` may be datetimes or strings. Warns when the 1,000,000-point cap cut the answer.
        """
        content = await self.client._raw_call(series_select._get_kwargs, self.id, **options.query())
        if not return_se:
            import orjson

            raw: dict[str, Any] = orjson.loads(content)
            return raw
        return await parse(content, series_from_select, None, label=self.name)


class AsyncNotification(NotificationFields, AsyncNotificationUpdate, AsyncRecord):
    """A platform notification (odata/notifications), e.g. a failed script run."""
