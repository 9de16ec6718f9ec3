"""Detail and list actions reach the engine: tasks, active, feed, select, multi_select, export."""

from __future__ import annotations

from typing import Any

import ftputil
import ftputil.session
import pytest

from ovbp_sandbox import Sandbox
from tests.ovbp_sandbox.helpers import Api, new_project

PARSE = (
    "import io\nimport pandas as pd\n\n"
    "def parse(content_bytes, rel_path, **tools):\n    return pd.read_json(io.BytesIO(content_bytes))\n"
)
CONTENT = (
    '{"a": {"1325376000000": 1.0, "1325379600000": 2.0}, "b": {"1325376000000": 3.0, "1325379600000": 4.0}}'
)


def _wait_task(api: Api, sandbox: Sandbox, tasks_path: str, task: dict[str, Any]) -> dict[str, Any]:
    assert sandbox.engine is not None and sandbox.engine.wait_idle(60)
    done: dict[str, Any] = api.ok("GET", f"{tasks_path}{task['id']}/")
    return done


@pytest.fixture(scope="module")
def imported(api: Api, sandbox: Sandbox) -> dict[str, Any]:
    project = new_project(api)
    gate = api.ok("POST", "/odata/gates/", 201, json={"project": project["odata"], "name": "g"})
    account = api.ok("POST", f"/odata/gate_ftp_accounts/{gate['ftp_account']}/attach_new_oftp_account/", 201)
    password = api.ok("GET", f"/odata/gate_ftp_accounts/{account['id']}/password/")["password"]
    factory = ftputil.session.session_factory(port=account["port"])
    host = ftputil.FTPHost(account["host"], account["login"], password, session_factory=factory)
    with host, host.open("first.json", "w") as f:
        f.write(CONTENT)
    importer = api.ok(
        "POST",
        "/odata/importers/",
        201,
        json={"project": project["odata"], "name": "imp", "gate": gate["id"], "parse_script": PARSE},
    )
    task = api.ok("POST", f"/odata/importers/{importer['id']}/action/", 201, json={"name": "run"})
    assert task["target"] == importer["id"] and task["base"]["status"] in ("pending", "running", "finished")
    done = _wait_task(api, sandbox, "/odata/importer_tasks/", task)
    assert done["base"]["status"] == "finished", done
    series = api.ok("GET", "/odata/series/", params={"generator": importer["id"]})["data"]
    assert sorted(s["name"] for s in series) == ["a", "b"]
    return {"project": project, "gate": gate, "importer": importer, "series": series}


def test_tasks_are_listed_by_target(api: Api, imported: dict[str, Any]) -> None:
    tasks = api.ok("GET", "/odata/importer_tasks/", params={"target": imported["importer"]["id"]})
    assert tasks["recordsFiltered"] == 1
    assert (
        api.ok("GET", "/odata/importer_series/", params={"generator": imported["importer"]["id"]})[
            "recordsFiltered"
        ]
        == 2
    )


def test_select_and_multi_select(api: Api, imported: dict[str, Any]) -> None:
    by_name = {s["name"]: s for s in imported["series"]}
    selected = api.ok("GET", f"/odata/series/{by_name['a']['id']}/select/")
    assert selected == {"index": [1325376000000, 1325379600000], "data": [1.0, 2.0]}
    cut = api.ok("GET", f"/odata/series/{by_name['a']['id']}/select/", params={"end": "2012-01-01 00:00:00"})
    assert cut["data"] == [1.0]
    pks = [by_name["a"]["otsdb_pk"], by_name["b"]["otsdb_pk"]]
    multi = api.ok("POST", "/odata/series/multi_select/", params={"dropna": "True"}, json={"otsdb_pk": pks})
    assert multi[pks[1]] == {"name": "b", "index": [1325376000000, 1325379600000], "data": [3.0, 4.0]}
    response = api.post("/odata/series/multi_select/", json={"otsdb_pk": ["nope"]})
    assert response.status_code == 400 and "otsdb_pk" in response.json()
    response = api.get(f"/odata/series/{by_name['a']['id']}/select/", params={"resample": "banana"})
    assert response.status_code == 400


def test_export_lands_in_the_user_ftp_account(api: Api, sandbox: Sandbox, imported: dict[str, Any]) -> None:
    ids = [s["id"] for s in imported["series"]]
    task = api.ok(
        "POST", "/odata/series/export/", 201, json={"series": ids, "sep": ",", "out_mode": "series"}
    )
    assert task["target"] is None
    done = _wait_task(api, sandbox, "/odata/series_export_tasks/", task)
    assert done["base"]["status"] == "finished", done
    me = api.ok("GET", "/oteams/users/me/")
    account_id = api.ok("GET", f"/odata/users/{me['odata']}/")["ftp_account"]
    listing = api.ok(
        "POST", f"/odata/user_ftp_accounts/{account_id}/list_dir/", json={"path": "series_exports"}
    )["data"]
    assert any(e["name"].endswith(".zip") and e["type"] == "file" for e in listing)
    response = api.post("/odata/series/export/", json={"series": ["00000000-0000-0000-0000-000000000000"]})
    assert response.status_code == 400 and "series" in response.json()


def test_generator_actions_feed_and_active(api: Api, sandbox: Sandbox, imported: dict[str, Any]) -> None:
    importer = imported["importer"]
    response = api.post(
        f"/odata/importers/{importer['id']}/action/", json={"name": "clear", "partial_instant": "not a date"}
    )
    assert response.status_code == 400 and "partial_instant" in response.json()
    cleaner = api.ok("GET", "/odata/cleaners/", params={"related_importer": importer["id"]})["data"][0]
    task = api.ok("POST", f"/odata/cleaners/{cleaner['id']}/action/", 201, json={"name": "run"})
    assert _wait_task(api, sandbox, "/odata/cleaner_tasks/", task)["base"]["status"] in ("finished", "failed")
    analysis = api.ok(
        "POST", "/odata/analyses/", 201, json={"project": imported["project"]["odata"], "name": "a"}
    )
    task = api.ok("POST", f"/odata/analyses/{analysis['id']}/action/", 201, json={"name": "clear"})
    assert task["target"] == analysis["id"]
    _wait_task(api, sandbox, "/odata/analysis_tasks/", task)
    feeder = api.ok("POST", "/odata/base_feeders/", 201, json={"gate": imported["gate"]["id"]})
    task = api.ok("POST", f"/odata/base_feeders/{feeder['id']}/feed/", 201)
    assert _wait_task(api, sandbox, "/odata/base_feeder_tasks/", task)["base"]["status"] == "finished"
    response = api.post("/odata/base_feeders/", json={"gate": imported["gate"]["id"], "crontab": "bad"})
    assert response.status_code == 400
    response = api.patch(f"/odata/importers/{importer['id']}/", json={"crontab": "* * *"})
    assert response.status_code == 400 and "crontab" in response.json()
    api.ok("DELETE", f"/odata/importers/{importer['id']}/", 204)
    for series in imported["series"]:
        assert api.get(f"/odata/series/{series['id']}/").status_code == 404


def test_resolving_a_notification_updates_the_analysis_count(
    api: Api, sandbox: Sandbox, imported: dict[str, Any]
) -> None:
    project = imported["project"]
    importer = api.ok(
        "POST",
        "/odata/importers/",
        201,
        json={
            "project": project["odata"],
            "name": "imp2",
            "gate": imported["gate"]["id"],
            "parse_script": PARSE,
        },
    )
    task = api.ok("POST", f"/odata/importers/{importer['id']}/action/", 201, json={"name": "run"})
    assert _wait_task(api, sandbox, "/odata/importer_tasks/", task)["base"]["status"] == "finished"
    analysis = api.ok("POST", "/odata/analyses/", 201, json={"project": project["odata"], "name": "broken"})
    api.ok(
        "POST",
        "/odata/analysis_inputs/",
        201,
        json={
            "analysis": analysis["id"],
            "input_series_generator": importer["id"],
            "input_series_name": "a",
            "column_name": "a",
        },
    )
    api.ok(
        "POST",
        "/odata/analysis_outputs/",
        201,
        json={"analysis": analysis["id"], "name": "out", "resample_rule": "mean"},
    )
    script = "raise RuntimeError('boom')\n\ndef analyze(df, **tools):\n    return df\n"
    api.ok(
        "POST",
        "/odata/analysis_configs/",
        201,
        json={
            "analysis": analysis["id"],
            "input_freq": "1H",
            "output_freq": "1H",
            "wait_offset": "0H",
            "script": script,
        },
    )
    task = api.ok("POST", f"/odata/analyses/{analysis['id']}/action/", 201, json={"name": "run"})
    assert _wait_task(api, sandbox, "/odata/analysis_tasks/", task)["base"]["status"] == "failed"
    unresolved = api.ok(
        "GET", "/odata/notifications/", params={"generator": analysis["id"], "resolved": "False"}
    )["data"]
    assert len(unresolved) == 1
    assert unresolved[0]["name"] and unresolved[0]["name"] == unresolved[0]["title"]  # the platform's `name`
    assert api.ok("GET", f"/odata/analyses/{analysis['id']}/")["unresolved_notifications_nb"] == 1
    resolved = api.ok("PATCH", f"/odata/notifications/{unresolved[0]['id']}/", json={"resolved": True})
    assert resolved["resolved"] is True
    assert api.ok("GET", f"/odata/analyses/{analysis['id']}/")["unresolved_notifications_nb"] == 0
    assert (
        api.ok("GET", "/odata/notifications/", params={"generator": analysis["id"], "resolved": "true"})[
            "recordsFiltered"
        ]
        == 1
    )
