"""The user guide's walkthrough against a fresh sandbox gives the guide's values, twice in a row."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from ovbp_facade import Client
from ovbp_facade.demo import Results, walkthrough
from ovbp_sandbox import Sandbox


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    with Sandbox(tmp_path_factory.mktemp("sandbox"), organization="Sandbox") as sb:
        yield sb


@pytest.fixture(scope="module")
def runs(sandbox: Sandbox, tmp_path_factory: pytest.TempPathFactory) -> list[Results]:
    client = Client(str(sandbox.auth_path), url=sandbox.url)
    try:
        return [walkthrough(client, tmp_path_factory.mktemp("work")) for _ in range(2)]
    finally:
        client.close()


def assert_regular(index: pd.Index, step: str) -> None:
    assert isinstance(index, pd.DatetimeIndex)
    assert len(index) > 1
    assert (index[1:] - index[:-1] == pd.Timedelta(step)).all()


def test_importer_series_are_the_uploaded_values(runs: list[Results]) -> None:
    df = runs[0].importer_df
    assert sorted(map(str, df.columns)) == ["a", "b", "c"]
    assert df.index[0] == pd.Timestamp("2012-01-01 06:00") and df.index[-1] == pd.Timestamp(
        "2012-01-01 12:00"
    )
    assert_regular(df.index, "1h")
    assert (df["a"] == 1.0).all() and (df["b"] == 2.0).all() and (df["c"] == 3.0).all()


def test_cleaned_series_are_hourly(runs: list[Results]) -> None:
    df = runs[0].cleaner_df
    assert sorted(map(str, df.columns)) == ["a-cleaned", "b-cleaned", "c-cleaned"]
    assert_regular(df.index, "1h")
    assert df.index[-1] == pd.Timestamp("2012-01-01 04:00")
    assert (
        (df["a-cleaned"] == 1.0).all() and (df["b-cleaned"] == 2.0).all() and (df["c-cleaned"] == 3.0).all()
    )


def test_analysis_output_is_the_mean_of_a_and_b_every_three_hours(runs: list[Results]) -> None:
    df = runs[0].analysis_df
    assert list(df.columns) == ["a-output"]
    assert_regular(df.index, "3h")
    assert (df["a-output"] == 1.5).all()


def test_exports_name_series_after_their_generator(runs: list[Results]) -> None:
    names = {str(se.name) for se in runs[0].exported_series}
    assert {
        "a cleaned [cleaner=importer a]",
        "a [importer=importer a]",
        "a output [analysis=analysis a]",
    } <= names
    assert len(names) == len(runs[0].project_series_names) == 7
    frame = runs[0].exported_frame
    assert sorted(map(str, frame.columns)) == sorted(names)
    assert (frame["a cleaned [cleaner=importer a]"].dropna() == 1.0).all()


def test_a_second_run_gives_the_same_frames(runs: list[Results]) -> None:
    first, second = runs
    pd.testing.assert_frame_equal(first.importer_df, second.importer_df)
    pd.testing.assert_frame_equal(first.cleaner_df, second.cleaner_df)
    pd.testing.assert_frame_equal(first.analysis_df, second.analysis_df)
    pd.testing.assert_frame_equal(first.exported_frame, second.exported_frame)


def test_the_demo_command_runs_twice_on_one_data_dir(tmp_path: Path) -> None:
    outputs = []
    for _ in range(2):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "ovbp_facade.demo",
                "--data-dir",
                str(tmp_path / "data"),
                "--workdir",
                str(tmp_path / "work"),
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        outputs.append(result.stdout)
    for out in outputs:
        assert "<oteams/projects: Ovbpclient documentation (" in out
        assert "a cleaned [cleaner=importer a]" in out
    ids = [re.findall(r"<odata/importers: importer-a \(([^)]+)\)>", out)[0] for out in outputs]
    assert ids[0] == ids[1]
