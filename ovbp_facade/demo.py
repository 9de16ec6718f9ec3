"""The user guide, end to end: `python -m ovbp_facade.demo [--url URL --auth PATH] [--data-dir DIR]`.

With no URL it starts a local sandbox (the `ovbp-sandbox serve` command, in its own process) and runs
against it. Every step uses only the public facade API, the way the guide's reader would, and waits on
tasks instead of sleeping.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import pprint
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pandas as pd

from ovbp_facade import (
    Analysis,
    Cleaner,
    Client,
    Gate,
    Importer,
    Project,
    RecordDoesNotExistError,
    Series,
    Task,
)
from ovbp_facade.guide_scripts import ANALYSIS_SCRIPT, IMPORTER_SCRIPT

ORGANIZATION_NAME = "Sandbox"
PROJECT_NAME = "Ovbpclient documentation"
GATE_NAME = "gate"
IMPORTER_NAME = "importer-a"
ANALYSIS_NAME = "analysis-a"
READY_LINE = re.compile(
    r"^ovbp-sandbox ready url=(?P<url>\S+) ftp=\S+ auth=(?P<auth>.+?)(?: dashboard=(?P<dashboard>\S+))?$"
)


@dataclass
class Results:
    """What the walkthrough produced, for the tests: the guide's records, the tasks it waited for and
    the values it read."""

    project: Project
    gate: Gate
    importer: Importer
    importer_task: Task
    cleaner: Cleaner
    cleaner_task: Task
    analysis: Analysis
    analysis_task: Task
    importer_df: pd.DataFrame
    series_0_se: pd.Series
    cleaner_df: pd.DataFrame
    analysis_df: pd.DataFrame
    exported_series: list[pd.Series]
    exported_frame: pd.DataFrame
    project_series_names: list[str]


@contextlib.contextmanager
def local_sandbox(data_dir: Path) -> Iterator[tuple[str, Path]]:
    """Starts `ovbp-sandbox serve` on free loopback ports; yields (url, auth path)."""
    command = [
        sys.executable,
        "-m",
        "ovbp_sandbox.cli",
        "serve",
        "--data-dir",
        str(data_dir),
        "--port",
        "0",
        "--ftp-port",
        "0",
        "--organization",
        ORGANIZATION_NAME,
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        match = READY_LINE.match(line)
        if match is None:
            raise RuntimeError(f"the sandbox did not start (exit code {process.poll()}, said {line!r})")
        yield match["url"], Path(match["auth"])
    finally:
        process.terminate()
        process.wait(timeout=30)


def section(title: str) -> None:
    print(f"\n## {title}\n")


def get_or_create_project(client: Client, organization_name: str) -> Project:
    organization = client.get_organization(organization_name)
    try:
        project = organization.get_project(PROJECT_NAME)
    except RecordDoesNotExistError:
        project = organization.create_project(PROJECT_NAME)
    print(project)
    print()
    pprint.pprint(project.data, sort_dicts=False)
    return client.get_project(organization_name, PROJECT_NAME)  # the guide's other way to the project


def get_or_create_gate(project: Project) -> Gate:
    try:
        gate = project.get_gate(GATE_NAME)
    except RecordDoesNotExistError:
        gate = project.create_gate(GATE_NAME, comment="documentation gate")
        gate.attach_internal_ftp_account()
    print(gate)
    return gate


def upload_first_file(gate: Gate) -> None:
    df = pd.DataFrame(
        dict(a=[1] * 24, b=[2] * 24, c=[3] * 24),
        index=pd.date_range("01/01/2012", periods=24, freq="h"),
    )
    content = df.to_json(date_format="iso")
    with gate.get_ftputil_client() as ftp_client, ftp_client.open("first.json", "w") as f:
        f.write(content)
    print("uploaded first.json")


def get_or_create_importer(project: Project, gate: Gate) -> Importer:
    try:
        importer = project.get_importer(IMPORTER_NAME)
    except RecordDoesNotExistError:
        importer = project.create_importer(IMPORTER_NAME, comment="documentation importer")
        importer.configure(gate, parse_script=IMPORTER_SCRIPT, crontab="0 0 0 1 1 *")
    print(importer)
    print()
    pprint.pprint(importer.data, sort_dicts=False)
    return importer


def run_and_wait(generator: Importer | Cleaner | Analysis) -> Task:
    """Runs the importer, cleaner or analysis now and waits for its task (the guide sleeps instead)."""
    task = generator.run()
    task.wait_for_completion(period=200)
    return task


def run_importer(importer: Importer) -> Task:
    task = run_and_wait(importer)
    if not importer.active:
        importer.activate()
    importer.deactivate()
    importer.reload()
    print(f"importer ran, active={importer.active}, last imported path={importer.last_imported_path!r}")
    return task


def show_importer_series(client: Client, importer: Importer) -> tuple[pd.DataFrame, pd.Series]:
    """The importer's series from 06:00 to 12:00, and the first one up to 04:00."""
    importer_series = importer.list_all_output_series()
    for se in importer_series:
        print(se)
    importer_df = client.series.select_data(
        importer_series, start=dt.datetime(2012, 1, 1, 6), end=dt.datetime(2012, 1, 1, 12)
    )
    print(importer_df)
    series_0 = importer_series[0]
    series_0_se = series_0.select_data(end=dt.datetime(2012, 1, 1, 4))
    print(series_0_se)
    return importer_df, series_0_se


def configure_cleaner(project: Project, work_dir: Path) -> Cleaner:
    cleaner = project.get_cleaner(IMPORTER_NAME)
    print(cleaner)
    print()
    pprint.pprint(cleaner.data, sort_dicts=False)

    configured = {uc.external_name for uc in cleaner.list_all_unitcleaners()}
    for se in cleaner.list_all_importer_series():
        if se.name not in configured:
            cleaner.create_unitcleaner(se.name, name=f"{se.name}-cleaned", freq="1H")
    for uc in cleaner.list_all_unitcleaners():
        print(uc)

    xlsx_path = work_dir / f"{IMPORTER_NAME}.xlsx"
    cleaner.export_configuration_to_excel(xlsx_path)
    mark_every_row_for_saving(xlsx_path)
    cleaner.configure_from_excel(xlsx_path)
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


def show_cleaner_series(client: Client, cleaner: Cleaner) -> pd.DataFrame:
    cleaner_series = cleaner.list_all_output_series()
    for se in cleaner_series:
        print(se)
    cleaner_df = client.series.select_data(cleaner_series, end=dt.datetime(2012, 1, 1, 4))
    print(cleaner_df)
    return cleaner_df


def get_or_create_analysis(project: Project, cleaner: Cleaner) -> Analysis:
    try:
        analysis = project.get_analysis(ANALYSIS_NAME)
    except RecordDoesNotExistError:
        analysis = project.create_analysis(ANALYSIS_NAME, comment="documentation analysis")
    print(analysis)
    print()
    pprint.pprint(analysis.data, sort_dicts=False)

    analysis_inputs = analysis.list_all_analysis_inputs()
    if len(analysis_inputs) == 0:
        input_names = [uc.name for uc in cleaner.list_all_unitcleaners() if uc.name[0] in ("a", "b")]
        for name in input_names:
            analysis.create_analysis_input(cleaner, name, name)
        analysis_inputs = analysis.list_all_analysis_inputs()
    for ai in analysis_inputs:
        print(ai)

    analysis_outputs = analysis.list_all_analysis_outputs()
    if len(analysis_outputs) == 0:
        analysis.create_analysis_output("a-output", "mean", unit="°C")
        analysis_outputs = analysis.list_all_analysis_outputs()
    for ao in analysis_outputs:
        print(ao)

    if analysis.get_analysis_config() is None:
        analysis.create_analysis_config("3H", "3H", ANALYSIS_SCRIPT)
    analysis.reload()
    pprint.pprint(analysis.data, sort_dicts=False)
    return analysis


def run_analysis(analysis: Analysis) -> Task:
    task = run_and_wait(analysis)
    if not analysis.active:
        analysis.activate()
    return task


def show_analysis_series(client: Client, analysis: Analysis) -> pd.DataFrame:
    analysis_df = client.series.select_data(analysis.list_all_output_series())
    print(analysis_df)
    return analysis_df


def project_overview(project: Project) -> None:
    print("Gates:")
    for gate in project.list_all_gates():
        print(f"\t{gate}")
    print("\nImporters:")
    for importer in project.list_all_importers():
        print(f"\t{importer}")
    print("\nCleaners:")
    for cleaner in project.list_all_cleaners():
        print(f"\t{cleaner}")
    print("\nAnalyses:")
    for analysis in project.list_all_analyses():
        print(f"\t{analysis}")
    print("\nNon-resolved notifications:")
    for notification in project.list_all_notifications(resolved=False):
        print(f"\t{notification}")


def export_series(client: Client, project_series: list[Series]) -> tuple[list[pd.Series], pd.DataFrame]:
    se_l = client.series.export_download_and_parse_data(project_series)
    for se in se_l:
        print(se.name)
    df = client.series.export_download_and_parse_data(
        project_series, out_mode="dataframe", out_freq="1H", clock="tzt"
    )
    print(df)
    return se_l, df


def walkthrough(client: Client, work_dir: Path, organization_name: str = ORGANIZATION_NAME) -> Results:
    """Every step of the user guide, in order."""
    section("Project")
    project = get_or_create_project(client, organization_name)
    section("Gate")
    gate = get_or_create_gate(project)
    upload_first_file(gate)
    section("Importer")
    importer = get_or_create_importer(project, gate)
    importer_task = run_importer(importer)
    importer_df, series_0_se = show_importer_series(client, importer)
    section("Cleaner")
    cleaner = configure_cleaner(project, work_dir)
    cleaner_task = run_and_wait(cleaner)
    cleaner_df = show_cleaner_series(client, cleaner)
    section("Analysis")
    analysis = get_or_create_analysis(project, cleaner)
    analysis_task = run_analysis(analysis)
    analysis_df = show_analysis_series(client, analysis)
    section("Project overview")
    project_overview(project)
    section("Series data export")
    project_series = project.list_all_series()
    exported_series, exported_frame = export_series(client, project_series)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ovbp_facade.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a platform's API URL; without it a local sandbox is started")
    parser.add_argument("--auth", type=Path, help="auth file (line 1 login, line 2 password) for --url")
    parser.add_argument("--organization", default=ORGANIZATION_NAME, help="organization holding the project")
    parser.add_argument(
        "--data-dir", type=Path, help="the local sandbox's data directory (default: temporary)"
    )
    parser.add_argument("--workdir", type=Path, help="where the Excel file goes (default: temporary)")
    args = parser.parse_args(argv)
    if args.url is not None and args.auth is None:
        parser.error("--url needs --auth")
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request drowns the walkthrough
    pd.set_option("display.width", 120)

    with contextlib.ExitStack() as stack:
        work_dir = args.workdir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="ovbp-demo-")))
        work_dir.mkdir(parents=True, exist_ok=True)
        if args.url is None:
            data_dir = args.data_dir or Path(
                stack.enter_context(tempfile.TemporaryDirectory(prefix="ovbp-sandbox-"))
            )
            url, auth_path = stack.enter_context(local_sandbox(data_dir))
        else:
            url, auth_path = args.url, args.auth
        client = stack.enter_context(contextlib.closing(Client(str(auth_path), url=url)))
        walkthrough(client, work_dir, args.organization)
    return 0


if __name__ == "__main__":
    sys.exit(main())
