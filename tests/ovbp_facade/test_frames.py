"""The frames users choose: polars and Arrow answers equal to the pandas one, and timezone-aware times
(`tz=`) naming each instant once across a change back from daylight saving time; with both clients,
for select_data (one series and several) and select_all."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

from ovbp_facade import Client, Organization, Project
from ovbp_facade._sync.records.series import Series
from ovbp_sandbox import Sandbox
from tests.support.series_seed import ramp, seed

from .both_clients import AnyClient, Kind, run, sandbox_client, settle

Check = Callable[[Any, list[Any]], Awaitable[None]]
#: hourly points in UTC around Paris' change back to winter time (2020-10-25, 03:00 CEST -> 02:00 CET)
UTC_HOURS = pd.date_range("2020-10-24 00:00", "2020-10-26 23:00", freq="h")


@pytest.fixture(scope="module")
def autumn(sandbox: Sandbox, client: Client, organization: Organization) -> list[Series]:
    project: Project = organization.create_project("frames")
    return seed(sandbox, client, project, {"a": ramp(UTC_HOURS), "b": ramp(UTC_HOURS) * 2}, "cleaner")


def with_autumn(kind: Kind, sandbox: Sandbox, autumn: list[Series], check: Check) -> None:
    """Run `check` with a client of `kind` and the autumn series as that client's records."""
    client = sandbox_client(kind, sandbox)

    async def body() -> None:
        series = [await settle(client.series.retrieve(se.id)) for se in autumn]
        await check(client, series)
        await settle(client.close())

    run(body)


def as_pandas(answer: pl.DataFrame | pa.Table) -> pd.DataFrame:
    """A polars or Arrow answer read back as the pandas answer reads (the `time` column as its index)."""
    frame = answer.to_pandas().set_index("time")
    frame.index = pd.DatetimeIndex(frame.index).as_unit("ns").rename(None)
    return frame


def test_polars_and_arrow_answers_equal_the_pandas_one(
    kind: Kind, sandbox: Sandbox, autumn: list[Series]
) -> None:
    async def check(client: AnyClient, series: list[Any]) -> None:
        pandas = await settle(client.series.select_data(series))
        polars = await settle(client.series.select_data(series, frame="polars"))
        arrow = await settle(client.series.select_data(series, frame="arrow"))
        assert isinstance(polars, pl.DataFrame) and polars.columns == ["time", "a", "b"]
        assert isinstance(arrow, pa.Table) and arrow.column_names == ["time", "a", "b"]
        pd.testing.assert_frame_equal(as_pandas(polars), pandas, check_freq=False)
        pd.testing.assert_frame_equal(as_pandas(arrow), pandas, check_freq=False)
        whole = await settle(client.series.select_all(series, window="1D"))
        pd.testing.assert_frame_equal(whole, pandas, check_freq=False)
        for frame in ("polars", "arrow"):
            read = await settle(client.series.select_all(series, window="1D", frame=frame))
            pd.testing.assert_frame_equal(as_pandas(read), pandas, check_freq=False)

    with_autumn(kind, sandbox, autumn, check)


def test_aware_times_name_each_instant_once_across_the_autumn_change(
    kind: Kind, sandbox: Sandbox, autumn: list[Series]
) -> None:
    async def check(client: AnyClient, series: list[Any]) -> None:
        frame = await settle(client.series.select_data(series, tz="Europe/Paris"))
        assert str(frame.index.tz) == "Europe/Paris" and frame.index.is_unique
        assert (frame.index.tz_convert("UTC").tz_localize(None) == UTC_HOURS).all()
        assert frame["a"].tolist() == list(range(len(UTC_HOURS)))
        in_utc = await settle(client.series.select_data(series, clock="gmt"))
        pd.testing.assert_frame_equal(frame.tz_convert("UTC").tz_localize(None), in_utc, check_freq=False)
        one = await settle(series[0].select_data(tz="UTC"))
        assert str(one.index.tz) == "UTC" and one.tolist() == frame["a"].tolist()
        whole = await settle(client.series.select_all(series, window="1D", tz="Europe/Paris"))
        pd.testing.assert_frame_equal(whole, frame, check_freq=False)
        polars = await settle(client.series.select_data(series, frame="polars", tz="America/New_York"))
        assert polars.schema["time"] == pl.Datetime("ns", "America/New_York")

    with_autumn(kind, sandbox, autumn, check)


def test_choices_outside_the_allowed_ones_are_refused(
    kind: Kind, sandbox: Sandbox, autumn: list[Series]
) -> None:
    async def check(client: AnyClient, series: list[Any]) -> None:
        with pytest.raises(ValueError, match="frame='excel': expected one of 'pandas', 'polars', 'arrow'"):
            await settle(client.series.select_data(series, frame="excel"))
        with pytest.raises(ValueError, match="tz='Mars/Base' is not a timezone"):
            await settle(client.series.select_all(series, tz="Mars/Base"))
        with pytest.raises(ValueError, match="clock='tzt' cannot go with it"):
            await settle(series[0].select_data(clock="tzt", tz="Europe/Paris"))

    with_autumn(kind, sandbox, autumn, check)
