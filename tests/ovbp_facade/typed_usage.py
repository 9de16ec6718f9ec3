"""The user guide's calls written as typed user code, checked by `mypy --strict` (tests/ is in its files).

Not a test module: `assert_type` proves the facade gives user code precise types (an Any would fail
them), e.g. `importer.name` is `str`, `client.series.select_data(...)` a DataFrame. Exceptions, on
purpose: `record.data` (raw wire JSON, dict[str, Any]). `get_ftputil_client()` is typed by the
`ftputil-stubs` package the wheel ships (ftputil itself has no types).
"""

from __future__ import annotations

import datetime as dt
import os
import pprint
from typing import assert_type

import pandas as pd

from generated_client.typed.views import FtpAccountFields, OrganizationFields
from ovbp_facade import (
    Analysis,
    AnalysisConfig,
    AnalysisInput,
    AnalysisOutput,
    Cleaner,
    Client,
    FtpEntry,
    Gate,
    Importer,
    Notification,
    Organization,
    Project,
    RecordDoesNotExistError,
    Series,
    Task,
    Unitcleaner,
)


def project_part(client: Client, organization_name: str) -> Project:
    organization: Organization = client.get_organization(organization_name)
    project_name = "Ovbpclient documentation"
    try:
        project = organization.get_project(project_name)
    except RecordDoesNotExistError:
        project = organization.create_project(project_name)
    print(project)
    pprint.pprint(project.data)
    same: Project = client.get_project(organization_name, project_name)
    assert_type(same.id, str)
    assert_type(same.name, str)
    assert_type(same.odata_id, str)
    project_id: str = same.id
    print(project_id)
    return project


def gate_part(project: Project) -> Gate:
    gate_name = "gate"
    try:
        gate = project.get_gate(gate_name)
    except RecordDoesNotExistError:
        gate = project.create_gate(gate_name, comment="documentation gate")
        gate.attach_internal_ftp_account()
    assert_type(gate.name, str)
    name: str = gate.name
    ftp_account: str | None = gate.ftp_account  # the id, whatever form the answer gave it in
    assert_type(gate.ftp_account_nested, FtpAccountFields | None)
    assert_type(gate.get_ftp_account().host, str | None)
    entries: list[FtpEntry] = gate.get_ftp_account().list_dir()
    kinds: list[str] = [e.type for e in entries]
    print(name, ftp_account, kinds)
    return gate


def importer_part(client: Client, project: Project, gate: Gate) -> Importer:
    importer_name = "importer-a"
    try:
        importer = project.get_importer(importer_name)
    except RecordDoesNotExistError:
        importer = project.create_importer(importer_name, comment="documentation importer")
        importer.configure(gate, parse_script="...", crontab="0 0 0 1 1 *")
    assert_type(importer.id, str)
    assert_type(importer.name, str)
    assert_type(importer.active, bool)
    assert_type(importer.last_run, dt.datetime | None)
    assert_type(importer.gate, str | None)
    name: str = importer.name
    active: bool = importer.active
    last_run: dt.datetime | None = importer.last_run
    print(name, active, last_run)
    task: Task = importer.run()
    status: str = task.wait_for_completion(period=3000, timeout=60.0)
    assert_type(task.status, str)
    assert_type(task.wait_for_completion(), str)
    print(status)
    if not importer.active:
        importer.activate()
    importer.deactivate()

    importer_series: list[Series] = importer.list_all_output_series()
    importer_df: pd.DataFrame = client.series.select_data(
        importer_series, start=dt.datetime(2012, 1, 1, 6), end=dt.datetime(2012, 1, 1, 12)
    )
    assert_type(importer_df, pd.DataFrame)
    print(importer_df)
    assert_type(importer_series[0].name, str)
    series_0_se = importer_series[0].select_data(end=dt.datetime(2012, 1, 1, 4))
    assert_type(series_0_se, "pd.Series[float]")
    print(series_0_se)
    return importer


def cleaner_part(client: Client, project: Project, work_dir_path: str) -> tuple[Cleaner, list[Unitcleaner]]:
    cleaner: Cleaner = project.get_cleaner("importer-a")
    related: str = cleaner.related_importer
    print(related)
    for uc in cleaner.list_all_unitcleaners():
        uc.delete()
    for se in cleaner.list_all_importer_series():
        created: Unitcleaner = cleaner.create_unitcleaner(se.name, name=f"{se.name}-cleaned", freq="1H")
        freq: str = created.freq
        print(freq)
    unitcleaners = cleaner.list_all_unitcleaners()
    xlsx_path = os.path.join(work_dir_path, "importer-a.xlsx")
    cleaner.export_configuration_to_excel(xlsx_path)
    cleaner.configure_from_excel(xlsx_path)
    cleaner_df: pd.DataFrame = client.series.select_data(
        cleaner.list_all_output_series(), end=dt.datetime(2012, 1, 1, 4)
    )
    print(cleaner_df)
    return cleaner, unitcleaners


def analysis_part(
    client: Client, project: Project, cleaner: Cleaner, unitcleaners: list[Unitcleaner]
) -> None:
    try:
        analysis: Analysis = project.get_analysis("analysis-a")
    except RecordDoesNotExistError:
        analysis = project.create_analysis("analysis-a", comment="documentation analysis")
    analysis_inputs: list[AnalysisInput] = analysis.list_all_analysis_inputs()
    if len(analysis_inputs) == 0:
        input_names = [uc.name for uc in unitcleaners if uc.name[0] in ("a", "b")]
        for name in input_names:
            analysis.create_analysis_input(cleaner, name, name)
    analysis_outputs: list[AnalysisOutput] = analysis.list_all_analysis_outputs()
    if len(analysis_outputs) == 0:
        analysis.create_analysis_output("a-output", "mean", unit="°C")
    if analysis.get_analysis_config() is None:
        analysis.create_analysis_config("3H", "3H", "script")
    analysis.reload()
    # sent in detail answers only (after reload()), so None when the answer lacks it
    unresolved: int | None = analysis.unresolved_notifications_nb
    assert_type(analysis.unresolved_notifications_nb, int | None)
    assert_type(analysis.last_run, dt.datetime | None)
    assert_type(analysis.get_analysis_config(), AnalysisConfig | None)
    print(unresolved)
    analysis.run()
    if not analysis.active:
        analysis.activate()
    analysis_df: pd.DataFrame = client.series.select_data(analysis.list_all_output_series())
    print(analysis_df)


def overview_and_export(client: Client, project: Project) -> None:
    for gate in project.list_all_gates():
        print(f"\t{gate}")
    notifications: list[Notification] = project.list_all_notifications(resolved=False)
    titles: list[str | None] = [n.name for n in notifications]
    print(titles)
    project_series = project.list_all_series()
    se_l = client.series.export_download_and_parse_data(project_series)
    assert_type(se_l, "list[pd.Series[float]]")
    for se in se_l:
        print(se.name)
    df = client.series.export_download_and_parse_data(
        project_series, out_mode="dataframe", out_freq="1H", clock="tzt"
    )
    assert_type(df, pd.DataFrame)
    print(df)


def guide(auth_path: str, organization_name: str, work_dir_path: str) -> None:
    client = Client(auth_path)
    project = project_part(client, organization_name)
    gate = gate_part(project)
    importer_part(client, project, gate)
    cleaner, unitcleaners = cleaner_part(client, project, work_dir_path)
    analysis_part(client, project, cleaner, unitcleaners)
    overview_and_export(client, project)


def mistakes_the_type_checker_catches(client: Client, project: Project, importer: Importer) -> None:
    """Each line is a mistake that must stay a mypy error: mypy runs with warn_unused_ignores, so a
    mistake that type-checks leaves its ignore unused and fails `make typecheck`."""
    print(importer.actve)  # type: ignore[attr-defined]
    print(project.nmae)  # type: ignore[attr-defined]
    project.update(nme="x")  # type: ignore[call-arg]
    importer.update(crontab=42)  # type: ignore[arg-type]
    client.importers.create(name="x", projet="typo")  # type: ignore[call-arg]
    importer.active = False  # type: ignore[misc]


def typed_writes(client: Client, project: Project, gate: Gate, importer: Importer) -> None:
    """Writes typed from the generated request models: records stand for their ids."""
    created: Importer = client.importers.create(name="x", project=project.odata_id, gate=gate)
    created.update(crontab="0 0 0 1 1 *", gate=None)
    importer.configure(gate, parse_script="def parse(content_bytes, rel_path): ...")
    assert_type(created.gate, str | None)
    assert_type(created.last_run, dt.datetime | None)
    assert_type(gate.base_feeder, str | None)
    assert_type(project.organization, str)
    assert_type(project.organization_nested, OrganizationFields | None)
    assert_type(project.get_organization(), Organization)
    assert_type(project.odata, str | None)
