"""ovbpclient 1.5.2, unmodified, runs the user guide against the sandbox (its one known bug worked
around), and gets the guide's values: the answer forms it relies on are the platform's."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.old_client_env import old_client_python
from ovbp_sandbox import Sandbox
from tests.support.sandboxes import SandboxFactory

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def old_python() -> Path:
    try:
        return old_client_python()
    except subprocess.CalledProcessError as exc:  # pragma: no cover - no package index reachable
        pytest.fail(f"could not install ovbpclient 1.5.2: {exc.stderr!r}")


@pytest.fixture(scope="module")
def fresh_sandbox(make_sandbox: SandboxFactory) -> Iterator[Sandbox]:
    """The guide's first run must create every record: a sandbox of its own, where none exists yet."""
    with make_sandbox() as sb:
        yield sb


def run_guide(old_python: Path, sandbox: Sandbox, work_dir: Path) -> dict[str, object]:
    ran = subprocess.run(
        [
            str(old_python),
            str(HERE / "guide_cells.py"),
            sandbox.url,
            str(sandbox.auth_path),
            "Sandbox",
            str(work_dir),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-5000:]
    summary: dict[str, object] = json.loads(ran.stdout.strip().splitlines()[-1])
    return summary


@pytest.mark.slow
def test_the_old_client_runs_the_guide_twice(
    old_python: Path, fresh_sandbox: Sandbox, tmp_path: Path
) -> None:
    hourly = [f"2012-01-01 {h:02d}:00:00" for h in range(24)]
    for run in range(2):  # the second run finds every record and goes the other way through the guide
        summary = run_guide(old_python, fresh_sandbox, tmp_path)
        assert str(summary["project"]).startswith("<oteams/projects: Ovbpclient documentation (")
        assert str(summary["importer"]).startswith("<odata/importers: importer-a (")
        assert summary["importer_df"] == {"a": [1.0] * 7, "b": [2.0] * 7, "c": [3.0] * 7}, run
        assert summary["importer_df_index"] == hourly[6:13]
        assert summary["series_0_se"] == [summary["series_0_se"][0]] * 5  # type: ignore[index]
        cleaned = summary["cleaner_df"]
        assert isinstance(cleaned, dict) and sorted(cleaned) == ["a-cleaned", "b-cleaned", "c-cleaned"]
        assert cleaned["a-cleaned"] == [1.0] * 4 and cleaned["c-cleaned"] == [3.0] * 4
        assert summary["cleaner_df_index"] == hourly[1:5]
        assert summary["analysis_df"] == {"a-output": [1.5] * 6}
        assert summary["analysis_df_index"] == [f"2012-01-01 {h:02d}:00:00" for h in range(3, 19, 3)]
        assert summary["analysis_config_listed"] == "str"  # an id in list answers
        assert summary["analysis_config_detail"] in ("dict", "OrderedDict")  # nested in detail answers
        assert summary["gate_ftp_account"] in ("dict", "OrderedDict")  # nested in every gate answer
        assert summary["export_names"] == sorted(  # as the guide prints them
            [
                "a cleaned [cleaner=importer a]",
                "a output [analysis=analysis a]",
                "a [importer=importer a]",
                "b cleaned [cleaner=importer a]",
                "b [importer=importer a]",
                "c cleaned [cleaner=importer a]",
                "c [importer=importer a]",
            ]
        )
        assert summary["export_shape"] == [18, 7]
        assert len(summary["gates"]) == 1 and len(summary["analyses"]) == 1  # type: ignore[arg-type]
