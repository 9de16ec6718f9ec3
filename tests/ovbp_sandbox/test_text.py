"""Text in, text out: strings that cannot be stored and served back as UTF-8 JSON are refused, a record
stored before that rule never breaks a list or a page, and deep JSON is a 400, not a crash."""

from __future__ import annotations

import httpx
import pytest

from ovbp_facade import Client, Organization
from ovbp_sandbox import Sandbox
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend.store import Store
from tests.ovbp_sandbox.helpers import read_auth


@pytest.fixture
def http(sandbox: Sandbox) -> httpx.Client:
    return httpx.Client(base_url=sandbox.url, auth=read_auth(sandbox.auth_path), timeout=30)


def store_of(sandbox: Sandbox) -> Store:
    assert sandbox.store is not None
    return sandbox.store


def post_raw(http: httpx.Client, path: str, body: str) -> httpx.Response:
    """A body as a client writes it (httpx's json= cannot encode a lone surrogate)."""
    return http.post(path, content=body.encode(), headers={"Content-Type": "application/json"})


@pytest.mark.parametrize(
    ("escaped", "said"), [("x\\udc80", "lone surrogate (U+DC80)"), ("a\\u0000b", "NUL character")]
)
def test_unstorable_text_is_refused_naming_the_field_and_nothing_is_written(
    http: httpx.Client, organization: Organization, sandbox: Sandbox, escaped: str, said: str
) -> None:
    project = organization.create_project(f"text-{escaped[:1]}")
    before = store_of(sandbox).count(r.GATES)
    answer = post_raw(
        http, "/odata/gates/", f'{{"project": "{project.odata_id}", "name": "g", "comment": "{escaped}"}}'
    )
    assert answer.status_code == 400 and said in answer.json()["comment"][0]
    assert store_of(sandbox).count(r.GATES) == before
    nested = post_raw(http, "/odata/series/multi_select/", f'{{"otsdb_pk": ["{escaped}"]}}')
    assert nested.status_code == 400 and "otsdb_pk[0]" in nested.json()


def test_a_stored_lone_surrogate_never_breaks_a_list_or_a_page(
    client: Client, organization: Organization, sandbox: Sandbox, http: httpx.Client
) -> None:
    project = organization.create_project("stored before the rule")
    gate = project.create_gate("kept")
    store_of(sandbox).update(
        r.GATES, gate.id, {"comment": "from \udc80 a logger"}
    )  # as an older sandbox kept it
    listed = http.get("/odata/gates/", params={"project": project.odata_id})
    assert listed.status_code == 200 and listed.json()["data"][0]["comment"] == "from \\udc80 a logger"
    assert http.get(f"/odata/gates/{gate.id}/").status_code == 200
    assert [g.comment for g in project.list_all_gates()] == ["from \\udc80 a logger"]
    kept = store_of(sandbox).get(r.GATES, gate.id)
    assert kept is not None and kept["comment"] == "from \udc80 a logger"  # nothing lost
    store_of(sandbox).update(r.PROJECTS, project.id, {"name": "site \udcff"})
    assert http.get("/oteams/projects/").status_code == 200
    home = httpx.get(sandbox.dashboard_url, auth=read_auth(sandbox.auth_path), timeout=30)
    assert home.status_code == 200 and "site \\udcff" in home.text  # the home page lists the projects


def test_deep_json_is_a_400_naming_the_limit(http: httpx.Client) -> None:
    for depth in (100, 3000):
        body = '{"name": ' + "[" * depth + "]" * depth + "}"
        answer = post_raw(http, "/odata/gates/", body)
        assert answer.status_code == 400 and "nested deeper than 64 levels" in answer.text
