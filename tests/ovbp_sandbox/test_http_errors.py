"""Authentication and the DRF-style JSON errors: 400 naming the field, 401, 404, 405, 413, 415."""

from __future__ import annotations

import uuid

import httpx

from ovbp_sandbox import Sandbox
from tests.ovbp_sandbox.helpers import Api, new_project


def test_missing_or_wrong_credentials_answer_401_with_a_challenge(
    anonymous: httpx.Client, auth: tuple[str, str]
) -> None:
    response = anonymous.get("/oteams/projects/")
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Basic")
    assert "detail" in response.json()
    wrong = anonymous.get("/oteams/projects/", auth=(auth[0], "not the password"))
    assert wrong.status_code == 401 and "detail" in wrong.json()
    assert auth[1] not in wrong.text
    unknown = anonymous.get("/oteams/users/me/", auth=("nobody@localhost", "x"))
    assert unknown.status_code == 401
    garbage = anonymous.get("/oteams/users/me/", headers={"Authorization": "Basic !!!"})
    assert garbage.status_code == 401


def test_unknown_path_and_wrong_method_answer_json(api: Api) -> None:
    response = api.get("/no/such/path/")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}
    response = api.put("/odata/series/export/")
    assert response.status_code == 405
    assert "PUT" in response.json()["detail"]
    response = api.delete("/oteams/users/me/")
    assert response.status_code == 405


def test_unknown_id_answers_404(api: Api) -> None:
    for path in ("/odata/gates/", "/odata/importers/", "/oteams/projects/", "/odata/series/"):
        response = api.get(f"{path}00000000-0000-0000-0000-000000000000/")
        assert response.status_code == 404
        assert response.json() == {"detail": "Not found."}


def test_bad_body_names_the_field_and_what_is_allowed(api: Api) -> None:
    project = new_project(api)
    response = api.post("/odata/gates/", json={"project": project["odata"], "name": 3})
    assert response.status_code == 400
    assert "string" in response.json()["name"][0]
    response = api.post("/odata/gates/", json={"name": "g"})
    assert response.json() == {"project": ["This field is required."]}
    response = api.post("/odata/gates/", json={"project": str(uuid.uuid4()), "name": "g"})
    assert response.status_code == 400
    assert "object does not exist" in response.json()["project"][0]
    response = api.post("/odata/gates/", json={"project": "00000000-nope", "name": "g"})
    assert response.status_code == 400
    assert "'00000000-nope' is not a 'uuid'" in response.json()["project"][0]
    response = api.post("/odata/gates/", json=["not", "an", "object"])
    assert response.status_code == 400 and "non_field_errors" in response.json()
    response = api.post("/odata/importers/x/action/", json={"name": "explode"})
    assert response.status_code in (400, 404)


def test_bad_query_parameters_answer_400(api: Api) -> None:
    response = api.get("/odata/gates/", params={"length": -1})
    assert response.status_code == 400 and "length" in response.json()
    response = api.get("/odata/gates/", params={"start": "abc"})
    assert response.status_code == 400 and "start" in response.json()
    # Python-formatted booleans and unknown parameters are accepted
    assert api.get("/odata/notifications/", params={"resolved": "False"}).status_code == 200
    assert api.get("/oteams/projects/", params={"empty": "True"}).status_code == 200


def test_non_json_and_oversized_bodies_answer_4xx(api: Api, sandbox: Sandbox) -> None:
    response = api.post("/odata/gates/", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 400 and "JSON parse error" in response.json()["detail"]
    response = api.post("/odata/gates/", content=b"name=x", headers={"content-type": "text/plain"})
    assert response.status_code == 400 and "media type" in response.json()["detail"]
    big = b'{"name": "' + b"x" * (10 * 1024 * 1024 + 10) + b'"}'
    response = api.post("/odata/gates/", content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413 and "larger" in response.json()["detail"]
    response = api.post("/odata/gates/", content=b"", headers={"content-type": "application/json"})
    assert response.status_code == 400
