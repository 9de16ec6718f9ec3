"""select/multi_select semantics, the point cap, JSON encoding, and export zips."""

from __future__ import annotations

import datetime as dt
import io
import pathlib
import zipfile

import numpy as np
import orjson
import pandas as pd
import pytest

from ovbp_sandbox.errors import InvalidOptions
from ovbp_sandbox.timeseries.export import (
    ExportSeries,
    build_zip,
    export_name,
    prepare,
    write_export,
    zip_file_name,
)
from ovbp_sandbox.timeseries.selection import (
    MAX_POINTS,
    encode_select_json,
    select_errors,
    select_points,
    share_of,
    to_wire,
)


def hourly(n: int = 24) -> pd.Series:
    return pd.Series(np.arange(n, dtype=float), index=pd.date_range("2012-01-01", periods=n, freq="h"))


def test_start_end_inclusive_both_spellings() -> None:
    se = select_points(
        hourly(), {"start": "2012-01-01 06:00:00", "end": "2012-01-01T12:00:00"}, "Europe/Paris"
    )
    assert se.tolist() == [6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0]
    aware = select_points(hourly(), {"end": "2012-01-01T03:00:00.000000Z"}, "Europe/Paris")
    assert aware.index[-1] == pd.Timestamp("2012-01-01 04:00")  # 03:00 UTC is 04:00 in Paris (winter)


def test_resample_dropna_max_rows_clock() -> None:
    # by default intervals (t - 6H, t] labelled at their end, as regular series are
    se = select_points(hourly(), {"resample": "6H", "resample_rule": "sum"}, "Europe/Paris")
    assert se.tolist() == [0.0, 21.0, 57.0, 93.0, 105.0] and se.index[1] == pd.Timestamp("2012-01-01 06:00")
    left = {"resample": "6H", "resample_rule": "sum", "closed": "left", "convention": "left"}
    assert select_points(hourly(), left, "Europe/Paris").tolist() == [15.0, 51.0, 87.0, 123.0]
    right = select_points(
        hourly(), {"resample": "6H", "closed": "right", "convention": "right"}, "Europe/Paris"
    )
    assert right.index[0] == pd.Timestamp("2012-01-01 00:00") and right.iloc[1] == 3.5
    holes = hourly(3).drop(pd.Timestamp("2012-01-01 01:00"))
    assert select_points(holes, {"resample": "1H"}, "UTC").isna().sum() == 1
    assert select_points(holes, {"resample": "1H", "dropna": "True"}, "UTC").isna().sum() == 0
    assert len(select_points(hourly(), {"max_rows_nb": "5"}, "UTC")) == 5
    gmt = select_points(hourly(), {"clock": "gmt"}, "Europe/Paris")
    assert gmt.index[0] == pd.Timestamp("2011-12-31 23:00")


def test_invalid_params() -> None:
    errors = select_errors({"resample": "1Q", "resample_rule": "avg", "clock": "x", "start": "yesterday-ish"})
    assert set(errors) == {"resample", "resample_rule", "clock", "start"}
    with pytest.raises(InvalidOptions):
        select_points(hourly(), {"max_rows_nb": "-3"}, "UTC")


def test_cap_and_multi_share() -> None:
    big = pd.Series(1.0, index=pd.date_range("2000-01-01", periods=MAX_POINTS + 10, freq="min"))
    assert len(select_points(big, {}, "UTC")) == MAX_POINTS
    assert share_of(3) == 333_333
    assert len(select_points(big, {}, "UTC", share=share_of(3))) == 333_333


def test_encoding_fast_and_nulls() -> None:
    wire = to_wire(pd.Series([1.5, np.nan], index=pd.date_range("2012-01-01", periods=2, freq="h")))
    assert wire == {"index": [1325376000000, 1325379600000], "data": [1.5, None]}
    big = pd.Series(
        np.random.default_rng(0).random(MAX_POINTS),
        index=pd.date_range("2000", periods=MAX_POINTS, freq="min"),
    )
    body = encode_select_json(to_wire(select_points(big, {"start": "2000-01-01"}, "Europe/Paris")))
    assert len(orjson.loads(body)["index"]) == MAX_POINTS


def test_export_names() -> None:
    assert export_name("a-cleaned", "cleaner", "importer-a") == "a cleaned [cleaner=importer a]"
    assert export_name("a", "importer", "importer-a") == "a [importer=importer a]"
    assert export_name("a-output", "analysis", "analysis-a") == "a output [analysis=analysis a]"


def test_zip_names_sort_by_time(tmp_path: pathlib.Path) -> None:
    early = zip_file_name(dt.datetime(2020, 1, 1, 0, 0, 0, 1, tzinfo=dt.UTC))
    late = zip_file_name(dt.datetime(2020, 1, 1, 0, 0, 0, 2, tzinfo=dt.UTC))
    assert early < late and late.endswith(".zip")


def test_zip_series_and_dataframe_modes(tmp_path: pathlib.Path) -> None:
    a = ExportSeries("a [importer=importer a]", hourly(3))
    b = ExportSeries("b [importer=importer a]", hourly(2) * 10)
    content = build_zip([a, b], out_mode="series", sep=";", decimal=",")
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert sorted(archive.namelist()) == ["a [importer=importer a].csv", "b [importer=importer a].csv"]
        frame = pd.read_csv(
            io.BytesIO(archive.read("b [importer=importer a].csv")),
            sep=";",
            decimal=",",
            index_col=0,
            parse_dates=True,
        )
    assert frame.iloc[:, 0].tolist() == [0.0, 10.0]
    assert frame.index[1] == pd.Timestamp("2012-01-01 01:00")
    content = build_zip([a, b], out_mode="dataframe")
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        (name,) = archive.namelist()
        frame = pd.read_csv(io.BytesIO(archive.read(name)), index_col=0, parse_dates=True, dtype=float)
    assert list(frame.columns) == [a.name, b.name]
    assert len(frame) == 2  # the range both series cover


def test_prepare_and_write(tmp_path: pathlib.Path) -> None:
    se = prepare(hourly(), pd.Timestamp("2012-01-01 03:00"), pd.Timestamp("2012-01-01 09:00"), "3H")
    assert se.to_dict() == {
        pd.Timestamp("2012-01-01 03:00"): 3.0,
        pd.Timestamp("2012-01-01 06:00"): 5.0,
        pd.Timestamp("2012-01-01 09:00"): 8.0,  # 07:00, 08:00 and the end, 09:00: bounds included
    }
    path = write_export(tmp_path / "series_exports", b"zip")
    assert path.read_bytes() == b"zip" and path.parent.name == "series_exports"


def test_guide_dataframe_export_spans_the_common_range() -> None:
    importer = pd.Series(1.0, index=pd.date_range("2012-01-01", periods=24, freq="h"))
    cleaned = pd.Series(3.0, index=pd.date_range("2012-01-01 01:00", periods=24, freq="h"))
    output = pd.Series(1.5, index=pd.date_range("2012-01-01 03:00", "2012-01-01 18:00", freq="3h"))
    upsampled = prepare(output, None, None, "1H")
    assert upsampled.index[0] == pd.Timestamp("2012-01-01 03:00")
    assert upsampled.index[-1] == pd.Timestamp("2012-01-01 20:00") and len(upsampled) == 18
    items = [
        ExportSeries("a [importer=importer a]", prepare(importer, None, None, "1H")),
        ExportSeries("c cleaned [cleaner=importer a]", prepare(cleaned, None, None, "1H")),
        ExportSeries("a output [analysis=analysis a]", upsampled),
    ]
    with zipfile.ZipFile(io.BytesIO(build_zip(items, out_mode="dataframe"))) as archive:
        (name,) = archive.namelist()
        frame = pd.read_csv(io.BytesIO(archive.read(name)), index_col=0, parse_dates=True, dtype=float)
    assert len(frame) == 18 and frame.index[0] == pd.Timestamp("2012-01-01 03:00")
    assert frame.index[-1] == pd.Timestamp("2012-01-01 20:00")
    assert not frame.isna().any().any()
    # columns by name, as the guide's dataframe export shows (not creation order)
    assert list(frame.columns) == [
        "a [importer=importer a]",
        "a output [analysis=analysis a]",
        "c cleaned [cleaner=importer a]",
    ]


def test_resample_never_builds_more_than_the_cap() -> None:
    years = pd.Series(1.0, index=pd.date_range("2000-01-01", periods=100_000, freq="h"))
    se = select_points(years, {"resample": "1ms", "max_rows_nb": "10"}, "UTC")  # not 3.6e11 bins first
    assert len(se) <= 10
    assert set(select_errors({"start": "NaT", "end": "99999999-01-01"})) == {"start", "end"}


def test_exports_and_selects_cut_the_same_bounds() -> None:
    """Regression: exports cut [start, end) while select_data kept both ends."""
    start, end = pd.Timestamp("2012-01-01 03:00"), pd.Timestamp("2012-01-01 09:00")
    selected = select_points(hourly(), {"start": str(start), "end": str(end)}, "UTC")
    exported = prepare(hourly(), start, end, None)
    pd.testing.assert_series_equal(exported, selected, check_names=False, check_freq=False)
    assert exported.index[0] == start and exported.index[-1] == end
