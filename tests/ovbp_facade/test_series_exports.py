"""Series data against the sandbox: raw answers, string bounds, exports kept on disk, progress bars."""

from __future__ import annotations

import datetime as dt
import logging
import os
import pathlib
import uuid

import pandas as pd
import pytest

from ovbp_facade import Client, Importer, Organization, Series
from ovbp_facade.guide_scripts import IMPORTER_SCRIPT
from ovbp_sandbox import Sandbox


@pytest.fixture(scope="module")
def imported(client: Client, organization: Organization) -> tuple[Importer, list[Series]]:
    project = organization.create_project(f"series-{uuid.uuid4().hex[:8]}")
    gate = project.create_gate("gate")
    gate.attach_internal_ftp_account()
    frame = pd.DataFrame({"x": [1.0, 2.0, None, 4.0]}, index=pd.date_range("2012-01-01", periods=4, freq="h"))
    with gate.get_ftputil_client() as ftp, ftp.open("data.json", "w") as f:
        f.write(frame.to_json(date_format="iso"))
    importer = project.create_importer("imp")
    importer.configure(gate, parse_script=IMPORTER_SCRIPT)
    importer.run().wait_for_completion(period=200, timeout=60)
    return importer, importer.list_all_output_series()


def test_select_variants(client: Client, imported: tuple[Importer, list[Series]]) -> None:
    _, series = imported
    (x,) = series
    se = x.select_data()
    assert se.dtype == float and isinstance(se.index, pd.DatetimeIndex)
    assert list(se.dropna()) == [1.0, 2.0, 4.0]
    raw = x.select_data(return_se=False)
    assert set(raw) >= {"index", "data"} and raw["index"][0] == 1325376000000
    assert len(x.select_data(start="2012-01-01 01:00:00", end="2012-01-01T02:00:00").dropna()) == 1
    multi = client.series.select_data(series, return_df=False)
    assert [v["name"] for v in multi.values()] == ["x"]


def test_export_kept_on_disk_with_progress(
    client: Client,
    imported: tuple[Importer, list[Series]],
    tmp_path: pathlib.Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="ovbp_facade")
    _, series = imported
    assert (
        client.series.export_download_and_parse_data(series, tmp_path, return_frame=False, progress=True)
        is None
    )
    (extracted,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert [n for n in os.listdir(extracted) if n.endswith(".csv")]
    assert not list(tmp_path.glob("*.zip"))
    task = client.series.export_data(series, out_mode="dataframe", sep=";", decimal=",")
    assert task.endpoint is client.series_export_tasks
    assert task.wait_for_completion(period=200, timeout=60) == "finished"
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert "downloading export" in messages and "exporting 1 series" in messages


def test_extra_fields_and_typed_fallbacks(client: Client, imported: tuple[Importer, list[Series]]) -> None:
    importer, _ = imported
    record = client.importers.data_to_record({**importer.data, "brand_new_field": 7})
    assert record.data["brand_new_field"] == 7  # fields the spec does not know yet stay readable
    assert record.name == importer.name and "reload" in dir(record)
    with pytest.raises(AttributeError, match="not_there"):
        getattr(record, "not_there")  # noqa: B009 - an unknown attribute is a type error, and fails at run time
    with pytest.raises(AttributeError, match="name"):
        setattr(record, "name", "x")  # noqa: B010 - read-only: writes go through update(...)


@pytest.mark.slow
def test_one_million_points_over_http(
    sandbox: Sandbox, client: Client, imported: tuple[Importer, list[Series]]
) -> None:
    """The platform's cap over real HTTP: 1e6 points come back whole, with the 'cut' warning."""
    import time

    import numpy as np

    from ovbp_sandbox.backend.series_points import append_points

    (x,) = imported[1]
    index = pd.date_range("2013-01-01", periods=1_100_000, freq="min")
    points = pd.Series(np.arange(len(index), dtype=float), index=index)
    store = sandbox.store
    assert store is not None
    with store.transaction() as conn:
        append_points(conn, x.id, points)
    started = time.perf_counter()
    with pytest.warns(UserWarning, match="cut"):
        se = x.select_data(start=dt.datetime(2013, 1, 1))
    elapsed = time.perf_counter() - started
    assert len(se) == 1_000_000
    assert se.index[0] == pd.Timestamp("2013-01-01") and se.iloc[-1] == 999_999.0
    with pytest.warns(UserWarning, match="cut"):
        df = client.series.select_data([x], start="2013-01-01")
    assert df.shape == (1_000_000, 1)
    assert elapsed < 30


def test_two_series_of_one_name_are_both_selected(organization: Organization) -> None:
    """Two importers writing `temp`: select_data keeps both, named apart as exports name them (hyphens
    and brackets as spaces)."""
    project = organization.create_project(f"dup-{uuid.uuid4().hex[:8]}")
    gate = project.create_gate("gate")
    gate.attach_internal_ftp_account()
    index = pd.date_range("2012-01-01", periods=3, freq="h")
    with gate.get_ftputil_client() as ftp:
        for folder, value in (("one", 1.0), ("two", 2.0)):
            ftp.makedirs(folder, exist_ok=True)
            with ftp.open(f"{folder}/data.json", "w") as f:
                f.write(pd.DataFrame({"temp": [value] * 3}, index=index).to_json(date_format="iso"))
    series = []
    for folder, importer_name in (("one", "dup-one"), ("two", "dup [two]")):
        importer = project.create_importer(importer_name)
        importer.configure(gate, parse_script=IMPORTER_SCRIPT, root_dir_path=f"/{folder}")
        importer.run().wait_for_completion(period=200, timeout=60)
        series.extend(importer.list_all_output_series())
    assert [se.name for se in series] == ["temp", "temp"]
    frame = project.client.series.select_data(series)
    assert sorted(frame.columns) == ["temp [importer=dup one]", "temp [importer=dup two]"]
    assert frame["temp [importer=dup one]"].tolist() == [1.0] * 3
    assert frame["temp [importer=dup two]"].tolist() == [2.0] * 3
