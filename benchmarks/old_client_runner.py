"""Runs in the throwaway environment holding ovbpclient 1.5.2 (never imports this repository's packages).

Usage: python old_client_runner.py REQUEST_JSON, then one command a line on stdin: `{"op": NAME,
"repeat": N}`; answers each with one line `{"seconds": [...]}` (the duration of each call). Driven this
way, the two clients can take turns operation by operation, so load on a shared machine hits both.
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from collections.abc import Callable
from typing import Any


def durations(action: Callable[[], object], repeat: int) -> list[float]:
    """Wall time of each of `repeat` calls, in seconds (the benchmarks time the new client with it too)."""
    measured = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        measured.append(time.perf_counter() - began)
    return measured


def parse_select(content: bytes) -> object:
    """The old client's path from select response bytes to a pandas Series."""
    import pandas as pd
    from ovbpclient.json import json_loads

    answer = json_loads(content.decode())
    se = pd.Series(answer["data"], answer["index"])
    se.index = pd.to_datetime(se.index, unit="ms")
    return se


def main() -> None:
    # the 1,000,000-point series is exactly at the platform's cap: the old client rightly warns on each select
    warnings.filterwarnings("ignore", message=".*cut to a maximum")
    request: dict[str, Any] = json.loads(sys.argv[1])
    from ovbpclient import Client

    with open(request["select_bytes_path"], "rb") as f:
        content = f.read()
    client = Client(request["auth_path"], url=request["url"])
    organization = client.get_organization(request["organization"])
    project = organization.get_project(request["project"])
    importer = project.get_importer(request["importer"])
    series = importer.list_all_output_series()
    big_series = client.series.retrieve(request["big_series_id"])
    operations: dict[str, Callable[[], object]] = {
        "parse_select_1m": lambda: parse_select(content),
        "get_organization": lambda: client.get_organization(request["organization"]),
        "get_project": lambda: organization.get_project(request["project"]),
        "get_importer": lambda: project.get_importer(request["importer"]),
        "list_all_importers": project.list_all_importers,
        "list_all_series": project.list_all_series,
        "retrieve_importer": lambda: client.importers.retrieve(importer.id),
        "select_data_guide": lambda: client.series.select_data(series),
        "select_data_1m": big_series.select_data,
    }
    print(json.dumps({"ready": sorted(operations)}), flush=True)
    for line in sys.stdin:
        command = json.loads(line)
        print(json.dumps({"seconds": durations(operations[command["op"]], command["repeat"])}), flush=True)


if __name__ == "__main__":
    main()
