"""An async ingestion worker: several sites' files uploaded, imported and checked side by side.

Each site has its gate and importer; the worker uploads the day's file of every site through FTP (in
worker threads: ftputil blocks), runs the imports all at once and reports each site's last reading.

    OVBP_URL=... OVBP_AUTH_PATH=auth.txt OVBP_ORGANIZATION=Openergy python examples/async_ingestion.py
"""

from __future__ import annotations

import asyncio
import io
import os
import uuid

import numpy as np
import pandas as pd

from ovbp_facade import AsyncClient, AsyncGate, AsyncImporter, AsyncProject

SITES = ("north", "south", "east", "west")
PARSE = """
import io
import pandas as pd

def parse(content_bytes, rel_path, **tools):
    return pd.read_csv(io.BytesIO(content_bytes), index_col=0, parse_dates=True)
"""


def days_file(site: str) -> str:
    index = pd.date_range("2024-06-01", periods=288, freq="5min", name="time")
    values = np.random.default_rng(len(site)).normal(21, 2, len(index)).round(2)
    buffer = io.StringIO()
    pd.DataFrame({f"{site}-temperature": values}, index=index).to_csv(buffer)
    return buffer.getvalue()


async def set_up(project: AsyncProject, site: str) -> tuple[AsyncGate, AsyncImporter]:
    gate = await project.create_gate(site)
    await gate.attach_internal_ftp_account()
    importer = await project.create_importer(site)
    await importer.configure(gate, parse_script=PARSE, crontab="0 0 0 1 1 *")
    return gate, importer


async def upload(gate: AsyncGate, site: str) -> None:
    ftp = await gate.get_ftputil_client()  # connects in a worker thread

    def write() -> None:
        with ftp, ftp.open("2024-06-01.csv", "w") as f:
            f.write(days_file(site))

    await asyncio.to_thread(write)


async def ingest(gate: AsyncGate, importer: AsyncImporter, site: str) -> str:
    await upload(gate, site)
    task = await importer.run()
    await task.wait_for_completion(timeout=300)
    (series,) = await importer.list_all_output_series()
    points = await series.select_data()
    return f"{site}: {len(points)} points, last {points.index[-1]:%Y-%m-%d %H:%M} = {points.iloc[-1]:.2f}"


async def main() -> None:
    async with AsyncClient() as client:
        organization = await client.get_organization(os.environ.get("OVBP_ORGANIZATION", "Openergy"))
        project = await organization.create_project(f"sites-{uuid.uuid4().hex[:6]}")
        sites = await asyncio.gather(*(set_up(project, site) for site in SITES))
        reports = await asyncio.gather(
            *(ingest(gate, importer, site) for (gate, importer), site in zip(sites, SITES, strict=True))
        )
        for line in reports:
            print(line)


if __name__ == "__main__":
    asyncio.run(main())
