"""The examples of examples/ run as users run them (a fresh interpreter, the client configured by the
environment) against the session's sandbox, and say what they did; mypy --strict checks them (they are
in its files)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ovbp_sandbox import Sandbox
from tests.support.sandboxes import GuideRun

ROOT = Path(__file__).resolve().parents[2]


def run_example(sandbox: Sandbox, name: str, *args: str) -> str:
    env = {
        **os.environ,
        "OVBP_URL": sandbox.url,
        "OVBP_AUTH_PATH": str(sandbox.auth_path),
        "OVBP_ORGANIZATION": "Sandbox",
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow  # 365 parse runs, each in a script process of its own: about 5 minutes (make test-examples)
@pytest.mark.timeout(1200)
def test_a_year_of_daily_files_becomes_daily_energy(sandbox: Sandbox) -> None:
    said = run_example(sandbox, "logger_year.py")
    assert "365 daily files imported; 365 days of energy" in said
    found = re.search(r"yearly energy: ([\d,]+) kWh", said)
    assert found is not None
    # 20 kW all day plus a daytime bump of up to 15 kW: between 20 and 35 kW on average over the year
    assert 20 * 24 * 365 < int(found[1].replace(",", "")) < 35 * 24 * 365


def test_a_range_read_to_parquet_then_dask(sandbox: Sandbox) -> None:
    said = run_example(sandbox, "range_to_parquet.py")
    assert "Parquet: 52560 rows x 10 series" in said
    assert re.search(r"dask: \d+ partitions; 365 daily means, overall 0\.(4|5)\d\d", said), said


def test_an_async_ingestion_worker(sandbox: Sandbox) -> None:
    said = run_example(sandbox, "async_ingestion.py")
    lines = sorted(said.splitlines())
    assert [line.split(":")[0] for line in lines] == ["east", "north", "south", "west"]
    assert all("288 points, last 2024-06-01 23:55" in line for line in lines)


def test_a_typed_application(sandbox: Sandbox, guide: GuideRun) -> None:
    said = run_example(sandbox, "typed_app.py", guide.results.project.name)
    assert said.startswith("importer-a: last run 20") and "'a': 24" in said


@pytest.mark.parametrize("args", [(), ("no such project",)])
def test_the_typed_application_says_how_to_call_it(sandbox: Sandbox, args: tuple[str, ...]) -> None:
    env = {**os.environ, "OVBP_URL": sandbox.url, "OVBP_AUTH_PATH": str(sandbox.auth_path)}
    env["OVBP_ORGANIZATION"] = "Sandbox"
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "typed_app.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "usage: typed_app.py PROJECT" in done.stderr
