"""restore_project: a download's pipeline recreated as it was, a second run writing nothing, and folders
that are not downloads (or are newer ones) refused before any request."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from ovbp_facade import Client, Organization, Project, tools
from ovbp_facade.downloads import DownloadFormatError, read_download
from ovbp_facade.tools import Change, restore_project
from tests.support.sandboxes import GuideRun, RecordingTransport

# ids, links to other records (each stands for its record's name in `pipeline`) and traces of runs
LINKS = frozenset(
    [
        "id",
        "rights",
        "project",
        "gate",
        "cleaner",
        "analysis",
        "related_importer",
        "base_feeder",
        "analysisconfig",
        "input_series_generator",
        "input_series",
        "child_id",
        "last_run",
        "last_clear",
        "last_imported_path",
        "latest_imported_mdate",
    ]
)


def settings(data: dict[str, Any]) -> dict[str, Any]:
    """A record's fields less its ids, links and run dates: what a restore must reproduce."""
    return {k: v for k, v in data.items() if k not in LINKS}


def pipeline(project: Project) -> dict[str, Any]:
    """Everything restore_project recreates, by name, with the links told by the names they point to."""
    names = {i.id: f"importer {i.name}" for i in project.list_all_importers()}
    names |= {c.id: f"cleaner {c.name}" for c in project.list_all_cleaners()}
    names |= {a.id: f"analysis {a.name}" for a in project.list_all_analyses()}
    gates = {g.id: g.name for g in project.list_all_gates()}
    summary: dict[str, Any] = {"gates": {}, "importers": {}, "cleaners": {}, "analyses": {}}
    for gate in project.list_all_gates():
        feeder = gate.get_base_feeder()
        child = None if feeder is None else feeder.get_child()
        summary["gates"][gate.name] = {
            "comment": gate.comment,
            "ftp attached": bool(gate.get_ftp_account().host),
            "feeder": None if feeder is None else settings(feeder.data),
            "feeder child": None if child is None else settings(child.data),
        }
    for importer in project.list_all_importers():
        summary["importers"][importer.name] = {
            **settings(importer.data),
            "gate": gates.get(importer.gate or ""),
        }
    for cleaner in project.list_all_cleaners():
        summary["cleaners"][cleaner.name] = {
            "importer": names[cleaner.related_importer],
            "unitcleaners": {uc.external_name: settings(uc.data) for uc in cleaner.list_all_unitcleaners()},
        }
    for analysis in project.list_all_analyses():
        analysis.reload()
        config = analysis.get_analysis_config()
        summary["analyses"][analysis.name] = {
            **settings(analysis.data),
            "config": None if config is None else settings(config.data),
            "inputs": {
                i.column_name: (names[i.input_series_generator], i.input_series_name)
                for i in analysis.list_all_analysis_inputs()
            },
            "outputs": {o.name: settings(o.data) for o in analysis.list_all_analysis_outputs()},
        }
    return summary


@pytest.fixture(scope="module")
def guide_download(guide: GuideRun, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tools.download_project(guide.results.project, tmp_path_factory.mktemp("guide") / "download")


def test_the_guide_pipeline_comes_back_as_it_was_and_a_second_run_writes_nothing(
    guide: GuideRun,
    guide_download: Path,
    recorded_client: Client,
    recorder: RecordingTransport,
    organization: Organization,
) -> None:
    report = restore_project(recorded_client, guide_download, "Sandbox", "restored guide")
    assert report.created_project and report.project.name == "restored guide"
    done = {(c.kind, c.name, c.action) for c in report.changes}
    assert ("gate", "gate", "FTP account attached") in done
    assert ("analysis input", "analysis-a: a-cleaned", "created") in done
    assert report.changes[-1] == Change("analysis", "analysis-a", "activated")  # the switches come last
    assert pipeline(report.project) == pipeline(guide.results.project)

    recorder.requests.clear()
    again = restore_project(recorded_client, guide_download, organization, "restored guide")
    assert again.changes == [] and not again.created_project
    assert recorder.writes("") == []


def test_an_existing_project_gets_only_what_differs(
    guide_download: Path, client: Client, organization: Organization
) -> None:
    project = organization.create_project("restore over an existing one")
    kept = project.create_gate("a gate of its own")
    restore_project(client, guide_download, organization, project.name)
    importer = project.get_importer("importer-a")
    importer.update(crontab="0 0 0 * * *", parse_script="def parse(*a, **k):\n    raise ValueError\n")
    project.get_cleaner("importer-a").get_unitcleaner("b").update(freq="3H", unit="kWh")
    analysis = project.get_analysis("analysis-a")
    analysis.list_all_analysis_outputs()[0].update(unit="K")
    analysis.deactivate()

    report = restore_project(client, guide_download, organization, project.name)
    assert {(c.kind, c.name, c.action, c.fields) for c in report.changes} == {
        ("importer", "importer-a", "updated", ("crontab", "parse_script")),
        ("unitcleaner", "b-cleaned", "updated", ("freq", "unit")),
        ("analysis output", "analysis-a: a-output", "updated", ("unit",)),
        ("analysis", "analysis-a", "activated", ()),
    }
    assert project.get_gate(kept.name).id == kept.id  # what the download lacks is left alone


def test_switches_can_be_left_off(guide_download: Path, client: Client, organization: Organization) -> None:
    report = restore_project(
        client, guide_download, organization, "restored switched off", active_flags=False
    )
    assert not any(c.action == "activated" for c in report.changes)
    assert report.project.get_analysis("analysis-a").active is False  # created off, left off


def test_base_feeders_and_their_scripts_are_restored(
    project: Project, client: Client, tmp_path: Path
) -> None:
    gate = project.create_gate("fed", comment="fetched files")
    gate.attach_internal_ftp_account()
    feeder = gate.create_base_feeder(timezone="Europe/London", crontab="0 0 6 * * *")
    client.generic_basic_feeders.create(base_feeder=feeder, script="def feed(**tools):\n    return []\n")
    feeder.activate()
    download = tools.download_project(project, tmp_path / "download")

    organization = project.get_organization().name
    report = restore_project(client, download, organization, f"{project.name} copy")
    assert {(c.kind, c.action) for c in report.changes} >= {
        ("base feeder", "created"),
        ("feeder script", "created"),
        ("base feeder", "activated"),
    }
    assert pipeline(report.project) == pipeline(project)
    assert restore_project(client, download, organization, f"{project.name} copy").changes == []


# ----------------------------------------------------------------------------------------------- refusals


def test_a_folder_that_is_not_a_download_is_refused_before_any_request(
    recorded_client: Client, recorder: RecordingTransport, tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").write_text("not a download")
    with pytest.raises(DownloadFormatError, match=r"is not a project download \(it has no #project.json\)"):
        restore_project(recorded_client, tmp_path, "Sandbox", "never made")
    with pytest.raises(DownloadFormatError, match="is not a folder"):
        restore_project(recorded_client, tmp_path / "notes.txt", "Sandbox", "never made")
    assert recorder.requests == []


def test_a_newer_format_is_refused_and_an_older_download_is_read(
    guide_download: Path, tmp_path: Path
) -> None:
    newer = shutil.copytree(guide_download, tmp_path / "newer")
    about = json.loads((newer / tools.DOWNLOAD_FORMAT_FILE).read_text())
    (newer / tools.DOWNLOAD_FORMAT_FILE).write_text(json.dumps({**about, "version": about["version"] + 1}))
    with pytest.raises(
        DownloadFormatError, match=r"format version 2, newer than this ovbp reads \(up to 1\): upgrade"
    ):
        read_download(newer)

    older = shutil.copytree(guide_download, tmp_path / "older")
    (older / tools.DOWNLOAD_FORMAT_FILE).unlink()  # written before the format file existed
    read = read_download(older)
    assert (read.version, [g["name"] for g in read.gates], read.unitcleaners_nb) == (1, ["gate"], 3)

    other = shutil.copytree(guide_download, tmp_path / "other")
    (other / tools.DOWNLOAD_FORMAT_FILE).write_text(json.dumps({"format": "something else", "version": 1}))
    with pytest.raises(DownloadFormatError, match="is not a project download"):
        read_download(other)


def test_every_problem_of_a_broken_download_is_named_at_once(guide_download: Path, tmp_path: Path) -> None:
    broken = shutil.copytree(guide_download, tmp_path / "broken")
    (broken / "1-gates" / "gate.json").unlink()  # the importer's gate is gone
    (broken / "1-gates" / "junk.json").write_text("{not json")
    analysis_path = broken / "4-analyses" / "analysis-a.json"
    analysis = json.loads(analysis_path.read_text())
    analysis["inputs"][0]["input_series_generator"] = "00000000-0000-0000-0000-000000000000"
    analysis["outputs"].append(dict(analysis["outputs"][0]))
    analysis["outputs"].append({"name": "no rule"})
    analysis_path.write_text(json.dumps(analysis))
    shutil.copy(analysis_path, broken / "4-analyses" / "analysis-a-2.json")

    with pytest.raises(DownloadFormatError) as refused:
        read_download(broken)
    message = str(refused.value)
    assert "cannot be restored, nothing was changed" in message
    for problem in (
        "1-gates/junk.json is not valid JSON",
        "importer 'importer-a' reads gate",
        "input 'a-cleaned' reads generator 00000000-0000-0000-0000-000000000000, which is not in",
        "two outputs of analysis 'analysis-a' have the name 'a-output'",
        "two analyses have the name 'analysis-a'",
        "analysis 'analysis-a': one of its outputs has no 'resample_rule' text",
    ):
        assert problem in message
    missing = shutil.copytree(guide_download, tmp_path / "missing")
    shutil.rmtree(missing / "3-cleaners")
    with pytest.raises(DownloadFormatError, match="not a whole project download: no 3-cleaners folder"):
        read_download(missing)
