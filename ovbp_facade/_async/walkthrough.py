"""The user guide's steps, in order, with every call the guide makes (one source for both clients).

`python -m ovbp_facade.demo` runs them with Client, `--async` with AsyncClient; the tests check what
they return. Only the public facade API is used, the way the guide's reader would, and tasks are
waited on instead of sleeping.
"""

from __future__ import annotations

import datetime as dt
import pprint
from dataclasses import dataclass
from pathlib import Path

import ftputil
import openpyxl
import pandas as pd

from ..errors import RecordDoesNotExistError
from ..guide_scripts import ANALYSIS_SCRIPT, IMPORTER_SCRIPT
from ..run_async import offload
from .client import AsyncClient
from .records import (
    AsyncAnalysis,
    AsyncCleaner,
    AsyncGate,
    AsyncImporter,
    AsyncProject,
    AsyncSeries,
    AsyncTask,
)

ORGANIZATION_NAME = "Sandbox"
PROJECT_NAME = "Ovbpclient documentation"
GATE_NAME = "gate"
IMPORTER_NAME = "importer-a"
ANALYSIS_NAME = "analysis-a"


@dataclass
class Results:
    """What the walkthrough produced, for the tests: the guide's records, the tasks it waited for and
    the values it read."""

    project: AsyncProject
    gate: AsyncGate
    importer: AsyncImporter
    importer_task: AsyncTask
    cleaner: AsyncCleaner
    cleaner_task: AsyncTask
    analysis: AsyncAnalysis
    analysis_task: AsyncTask
    importer_df: pd.DataFrame
    series_0_se: pd.Series
    cleaner_df: pd.DataFrame
    analysis_df: pd.DataFrame
    exported_series: list[pd.Series]
    exported_frame: pd.DataFrame
    project_series_names: list[str]


def section(title: str) -> None:
    print(f"\n## {title}\n")


async def get_or_create_project(client: AsyncClient, organization_name: str) -> AsyncProject:
    organization = await client.get_organization(organization_name)
    try:
        project = await organization.get_project(PROJECT_NAME)
    except RecordDoesNotExistError:
        project = await organization.create_project(PROJECT_NAME)
    print(project)
    print()
    pprint.pprint(project.data, sort_dicts=False)
    return await client.get_project(organization_name, PROJECT_NAME)  # the guide's other way to the project


async def get_or_create_gate(project: AsyncProject) -> AsyncGate:
    try:
        gate = await project.get_gate(GATE_NAME)
    except RecordDoesNotExistError:
        gate = await project.create_gate(GATE_NAME, comment="documentation gate")
        await gate.attach_internal_ftp_account()
    print(gate)
    return gate


async def upload_first_file(gate: AsyncGate) -> None:
    df = pd.DataFrame(
        dict(a=[1] * 24, b=[2] * 24, c=[3] * 24),
        index=pd.date_range("01/01/2012", periods=24, freq="h"),
    )
    content = df.to_json(date_format="iso")
    await offload(write_file, await gate.get_ftputil_client(), "first.json", content)
    print("uploaded first.json")


def write_file(ftp_client: ftputil.FTPHost, path: str, content: str) -> None:
    """What the guide does on the gate's FTP (blocking: ftputil)."""
    with ftp_client, ftp_client.open(path, "w") as f:
        f.write(content)


async def get_or_create_importer(project: AsyncProject, gate: AsyncGate) -> AsyncImporter:
    try:
        importer = await project.get_importer(IMPORTER_NAME)
    except RecordDoesNotExistError:
        importer = await project.create_importer(IMPORTER_NAME, comment="documentation importer")
        await importer.configure(gate, parse_script=IMPORTER_SCRIPT, crontab="0 0 0 1 1 *")
    print(importer)
    print()
    pprint.pprint(importer.data, sort_dicts=False)
    return importer


async def run_and_wait(generator: AsyncImporter | AsyncCleaner | AsyncAnalysis) -> AsyncTask:
    """Runs the importer, cleaner or analysis now and waits for its task (the guide sleeps instead)."""
    task = await generator.run()
    await task.wait_for_completion(period=200)
    return task


async def run_importer(importer: AsyncImporter) -> AsyncTask:
    task = await run_and_wait(importer)
    if not importer.active:
        await importer.activate()
    await importer.deactivate()
    await importer.reload()
    print(f"importer ran, active={importer.active}, last imported path={importer.last_imported_path!r}")
    return task


async def show_importer_series(
    client: AsyncClient, importer: AsyncImporter
) -> tuple[pd.DataFrame, pd.Series]:
    """The importer's series from 06:00 to 12:00, and the first one up to 04:00."""
    importer_series = await importer.list_all_output_series()
    for se in importer_series:
        print(se)
    importer_df = await client.series.select_data(
        importer_series, start=dt.datetime(2012, 1, 1, 6), end=dt.datetime(2012, 1, 1, 12)
    )
    print(importer_df)
    series_0 = importer_series[0]
    series_0_se = await series_0.select_data(end=dt.datetime(2012, 1, 1, 4))
    print(series_0_se)
    return importer_df, series_0_se


async def configure_cleaner(project: AsyncProject, work_dir: Path) -> AsyncCleaner:
    cleaner = await project.get_cleaner(IMPORTER_NAME)
    print(cleaner)
    print()
    pprint.pprint(cleaner.data, sort_dicts=False)

    configured = {uc.external_name for uc in await cleaner.list_all_unitcleaners()}
    for se in await cleaner.list_all_importer_series():
        if se.name not in configured:
            await cleaner.create_unitcleaner(se.name, name=f"{se.name}-cleaned", freq="1H")
    for uc in await cleaner.list_all_unitcleaners():
        print(uc)

    xlsx_path = work_dir / f"{IMPORTER_NAME}.xlsx"
    await cleaner.export_configuration_to_excel(xlsx_path)
    await offload(mark_every_row_for_saving, xlsx_path)
    await cleaner.configure_from_excel(xlsx_path)
    print(f"exported the configuration to {xlsx_path.name} and uploaded it back")
    return cleaner


def mark_every_row_for_saving(xlsx_path: Path) -> None:
    """What the guide's reader does by hand in Excel: an `x` in column C of each row to upload."""
    workbook = openpyxl.load_workbook(xlsx_path)
    sheet = workbook["Series"]
    for row in range(8, sheet.max_row + 1):
        if sheet.cell(row, 1).value:
            sheet.cell(row, 3).value = "x"
    workbook.save(xlsx_path)


async def show_cleaner_series(client: AsyncClient, cleaner: AsyncCleaner) -> pd.DataFrame:
    cleaner_series = await cleaner.list_all_output_series()
    for se in cleaner_series:
        print(se)
    cleaner_df = await client.series.select_data(cleaner_series, end=dt.datetime(2012, 1, 1, 4))
    print(cleaner_df)
    return cleaner_df


async def get_or_create_analysis(project: AsyncProject, cleaner: AsyncCleaner) -> AsyncAnalysis:
    try:
        analysis = await project.get_analysis(ANALYSIS_NAME)
    except RecordDoesNotExistError:
        analysis = await project.create_analysis(ANALYSIS_NAME, comment="documentation analysis")
    print(analysis)
    print()
    pprint.pprint(analysis.data, sort_dicts=False)

    analysis_inputs = await analysis.list_all_analysis_inputs()
    if len(analysis_inputs) == 0:
        input_names = [uc.name for uc in await cleaner.list_all_unitcleaners() if uc.name[0] in ("a", "b")]
        for name in input_names:
            await analysis.create_analysis_input(cleaner, name, name)
        analysis_inputs = await analysis.list_all_analysis_inputs()
    for ai in analysis_inputs:
        print(ai)

    analysis_outputs = await analysis.list_all_analysis_outputs()
    if len(analysis_outputs) == 0:
        await analysis.create_analysis_output("a-output", "mean", unit="°C")
        analysis_outputs = await analysis.list_all_analysis_outputs()
    for ao in analysis_outputs:
        print(ao)

    if await analysis.get_analysis_config() is None:
        await analysis.create_analysis_config("3H", "3H", ANALYSIS_SCRIPT)
    await analysis.reload()
    pprint.pprint(analysis.data, sort_dicts=False)
    return analysis


async def run_analysis(analysis: AsyncAnalysis) -> AsyncTask:
    task = await run_and_wait(analysis)
    if not analysis.active:
        await analysis.activate()
    return task


async def show_analysis_series(client: AsyncClient, analysis: AsyncAnalysis) -> pd.DataFrame:
    analysis_df = await client.series.select_data(await analysis.list_all_output_series())
    print(analysis_df)
    return analysis_df


async def project_overview(project: AsyncProject) -> None:
    print("Gates:")
    for gate in await project.list_all_gates():
        print(f"\t{gate}")
    print("\nImporters:")
    for importer in await project.list_all_importers():
        print(f"\t{importer}")
    print("\nCleaners:")
    for cleaner in await project.list_all_cleaners():
        print(f"\t{cleaner}")
    print("\nAnalyses:")
    for analysis in await project.list_all_analyses():
        print(f"\t{analysis}")
    print("\nNon-resolved notifications:")
    for notification in await project.list_all_notifications(resolved=False):
        print(f"\t{notification}")


async def export_series(
    client: AsyncClient, project_series: list[AsyncSeries]
) -> tuple[list[pd.Series], pd.DataFrame]:
    se_l = await client.series.export_download_and_parse_data(project_series)
    for se in se_l:
        print(se.name)
    df = await client.series.export_download_and_parse_data(
        project_series, out_mode="dataframe", out_freq="1H", clock="tzt"
    )
    print(df)
    return se_l, df


async def walkthrough(
    client: AsyncClient, work_dir: Path, organization_name: str = ORGANIZATION_NAME
) -> Results:
    """Every step of the user guide, in order."""
    section("Project")
    project = await get_or_create_project(client, organization_name)
    section("Gate")
    gate = await get_or_create_gate(project)
    await upload_first_file(gate)
    section("Importer")
    importer = await get_or_create_importer(project, gate)
    importer_task = await run_importer(importer)
    importer_df, series_0_se = await show_importer_series(client, importer)
    section("Cleaner")
    cleaner = await configure_cleaner(project, work_dir)
    cleaner_task = await run_and_wait(cleaner)
    cleaner_df = await show_cleaner_series(client, cleaner)
    section("Analysis")
    analysis = await get_or_create_analysis(project, cleaner)
    analysis_task = await run_analysis(analysis)
    analysis_df = await show_analysis_series(client, analysis)
    section("Project overview")
    await project_overview(project)
    section("Series data export")
    project_series = await project.list_all_series()
    exported_series, exported_frame = await export_series(client, project_series)
    return Results(
        project=project,
        gate=gate,
        importer=importer,
        importer_task=importer_task,
        cleaner=cleaner,
        cleaner_task=cleaner_task,
        analysis=analysis,
        analysis_task=analysis_task,
        importer_df=importer_df,
        series_0_se=series_0_se,
        cleaner_df=cleaner_df,
        analysis_df=analysis_df,
        exported_series=exported_series,
        exported_frame=exported_frame,
        project_series_names=[se.name for se in project_series],
    )
