"""The `client.series` endpoint: multi-series selection to a DataFrame, exports."""

from __future__ import annotations

import logging
import os
import pathlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

import orjson
import pandas as pd

from generated_client.api.series import series_export, series_multi_select
from generated_client.models import MultiSelectRequest, SeriesExportRequest
from generated_client.models import Task as TaskModel
from generated_client.typed.async_operations import AsyncSeriesOperations

from ..export_files import check_export_arguments, parse_export_dir, temporary_dir
from ..frame_choices import AS_ANSWERED, Frame, FrameChoice
from ..run_async import offload, parse
from ..select_options import RangeCut, RangeOptions, SelectOptions, TimeBound, range_read
from ..select_signatures import AsyncSeriesEndpointSelect
from ..series_frames import export_column_name, frame_from_multi_select
from ..wire import query_datetime, to_wire
from .bulk_reads import AsyncBulkRead
from .endpoints import AsyncEndpoint
from .latest_export import download_newest_export
from .range_outputs import read_frame, write_parquet
from .records.series import AsyncSeries
from .records.tasks import AsyncTask

if TYPE_CHECKING:
    import polars as pl
    import pyarrow as pa

__all__ = ["AsyncSeriesEndpoint"]

logger = logging.getLogger("ovbp_facade")


class AsyncSeriesEndpoint(
    AsyncSeriesOperations[AsyncSeries], AsyncSeriesEndpointSelect, AsyncEndpoint[AsyncSeries]
):
    """odata/series, plus data selection across series and CSV exports through the user's FTP."""

    record_cls = AsyncSeries

    async def _select_data(
        self, series: Iterable[AsyncSeries], options: SelectOptions, return_df: bool, choice: FrameChoice
    ) -> pd.DataFrame | pl.DataFrame | pa.Table | dict[str, Any]:
        """The body of `select_data` (its signature: select_signatures.py, from the spec)."""
        series = list(series)
        if not series:
            raise ValueError("series must at least contain one series, none was found")
        body = MultiSelectRequest(otsdb_pk=[se.otsdb_pk for se in series])
        query = choice.options(options).query()
        content = await self.client._raw_call(series_multi_select._get_kwargs, body=body, **query)
        if not return_df:
            raw: dict[str, Any] = orjson.loads(content)
            return raw
        columns = await self._column_names(series)
        return choice.answer(await parse(content, frame_from_multi_select, len(series), columns))

    @overload
    async def select_all(
        self,
        series: Iterable[AsyncSeries],
        start: TimeBound = ...,
        end: TimeBound = ...,
        *,
        frame: Literal["pandas"] = ...,
        tz: str | None = ...,
        **options: Unpack[RangeOptions],
    ) -> pd.DataFrame: ...

    @overload
    async def select_all(
        self,
        series: Iterable[AsyncSeries],
        start: TimeBound = ...,
        end: TimeBound = ...,
        *,
        frame: Literal["polars"],
        tz: str | None = ...,
        **options: Unpack[RangeOptions],
    ) -> pl.DataFrame: ...

    @overload
    async def select_all(
        self,
        series: Iterable[AsyncSeries],
        start: TimeBound = ...,
        end: TimeBound = ...,
        *,
        frame: Literal["arrow"],
        tz: str | None = ...,
        **options: Unpack[RangeOptions],
    ) -> pa.Table: ...

    async def select_all(
        self,
        series: Iterable[AsyncSeries],
        start: TimeBound = None,
        end: TimeBound = None,
        *,
        frame: Frame = "pandas",
        tz: str | None = None,
        **options: Unpack[RangeOptions],
    ) -> pd.DataFrame | pl.DataFrame | pa.Table:
        """Every point of the series between `start` and `end`, never cut: a DataFrame like select_data's
        (or, with `frame=`, polars or Arrow; with `tz=`, aware times in that zone).

        The range is read in time windows each answer fits (planned from the series' density, or
        `window=`), `concurrency` requests at a time; see the module bulk_reads for the rules.
        """
        choice = FrameChoice(frame, tz)
        read, cut = await self._bulk_read(
            "select_all", self._series_list(series), start, end, options, streamed=False, choice=choice
        )
        async with read:
            return choice.answer(await read_frame(read, cut.progress))

    async def select_all_to_parquet(
        self,
        series: Iterable[AsyncSeries],
        path: str | os.PathLike[str],
        start: TimeBound = None,
        end: TimeBound = None,
        **options: Unpack[RangeOptions],
    ) -> pathlib.Path:
        """select_all streamed into a Parquet file, window by window (memory bounded by a few windows).

        Layout: one file, a `timestamp` column (timestamp[ms]) and one float64 column per series; see
        range_outputs.PARQUET_LAYOUT. Needs pyarrow (`pip install 'ovbp[parquet]'`).
        """
        listed = self._series_list(series)
        read, cut = await self._bulk_read("select_all_to_parquet", listed, start, end, options, streamed=True)
        async with read:
            return await write_parquet(read, listed, path, cut.progress)

    async def plan_range_read(
        self,
        series: Iterable[AsyncSeries],
        start: TimeBound = None,
        end: TimeBound = None,
        **options: Unpack[RangeOptions],
    ) -> AsyncBulkRead:
        """The planned windows of a range read (ovbp_facade.dask reads them lazily); close it when done."""
        read, _ = await self._bulk_read(
            "plan_range_read", self._series_list(series), start, end, options, streamed=True
        )
        return read

    async def _bulk_read(
        self,
        what: str,
        series: list[AsyncSeries],
        start: TimeBound,
        end: TimeBound,
        options: RangeOptions,
        *,
        streamed: bool,
        choice: FrameChoice = AS_ANSWERED,
    ) -> tuple[AsyncBulkRead, RangeCut]:
        """`streamed`: windows sized across all series and read one ahead (Parquet, dask), not per series;
        `choice`: asked in UTC when aware times are wanted."""
        selection, cut = range_read(what, start, end, options)
        selection = choice.options(selection)
        names = await self._column_names(series)
        columns = [names[se.otsdb_pk] for se in series]
        read = AsyncBulkRead(
            self.client,
            series,
            columns,
            selection,
            window=cut.window,
            concurrency=cut.concurrency,
            streamed=streamed,
        )
        try:
            await read.plan()
        except BaseException:
            await read.close()
            raise
        return read, cut

    @staticmethod
    def _series_list(series: Iterable[AsyncSeries]) -> list[AsyncSeries]:
        listed = list(series)
        if not listed:
            raise ValueError("series must at least contain one series, none was found")
        return listed

    async def _column_names(self, series: list[AsyncSeries]) -> dict[str, str]:
        """One column per series: its name, or `name [model=generator name]` where names repeat.

        Two series of one name (two importers writing `temp`) never collapse into one column.
        """
        counts: dict[str, int] = {}
        for se in series:
            counts[se.name] = counts.get(se.name, 0) + 1
        names: dict[str, str] = {}
        used: set[str] = set()
        generators: dict[str, str] = {}
        for se in series:
            if se.otsdb_pk in names:
                continue
            column = se.name
            if counts[se.name] > 1:
                if se.generator not in generators:
                    generators[se.generator] = await self._generator_name(se)
                column = export_column_name(se.name, se.generator_model, generators[se.generator])
            base, n = column, 1
            while column in used:
                n += 1
                column = f"{base} ({n})"
            used.add(column)
            names[se.otsdb_pk] = column
        return names

    async def _generator_name(self, se: AsyncSeries) -> str:
        if se.generator_model == "importer":
            return (await self.client.importers.retrieve(se.generator)).name
        if se.generator_model == "cleaner":
            return (await self.client.cleaners.retrieve(se.generator)).name
        if se.generator_model == "analysis":
            return (await self.client.analyses.retrieve(se.generator)).name
        return se.generator

    async def export_data(
        self,
        series: Iterable[AsyncSeries],
        start: TimeBound = None,
        end: TimeBound = None,
        out_freq: str | None = None,
        clock: str | None = None,
        out_mode: str = "series",
        sep: str = ",",
        decimal: str = ".",
        time_grouper: str | None = None,
        with_tags: bool = False,
        in_start_mode: str = "right",
        in_end_mode: str = "left",
    ) -> AsyncTask:
        """Ask for a CSV export (zip in the user's FTP `series_exports/`); returns the export task."""
        series = list(series)
        if not series:
            raise ValueError("series must at least contain one series, none was found")
        data = {
            "series": [se.id for se in series],
            "start": query_datetime(start),
            "end": query_datetime(end),
            "out_freq": out_freq,
            "clock": clock,
            "out_mode": out_mode,
            "sep": sep,
            "decimal": decimal,
            "time_grouper": time_grouper,
            "with_tags": with_tags,
            "in_start_mode": in_start_mode,
            "in_end_mode": in_end_mode,
        }
        body = SeriesExportRequest.from_dict(to_wire(data))
        logger.info("exporting %d series", len(series))
        answer = await self._send(series_export.asyncio_detailed, client=self._api, body=body)
        return self.client.series_export_tasks._record(self._expect(answer, TaskModel))

    @overload
    async def export_download_and_parse_data(
        self,
        series: Iterable[AsyncSeries],
        download_dir_path: str | os.PathLike[str] | None = ...,
        return_frame: Literal[True] = ...,
        start: TimeBound = ...,
        end: TimeBound = ...,
        out_freq: str | None = ...,
        clock: str | None = ...,
        out_mode: Literal["series"] = ...,
        sep: str = ...,
        decimal: str = ...,
        time_grouper: str | None = ...,
        with_tags: bool = ...,
        in_start_mode: str = ...,
        in_end_mode: str = ...,
        *,
        progress: bool = ...,
        timeout: float | None = ...,
        period: float = ...,
    ) -> list[pd.Series[float]]: ...

    @overload
    async def export_download_and_parse_data(
        self,
        series: Iterable[AsyncSeries],
        download_dir_path: str | os.PathLike[str] | None = ...,
        return_frame: Literal[True] = ...,
        start: TimeBound = ...,
        end: TimeBound = ...,
        out_freq: str | None = ...,
        clock: str | None = ...,
        *,
        out_mode: Literal["dataframe"],
        sep: str = ...,
        decimal: str = ...,
        time_grouper: str | None = ...,
        with_tags: bool = ...,
        in_start_mode: str = ...,
        in_end_mode: str = ...,
        progress: bool = ...,
        timeout: float | None = ...,
        period: float = ...,
    ) -> pd.DataFrame: ...

    @overload
    async def export_download_and_parse_data(
        self,
        series: Iterable[AsyncSeries],
        download_dir_path: str | os.PathLike[str] | None = ...,
        return_frame: bool = ...,
        start: TimeBound = ...,
        end: TimeBound = ...,
        out_freq: str | None = ...,
        clock: str | None = ...,
        out_mode: str = ...,
        sep: str = ...,
        decimal: str = ...,
        time_grouper: str | None = ...,
        with_tags: bool = ...,
        in_start_mode: str = ...,
        in_end_mode: str = ...,
        *,
        progress: bool = ...,
        timeout: float | None = ...,
        period: float = ...,
    ) -> list[pd.Series[float]] | pd.DataFrame | list[pd.DataFrame] | None: ...

    async def export_download_and_parse_data(
        self,
        series: Iterable[AsyncSeries],
        download_dir_path: str | os.PathLike[str] | None = None,
        return_frame: bool = True,
        start: TimeBound = None,
        end: TimeBound = None,
        out_freq: str | None = None,
        clock: str | None = None,
        out_mode: str = "series",
        sep: str = ",",
        decimal: str = ".",
        time_grouper: str | None = None,
        with_tags: bool = False,
        in_start_mode: str = "right",
        in_end_mode: str = "left",
        *,
        progress: bool = False,
        timeout: float | None = None,
        period: float = 3000,
    ) -> list[pd.Series[float]] | pd.DataFrame | list[pd.DataFrame] | None:
        """Export, wait, download the newest zip of the user's FTP `series_exports/` and parse it.

        Returns a list of pandas Series named after the CSV files (out_mode "series"), one DataFrame
        (out_mode "dataframe"), or None when `return_frame` is False (CSVs left in `download_dir_path`).
        """
        check_export_arguments(download_dir_path, return_frame, time_grouper, with_tags)
        series = list(series)
        if not series:
            raise ValueError("series must at least contain one series, none was found")
        task = await self.export_data(
            series,
            start=start,
            end=end,
            out_freq=out_freq,
            clock=clock,
            out_mode=out_mode,
            sep=sep,
            decimal=decimal,
            time_grouper=time_grouper,
            with_tags=with_tags,
            in_start_mode=in_start_mode,
            in_end_mode=in_end_mode,
        )
        await task.wait_for_completion(period, timeout=timeout)
        me = await self.client.users.retrieve("me")
        account = await me.get_odata_ftp_account()
        temp = temporary_dir() if download_dir_path is None else None
        try:
            target = pathlib.Path(temp.name if temp is not None else os.fspath(download_dir_path or "."))
            extracted = await download_newest_export(account, target, progress=progress)
            if not return_frame:
                return None
            return await offload(parse_export_dir, extracted, out_mode, sep, decimal)
        finally:
            if temp is not None:
                temp.cleanup()
