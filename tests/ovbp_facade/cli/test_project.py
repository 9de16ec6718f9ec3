"""`ovbp project download|restore`: the guide's project downloaded, restored as another one, run on the
same file, gives the same cleaned and analysis values; a second restore changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from ovbp_facade import Client, RecordDoesNotExistError, tools
from tests.support.sandboxes import GuideRun

from .commands import Runner, upload

NEW_NAME = "guide restored by the command line"


def values(client: Client, project_name: str) -> pd.DataFrame:
    """Every point of the project's cleaned and analysis series, one column per series name."""
    project = client.get_project("Sandbox", project_name)
    series = [se for se in project.list_all_series() if se.generator_model in ("cleaner", "analysis")]
    return client.series.select_all(series).sort_index(axis=1)


def test_download_restore_run_gives_the_same_values(
    ovbp: Runner, cli: Runner, guide: GuideRun, client: Client, tmp_path: Path
) -> None:
    folder = tmp_path / "backup"
    source = guide.results.project.name
    downloaded = ovbp("project", "download", str(folder), "--project", source)
    assert downloaded.code == 0, downloaded.err
    assert downloaded.out.startswith(f"{folder}: project '{source}' downloaded")
    assert "unitcleaners   3" in downloaded.out
    assert downloaded.err == f"Not included: {tools.NOT_DOWNLOADED}.\n"

    restored = ovbp("project", "restore", str(folder), "--org", "Sandbox", "--project", NEW_NAME)
    assert restored.code == 0, restored.err
    lines = [line.split() for line in restored.out.splitlines()]
    assert lines[2][:3] == ["project", NEW_NAME.split()[0], NEW_NAME.split()[1]]
    assert ["gate", "gate", "FTP", "account", "attached", "-"] in lines
    changed = len(lines) - 3  # header, rule and the last line
    assert restored.out.splitlines()[-1] == f"project '{NEW_NAME}': {changed} change(s) from {folder}"
    assert "Upload the files to the new gates, then run the importers" in restored.err

    again = cli("--json", "project", "restore", str(folder), "--project", NEW_NAME)
    assert again.code == 0, again.err
    assert again.json()["changes"] == [] and again.json()["created_project"] is False

    upload(client.get_project("Sandbox", NEW_NAME), "gate")  # FTP files are not part of a download
    ran = cli("run", "importer", "importer-a", "--project", NEW_NAME, "--wait")
    assert ran.code == 0, ran.err
    project = client.get_project("Sandbox", NEW_NAME)
    project.get_cleaner("importer-a").run().wait_for_completion(period=100, timeout=60)
    project.get_analysis("analysis-a").run().wait_for_completion(period=100, timeout=60)
    mine, theirs = values(client, NEW_NAME), values(client, source)
    assert list(mine.columns) == ["a-cleaned", "a-output", "b-cleaned", "c-cleaned"]
    pd.testing.assert_frame_equal(mine, theirs)


def test_a_folder_that_is_not_a_download_is_refused_and_nothing_made(
    cli: Runner, client: Client, guide: GuideRun, tmp_path: Path
) -> None:
    (tmp_path / "#download.json").write_text(json.dumps({"format": tools.DOWNLOAD_FORMAT, "version": 99}))
    (tmp_path / "#project.json").write_text("{}")
    newer = cli("project", "restore", str(tmp_path), "--project", "never restored")
    assert newer.code == 1 and newer.out == ""
    assert newer.err == (
        f"ovbp: error: '{tmp_path}' is a download of format version 99, newer than this ovbp reads "
        "(up to 1): upgrade ovbp (pip install -U ovbp) to restore it\n"
    )
    (tmp_path / "#download.json").unlink()
    (tmp_path / "#project.json").unlink()
    (tmp_path / "notes.txt").write_text("not a download")
    not_one = cli("project", "restore", str(tmp_path), "--project", "never restored")
    assert not_one.code == 1 and "is not a project download (it has no #project.json)" in not_one.err
    with pytest.raises(RecordDoesNotExistError):
        client.get_project("Sandbox", "never restored")

    full = cli("project", "download", str(tmp_path), "--project", guide.results.project.name)
    assert full.code == 1
    assert full.err.startswith(f"ovbp: error: Target directory '{tmp_path}' is not empty, can't download")
