"""Requests that cannot be right: refused before any traffic by the facade, or with a 4xx (never a 5xx)
by the sandbox, and in both cases nothing is created.

(tests/ovbp_sandbox/test_http_errors.py checks the sandbox's 4xx answers and messages; here the point is that
nothing is created and that the facade's own refusals send no request at all.)
"""

from __future__ import annotations

import pathlib
import uuid
from collections.abc import Iterable
from typing import Any

import httpx
import pytest

from ovbp_facade import BadRequestError, Client, Project, RequestTooLargeError, Series
from ovbp_sandbox import Sandbox
from tests.support.sandboxes import RecordingTransport
from tests.support.series_answers import series_answer

OVERSIZED = 10 * 1024 * 1024 + 1024  # the sandbox refuses bodies over 10 MiB


def _fake_series(client: Client) -> list[Series]:
    """Series records built locally: if the facade sent anything, the ids would not even exist."""
    ids = [str(uuid.uuid4()) for _ in range(2)]
    return [client.series.data_to_record(series_answer(i, f"s{n}")) for n, i in enumerate(ids)]


def test_select_on_no_series_fails_before_any_request(
    recorded_client: Client, recorder: RecordingTransport
) -> None:
    client = recorded_client
    empties: list[Iterable[Series]] = [[], (), iter([])]
    for empty in empties:
        with pytest.raises(ValueError, match="at least contain one series"):
            client.series.select_data(empty)
        with pytest.raises(ValueError, match="at least contain one series"):
            client.series.export_data(empty)
    assert recorder.requests == []


def test_conflicting_export_options_fail_before_any_request(
    recorded_client: Client, recorder: RecordingTransport, tmp_path: pathlib.Path
) -> None:
    client = recorded_client
    series = _fake_series(client)
    export = client.series.export_download_and_parse_data
    with pytest.raises(ValueError, match="time grouper"):
        export(series, download_dir_path=tmp_path, time_grouper="1D")
    with pytest.raises(ValueError, match="time grouper"):
        export(series, time_grouper="1D")
    with pytest.raises(ValueError, match="tags"):
        export(series, download_dir_path=tmp_path, with_tags=True)
    with pytest.raises(ValueError, match="download_dir_path"):
        export(series, return_frame=False)
    with pytest.raises(NotADirectoryError, match="nope' does not exist"):
        export(series, download_dir_path=tmp_path / "nope", return_frame=False)
    (tmp_path / "a-file").write_text("")
    with pytest.raises(NotADirectoryError, match="a-file' is not a directory"):
        export(series, download_dir_path=tmp_path / "a-file", return_frame=False)
    assert recorder.requests == []
    assert list(tmp_path.iterdir()) == [tmp_path / "a-file"]


def _bad_bodies(project: Project) -> list[tuple[str, bytes, str]]:
    """(label, body, content type) of create requests that must be refused."""
    return [
        ("not JSON", b"{not json", "application/json"),
        ("truncated JSON", b'{"project": "' + project.odata_id.encode(), "application/json"),
        ("not UTF-8", b'{"name": "\xff\xfe"}', "application/json"),
        ("form body", b"name=x&project=y", "application/x-www-form-urlencoded"),
        ("a list", b'["name", "x"]', "application/json"),
        ("a string", b'"name"', "application/json"),
        ("a number", b"42", "application/json"),
        ("null", b"null", "application/json"),
        ("empty", b"", "application/json"),
        (
            "name of the wrong type",
            b'{"project": "%s", "name": 3}' % project.odata_id.encode(),
            "application/json",
        ),
        ("project of the wrong type", b'{"project": ["x"], "name": "g"}', "application/json"),
        ("oversized", b'{"name": "' + b"x" * OVERSIZED + b'"}', "application/json"),
    ]


def _names(client: Client, project: Project) -> dict[str, list[str]]:
    return {
        "gates": [g.id for g in project.list_all_gates()],
        "importers": [i.id for i in project.list_all_importers()],
        "analyses": [a.id for a in project.list_all_analyses()],
        "projects": [p.id for p in client.projects.list_all()],
    }


@pytest.mark.parametrize(
    "collection", ["odata/gates", "odata/importers", "odata/analyses", "oteams/projects"]
)
def test_malformed_create_bodies_get_4xx_and_create_nothing(
    sandbox: Sandbox, client: Client, project: Project, collection: str
) -> None:
    before = _names(client, project)
    login, password = sandbox.auth_path.read_text().splitlines()[:2]
    with httpx.Client(base_url=sandbox.url, auth=(login, password), timeout=60) as raw:
        for label, body, content_type in _bad_bodies(project):
            response = raw.post(f"/{collection}/", content=body, headers={"content-type": content_type})
            assert 400 <= response.status_code < 500, (collection, label, response.status_code, response.text)
            assert isinstance(response.json(), dict), (collection, label)
    assert _names(client, project) == before
    # and the sandbox still serves
    assert project.create_gate("after").name == "after"


def test_malformed_update_bodies_get_4xx_and_change_nothing(
    sandbox: Sandbox, client: Client, project: Project
) -> None:
    importer = project.create_importer("imp", comment="kept")
    importer.configure(crontab="0 0 0 1 1 *", parse_script="def parse(b, p, **t): pass")
    before = client.importers.retrieve(importer.id).data
    login, password = sandbox.auth_path.read_text().splitlines()[:2]
    bodies = [
        *_bad_bodies(project),
        ("comment of the wrong type", b'{"comment": 3, "crontab": "0 0 0 2 1 *"}', "application/json"),
        ("bad crontab with a good comment", b'{"comment": "new", "crontab": "x"}', "application/json"),
        (
            "bad root dir with a good comment",
            b'{"comment": "new", "root_dir_path": "/../x"}',
            "application/json",
        ),
    ]
    with httpx.Client(base_url=sandbox.url, auth=(login, password), timeout=60) as raw:
        for label, body, content_type in bodies:
            if label == "empty":
                continue  # an empty PATCH is a valid "change nothing"
            response = raw.patch(
                f"/odata/importers/{importer.id}/", content=body, headers={"content-type": content_type}
            )
            assert 400 <= response.status_code < 500, (label, response.status_code, response.text)
    assert client.importers.retrieve(importer.id).data == before


def test_oversized_value_through_the_facade_is_a_bad_request(client: Client, project: Project) -> None:
    before = _names(client, project)
    with pytest.raises(RequestTooLargeError) as info:
        project.create_gate("x" * OVERSIZED)
    assert info.value.status == 413 and "larger" in str(info.value)
    with pytest.raises(BadRequestError):
        project.create_importer("imp").configure(parse_script="#" * OVERSIZED)
    after = _names(client, project)
    assert after["gates"] == before["gates"] and len(after["importers"]) == 1
    importer = project.get_importer("imp")
    assert importer.parse_script != "#" * OVERSIZED and len(importer.parse_script) < 1000


def test_wrong_types_through_the_facade_name_the_field(client: Client, project: Project) -> None:
    before = _names(client, project)
    bad: list[dict[str, Any]] = [
        {"project": project.odata_id, "name": 3},
        {"project": project.odata_id, "name": None},
        {"project": str(uuid.uuid4()), "name": "orphan"},
    ]
    for fields in bad:
        with pytest.raises(BadRequestError) as info:
            client.gates.create(**fields)
        assert "project" in str(info.value) or "name" in str(info.value), str(info.value)
    assert _names(client, project) == before
