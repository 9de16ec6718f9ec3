"""Output series of generators (with data selection to pandas) and project notifications."""

from __future__ import annotations

from typing import Any

import pandas as pd

from generated_client.api.series import series_select
from generated_client.typed.async_operations import AsyncNotificationUpdate, AsyncSeriesUpdate
from generated_client.typed.views import NotificationFields, SeriesFields

from ...frame_choices import FrameChoice
from ...run_async import parse
from ...select_signatures import AsyncSeriesSelect, SelectOptions
from ...series_frames import series_from_select
from ...wire import TimeBound
from .base import AsyncRecord

__all__ = ["AsyncNotification", "AsyncSeries", "TimeBound"]


class AsyncSeries(SeriesFields, AsyncSeriesUpdate, AsyncSeriesSelect, AsyncRecord):
    """A series produced by an importer, cleaner or analysis (odata/series)."""

    async def _select_data(
        self, options: SelectOptions, return_se: bool, choice: FrameChoice
    ) -> pd.Series[float] | dict[str, Any]:
        """The body of `select_data` (its signature: select_signatures.py, from the spec)."""
        query = choice.options(options).query()
        content = await self.client._raw_call(series_select._get_kwargs, self.id, **query)
        if not return_se:
            import orjson

            raw: dict[str, Any] = orjson.loads(content)
            return raw
        return choice.localized_series(await parse(content, series_from_select, None, label=self.name))


class AsyncNotification(NotificationFields, AsyncNotificationUpdate, AsyncRecord):
    """A platform notification (odata/notifications), e.g. a failed script run."""
