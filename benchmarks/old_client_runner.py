"""Runs in the throwaway environment holding ovbpclient 1.5.2 (never imports this repository's packages).

Usage: python old_client_runner.py REQUEST_JSON; prints one JSON object of timings (seconds) on stdout.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any


def timed(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of `repeat` calls."""
    durations = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        durations.append(time.perf_counter() - began)
    return statistics.median(durations)


def parse_select(content: bytes) -> object:
    """The old client's path from select response bytes to a pandas Series."""
    import pandas as pd
    from ovbpclient.json import json_loads

    answer = json_loads(content.decode())
    se = pd.Series(answer["data"], answer["index"])
    se.index = pd.to_datetime(se.index, unit="ms")
    return se


def main() -> None:
    request: dict[str, Any] = json.loads(sys.argv[1])
    from ovbpclient import Client

    results: dict[str, float] = {}
    with open(request["select_bytes_path"], "rb") as f:
        content = f.read()
    results["parse_select_1m"] = timed(lambda: parse_select(content), request["parse_repeat"])

    client = Client(request["auth_path"], url=request["url"])
    organization = client.get_organization(request["organization"])
    project = organization.get_project(request["project"])
    importer = project.get_importer(request["importer"])
    series = importer.list_all_output_series()
    repeat = request["repeat"]
    results["get_organization"] = timed(lambda: client.get_organization(request["organization"]), repeat)
    results["get_project"] = timed(lambda: organization.get_project(request["project"]), repeat)
    results["get_importer"] = timed(lambda: project.get_importer(request["importer"]), repeat)
    results["list_all_importers"] = timed(project.list_all_importers, repeat)
    results["list_all_series"] = timed(project.list_all_series, repeat)
    results["retrieve_importer"] = timed(lambda: client.importers.retrieve(importer.id), repeat)
    results["select_data_guide"] = timed(lambda: client.series.select_data(series), repeat)
    results["select_data_1m"] = timed(
        lambda: client.series.retrieve(request["big_series_id"]).select_data(), request["parse_repeat"]
    )
    print(json.dumps(results))


if __name__ == "__main__":
    main()
