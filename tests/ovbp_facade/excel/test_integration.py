"""Excel configuration and the backup/maintenance tools through the real client against the sandbox."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest

from ovbp_facade import Cleaner, Client, NotFoundError, Organization, Project, Task, tools
from ovbp_facade.excel import ExcelConfigurationError
from ovbp_facade.guide_scripts import ANALYSIS_SCRIPT, IMPORTER_SCRIPT
from ovbp_sandbox import Sandbox
from tests.ovbp_facade.excel.workbooks import mark
from tests.support.sandboxes import RecordingTransport


def make_project(organization: Organization, name: str, *, analysis: bool = False) -> Project:
    """A project as the user guide builds it: gate with a file, importer run, cleaner (+ analysis)."""
    project = organization.create_project(name)
    gate = project.create_gate("gate", comment="documentation gate")
    gate.attach_internal_ftp_account()
    df = pd.DataFrame(
        {"a": [1.0] * 24, "b": [2.0] * 24, "c": [3.0] * 24},
        index=pd.date_range("2012-01-01", periods=24, freq="h"),
    )
    with gate.get_ftputil_client() as ftp, ftp.open("first.json", "w") as f:
        f.write(df.to_json(date_format="iso"))
    importer = project.create_importer("importer-a", comment="documentation importer")
    importer.configure(gate, parse_script=IMPORTER_SCRIPT, crontab="0 0 0 1 1 *")
    importer.run().wait_for_completion(period=100, timeout=60)
    if analysis:
        cleaner = project.get_cleaner("importer-a")
        for se in cleaner.list_all_importer_series():
            cleaner.create_unitcleaner(se.external_name, name=f"{se.external_name}-cleaned", freq="1H")
        an = project.create_analysis("analysis-a", comment="documentation analysis")
        for name in ("a-cleaned", "b-cleaned"):
            an.create_analysis_input(cleaner, name, name)
        an.create_analysis_output("a-output", "mean", unit="°C")
        an.create_analysis_config("3H", "3H", ANALYSIS_SCRIPT)
    return project


def rules_of(cleaner: Cleaner) -> dict[str, dict[str, Any]]:
    """Each unitcleaner's fields by external name, less the run state the engine changes on its own."""
    state = ("last_run", "last_clear", "input_series")
    return {
        uc.external_name: {k: v for k, v in uc.data.items() if k not in state}
        for uc in cleaner.list_all_unitcleaners()
    }


def column_a(path: Path) -> list[str]:
    ws = openpyxl.load_workbook(path)["Series"]
    return [str(ws.cell(row=r, column=1).value) for r in range(8, ws.max_row + 1)]


# ----------------------------------------------------------------------------------------------- Excel


def test_excel_round_trip_through_the_client(
    recorded_client: Client, recorder: RecordingTransport, tmp_path: Path
) -> None:
    organization = recorded_client.get_organization("Sandbox")
    project = make_project(organization, "excel round trip")
    cleaner: Cleaner = project.get_cleaner("importer-a")
    first = tmp_path / "first.xlsx"
    cleaner.export_configuration_to_excel(first)
    assert sorted(column_a(first)) == ["a", "b", "c"]
    ws = openpyxl.load_workbook(first)["Series"]
    assert (ws["B2"].value, ws["B3"].value) == (project.name, "importer-a")

    rows = {name: 8 + i for i, name in enumerate(column_a(first))}
    mark(
        first,
        {rows["a"]: "x", rows["b"]: "X"},
        **{f"E{rows['a']}": "1H", f"F{rows['a']}": "instantaneous", f"G{rows['a']}": "left"},
        **{f"H{rows['a']}": "tzt", f"I{rows['a']}": "Europe/Paris"},
        **{f"B{rows['b']}": "b-cleaned", f"E{rows['b']}": "15min", f"F{rows['b']}": "mean"},
        **{f"G{rows['b']}": "right", f"H{rows['b']}": "gmt", f"I{rows['b']}": "UTC", f"O{rows['b']}": 2},
    )
    cleaner.configure_from_excel(first)
    by_name = rules_of(cleaner)
    assert set(by_name) == {"a", "b"}
    assert by_name["a"]["name"] == "a" and by_name["a"]["wait_offset"] == "6H"
    assert by_name["a"]["resample_rule"] == "mean" and by_name["a"]["unit_type"] == "instantaneous"
    assert by_name["b"]["name"] == "b-cleaned" and by_name["b"]["freq"] == "15min"
    assert by_name["b"]["interpolate_limit"] == 2 and by_name["b"]["clock"] == "gmt"

    # export again: configured first, the unconfigured series below, only column A
    second = tmp_path / "second.xlsx"
    cleaner.export_configuration_to_excel(second)
    assert column_a(second)[:2] in (["a", "b"], ["b", "a"]) and column_a(second)[2] == "c"
    ws = openpyxl.load_workbook(second)["Series"]
    assert [ws.cell(row=10, column=c).value for c in range(2, 24)] == [None] * 22

    # a second run with every configured row marked changes nothing
    mark(second, {8: "x", 9: "x"})
    before = len(recorder.writes("unitcleaners"))
    cleaner.configure_from_excel(second)
    assert recorder.writes("unitcleaners")[before:] == []
    assert rules_of(cleaner) == by_name

    # one changed cell -> one PATCH carrying only that field
    mark(second, {}, E8="2H")
    before = len(recorder.writes("unitcleaners"))
    cleaner.configure_from_excel(second)
    assert [m for m, _p in recorder.writes("unitcleaners")[before:]] == ["PATCH"]
    changed = column_a(second)[0]
    assert cleaner.get_unitcleaner(changed).data["freq"] == "2H"


def exported_cleaner(client: Client, project_name: str, path: Path) -> Cleaner:
    """The cleaner of a new guide project, its configuration exported to `path`."""
    cleaner = make_project(client.get_organization("Sandbox"), project_name).get_cleaner("importer-a")
    cleaner.export_configuration_to_excel(path)
    return cleaner


def test_bad_workbook_changes_nothing_on_the_platform(
    recorded_client: Client, recorder: RecordingTransport, tmp_path: Path
) -> None:
    path = tmp_path / "bad.xlsx"
    cleaner = exported_cleaner(recorded_client, "excel bad cells", path)
    mark(
        path,
        {8: "x", 9: "x", 10: "x"},
        E8="1H",
        F8="instantaneous",
        G8="left",
        H8="tzt",
        I8="Europe/Paris",  # row 8 is fine
        E9="hourly",
        F9="instantaneous",
        G9="left",
        H9="tzt",
        I9="Mars/Olympus",
        E10="1H",
        F10="mean",
        G10="middle",
        H10="tzt",
        I10="UTC",
    )
    before = len(recorder.writes("unitcleaners"))
    with pytest.raises(ExcelConfigurationError) as caught:
        cleaner.configure_from_excel(path)
    assert {(r, c) for r, c, _v, _a in caught.value.problems} == {
        (9, "freq"),
        (9, "timezone"),
        (10, "input_convention"),
    }
    assert "Mars/Olympus" in str(caught.value) and "hourly" in str(caught.value)
    assert recorder.writes("unitcleaners")[before:] == []
    assert cleaner.list_all_unitcleaners() == []


def test_workbook_of_another_cleaner_is_refused(
    recorded_client: Client, recorder: RecordingTransport, tmp_path: Path
) -> None:
    path = tmp_path / "other.xlsx"
    cleaner = exported_cleaner(recorded_client, "excel other cleaner", path)
    mark(path, {8: "x"}, E8="1H", F8="instantaneous", G8="left", H8="tzt", I8="Europe/Paris", B3="importer-b")
    before = len(recorder.writes("unitcleaners"))
    with pytest.raises(ExcelConfigurationError, match="importer-b"):
        cleaner.configure_from_excel(path)
    assert recorder.writes("unitcleaners")[before:] == []


# ----------------------------------------------------------------------------------------------- tools


def test_download_project_writes_the_json_tree(organization: Organization, tmp_path: Path) -> None:
    project = make_project(organization, "download me", analysis=True)
    gate = project.get_gate("gate")
    gate.create_base_feeder(timezone="Europe/Paris", crontab="0 0 * * * *")
    odd = project.create_gate("CON", comment="reserved name on Windows")
    project.create_gate('a/b:c*?"<>|', comment="forbidden characters")

    target = tmp_path / "backup"
    assert tools.download_project(project, target) == target
    files = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert files == [
        "#download.json",
        "#project.json",
        "1-gates/_CON.json",
        "1-gates/a_b_c______.json",
        "1-gates/gate.json",
        "2-importers/importer-a.json",
        "3-cleaners/importer-a/#cleaner.json",
        "3-cleaners/importer-a/a-cleaned.json",
        "3-cleaners/importer-a/b-cleaned.json",
        "3-cleaners/importer-a/c-cleaned.json",
        "4-analyses/analysis-a.json",
    ]

    def load(rel: str) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads((target / rel).read_text(encoding="utf-8"))
        return loaded

    about = load("#download.json")
    assert (about["format"], about["version"]) == (tools.DOWNLOAD_FORMAT, tools.DOWNLOAD_FORMAT_VERSION)
    assert "series data points" in about["not_included"]
    assert load("#project.json")["id"] == project.id
    assert load("1-gates/_CON.json")["id"] == odd.id
    gate_json = load("1-gates/gate.json")
    assert gate_json["id"] == gate.id
    assert (
        gate_json["base_feeder"]["gate"] == gate.id and gate_json["base_feeder"]["timezone"] == "Europe/Paris"
    )
    importer_json = load("2-importers/importer-a.json")
    assert importer_json["parse_script"] == IMPORTER_SCRIPT
    assert importer_json["last_run"].endswith("Z")  # datetimes in the wire format
    assert load("3-cleaners/importer-a/a-cleaned.json")["external_name"] == "a"
    analysis_json = load("4-analyses/analysis-a.json")
    assert analysis_json["analysisconfig"]["script"] == ANALYSIS_SCRIPT
    assert sorted(i["column_name"] for i in analysis_json["inputs"]) == ["a-cleaned", "b-cleaned"]
    assert [o["name"] for o in analysis_json["outputs"]] == ["a-output"]
    assert [o["unit"] for o in analysis_json["outputs"]] == ["°C"]

    with pytest.raises(tools.TargetNotEmptyError, match="backup"):
        tools.download_project(project, target)
    with pytest.raises(tools.TargetNotEmptyError, match="is a file"):
        tools.download_project(project, target / "#project.json")


def test_download_organization_one_folder_per_project(
    sandbox: Sandbox, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """On an organization of its own (the shared sandbox's holds every other test's projects)."""
    auth = sandbox.add_user("Download org", "download@localhost")
    with Client(auth, url=sandbox.url) as owner:
        organization = owner.get_organization("Download org")
        make_project(organization, "org download")
        organization.create_project("empty")
        target = tmp_path / "org"
        target.mkdir()
        caplog.set_level(logging.INFO, logger="ovbp_facade.tools")
        tools.download_organization(organization, target, progress=True)
        projects = organization.list_all_projects()
    folders = sorted(p.name for p in target.iterdir())
    assert len(folders) == len(projects) == 2 and folders == ["empty", "org download"]
    for folder in folders:
        assert (target / folder / "#project.json").is_file()
        assert (target / folder / "4-analyses").is_dir()
    assert any("downloading" in r.getMessage() for r in caplog.records)


def test_deactivate_clear_and_delete_project(organization: Organization) -> None:
    project = make_project(organization, "maintenance")
    gate = project.get_gate("gate")
    feeder = gate.create_base_feeder(timezone="Europe/Paris", crontab="0 0 * * * *")
    feeder.activate()
    importer = project.get_importer("importer-a")
    importer.activate()

    tools.deactivate_project(project)
    importer.reload()
    assert importer.active is False
    assert project.client.base_feeders.retrieve(feeder.id).active is False

    tasks = tools.clear_project(project)
    assert len(tasks) == 1
    for task in tasks:
        assert isinstance(task, Task)
        assert task.wait_for_completion(period=100, timeout=60) == "finished"
    imported = importer.list_all_output_series()
    assert sorted(se.name for se in imported) == ["a", "b", "c"]
    for se in imported:
        assert se.select_data().empty

    cleaner_id = project.get_cleaner("importer-a").id
    tools.delete_project(project)
    assert project.name not in [p.name for p in organization.list_all_projects()]
    with pytest.raises(NotFoundError):
        project.client.importers.retrieve(importer.id)
    with pytest.raises(NotFoundError):
        project.client.cleaners.retrieve(cleaner_id)
    with pytest.raises(NotFoundError):
        project.client.gates.retrieve(gate.id)


def test_organization_tools(sandbox: Sandbox, tmp_path: Path) -> None:
    """On an organization of its own: deactivate, clear, delete every project (the organization stays)."""
    auth = sandbox.add_user("Tools org", "tools@localhost")
    with Client(auth, url=sandbox.url) as other:
        org = other.get_organization("Tools org")
        for name in ("P?", "P*"):
            project = make_project(org, name)
            project.get_importer("importer-a").activate()
        target = tmp_path / "other"
        tools.download_organization(org, target)
        assert sorted(p.name for p in target.iterdir()) == ["P_", "P_-2"]

        tools.deactivate_organization(org)
        assert [i.active for p in org.list_all_projects() for i in p.list_all_importers()] == [False, False]
        tasks = tools.clear_organization(org)
        assert len(tasks) == 2
        for task in tasks:
            assert isinstance(task, Task)
            task.wait_for_completion(period=100, timeout=60)
        tools.delete_organization(org)
        assert org.list_all_projects() == []
        assert other.get_organization("Tools org").id == org.id
