"""Reads past the select cap (select_all, Parquet, dask) against the sandbox: no point lost or repeated."""

from __future__ import annotations

import datetime as dt
import pathlib
import uuid
import warnings
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import duckdb
import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ovbp_facade import AuthFileError, Client, Project
from ovbp_facade._sync.records.series import Series
from ovbp_facade.series_frames import select_arrays
from ovbp_sandbox import Sandbox
from tests.support.series_seed import ramp, seed


@pytest.fixture
def mixed(sandbox: Sandbox, client: Client, project: Project) -> list[Series]:
    """A 10-minute series with points on every midnight, an irregular one, one with a long gap."""
    rng = np.random.default_rng(7)
    offsets = pd.to_timedelta(np.unique(rng.integers(0, 20 * 86_400_000, 3_000)), "ms")
    irregular = pd.DatetimeIndex(pd.Timestamp("2020-01-01") + offsets)
    gap = pd.date_range("2020-01-02", periods=20, freq="h").append(
        pd.date_range("2020-01-19", periods=20, freq="h")
    )
    points = {
        "regular": ramp(pd.date_range("2020-01-01", "2020-01-21", freq="10min")),
        "irregular": ramp(irregular),
        "gap": ramp(gap),
    }
    return seed(sandbox, client, project, points, "importer")


@pytest.mark.parametrize("window", [None, "1D", "7h", dt.timedelta(hours=9, minutes=30)])
def test_windows_join_without_loss_or_repeat(client: Client, mixed: list[Series], window: object) -> None:
    whole = client.series.select_data(mixed)  # under the cap: one request holds everything
    read = client.series.select_all(mixed, window=window)  # type: ignore[call-overload]
    pd.testing.assert_frame_equal(read, whole, check_freq=False)
    assert read["regular"].notna().sum() == 20 * 144 + 1
    assert not read.index.has_duplicates


def test_equals_small_select_data_calls_and_keeps_bounds(client: Client, mixed: list[Series]) -> None:
    start, end = "2020-01-03 00:00:00", "2020-01-06 00:00:00"
    read = client.series.select_all(mixed, start, end, window="12h", concurrency=2)
    days = pd.date_range(start, end, freq="D")
    pieces = [
        client.series.select_data(mixed, day, day + pd.Timedelta(days=1) - pd.Timedelta(milliseconds=1))
        for day in days[:-1]
    ]
    pieces.append(client.series.select_data(mixed, end, end))
    joined = pd.concat(pieces).reindex(columns=read.columns)
    pd.testing.assert_frame_equal(read, joined.dropna(how="all"), check_freq=False)
    assert read.index[0] == pd.Timestamp(start) and read.index[-1] == pd.Timestamp(end)  # both bounds kept


def test_resampled_windows_sit_on_the_grid(client: Client, mixed: list[Series]) -> None:
    regular = [mixed[0]]
    for closed in ("right", "left"):
        read = client.series.select_all(
            regular,
            "2020-01-02",
            "2020-01-09",
            resample="1H",
            resample_rule="sum",
            closed=closed,
            window="5h",
        )
        expected = client.series.select_data(
            regular, "2020-01-02", "2020-01-09", resample="1H", resample_rule="sum", closed=closed
        )
        pd.testing.assert_frame_equal(read, expected, check_freq=False)
        assert len(read) == 7 * 24 + (1 if closed == "right" else 0) or len(read) == 7 * 24 + 1


def test_a_dst_change_in_the_series_timezone(sandbox: Sandbox, client: Client, project: Project) -> None:
    """Read in `tzt`, the repeated autumn hour holds two points per time; windows cut inside it."""
    utc = pd.date_range(
        "2020-10-24 20:00", "2020-10-25 06:00", freq="10min"
    )  # Paris leaves summer time at 01:00 UTC
    series = seed(sandbox, client, project, {"cleaned": ramp(utc)}, "cleaner")
    whole = client.series.select_data(series, clock="tzt")
    assert whole.index.has_duplicates  # 02:00-02:50 local, twice
    for window in ("30min", "1h", "1D"):
        read = client.series.select_all(series, clock="tzt", window=window)
        pd.testing.assert_frame_equal(read, whole, check_freq=False)
        assert len(read) == len(utc)


def test_past_the_cap_no_point_is_lost(sandbox: Sandbox, client: Client, project: Project) -> None:
    """A window holding more than the 1,000,000-point cap is read on from where the cap cut it."""
    index = pd.date_range("2015-01-01", periods=1_300_000, freq="1min")
    series = seed(sandbox, client, project, {"dense": ramp(index), "sparse": ramp(index[::5000])}, "importer")
    read = client.series.select_all(series, window="3650D")  # one window, on purpose far too long
    assert len(read) == len(index)
    assert read["dense"].to_numpy().tolist() == list(range(len(index)))
    assert read["sparse"].notna().sum() == len(index[::5000])
    with pytest.warns(UserWarning, match="cut"):
        assert len(client.series.select_data(series[:1])) == 1_000_000  # what one select gives


def test_parquet_reads_back_equal_with_pyarrow_and_duckdb(
    client: Client, mixed: list[Series], tmp_path: pathlib.Path
) -> None:
    read = client.series.select_all(mixed, window="3D")
    path = client.series.select_all_to_parquet(mixed, tmp_path / "mixed.parquet", window="3D")
    table = pq.read_table(path)
    assert str(table.schema.field("timestamp").type) == "timestamp[ms]"
    assert pq.ParquetFile(path).num_row_groups == 7  # one per window: 20 days from 2020-01-01, 3 days each
    back = table.to_pandas().set_index("timestamp")
    back.index = pd.DatetimeIndex(back.index).as_unit("ns")
    pd.testing.assert_frame_equal(back, read, check_names=False, check_freq=False)
    sql = f"SELECT count(regular), count(irregular), count(gap), count(*) FROM '{path}'"
    with duckdb.connect() as connection:
        (counts,) = connection.execute(sql).fetchall()
    assert counts == (read["regular"].count(), read["irregular"].count(), read["gap"].count(), len(read))
    assert not list(tmp_path.glob("*.partial"))


def test_bad_options_are_refused_before_any_read(client: Client, mixed: list[Series]) -> None:
    with pytest.raises(TypeError, match="max_rows_nb"):
        client.series.select_all(mixed, max_rows_nb=10)  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="divide a day"):
        client.series.select_all(mixed, resample="7H")
    with pytest.raises(ValueError, match="window"):
        client.series.select_all(mixed, window="-1D")
    with pytest.raises(ValueError, match="resample='1 H'"):
        client.series.select_all(mixed, resample="1 H")


def test_dask_on_a_distributed_cluster_equals_pandas(client: Client, mixed: list[Series]) -> None:
    from dask.distributed import Client as DaskClient
    from dask.distributed import LocalCluster

    from ovbp_facade.dask import read_series

    frame = read_series(mixed, client=client, window="2D")
    assert frame.npartitions in (10, 11) and frame.known_divisions  # 20 days, and at most a day of slack
    assert "password" not in repr(frame.dask) and client._credentials.password not in repr(dict(frame.dask))
    expected = client.series.select_all(mixed)
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    with cluster, DaskClient(cluster):  # type: ignore[no-untyped-call]
        mean = frame.mean().compute()
        sliced = frame.loc["2020-01-05":"2020-01-06"].compute()
    pd.testing.assert_series_equal(mean, expected.mean())
    pd.testing.assert_frame_equal(sliced, expected.loc["2020-01-05":"2020-01-06"], check_freq=False)
    assert frame["regular"].count().compute(scheduler="sync") == expected["regular"].count()


def test_progress_bar_and_portable_credentials(
    sandbox: Sandbox, client: Client, mixed: list[Series], capsys: pytest.CaptureFixture[str]
) -> None:
    client.series.select_all(mixed, window="5D", progress=True)
    assert "select_all" in capsys.readouterr().err
    from ovbp_facade.dask import read_series

    with (
        open(sandbox.auth_path) as buffer,
        Client(buffer, url=sandbox.url) as from_buffer,
        pytest.raises(AuthFileError, match="auth file path"),
    ):
        _ = read_series(mixed, client=from_buffer)  # a dask frame is awaitable: say it is not used
    assert client.source.auth_path == str(sandbox.auth_path.resolve())
    assert "password" not in repr(client.source)


def test_reading_on_threads_leaves_the_warning_filters_alone(client: Client, mixed: list[Series]) -> None:
    """Parsing answers on many threads at once must not change the process' warning filters."""
    before = list(warnings.filters)
    content = (
        b'{"index": ['
        + b",".join(b"%d" % (i * 60_000) for i in range(200))
        + b'], "data": ['
        + b",".join(b"1.5" for _ in range(200))
        + b"]}"
    )
    with ThreadPoolExecutor(max_workers=8) as pool:
        parsed = list(pool.map(lambda _: len(select_arrays(content)[0]), range(4_000)))
    assert parsed == [200] * 4_000
    client.series.select_all(mixed, window="1D", concurrency=4)
    assert warnings.filters == before


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    start_min=st.integers(0, 20 * 1440),
    span_min=st.integers(1, 10 * 1440),
    window=st.sampled_from([None, "1D", "7h", "30D", "90min"]),
)
def test_a_range_read_answers_what_select_data_answers_for_that_range(
    client: Client, mixed: list[Series], start_min: int, span_min: int, window: str | None
) -> None:
    """Every window, even one longer than the range or ending past it, stays inside the range."""
    start = pd.Timestamp("2020-01-01") + pd.Timedelta(minutes=start_min)
    end = start + pd.Timedelta(minutes=span_min)
    bounds = (f"{start:%Y-%m-%d %H:%M:%S}", f"{end:%Y-%m-%d %H:%M:%S}")
    whole = client.series.select_data(mixed, *bounds).dropna(how="all")
    read = client.series.select_all(mixed, *bounds, window=window)
    assert len(read) == len(whole) and (read.empty or (read.index[0] >= start and read.index[-1] <= end))
    if not whole.empty:
        pd.testing.assert_frame_equal(read, whole.reindex(columns=read.columns), check_freq=False)


@pytest.fixture
def autumn(sandbox: Sandbox, client: Client, project: Project) -> list[Series]:
    """Two cleaned series across Paris' autumn change (2020-10-25 01:00 UTC): every 10 minutes, and at
    random milliseconds; read in `tzt`, 02:00-03:00 local holds each time twice."""
    utc = pd.date_range("2020-10-24 12:00", "2020-10-26 12:00", freq="10min")
    rng = np.random.default_rng(3)
    offsets = pd.to_timedelta(np.unique(rng.integers(0, 2 * 86_400_000, 400)), "ms")
    irregular = pd.DatetimeIndex(pd.Timestamp("2020-10-24 12:00") + offsets)
    return seed(sandbox, client, project, {"ten": ramp(utc), "odd": ramp(irregular)}, "cleaner")


def _bounds(start: pd.Timestamp, end: pd.Timestamp, form: str) -> tuple[str | dt.datetime, str | dt.datetime]:
    """The range as users give it: naive wall time text, or aware datetimes (UTC or Paris) of the UTC
    instants `start` and `end`."""
    if form == "naive":
        return f"{start:%Y-%m-%d %H:%M:%S}", f"{end:%Y-%m-%d %H:%M:%S}"
    zone = "UTC" if form == "utc" else "Europe/Paris"
    aware = [t.tz_localize("UTC").tz_convert(zone).to_pydatetime() for t in (start, end)]
    return aware[0], aware[1]


def _read_range(
    client: Client,
    series: list[Series],
    bounds: tuple[str | dt.datetime, str | dt.datetime],
    output: str,
    folder: pathlib.Path,
    **options: Any,
) -> pd.DataFrame:
    if output == "frame":
        whole: pd.DataFrame = client.series.select_all(series, *bounds, **options)
        return whole
    if output == "parquet":
        target = folder / f"{uuid.uuid4().hex}.parquet"
        path = client.series.select_all_to_parquet(series, target, *bounds, **options)
        back: pd.DataFrame = pq.read_table(path).to_pandas().set_index("timestamp")
        back.index = pd.DatetimeIndex(back.index).as_unit("ns").rename(None)
        return back
    from ovbp_facade.dask import read_series

    frame: pd.DataFrame = read_series(series, *bounds, client=client, **options).compute(  # type: ignore[no-untyped-call]
        scheduler="sync"
    )
    return frame


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    start_min=st.integers(-120, 48 * 60),
    span_min=st.integers(1, 48 * 60),
    window=st.sampled_from([None, "10min", "30min", "1h", "7h", "1D", "30D"]),
    clock=st.sampled_from(["tzt", "gmt"]),
    form=st.sampled_from(["naive", "utc", "paris"]),
    output=st.sampled_from(["frame", "parquet", "dask"]),
)
def test_range_reads_answer_what_select_data_answers_for_any_bound_window_and_output(
    client: Client,
    autumn: list[Series],
    tmp_path_factory: pytest.TempPathFactory,
    start_min: int,
    span_min: int,
    window: str | None,
    clock: str,
    form: str,
    output: str,
) -> None:
    """Naive or aware bounds, edges inside the repeated autumn hour, windows shorter or longer than the
    range: select_all, its Parquet file and the dask frame hold exactly select_data's points."""
    start = pd.Timestamp("2020-10-24 12:00") + pd.Timedelta(minutes=start_min)
    bounds = _bounds(start, start + pd.Timedelta(minutes=span_min), form)
    whole = client.series.select_data(autumn, *bounds, clock=clock).dropna(how="all")
    folder = tmp_path_factory.mktemp("ranges")
    read = _read_range(client, autumn, bounds, output, folder, clock=clock, window=window)
    assert len(read) == len(whole), (len(read), len(whole))
    if not whole.empty:
        pd.testing.assert_frame_equal(
            read, whole.reindex(columns=read.columns), check_freq=False, check_names=False
        )
