"""`ovbp select`: every point of the range to CSV or Parquet, the series told by name or id."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ovbp_facade import Project
from tests.support.sandboxes import GuideRun

from .commands import Runner


def test_select_to_csv_holds_the_guide_values(ovbp: Runner, guide: GuideRun, tmp_path: Path) -> None:
    out = tmp_path / "cleaned.csv"
    project = guide.results.project.name
    ran = ovbp(
        "select",
        "a-cleaned",
        "b-cleaned",
        "c-cleaned",
        "--project",
        project,
        "--end",
        "2012-01-01T04:00",
        "-o",
        str(out),
    )
    assert ran.code == 0, ran.err
    assert ran.out == f"{out}: 4 rows x 3 series\n" and ran.err == ""  # no progress bar off a terminal
    written = pd.read_csv(out, index_col="timestamp", parse_dates=True)
    pd.testing.assert_frame_equal(
        written, guide.results.cleaner_df, check_names=False, check_freq=False, check_index_type=False
    )


def test_select_to_parquet_by_name_and_id(cli: Runner, guide: GuideRun, tmp_path: Path) -> None:
    project = guide.results.project
    output = next(se for se in project.list_all_series() if se.name == "a-output")
    out = tmp_path / "all.parquet"
    ran = cli("--json", "select", "a", output.id, "--project", project.name, "--out", str(out))
    assert ran.code == 0, ran.err
    told = ran.json()
    assert (told["path"], told["columns"]) == (str(out), ["a", "a-output"])
    assert told["series"][1] == {"id": output.id, "name": "a-output"}
    frame = pd.read_parquet(out).set_index("timestamp")
    assert told["rows"] == len(frame) == 24  # the importer's hours; the analysis' labels fall among them
    pd.testing.assert_series_equal(
        frame["a-output"].dropna(),
        guide.results.analysis_df["a-output"],
        check_names=False,
        check_freq=False,
        check_index_type=False,
    )


def test_unknown_and_ambiguous_series_are_refused(
    cli: Runner, project: Project, guide: GuideRun, tmp_path: Path
) -> None:
    out = tmp_path / "x.csv"
    nowhere = cli("select", "a", "--project", project.name, "-o", str(tmp_path / "nowhere" / "x.csv"))
    assert nowhere.code == 2 and "nowhere' is not a folder: make it first" in nowhere.said
    bad = cli("select", "a", "--project", guide.results.project.name, "-o", str(out), "--resample", "5D")
    assert bad.code == 1 and not out.exists()
    assert bad.err.startswith(
        "ovbp: error: resample='5D': a read by windows resamples on a grid from midnight"
    )
    assert len(bad.err.splitlines()) == 1
    unknown = cli("select", "a-cleaned", "nope", "--project", guide.results.project.name, "-o", str(out))
    assert unknown.code == 1 and not out.exists()
    assert (
        unknown.err.startswith("ovbp: error: no series 'nope' in project ")
        and "a-cleaned, a-output" in unknown.err
    )

    for name in ("one", "two"):
        project.create_importer(name).get_cleaner().create_unitcleaner("t", name="temp")
        importer = project.get_importer(name)
        importer.get_cleaner().run().wait_for_completion(period=100, timeout=60)
    ambiguous = cli("select", "temp", "--project", project.name, "-o", str(out))
    assert ambiguous.code == 1
    first, *ids = ambiguous.err.splitlines()
    assert (
        first == f"ovbp: error: 2 series are named 'temp' in project '{project.name}': give one of their ids"
    )
    assert sorted(line.split(" (")[1] for line in ids) == ["cleaner 'one')", "cleaner 'two')"]
