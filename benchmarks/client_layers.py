"""What the client's layers cost on a 1,000,000-point select: `python -m benchmarks.client_layers`.

Side by side in one run, turns alternating, on one sandbox in this process:
- bare: one httpx GET of the select and the facade's parser, no retry transport, routes or options;
- `series.select_data()` through the client (retry transport, proxy routes, User-Agent);
- the same series through `client.with_options(timeout=300, max_retries=5)`, a copy on the same pool.
Each figure is the median of its turns; the ratios say what the layers add.
"""

from __future__ import annotations

import statistics
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import httpx

from ovbp_facade import Client
from ovbp_facade.series_frames import series_from_select
from ovbp_sandbox import Sandbox

from .range_reads import frame_of, seed

TURNS = 9


def seconds(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def main() -> None:
    warnings.filterwarnings("ignore", message="series 's000' came back with 1000000 points")
    with tempfile.TemporaryDirectory() as work, Sandbox(data_dir=Path(work) / "data") as sandbox:
        client = Client(str(sandbox.auth_path), url=sandbox.url)
        project = client.get_organization("Sandbox").create_project("layers-bench")
        (series,) = seed(sandbox, client, project, "big", frame_of(1, 1_000_000, "min"))
        login, password = sandbox.auth_path.read_text().splitlines()[:2]
        bare_http = httpx.Client(auth=(login, password), timeout=120)
        patient = client.with_options(timeout=300, max_retries=5)
        patient_series = patient.series.retrieve(series.id)

        def bare() -> None:
            response = bare_http.get(f"{sandbox.url}/odata/series/{series.id}/select/")
            response.raise_for_status()
            assert len(series_from_select(response.content)) == 1_000_000

        runs: dict[str, list[float]] = {"bare": [], "client": [], "with_options": []}
        actions: dict[str, Callable[[], object]] = {
            "bare": bare,
            "client": lambda: series.select_data(),
            "with_options": lambda: patient_series.select_data(),
        }
        for action in actions.values():
            action()  # warm: connections, the sandbox's caches
        for _ in range(TURNS):
            for name, action in actions.items():
                runs[name].append(seconds(action))
        bare_http.close()
        client.close()
    median = {name: statistics.median(values) for name, values in runs.items()}
    print(f"\n## The client's layers on a 1,000,000-point select (median of {TURNS} turns, seconds)\n")
    print("| read | seconds | against bare |")
    print("| --- | --- | --- |")
    for name, label in (
        ("bare", "httpx GET + the facade's parser"),
        ("client", "`series.select_data()`"),
        ("with_options", "`client.with_options(timeout=300, max_retries=5)`, same series"),
    ):
        print(f"| {label} | {median[name]:.3f} | {median[name] / median['bare']:.2f}x |")


if __name__ == "__main__":
    main()
