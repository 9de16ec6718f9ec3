"""Test helpers: an httpx client whose every answer is checked against the spec (openapi-core)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
from openapi_core.templating.paths.exceptions import PathError
from openapi_core.testing import MockRequest, MockResponse

from ovbp_sandbox.api.spec import API_PREFIX, openapi
from ovbp_sandbox.spec_file import spec_dict

_HOST = "http://sandbox"


def read_auth(path: Path) -> tuple[str, str]:
    login, password = path.read_text(encoding="utf-8").splitlines()[:2]
    return login, password


def _answer_kind(method: str, path: str) -> tuple[str, str] | None:
    """(collection, answer kind) of a standard operation's answer; None for actions' own answers."""
    parts = path.strip("/").split("/")
    if len(parts) == 2:
        return "/".join(parts), {"GET": "list", "POST": "create"}.get(method, "")
    if len(parts) == 3:
        return "/".join(parts[:2]), {"GET": "retrieve", "PATCH": "partial_update"}.get(method, "")
    return None


def _record_schema(collection: str) -> dict[str, Any]:
    item = spec_dict()["paths"].get(f"/{collection}/{{id}}/", {})
    content = item.get("get", {}).get("responses", {}).get("200", {}).get("content", {})
    ref = str(content.get("application/json", {}).get("schema", {}).get("$ref", ""))
    schema: dict[str, Any] = spec_dict()["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
    return schema


def record_form_problems(schema: dict[str, Any], kind: str, record: dict[str, Any]) -> list[str]:
    """How a record differs from the form the spec declares for `kind` (x-always-sent, x-forms)."""
    problems = []
    properties = schema.get("properties", {})
    for name in set(schema.get("x-always-sent", [])) | {n for n, p in properties.items() if "x-forms" in p}:
        form = properties.get(name, {}).get("x-forms", {}).get(kind, "value")
        if form == "absent":
            if name in record:
                problems.append(f"{name} sent in a {kind} answer")
            continue
        if name not in record:
            problems.append(f"{name} missing from a {kind} answer")
            continue
        value = record[name]
        sent = "null" if value is None else "id" if isinstance(value, str) else "nested"
        if (form in ("id", "nested") and sent not in (form, "null")) or (form == "null" and sent != "null"):
            problems.append(f"{name} sent as {sent}, {kind} answers send {form}")
    problems += [f"{name} is not in the spec" for name in record if name not in properties]
    return problems


def form_problems(method: str, path: str, body: Any) -> list[str]:
    """The answer's records against their declared forms (lists record by record)."""
    found = _answer_kind(method, path)
    if found is None or not found[1] or not isinstance(body, dict):
        return []
    collection, kind = found
    schema = _record_schema(collection)
    if not schema:
        return []
    records = body.get("data", []) if kind == "list" else [body]
    return [p for record in records for p in record_form_problems(schema, kind, record)]


def check_response(response: httpx.Response) -> None:
    """Raise AssertionError when an answer breaks the spec (JSON 404/405 of unknown routes excepted)."""
    response.read()
    request = response.request
    url_path = request.url.path
    assert url_path.startswith(API_PREFIX), url_path
    query = dict(httpx.QueryParams(request.url.query))
    mock_request = MockRequest(
        _HOST,
        request.method.lower(),
        url_path,
        args=query,
        headers={"Authorization": "Basic checked"},
        data=request.content or None,
    )
    content_type = response.headers.get("content-type", "")
    if response.status_code != 204:
        assert content_type.startswith("application/json"), (response.status_code, response.text)
    mock_response = MockResponse(
        response.content if response.status_code != 204 else b"",
        status_code=response.status_code,
        content_type=content_type.split(";")[0] if response.status_code != 204 else "",
    )
    try:
        openapi().validate_response(mock_request, mock_response)
        if response.status_code in (200, 201):
            problems = form_problems(request.method, url_path.removeprefix(API_PREFIX), response.json())
            assert not problems, problems
    except PathError:
        assert response.status_code in (404, 405), response.status_code
        assert "detail" in response.json()
    except Exception as e:
        raise AssertionError(
            f"{request.method} {request.url} -> {response.status_code} {response.text[:2000]}\n"
            f"breaks the spec: {e!r} {getattr(e, '__cause__', None)!r}"
        ) from e


class Api(httpx.Client):
    """httpx client on the sandbox; answers are validated against the spec."""

    def __init__(self, base_url: str, auth: tuple[str, str]) -> None:
        super().__init__(base_url=base_url, auth=auth, timeout=60, event_hooks={"response": [check_response]})

    def ok(self, method: str, path: str, status: int = 200, **kwargs: Any) -> Any:
        response = self.request(method, path, **kwargs)
        assert response.status_code == status, (method, path, response.status_code, response.text)
        return None if status == 204 else response.json()


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def new_project(api: Api, name: str | None = None) -> dict[str, Any]:
    org = api.ok("GET", "/oteams/organizations/")["data"][0]
    project: dict[str, Any] = api.ok(
        "POST", "/oteams/projects/", 201, json={"organization": org["id"], "name": name or unique("project")}
    )
    return project
