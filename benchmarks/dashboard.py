"""Page loads of the sandbox's dashboard: `python -m benchmarks.dashboard` (also run by `make bench`).

A project of 50 series of a year of 10-minute data (52,560 points each, written straight into the
store) behind a gate, its importer and cleaner, an analysis reading two of them, and some task history;
plus a series of 1,000,000 points. Each page is loaded over HTTP (keep-alive, Basic auth, like a
browser's reload); the figure is the median of 20 loads after a first, cold one, which is shown apart
(the series table reads every point once, then keeps each series' summary until its points change).
Target: the series table and the pipeline page answer in under 300 ms.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import httpx

from ovbp_facade import Client, Project
from ovbp_sandbox import Sandbox
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend import series_points
from ovbp_sandbox.backend.generator_records import output_series

from .range_reads import frame_of, seed

LOADS = 20
TARGET_S = 0.3


def load(http: httpx.Client, path: str) -> float:
    began = time.perf_counter()
    answer = http.get(path)
    elapsed = time.perf_counter() - began
    answer.raise_for_status()
    return elapsed


def seed_cleaned(sandbox: Sandbox, project: Project, points: int) -> str:
    """A cleaner's output series (stored in UTC: read through a clock conversion), written into the store."""
    importer = project.create_importer("importer-cleaned")
    assert sandbox.platform is not None
    store = sandbox.platform.store
    cleaner = store.find(r.CLEANERS, related_importer=importer.id)[0]
    values = frame_of(1, points, "1min")["s000"]
    with store.transaction() as conn:
        series = output_series(
            store, conn, generator_collection=r.CLEANERS, generator=cleaner, name="cleaned"
        )
        series_points.append_points(conn, series["id"], values)
    return str(series["id"])


def main() -> None:
    with Sandbox() as sandbox:
        client = Client(str(sandbox.auth_path), url=sandbox.url)
        project = client.get_organization("Sandbox").create_project("dashboard bench")
        print("seeding 50 series x 52,560 points and one of 1,000,000 ...", file=sys.stderr)
        year = seed(sandbox, client, project, "importer-50", frame_of(50, 52_560, "10min"))
        gate = project.create_gate("gate")
        gate.attach_internal_ftp_account()
        importer = project.get_importer("importer-50")
        importer.configure(gate, parse_script="def parse(content_bytes, rel_path, **tools): ...")
        for _ in range(10):  # some task history (no file: each run ends at once)
            importer.run().wait_for_completion(period=50, timeout=60)
        analysis = project.create_analysis("analysis")
        for se in year[:2]:
            analysis.create_analysis_input(importer, se.name, se.name)
        (big,) = seed(sandbox, client, project, "importer-big", frame_of(1, 1_000_000, "1min"))
        cleaned = seed_cleaned(sandbox, project, 1_000_000)
        pages = {
            "pipeline page (gate, 3 importers, 3 cleaners, an analysis)": f"/projects/{project.id}",
            "series table of the project (52 series: first/last points, counts)": (
                f"/projects/{project.id}/series"
            ),
            "series page, 52,560 points": f"/series/{year[0].id}",
            "series page, 1,000,000 points (drawn: 4,000)": f"/series/{big.id}",
            "series page, 1,000,000 points of a cleaner (UTC -> wall time)": f"/series/{cleaned}",
            "plot of 5 series x 52,560 points": "/plot?" + "&".join(f"series={s.id}" for s in year[:5]),
            "zoom of the 1,000,000-point series (a week)": (
                f"/points?series={big.id}&start=2021-03-01&end=2021-03-08"
            ),
            "organization page": "/",
        }
        login, password = Path(sandbox.auth_path).read_text(encoding="utf-8").split()[:2]
        figures = {}
        with httpx.Client(base_url=sandbox.dashboard_url, auth=(login, password), timeout=120) as http:
            for name, path in pages.items():
                cold = load(http, path)
                warm = statistics.median(load(http, path) for _ in range(LOADS))
                figures[name] = (cold, warm)
        client.close()

    print(f"\n## Dashboard page loads (seconds; median of {LOADS} after a first load; target < {TARGET_S})\n")
    print("| page | first load | median |\n| --- | --- | --- |")
    for name, (cold, warm) in figures.items():
        print(f"| {name} | {cold:.3f} | {warm:.3f} |")


if __name__ == "__main__":
    main()
