"""CRUD of every collection family, with the platform's side records, shapes and pagination."""

from __future__ import annotations

from typing import Any

from ovbp_sandbox.backend.registry import FULL_RIGHTS
from tests.ovbp_sandbox.helpers import Api, new_project, unique
from tests.support.spec_defaults import IMPORTER_DEFAULTS, UNITCLEANER_DEFAULTS


def _importer(api: Api, project: dict[str, Any], **fields: Any) -> dict[str, Any]:
    body = {"project": project["odata"], "name": unique("importer"), **fields}
    created: dict[str, Any] = api.ok("POST", "/odata/importers/", 201, json=body)
    return created


def as_listed(detail: dict[str, Any]) -> dict[str, Any]:
    """A detail answer as list answers (and nested objects) carry it: the caller's rights left out."""
    return {**detail, "rights": None}


def test_organization_is_listed_retrieved_and_changed_not_created(api: Api) -> None:
    page = api.ok("GET", "/oteams/organizations/")
    assert page["recordsTotal"] == 1 and page["recordsFiltered"] == 1
    org = page["data"][0]
    assert org["name"] == "Sandbox" and org["ftp_account"]
    detail = api.ok("GET", f"/oteams/organizations/{org['id']}/")
    assert org["rights"] is None and detail["rights"] == FULL_RIGHTS  # the caller's rights, in detail answers
    assert {**detail, "rights": None} == org
    assert api.ok("GET", "/oteams/organizations/", params={"name": "Nope"})["data"] == []
    changed = api.ok("PATCH", f"/oteams/organizations/{org['id']}/", json={"comment": "hello"})
    assert changed["comment"] == "hello"
    api.ok("PATCH", f"/oteams/organizations/{org['id']}/", json={"comment": ""})
    assert api.post("/oteams/organizations/", json={"name": "new"}).status_code == 403
    assert api.delete(f"/oteams/organizations/{org['id']}/").status_code == 403
    account = api.ok("GET", f"/odata/user_ftp_accounts/{org['ftp_account']}/")
    assert account["protocol"] == "ftp" and account["login"]


def test_project_creates_its_odata_project_and_nests_its_organization(api: Api) -> None:
    org = api.ok("GET", "/oteams/organizations/")["data"][0]
    name = unique("project")
    project = api.ok("POST", "/oteams/projects/", 201, json={"organization": org["id"], "name": name})
    assert project["organization"] == org["id"] and project["rights"] is None  # the flat create answer
    assert project["creation_date"].count("-") == 2 and project["is_visible"] is True
    odata = api.ok("GET", f"/odata/projects/{project['odata']}/")
    expected = {"id": project["odata"], "name": name, "mail_alerts_activated": False}
    assert odata == {**expected, "rights": FULL_RIGHTS}
    nested = {**project, "organization": org}  # list and retrieve answers nest the organization
    listed = api.ok("GET", "/oteams/projects/", params={"name": name, "organization": org["id"]})
    assert listed["recordsFiltered"] == 1 and listed["data"][0] == nested
    assert api.ok("GET", f"/oteams/projects/{project['id']}/") == {**nested, "rights": FULL_RIGHTS}
    renamed = api.ok("PATCH", f"/oteams/projects/{project['id']}/", json={"name": name + "-2"})
    assert renamed["name"] == name + "-2" and renamed["organization"] == org["id"]
    assert api.ok("GET", f"/odata/projects/{project['odata']}/")["name"] == name + "-2"
    # PUT is refused as the platform's viewsets refuse it, and changes nothing
    put = api.put(f"/oteams/projects/{project['id']}/", json={"organization": org["id"], "name": name})
    assert put.status_code == 403 and put.json() == {"detail": "update action forbidden, use partial_update"}
    assert api.ok("GET", f"/oteams/projects/{project['id']}/")["name"] == name + "-2"
    alerts = api.ok("PATCH", f"/odata/projects/{project['odata']}/", json={"mail_alerts_activated": True})
    assert alerts["mail_alerts_activated"] is True
    api.ok("DELETE", f"/oteams/projects/{project['id']}/", 204)
    assert api.get(f"/oteams/projects/{project['id']}/").status_code == 404
    assert api.get(f"/odata/projects/{project['odata']}/").status_code == 404


def test_pagination_filters_and_totals(api: Api) -> None:
    project = new_project(api)
    other = new_project(api)
    names = [f"g{i:02d}" for i in range(7)]
    for name in names:
        api.ok("POST", "/odata/gates/", 201, json={"project": project["odata"], "name": name})
    api.ok("POST", "/odata/gates/", 201, json={"project": other["odata"], "name": "g00"})
    asked = {"project": project["odata"], "start": 2, "length": 3, "draw": 4}
    page = api.ok("GET", "/odata/gates/", params=asked)
    assert [g["name"] for g in page["data"]] == names[2:5]
    # both counts after filtering, as odjango's pagination.py counts without a DataTables search
    assert page["recordsFiltered"] == 7 and page["recordsTotal"] == 7
    assert list(page) == ["draw", "recordsTotal", "recordsFiltered", "start", "data"]
    assert page["draw"] == 4 and page["start"] == 2
    assert api.ok("GET", "/odata/gates/", params={"project": project["odata"]})["draw"] is None
    capped = api.ok("GET", "/odata/gates/", params={"length": 5000})  # above the maximum: capped, no error
    assert len(capped["data"]) == min(200, capped["recordsFiltered"])
    none = api.ok("GET", "/odata/gates/", params={"project": project["odata"], "empty": "true"})
    assert none["data"] == [] and none["recordsTotal"] == 0 and none["recordsFiltered"] == 0
    for bad in ({"start": "x"}, {"length": "-1"}, {"start": "-3"}, {"draw": "y"}):
        answer = api.get("/odata/gates/", params=bad)
        assert answer.status_code == 400 and next(iter(bad)) in answer.text, (bad, answer.text)
    last = api.ok("GET", "/odata/gates/", params={"project": project["odata"], "start": 6, "length": 200})
    assert [g["name"] for g in last["data"]] == ["g06"]
    empty = api.ok("GET", "/odata/gates/", params={"project": project["odata"], "start": 7})
    assert empty["data"] == [] and empty["recordsFiltered"] == 7
    by_name = api.ok("GET", "/odata/gates/", params={"name": "g00"})
    assert by_name["recordsFiltered"] >= 2
    both = api.ok("GET", "/odata/gates/", params={"name": "g00", "project": other["odata"]})
    assert both["recordsFiltered"] == 1


def test_gate_ftp_account_and_base_feeder_shapes(api: Api) -> None:
    project = new_project(api)
    gate = api.ok("POST", "/odata/gates/", 201, json={"project": project["odata"], "name": "gate"})
    assert gate["base_feeder"] is None and gate["rights"] is None  # the flat serializer's create answer
    account = api.ok("GET", f"/odata/gate_ftp_accounts/{gate['ftp_account']}/")
    listed = api.ok("GET", "/odata/gates/", params={"project": project["odata"]})["data"][0]
    assert listed["ftp_account"] == {**account, "rights": None}  # nested in list and retrieve answers
    assert api.ok("GET", f"/odata/gates/{gate['id']}/")["ftp_account"] == {**account, "rights": None}
    assert account == {
        "id": gate["ftp_account"],
        "rights": FULL_RIGHTS,
        "protocol": "ftp",
        "host": "",  # not configured yet: the platform's form, which the old client tests
        "port": None,
        "login": None,
    }
    assert api.get(f"/odata/gate_ftp_accounts/{account['id']}/password/").status_code == 400
    attached = api.ok("POST", f"/odata/gate_ftp_accounts/{account['id']}/attach_new_oftp_account/", 201)
    assert attached["host"] == "127.0.0.1" and attached["port"] > 0 and attached["login"]
    assert api.ok("GET", "/odata/gate_ftp_accounts/", params={"login": attached["login"]})["data"] == [
        as_listed(attached)
    ]
    password = api.ok("GET", f"/odata/gate_ftp_accounts/{account['id']}/password/")["password"]
    assert len(password) >= 12

    feeder = api.ok("POST", "/odata/base_feeders/", 201, json={"gate": gate["id"], "crontab": "0 0 * * * *"})
    assert feeder["active"] is False and feeder["child_id"] is None and feeder["crontab"] == "0 0 * * * *"
    assert api.post("/odata/base_feeders/", json={"gate": gate["id"]}).status_code == 400
    listed = api.ok("GET", "/odata/gates/", params={"project": project["odata"]})["data"][0]
    assert listed["base_feeder"] == feeder["id"]
    retrieved = api.ok("GET", f"/odata/gates/{gate['id']}/")
    assert retrieved["base_feeder"] == as_listed(feeder)
    child = api.ok(
        "POST", "/odata/generic_basic_feeders/", 201, json={"base_feeder": feeder["id"], "script": "x = 1"}
    )
    feeder = api.ok("GET", f"/odata/base_feeders/{feeder['id']}/")
    assert feeder["child_id"] == child["id"] and feeder["child_model"] == "genericbasicfeeder"
    assert api.ok("PATCH", f"/odata/base_feeders/{feeder['id']}/active/", json={"value": True}) == {
        "value": True
    }
    assert api.ok("GET", f"/odata/base_feeders/{feeder['id']}/")["active"] is True
    api.ok("DELETE", f"/odata/generic_basic_feeders/{child['id']}/", 204)
    assert api.ok("GET", f"/odata/base_feeders/{feeder['id']}/")["child_model"] is None
    web = api.ok(
        "POST", "/odata/static_webservice_feeder/", 201, json={"base_feeder": feeder["id"], "url": "http://x"}
    )
    assert api.ok("GET", "/odata/static_webservice_feeder/", params={"base_feeder": feeder["id"]})[
        "data"
    ] == [as_listed(web)]
    api.ok("PATCH", f"/odata/static_webservice_feeder/{web['id']}/", json={"url": "http://y"})
    api.ok("DELETE", f"/odata/gates/{gate['id']}/", 204)
    for path in (
        f"/odata/gate_ftp_accounts/{account['id']}/",
        f"/odata/base_feeders/{feeder['id']}/",
        f"/odata/static_webservice_feeder/{web['id']}/",
    ):
        assert api.get(path).status_code == 404, path


def test_importer_defaults_cleaner_and_unitcleaners(api: Api) -> None:
    project = new_project(api)
    gate = api.ok("POST", "/odata/gates/", 201, json={"project": project["odata"], "name": "gate"})
    importer = _importer(api, project, comment="doc")
    expected = {
        **IMPORTER_DEFAULTS,  # the spec's defaults of what the request left out
        "active": False,
        "comment": "doc",
        "model": "importer",
        "last_run": None,
        "last_clear": None,
        "last_imported_path": None,
        "latest_imported_mdate": None,
        "project": project["odata"],
    }
    assert IMPORTER_DEFAULTS["crontab"] == "0 0 0 1 1 *" and IMPORTER_DEFAULTS["root_dir_path"] == "/"
    assert {k: importer[k] for k in expected} == expected
    configured = api.ok("PATCH", f"/odata/importers/{importer['id']}/", json={"gate": gate["id"]})
    assert configured["gate"] == gate["id"]
    listed = api.ok("GET", "/odata/importers/", params={"gate": gate["id"]})["data"]
    assert listed == [{**configured, "rights": None}]
    assert (
        api.ok("PATCH", f"/odata/importers/{importer['id']}/active/", json={"value": True})["value"] is True
    )
    cleaners = api.ok("GET", "/odata/cleaners/", params={"project": project["odata"]})["data"]
    assert len(cleaners) == 1
    cleaner = cleaners[0]
    assert cleaner["name"] == importer["name"] and cleaner["related_importer"] == importer["id"]
    assert cleaner["model"] == "cleaner"
    assert api.post("/odata/cleaners/", json={"name": "x"}).status_code == 405
    uc = api.ok(
        "POST",
        "/odata/unitcleaners/",
        201,
        json={"cleaner": cleaner["id"], "external_name": "a", "name": "a-cleaned", "freq": "1H"},
    )
    assert uc["input_unit_type"] == "instantaneous" and uc["wait_offset"] == "6H" and uc["custom_fct"] is None
    assert {name: uc[name] for name in UNITCLEANER_DEFAULTS} == UNITCLEANER_DEFAULTS  # the spec's defaults
    found = api.ok("GET", "/odata/unitcleaners/", params={"cleaner": cleaner["id"], "external_name": "a"})
    assert found["data"] == [as_listed(uc)]
    uc2 = api.ok("PATCH", f"/odata/unitcleaners/{uc['id']}/", json={"label": "hello"})
    assert uc2["label"] == "hello"
    api.ok("DELETE", f"/odata/importers/{importer['id']}/", 204)
    assert api.get(f"/odata/cleaners/{cleaner['id']}/").status_code == 404
    assert api.get(f"/odata/unitcleaners/{uc['id']}/").status_code == 404
    assert api.ok("GET", f"/odata/gates/{gate['id']}/")["id"] == gate["id"]


def test_analysis_config_inputs_outputs(api: Api) -> None:
    project = new_project(api)
    importer = _importer(api, project)
    cleaner = api.ok("GET", "/odata/cleaners/", params={"related_importer": importer["id"]})["data"][0]
    analysis = api.ok("POST", "/odata/analyses/", 201, json={"project": project["odata"], "name": "an"})
    assert (
        analysis["active"] is True and analysis["analysisconfig"] is None and analysis["model"] == "analysis"
    )
    # the create answer as the 2020 guide prints it: no detail-only fields (the flat serializer)
    assert "unresolved_notifications_nb" not in analysis and "is_obsolete" not in analysis
    detail = api.ok("GET", f"/odata/analyses/{analysis['id']}/")
    assert detail["unresolved_notifications_nb"] == 0 and detail["is_obsolete"] is False
    config = api.ok(
        "POST",
        "/odata/analysis_configs/",
        201,
        json={
            "analysis": analysis["id"],
            "input_freq": "3H",
            "output_freq": "3H",
            "script": "def analyze(df): 1",
        },
    )
    assert config["script_method"] == "array" and config["output_tags"] == []
    again = {"analysis": analysis["id"], "input_freq": "3H", "output_freq": "3H", "script": ""}
    assert api.post("/odata/analysis_configs/", json=again).status_code == 400
    listed = api.ok("GET", "/odata/analyses/", params={"project": project["odata"]})["data"][0]
    assert listed["analysisconfig"] == config["id"]
    # the list form leaves out what the platform sends in detail answers only (as the guide shows)
    assert "is_obsolete" not in listed and "unresolved_notifications_nb" not in listed
    detail = api.ok("GET", f"/odata/analyses/{analysis['id']}/")
    assert detail["analysisconfig"] == as_listed(config)  # nested objects carry no rights
    assert detail["is_obsolete"] is False and detail["unresolved_notifications_nb"] == 0
    inp = api.ok(
        "POST",
        "/odata/analysis_inputs/",
        201,
        json={
            "analysis": analysis["id"],
            "input_series_generator": cleaner["id"],
            "input_series_name": "a-cleaned",
            "column_name": "a",
        },
    )
    out = api.ok(
        "POST",
        "/odata/analysis_outputs/",
        201,
        json={"analysis": analysis["id"], "name": "a-output", "resample_rule": "mean", "unit": "°C"},
    )
    assert out["label"] == "" and out["numerical_filter"] is None and out["unit"] == "°C"
    assert api.ok("GET", "/odata/analysis_inputs/", params={"analysis": analysis["id"]})["data"] == [
        as_listed(inp)
    ]
    assert api.ok("GET", "/odata/analysis_outputs/", params={"analysis": analysis["id"]})["data"] == [
        as_listed(out)
    ]
    assert api.ok("PATCH", f"/odata/analyses/{analysis['id']}/active/", json={"value": False}) == {
        "value": False
    }
    bad_input = {**inp, "input_series_generator": "00000000-0000-0000-0000-000000000000"}
    del bad_input["id"], bad_input["rights"]
    response = api.post("/odata/analysis_inputs/", json=bad_input)
    assert response.status_code == 400 and "input_series_generator" in response.json()
    api.ok("DELETE", f"/odata/analysis_configs/{config['id']}/", 204)
    assert api.ok("GET", f"/odata/analyses/{analysis['id']}/")["analysisconfig"] is None
    api.ok("DELETE", f"/odata/analyses/{analysis['id']}/", 204)
    for path in (f"/odata/analysis_inputs/{inp['id']}/", f"/odata/analysis_outputs/{out['id']}/"):
        assert api.get(path).status_code == 404


def test_project_delete_cascades_to_everything_in_it(api: Api) -> None:
    project = new_project(api)
    gate = api.ok("POST", "/odata/gates/", 201, json={"project": project["odata"], "name": "g"})
    importer = _importer(api, project, gate=gate["id"])
    analysis = api.ok("POST", "/odata/analyses/", 201, json={"project": project["odata"], "name": "an"})
    api.ok("DELETE", f"/oteams/projects/{project['id']}/", 204)
    for path in (
        f"/odata/gates/{gate['id']}/",
        f"/odata/gate_ftp_accounts/{gate['ftp_account']}/",
        f"/odata/importers/{importer['id']}/",
        f"/odata/analyses/{analysis['id']}/",
    ):
        assert api.get(path).status_code == 404, path
    assert api.ok("GET", "/odata/cleaners/", params={"project": project["odata"]})["data"] == []


def test_users_me_odata_user_and_read_only_collections(api: Api, auth: tuple[str, str]) -> None:
    me = api.ok("GET", "/oteams/users/me/")
    assert me["username"] == auth[0]
    assert api.ok("GET", f"/oteams/users/{me['id']}/") == me
    assert api.ok("GET", "/oteams/users/", params={"username": auth[0]})["data"] == [as_listed(me)]
    changed = api.ok("PATCH", f"/oteams/users/{me['id']}/", json={"first_name": "Ada"})
    assert changed["first_name"] == "Ada"
    odata_user = api.ok("GET", f"/odata/users/{me['odata']}/")
    account = api.ok("GET", f"/odata/user_ftp_accounts/{odata_user['ftp_account']}/")
    assert account["login"] and account["host"] == "127.0.0.1"
    assert api.ok("GET", f"/odata/user_ftp_accounts/{account['id']}/password/")["password"]
    assert auth[1] not in str(api.ok("GET", "/oteams/users/"))
    for path in (
        "/odata/series/",
        "/odata/importer_series/",
        "/odata/notifications/",
        "/odata/importer_tasks/",
        "/odata/cleaner_tasks/",
        "/odata/analysis_tasks/",
        "/odata/base_feeder_tasks/",
        "/odata/series_export_tasks/",
        "/odata/users/",
        "/odata/projects/",
    ):
        page = api.ok("GET", path)
        assert list(page) == ["draw", "recordsTotal", "recordsFiltered", "start", "data"]
