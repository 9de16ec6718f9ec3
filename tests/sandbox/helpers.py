"""Test helpers: an httpx client whose every answer is checked against the spec (openapi-core)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import httpx
from openapi_core.templating.paths.exceptions import PathError
from openapi_core.testing import MockRequest, MockResponse

from ovbp_sandbox.api.spec import API_PREFIX, openapi

_HOST = "http://sandbox"


def read_auth(path: Path) -> tuple[str, str]:
    login, password = path.read_text(encoding="utf-8").splitlines()[:2]
    return login, password


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
