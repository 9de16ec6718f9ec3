"""A typed application outside the repository, checked by mypy and pyright against the editable
install that `make` does: the facade's types reach it (no import-not-found), its mistakes are errors,
with Client and with AsyncClient (a call not awaited is one of them)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

GOOD = """
import datetime as dt
from pathlib import Path
from typing import Any, assert_type

import pandas as pd
import polars as pl
import pyarrow as pa

import ovbp_facade
from ovbp_facade import (
    AsyncClient,
    AsyncImporter,
    AsyncProject,
    AsyncUser,
    BadRequestError,
    Client,
    Importer,
    Project,
)


def use(client: Client, project: Project, importer: Importer) -> None:
    assert_type(ovbp_facade.__version__, str)
    assert_type(client.with_options(timeout=300, max_retries=5), Client)
    try:
        client.with_options(max_retries=0).projects.create(name="", organization="o")
    except BadRequestError as error:
        assert_type(error.field_errors, dict[str, list[str]])
        assert_type(error.status, int)
    assert_type(importer.last_run, dt.datetime | None)
    assert_type(project.organization, str)
    assert_type(project.get_organization().name, str)
    importer.update(crontab="0 0 0 1 1 *")
    created: Importer = client.importers.create(name="x", project=project.odata_id)
    print(created)
    series = project.list_all_series()
    assert_type(client.series.select_all(series, "2020-01-01", resample="1H", window="30D"), pd.DataFrame)
    assert_type(client.series.select_all_to_parquet(series, "all.parquet", concurrency=2), Path)
    assert_type(client.series.select_data(series, frame="polars"), pl.DataFrame)
    assert_type(client.series.select_data(series, "2020-01-01", tz="Europe/Paris"), pd.DataFrame)
    assert_type(client.series.select_all(series, frame="arrow", tz="UTC", window="30D"), pa.Table)
    assert_type(series[0].select_data(tz="UTC"), pd.Series[float])


async def use_async(client: AsyncClient, project: AsyncProject, importer: AsyncImporter) -> None:
    assert_type(client.with_options(timeout=300), AsyncClient)
    assert_type(importer.last_run, dt.datetime | None)
    await importer.update(crontab="0 0 0 1 1 *")
    created: AsyncImporter = await client.importers.create(name="x", project=project.odata_id)
    print(created)
    series = await project.list_all_series()
    assert_type(await client.series.select_all(series, "2020-01-01", window="30D"), pd.DataFrame)
    assert_type(await client.series.select_data(series), pd.DataFrame)
    assert_type(await series[0].select_data(return_se=False), dict[str, Any])
    task = await importer.run()
    assert_type(await task.wait_for_completion(200, timeout=60), str)
    async with AsyncClient() as other:
        assert_type(await other.get_me(), AsyncUser)
"""

MISTAKES = """
from ovbp_facade import AsyncClient, AsyncProject, Client, Importer, Project


def use(client: Client, project: Project, importer: Importer) -> None:
    print(importer.actve)
    print(project.nmae)
    project.update(nme="x")
    importer.update(crontab=42)
    client.importers.create(name="x", projet="typo")
    importer.active = False
    client.series.select_all(project.list_all_series(), max_rows_nb=3)
    client.with_options(timeout="slow")


async def use_async(client: AsyncClient, project: AsyncProject) -> None:
    print((project.get_gate("gate")).comment)
    await client.importers.create(name="x", projet="typo")
    await client.series.select_all(await project.list_all_series(), max_rows_nb=3)
"""


def write_apps(tmp_path: Path) -> None:
    """The good and the faulty application side by side, checked by one run of each type checker."""
    (tmp_path / "good_app.py").write_text(GOOD)
    (tmp_path / "faulty_app.py").write_text(MISTAKES)


def test_a_consumer_outside_the_repository_gets_the_types(tmp_path: Path, mypy_cache: Path) -> None:
    write_apps(tmp_path)
    ran = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(mypy_cache),
            "good_app.py",
            "faulty_app.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ran.returncode != 0, ran.stdout
    errors = [line for line in ran.stdout.splitlines() if ": error:" in line]
    assert [line for line in errors if line.startswith("good_app.py")] == [], ran.stdout
    # one line of the faulty application for each mistake, each reported (an overloaded call twice)
    faulty_lines = {int(line.split(":")[1]) for line in errors if line.startswith("faulty_app.py:")}
    assert faulty_lines == {6, 7, 8, 9, 10, 11, 12, 13, 17, 18, 19}, ran.stdout
    assert all(line.startswith("faulty_app.py:") for line in errors), ran.stdout
    assert "import-not-found" not in ran.stdout


def test_pyright_sees_the_same(tmp_path: Path) -> None:
    write_apps(tmp_path)
    (tmp_path / "pyrightconfig.json").write_text('{"typeCheckingMode": "strict"}')
    ran = subprocess.run(
        [str(Path(sys.executable).with_name("pyright")), "--pythonpath", sys.executable, "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ran.returncode != 0 and "reportMissingImports" not in ran.stdout, ran.stdout
    diagnostics = [line.strip() for line in ran.stdout.splitlines() if " - error" in line]
    assert [line for line in diagnostics if "good_app.py:" in line] == [], ran.stdout
    faulty = "\n".join(line for line in diagnostics if "faulty_app.py:" in line)
    for mistake in (
        '"actve"',
        '"nmae"',
        '"nme"',
        '"crontab"',
        '"projet"',
        '"active"',
        '"timeout"',
    ):
        assert mistake in faulty, (mistake, ran.stdout)
    for line in (12, 19):  # max_rows_nb, which no select_all overload takes
        assert f"faulty_app.py:{line}:" in faulty and '"select_all"' in faulty, ran.stdout
    assert '"comment"' in faulty and "Coroutine" in faulty, ran.stdout  # a call not awaited
