"""Two organizations: neither sees, changes nor deletes the other's records (404, not 403)."""

from __future__ import annotations

from typing import Any

from tests.ovbp_sandbox.helpers import Api, new_project

MISSING = 404


def _world(api: Api) -> dict[str, dict[str, Any]]:
    project = new_project(api)
    gate = api.ok("POST", "/odata/gates/", 201, json={"project": project["odata"], "name": "g"})
    account = api.ok("POST", f"/odata/gate_ftp_accounts/{gate['ftp_account']}/attach_new_oftp_account/", 201)
    feeder = api.ok("POST", "/odata/base_feeders/", 201, json={"gate": gate["id"]})
    importer = api.ok(
        "POST",
        "/odata/importers/",
        201,
        json={"project": project["odata"], "name": "imp", "gate": gate["id"]},
    )
    cleaner = api.ok("GET", "/odata/cleaners/", params={"related_importer": importer["id"]})["data"][0]
    uc = api.ok(
        "POST",
        "/odata/unitcleaners/",
        201,
        json={"cleaner": cleaner["id"], "external_name": "a", "name": "b"},
    )
    analysis = api.ok("POST", "/odata/analyses/", 201, json={"project": project["odata"], "name": "an"})
    me = api.ok("GET", "/oteams/users/me/")
    odata_user = api.ok("GET", f"/odata/users/{me['odata']}/")
    org = {"id": project["organization"]}  # the create answer's id
    return {
        "oteams/organizations": org,
        "oteams/projects": project,
        "oteams/users": me,
        "odata/users": odata_user,
        "odata/user_ftp_accounts": {"id": odata_user["ftp_account"]},
        "odata/projects": {"id": project["odata"]},
        "odata/gates": gate,
        "odata/gate_ftp_accounts": account,
        "odata/base_feeders": feeder,
        "odata/importers": importer,
        "odata/cleaners": cleaner,
        "odata/unitcleaners": uc,
        "odata/analyses": analysis,
    }


def test_other_organization_gets_404_on_every_id(api: Api, other_api: Api) -> None:
    mine = _world(api)
    for collection, record in mine.items():
        path = f"/{collection}/{record['id']}/"
        assert other_api.get(path).status_code == MISSING, path
        listed = other_api.ok("GET", f"/{collection}/")
        assert record["id"] not in {r["id"] for r in listed["data"]}, collection
        if collection not in (
            "oteams/users",
            "odata/users",
            "odata/user_ftp_accounts",
            "odata/gate_ftp_accounts",
        ):
            assert other_api.patch(path, json={}).status_code == MISSING, path
        if collection not in ("oteams/organizations", "oteams/users", "odata/users", "odata/projects"):
            assert other_api.delete(path).status_code in (MISSING, 405), path
    actions = [
        ("GET", f"/odata/gate_ftp_accounts/{mine['odata/gate_ftp_accounts']['id']}/password/", None),
        ("GET", f"/odata/user_ftp_accounts/{mine['odata/user_ftp_accounts']['id']}/password/", None),
        (
            "POST",
            f"/odata/gate_ftp_accounts/{mine['odata/gate_ftp_accounts']['id']}/list_dir/",
            {"path": "/"},
        ),
        (
            "POST",
            f"/odata/gate_ftp_accounts/{mine['odata/gates']['ftp_account']}/attach_new_oftp_account/",
            None,
        ),
        ("POST", f"/odata/importers/{mine['odata/importers']['id']}/action/", {"name": "run"}),
        ("PATCH", f"/odata/importers/{mine['odata/importers']['id']}/active/", {"value": True}),
        ("PATCH", f"/odata/analyses/{mine['odata/analyses']['id']}/active/", {"value": False}),
        ("POST", f"/odata/base_feeders/{mine['odata/base_feeders']['id']}/feed/", None),
    ]
    for method, path, body in actions:
        assert other_api.request(method, path, json=body).status_code == MISSING, path
    # records of the other organization cannot be referenced either
    other_org = other_api.ok("GET", "/oteams/organizations/")["data"][0]
    assert other_org["id"] != mine["oteams/organizations"]["id"]
    response = other_api.post(
        "/odata/gates/", json={"project": mine["oteams/projects"]["odata"], "name": "intruder"}
    )
    assert response.status_code == 400 and "project" in response.json()
    response = other_api.post(
        "/oteams/projects/", json={"organization": mine["oteams/organizations"]["id"], "name": "intruder"}
    )
    assert response.status_code == 400 and "organization" in response.json()
    # and everything is still there for its owner
    for collection, record in mine.items():
        assert api.get(f"/{collection}/{record['id']}/").status_code == 200, collection
