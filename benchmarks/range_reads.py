"""Reads of whole time ranges, measured side by side: `python -m benchmarks.range_reads`.

- 50 series x one year of 10-minute data (2.6e6 points) to one DataFrame: `select_all` against an
  export (`export_download_and_parse_data(out_mode="dataframe")`), same sandbox, same run;
- 1e7 points to Parquet: the peak memory above the idle process, and points per second (measured in a
  process of its own: `python -m benchmarks.range_reads parquet URL AUTH PATH SERIES_ID...`);
- `select_all` of 1e6, 4e6 and 1.6e7 points, to see it grow linearly.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from ovbp_facade import Client, Project
from ovbp_facade._sync.records.series import Series
from ovbp_sandbox import Sandbox
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend import series_points
from ovbp_sandbox.backend.generator_records import output_series

from .memory_probe import status_kb


def seed(sandbox: Sandbox, client: Client, project: Project, name: str, frame: pd.DataFrame) -> list[Series]:
    """One importer whose series are the frame's columns, written straight into the sandbox's store."""
    importer = project.create_importer(name)
    assert sandbox.platform is not None
    store = sandbox.platform.store
    record = store.get(r.IMPORTERS, importer.id)
    assert record is not None
    with store.transaction() as conn:
        for column in frame.columns:
            se = output_series(
                store, conn, generator_collection=r.IMPORTERS, generator=record, name=str(column)
            )
            series_points.append_points(conn, se["id"], frame[column])
    found = client.series.list_all(filter_by={"generator": importer.id})
    return sorted(found, key=lambda se: se.name)


def frame_of(columns: int, points: int, freq: str, start: str = "2021-01-01") -> pd.DataFrame:
    index = pd.date_range(start, periods=points, freq=freq)
    values = np.random.default_rng(0).random((points, columns))
    return pd.DataFrame(values, index=index, columns=[f"s{i:03d}" for i in range(columns)])


def seconds(action: object) -> float:
    assert callable(action)
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def parquet_probe(url: str, auth_path: str, path: str, series_ids: list[str]) -> None:
    """Run in a process of its own: peak memory of one select_all_to_parquet, above the idle process."""
    client = Client(auth_path, url=url)
    series = [client.series.retrieve(series_id) for series_id in series_ids]
    idle_kb = status_kb("VmRSS")
    began = time.perf_counter()
    written = client.series.select_all_to_parquet(series, path)
    elapsed = time.perf_counter() - began
    peak_kb = status_kb("VmHWM")
    import pyarrow.parquet as pq

    rows = pq.ParquetFile(written).metadata.num_rows
    client.close()
    print(json.dumps({"peak_above_idle_mb": (peak_kb - idle_kb) / 1024, "rows": rows, "seconds": elapsed}))


def main() -> None:
    with tempfile.TemporaryDirectory() as work, Sandbox(data_dir=Path(work) / "data") as sandbox:
        client = Client(str(sandbox.auth_path), url=sandbox.url)
        project = client.get_organization("Sandbox").create_project("range reads")

        year = seed(sandbox, client, project, "year", frame_of(50, 52_560, "10min"))
        print(
            "50 series x a year of 10-minute data: select_all and an export, taking turns ...",
            file=sys.stderr,
        )
        bulk, export = [], []
        for _ in range(3):
            bulk.append(seconds(lambda: client.series.select_all(year)))
            export.append(
                seconds(
                    lambda: client.series.export_download_and_parse_data(
                        year, out_mode="dataframe", period=200
                    )
                )
            )
        frame = client.series.select_all(year)
        assert frame.shape == (52_560, 50) and int(frame.notna().sum().sum()) == 52_560 * 50

        print("1e7 points to Parquet, in a process of its own ...", file=sys.stderr)
        ten = seed(sandbox, client, project, "ten", frame_of(10, 1_000_000, "1min"))
        target = Path(work) / "ten.parquet"
        probe = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.range_reads",
                "parquet",
                sandbox.url,
                str(sandbox.auth_path),
                str(target),
                *(se.id for se in ten),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        parquet = json.loads(probe.stdout)

        print("select_all at 1e6, 4e6 and 1.6e7 points ...", file=sys.stderr)
        scaling = {}
        for count in (1, 4, 16):
            series = (
                ten[:count]
                if count <= len(ten)
                else ten
                + seed(
                    sandbox, client, project, f"more{count}", frame_of(count - len(ten), 1_000_000, "1min")
                )
            )
            scaling[count * 1_000_000] = min(
                seconds(lambda s=series: client.series.select_all(s)) for _ in range(2)
            )
        client.close()

    b, e = float(np.median(bulk)), float(np.median(export))
    print("\n## Reads of whole time ranges (median of 3 turns, seconds)\n")
    print("| read | seconds | ratio |\n| --- | --- | --- |")
    print(f"| export_download_and_parse_data(out_mode='dataframe'), 50 x 52,560 points | {e:.2f} | 1.00x |")
    print(f"| select_all, same series | {b:.2f} | {e / b:.1f}x faster |")
    print(
        f"\n1e7 points (10 series x 1e6) to Parquet: {parquet['seconds']:.1f} s, "
        f"{parquet['rows'] * 10 / parquet['seconds'] / 1e6:.1f} million points/s, peak memory "
        f"{parquet['peak_above_idle_mb']:.0f} MB above the idle process (target < 300 MB).\n"
    )
    print("| points | select_all seconds | seconds per million points |\n| --- | --- | --- |")
    for points, taken in scaling.items():
        print(f"| {points:,} | {taken:.2f} | {taken / (points / 1e6):.2f} |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["parquet"]:
        parquet_probe(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
    else:
        main()
