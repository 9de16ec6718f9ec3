"""Runs every benchmark against one local sandbox and prints the figures side by side.

- the sandbox: a select of one 1,000,000-point series; importing one file of a year of 10-minute data
  for 50 columns (52,560 rows) and cleaning it;
- the facade against ovbpclient 1.5.2 (installed in a throwaway environment with numpy<2), on the same
  sandbox in the same run: the guide's operations, and the client-side cost of a 1e6-point select.
"""

from __future__ import annotations

import contextlib
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import httpx
import numpy as np
import pandas as pd

from ovbp_facade import Cleaner, Client, Importer, Project, RecordDoesNotExistError
from ovbp_facade.demo import (
    IMPORTER_NAME,
    ORGANIZATION_NAME,
    PROJECT_NAME,
    local_sandbox,
    walkthrough,
)
from ovbp_facade.series_frames import series_from_select

from .old_client_env import old_client_python
from .old_client_runner import durations

ROOT = Path(__file__).resolve().parents[1]
CSV_PARSE_SCRIPT = """
import io
import pandas as pd

def parse(content_bytes, rel_path, **tools):
    return pd.read_csv(io.BytesIO(content_bytes), index_col=0, parse_dates=True)
"""
REPEAT = 10
ROUNDS = 8


def timed(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of `repeat` calls, in seconds."""
    return statistics.median(durations(action, repeat))


def import_file(
    project: Project, gate_name: str, importer_name: str, file_name: str, frame: pd.DataFrame
) -> tuple[Importer, float]:
    """Uploads `frame` as CSV to a new gate and imports it; answers the importer and the import's duration."""
    gate = project.get_or_create_gate(gate_name)
    if gate.get_ftp_account().login is None:
        gate.attach_internal_ftp_account()
    with gate.get_ftputil_client() as ftp, ftp.open(file_name, "w") as f:
        f.write(frame.to_csv())
    try:
        importer = project.get_importer(importer_name)
    except RecordDoesNotExistError:
        importer = project.create_importer(importer_name)
        importer.configure(gate, parse_script=CSV_PARSE_SCRIPT)
    began = time.perf_counter()
    importer.run().wait_for_completion(period=100)
    return importer, time.perf_counter() - began


def wait_for_cleaner_tasks(client: Client, cleaner: Cleaner) -> None:
    for task in client.cleaner_tasks.list_all(filter_by={"target": cleaner.id}):
        task.wait_for_completion(period=100)


def bench_sandbox(client: Client, project: Project) -> tuple[dict[str, float], str]:
    figures: dict[str, float] = {}
    index = pd.date_range("2000-01-01", periods=1_000_000, freq="min")
    big = pd.DataFrame({"big": np.random.default_rng(0).random(len(index))}, index=index)
    big_importer, _ = import_file(project, "bench-big", "bench-big", "big.csv", big)
    big_series = big_importer.list_all_output_series()[0]

    year_index = pd.date_range("2021-01-01", periods=52_560, freq="10min")
    rng = np.random.default_rng(1)
    year = pd.DataFrame({f"col{i:02d}": rng.random(len(year_index)) for i in range(50)}, index=year_index)
    _, import_seconds = import_file(project, "bench-year", "bench-year", "year.csv", year)
    cleaner = project.get_cleaner("bench-year")
    configured = {uc.external_name for uc in cleaner.list_all_unitcleaners()}
    for se in cleaner.list_all_importer_series():
        if se.name not in configured:
            cleaner.create_unitcleaner(se.name, name=f"{se.name}-cleaned", freq="10min")
    time.sleep(1.0)  # the platform starts a cleaner run on its own after a configuration change
    wait_for_cleaner_tasks(client, cleaner)
    began = time.perf_counter()
    cleaner.run().wait_for_completion(period=100)
    figures["import_52560x50_s"] = import_seconds
    figures["clean_52560x50_s"] = time.perf_counter() - began
    figures["import_and_clean_s"] = import_seconds + figures["clean_52560x50_s"]
    return figures, big_series.id


def raw_select(url: str, auth: tuple[str, str], series_id: str) -> bytes:
    with httpx.Client(auth=auth, timeout=120) as http:
        response = http.get(f"{url}/odata/series/{series_id}/select/")
        response.raise_for_status()
        return response.content


def main() -> None:
    # the 1,000,000-point series is exactly at the platform's cap: the clients rightly warn on every select
    warnings.filterwarnings("ignore", message=".*the platform's cap")
    print("preparing the old client's environment ...", file=sys.stderr)
    old_python = old_client_python()
    with (
        tempfile.TemporaryDirectory(prefix="ovbp-bench-") as tmp,
        local_sandbox(Path(tmp) / "data") as (url, auth),
    ):
        tmp_path = Path(tmp)
        client = Client(str(auth), url=url)
        login, password = auth.read_text().splitlines()[:2]
        print("running the guide to set the sandbox up ...", file=sys.stderr)
        with contextlib.redirect_stdout(io.StringIO()):
            walkthrough(client, tmp_path)
        organization = client.get_organization(ORGANIZATION_NAME)
        project = organization.get_project(PROJECT_NAME)
        print("importing and cleaning the benchmark files ...", file=sys.stderr)
        sandbox_figures, big_id = bench_sandbox(client, project)

        content = raw_select(url, (login, password), big_id)
        select_seconds = timed(lambda: raw_select(url, (login, password), big_id), 3)
        select_path = tmp_path / "select.json"
        select_path.write_bytes(content)

        importer = project.get_importer(IMPORTER_NAME)
        series = importer.list_all_output_series()
        big_series = client.series.retrieve(big_id)
        facade_operations: dict[str, tuple[Callable[[], object], int]] = {
            "parse_select_1m": (lambda: series_from_select(content), 1),
            "get_organization": (lambda: client.get_organization(ORGANIZATION_NAME), REPEAT),
            "get_project": (lambda: organization.get_project(PROJECT_NAME), REPEAT),
            "get_importer": (lambda: project.get_importer(IMPORTER_NAME), REPEAT),
            "list_all_importers": (project.list_all_importers, REPEAT),
            "list_all_series": (project.list_all_series, REPEAT),
            "retrieve_importer": (lambda: client.importers.retrieve(importer.id), REPEAT),
            "select_data_guide": (lambda: client.series.select_data(series), REPEAT),
            "select_data_1m": (big_series.select_data, 1),
        }
        request = {
            "url": url,
            "auth_path": str(auth),
            "organization": ORGANIZATION_NAME,
            "project": PROJECT_NAME,
            "importer": IMPORTER_NAME,
            "big_series_id": big_id,
            "select_bytes_path": str(select_path),
        }
        # the two clients take turns operation by operation, in small batches, ROUNDS times: load on
        # this shared machine then falls on both alike; each figure is the median of all its calls
        print("running ovbpclient 1.5.2 on the same sandbox, taking turns ...", file=sys.stderr)
        old_runner = subprocess.Popen(
            [str(old_python), str(ROOT / "benchmarks" / "old_client_runner.py"), json.dumps(request)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert old_runner.stdin is not None and old_runner.stdout is not None
        json.loads(old_runner.stdout.readline())  # ready
        facade: dict[str, float] = {}
        old: dict[str, float] = {}
        for key, (action, repeat) in facade_operations.items():
            facade_calls: list[float] = []
            old_calls: list[float] = []
            for _ in range(ROUNDS):
                facade_calls += durations(action, repeat)
                old_runner.stdin.write(json.dumps({"op": key, "repeat": repeat}) + "\n")
                old_runner.stdin.flush()
                old_calls += json.loads(old_runner.stdout.readline())["seconds"]
            facade[key] = statistics.median(facade_calls)
            old[key] = statistics.median(old_calls)
        old_runner.stdin.close()
        old_runner.wait(timeout=60)
        memory = json.loads(
            subprocess.run(
                [sys.executable, "-m", "benchmarks.memory_probe", url, str(auth), big_id],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            ).stdout
        )
        client.close()

    print("\n## Sandbox (targets: select < 2 s; import + clean < 15 s)\n")
    print("| measure | seconds |\n| --- | --- |")
    print(f"| select of one 1,000,000-point series (HTTP, server side + transfer) | {select_seconds:.2f} |")
    for key, value in sandbox_figures.items():
        print(f"| {key} | {value:.2f} |")
    print("\n## Facade vs ovbpclient 1.5.2, taking turns on one sandbox (median of every call, seconds)\n")
    print("| operation | ovbpclient 1.5.2 | ovbp_facade | ratio |\n| --- | --- | --- | --- |")
    for key, value in facade.items():
        print(f"| {key} | {old[key]:.4f} | {value:.4f} | {old[key] / value:.2f}x |")
    print(
        f"\nPeak memory of a facade select_data of 1,000,000 points: {memory['peak_above_idle_mb']:.0f} MB "
        f"above the idle process ({memory['idle_mb']:.0f} MB idle, {memory['points']} points; "
        "target < 300 MB)."
    )


if __name__ == "__main__":
    main()
