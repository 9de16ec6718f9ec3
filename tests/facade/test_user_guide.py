"""The user guide, call by call, with only the import changed, against the sandbox (engine included)."""

from __future__ import annotations

import datetime as dt
import logging
import pathlib
import pprint
import re

import pandas as pd
import pytest

from ovbp_facade import Client, Project, RecordDoesNotExistError, Task, TaskDidNotFinishSuccessfully

IMPORTER_SCRIPT = """
import pandas as pd

def parse(content_bytes, rel_path, **tools):
    return pd.read_json(content_bytes)

"""

ANALYSIS_SCRIPT = """
import pandas as pd

def analyze(df, **tools):
    return pd.DataFrame({"a-output": df.mean(axis=1)})

"""


def _wait_for(predicate: object, timeout: float = 60.0) -> None:
    import time

    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.3)


def test_user_guide_walkthrough(
    sandbox: object, tmp_path: pathlib.Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    auth_path = str(getattr(sandbox, "auth_path"))  # noqa: B009
    client = Client(auth_path, url=str(getattr(sandbox, "url")))  # noqa: B009
    engine = getattr(sandbox, "engine")  # noqa: B009

    # Project
    organization = client.get_organization("Sandbox")
    project_name = "Ovbpclient documentation"
    try:
        project = organization.get_project(project_name)
    except RecordDoesNotExistError:
        project = organization.create_project(project_name)
    assert repr(project) == f"<oteams/projects: {project_name} ({project.id})>"
    assert project.data["name"] == project_name
    assert client.get_project("Sandbox", project_name).id == project.id

    # Gate
    gate_name = "gate"
    try:
        gate = project.get_gate(gate_name)
    except RecordDoesNotExistError:
        gate = project.create_gate(gate_name, comment="documentation gate")
        gate.attach_internal_ftp_account()
    df = pd.DataFrame(
        dict(a=[1] * 24, b=[2] * 24, c=[3] * 24), index=pd.date_range("01/01/2012", periods=24, freq="h")
    )
    content = df.to_json(date_format="iso")
    with gate.get_ftputil_client() as ftp_client, ftp_client.open("first.json", "w") as f:
        f.write(content)

    # Importer
    importer_name = "importer-a"
    try:
        importer = project.get_importer(importer_name)
    except RecordDoesNotExistError:
        importer = project.create_importer(importer_name, comment="documentation importer")
        importer.configure(gate, parse_script=IMPORTER_SCRIPT, crontab="0 0 0 1 1 *")
    assert repr(importer) == f"<odata/importers: importer-a ({importer.id})>"
    printed = pprint.pformat(importer.data)  # in the platform's order, as the guide prints it
    assert printed.startswith(f"OrderedDict([('id', '{importer.id}'),\n")
    assert list(importer.data)[:4] == ["id", "rights", "active", "name"]
    assert importer.data["crontab"] == "0 0 0 1 1 *"
    task = importer.run()
    assert isinstance(task, Task) and task.endpoint is client.importer_tasks
    assert task.wait_for_completion(period=200, timeout=60) == "finished"
    if not importer.active:
        importer.activate()
    assert importer.active is True and client.importers.retrieve(importer.id).active is True
    importer.deactivate()
    assert importer.active is False and client.importers.retrieve(importer.id).active is False
    # answers as the guide prints them: rights filled in detail answers only, mdate to the second
    assert project.get_importer(importer_name).rights is None  # a (filtered) list answer
    importer.reload()
    assert importer.rights is not None and importer.rights.can_write is True
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", str(importer.data["latest_imported_mdate"]))

    importer_series = importer.list_all_output_series()
    assert sorted(se.name for se in importer_series) == ["a", "b", "c"]
    importer_df = client.series.select_data(
        importer_series, start=dt.datetime(2012, 1, 1, 6), end=dt.datetime(2012, 1, 1, 12)
    )
    assert sorted(importer_df.columns) == ["a", "b", "c"]
    assert len(importer_df) == 7
    assert importer_df.index[0] == pd.Timestamp("2012-01-01 06:00")
    assert (importer_df["a"] == 1.0).all() and (importer_df["c"] == 3.0).all()
    series_0 = next(se for se in importer_series if se.name == "c")
    series_0_se = series_0.select_data(end=dt.datetime(2012, 1, 1, 4))
    assert list(series_0_se.index) == list(pd.date_range("2012-01-01", periods=5, freq="h"))
    assert (series_0_se == 3.0).all()
    assert len(series_0.select_data(start="2012-01-01 20:00:00")) == 4

    # Cleaner
    cleaner = project.get_cleaner(importer_name)
    assert cleaner.data["related_importer"] == importer.id
    for uc in cleaner.list_all_unitcleaners():
        uc.delete()
    for se in cleaner.list_all_importer_series():
        cleaner.create_unitcleaner(se.external_name, name=f"{se.external_name}-cleaned", freq="1H")
    unitcleaners = cleaner.list_all_unitcleaners()
    assert sorted(uc.name for uc in unitcleaners) == ["a-cleaned", "b-cleaned", "c-cleaned"]
    xlsx_path = tmp_path / f"{importer_name}.xlsx"
    cleaner.export_configuration_to_excel(str(xlsx_path))
    cleaner.configure_from_excel(str(xlsx_path))

    _wait_for(lambda: len(cleaner.list_all_output_series()) == 3)
    engine.wait_idle(60)
    cleaner_series = cleaner.list_all_output_series()
    cleaner_df = client.series.select_data(cleaner_series, end=dt.datetime(2012, 1, 1, 4))
    assert sorted(cleaner_df.columns) == ["a-cleaned", "b-cleaned", "c-cleaned"]
    assert not cleaner_df.empty
    assert (cleaner_df["b-cleaned"].dropna() == 2.0).all()

    # Analysis
    analysis_name = "analysis-a"
    try:
        analysis = project.get_analysis(analysis_name)
    except RecordDoesNotExistError:
        analysis = project.create_analysis(analysis_name, comment="documentation analysis")
    analysis_inputs = analysis.list_all_analysis_inputs()
    if len(analysis_inputs) == 0:
        input_names = [uc.name for uc in unitcleaners if uc.name[0] in ("a", "b")]
        for name in input_names:
            analysis.create_analysis_input(cleaner, name, name)
        analysis_inputs = analysis.list_all_analysis_inputs()
    assert len(analysis_inputs) == 2
    assert all(repr(ai) == f"<odata/analysis_inputs: {ai.id}>" for ai in analysis_inputs)
    analysis_outputs = analysis.list_all_analysis_outputs()
    if len(analysis_outputs) == 0:
        analysis.create_analysis_output("a-output", "mean", unit="°C")
        analysis_outputs = analysis.list_all_analysis_outputs()
    if analysis.get_analysis_config() is None:
        analysis.create_analysis_config("3H", "3H", ANALYSIS_SCRIPT)
    analysis.reload()
    assert analysis.get_analysis_config() is not None
    analysis.run().wait_for_completion(period=200, timeout=60)
    if not analysis.active:
        analysis.activate()
    analysis_series = analysis.list_all_output_series()
    analysis_df = client.series.select_data(analysis_series)
    assert list(analysis_df.columns) == ["a-output"]
    assert not analysis_df.empty
    assert (analysis_df["a-output"].dropna() == 1.5).all()

    # Project overview
    assert [g.name for g in project.list_all_gates()] == ["gate"]
    assert [i.name for i in project.list_all_importers()] == ["importer-a"]
    assert [c.name for c in project.list_all_cleaners()] == ["importer-a"]
    assert "analysis-a" in [a.name for a in project.list_all_analyses()]
    unresolved = project.list_all_notifications(resolved=False)
    assert all(str(n).startswith(f"<odata/notifications: {n.name} (") for n in unresolved)
    assert all(n.resolved is False for n in unresolved)

    # Series data export
    project_series = project.list_all_series()
    se_l = client.series.export_download_and_parse_data(project_series)
    assert isinstance(se_l, list) and len(se_l) == len(project_series)
    names = {str(se.name) for se in se_l}
    assert "a cleaned [cleaner=importer a]" in names, names
    export_df = client.series.export_download_and_parse_data(
        project_series, out_mode="dataframe", out_freq="1H", clock="tzt"
    )
    assert isinstance(export_df, pd.DataFrame)
    assert export_df.shape == (18, len(project_series))  # the guide's 18 rows, 03:00..20:00
    assert export_df.index[0] == pd.Timestamp("2012-01-01 03:00")
    assert export_df.index[-1] == pd.Timestamp("2012-01-01 20:00")
    assert list(export_df.columns) == sorted(export_df.columns)  # by name, as the guide's export shows
    assert isinstance(export_df.index, pd.DatetimeIndex)
    assert any("waiting for task" in r.getMessage() for r in caplog.records)
    # logging as the guide sets it up (INFO): the facade's own lines, not one per HTTP request
    assert [r.getMessage() for r in caplog.records if r.name == "httpx"] == []
    facade_lines = [r for r in caplog.records if r.name.startswith("ovbp_facade")]
    assert 5 <= len(facade_lines) <= 60, [r.getMessage() for r in facade_lines]
    assert all(r.levelno >= logging.INFO for r in facade_lines)
    client.close()


def test_requests_are_logged_at_debug_or_with_ovbp_log(
    sandbox: object, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, auth_path = str(getattr(sandbox, "url")), str(getattr(sandbox, "auth_path"))  # noqa: B009
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


def test_failed_script_task_raises_and_notifies(sandbox: object, client: Client, project: Project) -> None:
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


def test_wait_timeout(sandbox: object, client: Client, project: Project) -> None:
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
