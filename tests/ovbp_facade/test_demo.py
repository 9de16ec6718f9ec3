"""The user guide's walkthrough gives the guide's values, and gives them again when run a second time.

The first run is the session's (`guide`, tests/conftest.py), shared with tests/ovbp_facade/test_user_guide.py.
The second is the `python -m ovbp_facade.demo --async` command (the same steps with AsyncClient), run
once, on the same platform: it finds every record of the first run (same ids, nothing duplicated), and
the values it leaves are the first run's.
The command's other way in, a sandbox of its own (`ovbp-sandbox serve` in a subprocess), is
`local_sandbox`, checked on its own below without a third run of the guide.
"""

from __future__ import annotations

import contextlib
import io
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd

from ovbp_facade import Client
from ovbp_facade._sync.walkthrough import (
    export_series,
    show_analysis_series,
    show_cleaner_series,
    show_importer_series,
)
from ovbp_facade.demo import (
    ANALYSIS_NAME,
    IMPORTER_NAME,
    ORGANIZATION_NAME,
    PROJECT_NAME,
    local_sandbox,
)
from ovbp_sandbox import Sandbox
from tests.support.sandboxes import GuideRun


def assert_regular(index: pd.Index, step: str) -> None:
    assert isinstance(index, pd.DatetimeIndex)
    assert len(index) > 1
    assert (index[1:] - index[:-1] == pd.Timedelta(step)).all()


def test_importer_series_are_the_uploaded_values(guide: GuideRun) -> None:
    df = guide.results.importer_df
    assert sorted(map(str, df.columns)) == ["a", "b", "c"]
    assert df.index[0] == pd.Timestamp("2012-01-01 06:00") and df.index[-1] == pd.Timestamp(
        "2012-01-01 12:00"
    )
    assert_regular(df.index, "1h")
    assert (df["a"] == 1.0).all() and (df["b"] == 2.0).all() and (df["c"] == 3.0).all()


def test_cleaned_series_are_hourly(guide: GuideRun) -> None:
    df = guide.results.cleaner_df
    assert sorted(map(str, df.columns)) == ["a-cleaned", "b-cleaned", "c-cleaned"]
    assert_regular(df.index, "1h")
    assert df.index[-1] == pd.Timestamp("2012-01-01 04:00")
    assert (
        (df["a-cleaned"] == 1.0).all() and (df["b-cleaned"] == 2.0).all() and (df["c-cleaned"] == 3.0).all()
    )


def test_analysis_output_is_the_mean_of_a_and_b_every_three_hours(guide: GuideRun) -> None:
    df = guide.results.analysis_df
    assert list(df.columns) == ["a-output"]
    assert_regular(df.index, "3h")
    assert (df["a-output"] == 1.5).all()


def test_exports_name_series_after_their_generator(guide: GuideRun) -> None:
    names = {str(se.name) for se in guide.results.exported_series}
    assert {
        "a cleaned [cleaner=importer a]",
        "a [importer=importer a]",
        "a output [analysis=analysis a]",
    } <= names
    assert len(names) == len(guide.results.project_series_names) == 7
    frame = guide.results.exported_frame
    assert sorted(map(str, frame.columns)) == sorted(names)
    assert (frame["a cleaned [cleaner=importer a]"].dropna() == 1.0).all()


def test_the_demo_command_runs_again_on_the_same_platform(
    guide: GuideRun, sandbox: Sandbox, client: Client, tmp_path: Path
) -> None:
    """The guide's second run, as the command with AsyncClient: same records, nothing duplicated, the same
    values."""
    first = guide.results
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ovbp_facade.demo",
            "--async",
            "--url",
            sandbox.url,
            "--auth",
            str(sandbox.auth_path),
            "--workdir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    assert f"<oteams/projects: {PROJECT_NAME} ({first.project.id})>" in out
    assert re.findall(r"<odata/importers: importer-a \(([^)]+)\)>", out)[0] == first.importer.id
    assert "a cleaned [cleaner=importer a]" in out

    project = client.get_project(ORGANIZATION_NAME, PROJECT_NAME)
    assert [p.name for p in client.get_organization(ORGANIZATION_NAME).list_all_projects()].count(
        PROJECT_NAME
    ) == 1
    assert [g.name for g in project.list_all_gates()] == ["gate"]
    assert [a.name for a in project.list_all_analyses()] == [ANALYSIS_NAME]
    assert sorted(se.name for se in project.list_all_series()) == sorted(first.project_series_names)
    # the values after the second run, read the way the walkthrough reads them
    with contextlib.redirect_stdout(io.StringIO()):
        importer_df, _ = show_importer_series(client, project.get_importer(IMPORTER_NAME))
        cleaner_df = show_cleaner_series(client, project.get_cleaner(IMPORTER_NAME))
        analysis_df = show_analysis_series(client, project.get_analysis(ANALYSIS_NAME))
        _, exported_frame = export_series(client, project.list_all_series())
    pd.testing.assert_frame_equal(importer_df, first.importer_df)
    pd.testing.assert_frame_equal(cleaner_df, first.cleaner_df)
    pd.testing.assert_frame_equal(analysis_df, first.analysis_df)
    pd.testing.assert_frame_equal(exported_frame, first.exported_frame)


def test_local_sandbox_serves_the_demo(tmp_path: Path) -> None:
    """What the command does without --url: `ovbp-sandbox serve` in a subprocess, on the data dir."""
    with local_sandbox(tmp_path / "data") as (url, auth_path):
        assert auth_path.resolve() == (tmp_path / "data" / "auth.txt").resolve()
        with Client(auth_path, url=url) as client:
            assert client.get_organization(ORGANIZATION_NAME).name == ORGANIZATION_NAME
