"""A range read of many series to Parquet, then dask: years of data past the platform's select cap.

Ten series of a year of 10-minute data are imported (one file), then read back whole, in windows, into
one Parquet file and into a lazy dask frame whose daily means are computed.

    OVBP_URL=... OVBP_AUTH_PATH=auth.txt OVBP_ORGANIZATION=Openergy python examples/range_to_parquet.py
"""

from __future__ import annotations

import io
import os
import tempfile
import uuid
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.parquet as pq

import ovbp_facade.dask
from ovbp_facade import Client

PARSE = """
import io
import pandas as pd

def parse(content_bytes, rel_path, **tools):
    return pd.read_csv(io.BytesIO(content_bytes), index_col=0, parse_dates=True)
"""


def main() -> None:
    client = Client()
    organization = client.get_organization(os.environ.get("OVBP_ORGANIZATION", "Openergy"))
    project = organization.create_project(f"range-{uuid.uuid4().hex[:6]}")
    gate = project.create_gate("meters")
    gate.attach_internal_ftp_account()
    index = pd.date_range("2022-01-01", "2022-12-31 23:50", freq="10min", name="time")
    values = np.random.default_rng(3).random((len(index), 10)).round(3)
    meters = pd.DataFrame(values, index=index, columns=[f"meter-{i:02d}" for i in range(10)])
    buffer = io.StringIO()
    meters.to_csv(buffer)
    with gate.get_ftputil_client() as ftp, ftp.open("meters-2022.csv", "w") as f:
        f.write(buffer.getvalue())
    importer = project.create_importer("meters")
    importer.configure(gate, parse_script=PARSE, crontab="0 0 0 1 1 *")
    importer.run().wait_for_completion(timeout=600)
    series = importer.list_all_output_series()

    with tempfile.TemporaryDirectory() as work:
        path = client.series.select_all_to_parquet(
            series, Path(work) / "meters.parquet", "2022-01-01", "2023-01-01"
        )
        table, windows = pq.read_table(path), pq.ParquetFile(path).num_row_groups
        print(f"Parquet: {table.num_rows} rows x {table.num_columns - 1} series, {windows} windows")

    frame = ovbp_facade.dask.read_series(series, "2022-01-01", "2023-01-01", client=client, window="30D")
    daily = (
        frame.resample("1D").mean().compute(scheduler="threads").dropna(how="all")
    )  # the last window runs on
    print(
        f"dask: {frame.npartitions} partitions; {len(daily)} daily means, overall {daily.mean().mean():.3f}"
    )
    client.close()


if __name__ == "__main__":
    main()
