"""The user guide, call by call, against the sandbox (engine included): its walkthrough
(`ovbp_facade.demo.walkthrough`, the session's `guide` fixture, run once) gives the guide's records,
answers, values and log lines. (tests/ovbp_facade/test_demo.py runs it again, as the `ovbp_facade.demo`
command.)"""

from __future__ import annotations

import logging
import pathlib
import pprint
import re

import pandas as pd
import pytest

from ovbp_facade import Client, Project, Task, TaskDidNotFinishSuccessfully
from ovbp_facade.demo import ANALYSIS_NAME, GATE_NAME, IMPORTER_NAME, PROJECT_NAME
from ovbp_sandbox import Sandbox
from tests.support.sandboxes import GuideRun


def test_project(guide: GuideRun, client: Client) -> None:
    project = guide.results.project
    assert repr(project) == f"<oteams/projects: {PROJECT_NAME} ({project.id})>"
    assert project.data["name"] == PROJECT_NAME
    assert client.get_organization("Sandbox").get_project(PROJECT_NAME).id == project.id
    assert f"<oteams/projects: {PROJECT_NAME} ({project.id})>" in guide.printed


def test_importer_runs_then_is_deactivated(guide: GuideRun, client: Client) -> None:
    importer, task = guide.results.importer, guide.results.importer_task
    assert repr(importer) == f"<odata/importers: {IMPORTER_NAME} ({importer.id})>"
    printed = pprint.pformat(importer.data)  # in the platform's order, as the guide prints it
    assert printed.startswith(f"OrderedDict([('id', '{importer.id}'),\n")
    assert list(importer.data)[:4] == ["id", "rights", "active", "name"]
    assert importer.data["crontab"] == "0 0 0 1 1 *"
    assert isinstance(task, Task) and task.endpoint is client.importer_tasks
    assert task.status == "finished"
    # activated if it was not, then deactivated: on the record and on the platform
    assert importer.active is False and client.importers.retrieve(importer.id).active is False
    # answers as the guide prints them: rights filled in detail answers only, mdate to the second
    assert guide.results.project.get_importer(IMPORTER_NAME).rights is None  # a (filtered) list answer
    assert importer.rights is not None and importer.rights.can_write is True  # reloaded: a detail answer
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", str(importer.data["latest_imported_mdate"]))


def test_importer_series(guide: GuideRun) -> None:
    importer_series = guide.results.importer.list_all_output_series()
    assert sorted(se.name for se in importer_series) == ["a", "b", "c"]
    importer_df = guide.results.importer_df
    assert sorted(importer_df.columns) == ["a", "b", "c"]
    assert len(importer_df) == 7
    assert importer_df.index[0] == pd.Timestamp("2012-01-01 06:00")
    assert (importer_df["a"] == 1.0).all() and (importer_df["c"] == 3.0).all()
    series_0_se = guide.results.series_0_se  # the guide's first series, up to 04:00
    assert list(series_0_se.index) == list(pd.date_range("2012-01-01", periods=5, freq="h"))
    assert series_0_se.nunique() == 1 and series_0_se.iloc[0] in (1.0, 2.0, 3.0)  # one of a, b, c
    assert len(importer_series[0].select_data(start="2012-01-01 20:00:00")) == 4


def test_cleaner(guide: GuideRun) -> None:
    cleaner = guide.results.cleaner
    assert cleaner.data["related_importer"] == guide.results.importer.id
    unitcleaners = cleaner.list_all_unitcleaners()
    assert sorted(uc.name for uc in unitcleaners) == ["a-cleaned", "b-cleaned", "c-cleaned"]
    assert sorted(uc.external_name for uc in unitcleaners) == ["a", "b", "c"]
    assert guide.results.cleaner_task.status == "finished"
    assert len(cleaner.list_all_output_series()) == 3
    cleaner_df = guide.results.cleaner_df
    assert sorted(cleaner_df.columns) == ["a-cleaned", "b-cleaned", "c-cleaned"]
    assert not cleaner_df.empty
    assert (cleaner_df["b-cleaned"].dropna() == 2.0).all()


def test_analysis(guide: GuideRun, client: Client) -> None:
    analysis = guide.results.analysis
    analysis_inputs = analysis.list_all_analysis_inputs()
    assert len(analysis_inputs) == 2
    assert all(repr(ai) == f"<odata/analysis_inputs: {ai.id}>" for ai in analysis_inputs)
    assert [ao.name for ao in analysis.list_all_analysis_outputs()] == ["a-output"]
    assert analysis.get_analysis_config() is not None
    assert guide.results.analysis_task.status == "finished"
    assert analysis.active is True and client.analyses.retrieve(analysis.id).active is True
    analysis_df = guide.results.analysis_df
    assert list(analysis_df.columns) == ["a-output"]
    assert not analysis_df.empty
    assert (analysis_df["a-output"].dropna() == 1.5).all()


def test_project_overview(guide: GuideRun) -> None:
    project = guide.results.project
    assert [g.name for g in project.list_all_gates()] == [GATE_NAME]
    assert [i.name for i in project.list_all_importers()] == [IMPORTER_NAME]
    assert [c.name for c in project.list_all_cleaners()] == [IMPORTER_NAME]
    assert [a.name for a in project.list_all_analyses()] == [ANALYSIS_NAME]
    unresolved = project.list_all_notifications(resolved=False)
    assert all(str(n).startswith(f"<odata/notifications: {n.name} (") for n in unresolved)
    assert all(n.resolved is False for n in unresolved)
    assert "Non-resolved notifications:" in guide.printed


def test_series_export(guide: GuideRun) -> None:
    se_l, export_df = guide.results.exported_series, guide.results.exported_frame
    project_series_names = guide.results.project_series_names
    assert isinstance(se_l, list) and len(se_l) == len(project_series_names)
    names = {str(se.name) for se in se_l}
    assert "a cleaned [cleaner=importer a]" in names, names
    assert isinstance(export_df, pd.DataFrame)
    assert export_df.shape == (18, len(project_series_names))  # the guide's 18 rows, 03:00..20:00
    assert export_df.index[0] == pd.Timestamp("2012-01-01 03:00")
    assert export_df.index[-1] == pd.Timestamp("2012-01-01 20:00")
    assert list(export_df.columns) == sorted(export_df.columns)  # by name, as the guide's export shows
    assert isinstance(export_df.index, pd.DatetimeIndex)


def test_logging_as_the_guide_sets_it_up(guide: GuideRun) -> None:
    """The root logger at INFO, as the guide's `logging.basicConfig(level=logging.INFO)`: the facade's own
    lines, waits included, and not one line per HTTP request."""
    assert any("waiting for task" in r.getMessage() for r in guide.records)
    assert [r.getMessage() for r in guide.records if r.name == "httpx"] == []
    facade_lines = [r for r in guide.records if r.name.startswith("ovbp_facade")]
    assert 5 <= len(facade_lines) <= 60, [r.getMessage() for r in facade_lines]
    assert all(r.levelno >= logging.INFO for r in facade_lines)


def test_requests_are_logged_at_debug_or_with_ovbp_log(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, auth_path = sandbox.url, sandbox.auth_path
    caplog.set_level(logging.DEBUG)
    with Client(auth_path, url=url) as client:
        client.get_organization("Sandbox")
    lines = [r.getMessage() for r in caplog.records if r.name == "ovbp_facade.http"]
    assert len(lines) == 1 and lines[0].startswith("GET ") and lines[0].endswith("-> 200")
    assert [r for r in caplog.records if r.name == "httpx" and "HTTP Request" in r.getMessage()] == []
    caplog.clear()
    # as `logging.basicConfig(level=logging.INFO)` does: the root logger at INFO, its handler open
    caplog.set_level(logging.INFO)
    caplog.handler.setLevel(logging.NOTSET)
    monkeypatch.setenv("OVBP_LOG", "debug")
    try:
        with Client(auth_path, url=url) as client:
            client.get_organization("Sandbox")
        assert [r.name for r in caplog.records if r.name == "ovbp_facade.http"] == ["ovbp_facade.http"]
    finally:
        logging.getLogger("ovbp_facade").setLevel(logging.NOTSET)


def test_failed_script_task_raises_and_notifies(project: Project) -> None:
    gate = project.create_gate("g")
    gate.attach_internal_ftp_account()
    with gate.get_ftputil_client() as ftp, ftp.open("x.json", "w") as f:
        f.write("{}")
    importer = project.create_importer("broken")
    importer.configure(
        gate, parse_script="def parse(content_bytes, rel_path, **tools):\n    raise ValueError('boom')\n"
    )
    task = importer.run()
    with pytest.raises(TaskDidNotFinishSuccessfully) as info:
        task.wait_for_completion(period=200, timeout=60)
    assert info.value.task_id == task.id and info.value.status == "failed"
    assert task.wait_for_completion(raise_if_problem=False) == "failed"
    assert task.wait_for_completion(200, False) == "failed"  # the old client's positional order
    notifications = project.list_all_notifications(resolved=False)
    assert notifications and "boom" in notifications[0].content


def test_wait_timeout(client: Client) -> None:
    from ovbp_facade import TaskTimeoutError

    record = client.importer_tasks.data_to_record(
        {
            "id": "00000000-0000-0000-0000-000000000000",
            "rights": None,
            "target": None,
            "base": {
                "status": "pending",
                "creation_date": "2020-04-16T15:14:59.248897Z",
                "start_date": None,
                "end_date": None,
                "message": "",
            },
        }
    )
    record.reload = lambda: None  # type: ignore[method-assign]
    with pytest.raises(TaskTimeoutError):
        record.wait_for_completion(period=10, timeout=0.05)


def test_export_argument_checks_before_any_request(client: Client, tmp_path: pathlib.Path) -> None:
    with pytest.raises(ValueError, match="download_dir_path"):
        client.series.export_download_and_parse_data([], return_frame=False)
    with pytest.raises(ValueError, match="time grouper"):
        client.series.export_download_and_parse_data([], time_grouper="1D")
    with pytest.raises(ValueError, match="tags"):
        client.series.export_download_and_parse_data([], with_tags=True)
    with pytest.raises(NotADirectoryError):
        client.series.export_download_and_parse_data([], download_dir_path=tmp_path / "nope")
    with pytest.raises(ValueError, match="at least contain one series"):
        client.series.select_data([])
