"""Faults the sandbox cannot produce, on a mock transport: retries, no POST retry, odd error bodies."""

from __future__ import annotations

import io
from collections.abc import Callable

import httpx
import pytest

from ovbp_facade import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Client,
    NotFoundError,
    RateLimitError,
    ServerError,
)

URL = "http://127.0.0.1:9/api/v2"
ORG = {
    "id": "o1",
    "rights": None,
    "name": "Org",
    "comment": "",
    "control_affiliations": False,
    "log_activity": False,
    "ftp_account": None,
}
PAGE = {"data": [ORG], "recordsTotal": 1, "recordsFiltered": 1}


def make_client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: object) -> Client:
    return Client(
        io.StringIO("login\npassword-xyz\n"),
        url=URL,
        transport=httpx.MockTransport(handler),
        retry_backoff_s=0.001,
        **kwargs,  # type: ignore[arg-type]
    )


class Script:
    """Answers a fixed list of responses (or exceptions) in order and records the requests."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def test_get_retried_on_503_then_ok() -> None:
    script = Script(httpx.Response(503, text="busy"), httpx.Response(502), httpx.Response(200, json=PAGE))
    client = make_client(script)
    assert client.get_organization("Org").name == "Org"
    assert len(script.requests) == 3
    assert script.requests[0].headers["authorization"].startswith("Basic ")


def test_429_honours_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr("time.sleep", slept.append)
    script = Script(httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200, json=PAGE))
    client = make_client(script)
    assert len(client.organizations.list()) == 1
    assert slept == [2.0]


def test_retries_exhausted_raise_the_status_error() -> None:
    script = Script(*[httpx.Response(429, json={"detail": "slow down"}, headers={"Retry-After": "0"})] * 3)
    client = make_client(script, max_retries=2)
    with pytest.raises(RateLimitError, match="slow down") as info:
        client.organizations.list()
    assert info.value.status == 429
    assert len(script.requests) == 3


def test_connection_drop_retried_then_clear_error() -> None:
    drop = httpx.RemoteProtocolError("Server disconnected without sending a response.")
    script = Script(drop, httpx.Response(200, json=PAGE))
    assert make_client(script).organizations.list()[0].id == "o1"
    script = Script(httpx.ConnectError("refused"), httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError, match=r"GET .*organizations"):
        make_client(script, max_retries=1).organizations.list()
    script = Script(httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        make_client(script, max_retries=1).organizations.list()


def test_post_never_retried() -> None:
    script = Script(httpx.Response(503, text="busy"), httpx.Response(201, json=ORG))
    client = make_client(script)
    with pytest.raises(ServerError):
        client.organizations.create(name="Org", comment="")
    assert len(script.requests) == 1
    script = Script(httpx.ConnectError("refused"), httpx.Response(201, json=ORG))
    with pytest.raises(APIConnectionError):
        make_client(script).organizations.create(name="Org", comment="")
    assert len(script.requests) == 1


def test_non_json_and_drf_error_bodies() -> None:
    client = make_client(Script(httpx.Response(500, text="<html>Internal Server Error</html>")))
    with pytest.raises(ServerError, match="Internal Server Error") as info:
        client.organizations.create(name="x", comment="")
    assert info.value.method == "POST" and info.value.url.endswith("/oteams/organizations/")
    client = make_client(Script(httpx.Response(400, json={"name": ["This field may not be blank."]})))
    with pytest.raises(BadRequestError, match="name: This field may not be blank"):
        client.organizations.create(name="", comment="")
    client = make_client(Script(httpx.Response(404, json={"detail": "Not found."})))
    with pytest.raises(NotFoundError, match="Not found"):
        client.organizations.retrieve("nope")
    client = make_client(Script(httpx.Response(401, content=b"")))
    with pytest.raises(AuthenticationError) as auth_info:
        client.organizations.list()
    assert "password-xyz" not in str(auth_info.value)


def test_unknown_filter_is_refused_before_any_request() -> None:
    script = Script()
    with pytest.raises(ValueError, match="allowed filters: name"):
        make_client(script).organizations.list(filter_by={"colour": "blue"})
    assert script.requests == []


class Pages:
    """A fake collection of organizations answering start/length pages, capped at `cap` per page."""

    def __init__(self, n: int, cap: int = 200, totals: bool = True) -> None:
        self.records = [{**ORG, "id": f"o{i}", "name": f"org{i}"} for i in range(n)]
        self.cap = cap
        self.totals = totals
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        start = int(request.url.params.get("start", 0))
        length = min(int(request.url.params.get("length", 200)), self.cap)
        body: dict[str, object] = {"data": self.records[start : start + length]}
        if self.totals:
            body.update(recordsTotal=len(self.records), recordsFiltered=len(self.records))
        return httpx.Response(200, json=body)


@pytest.mark.parametrize(
    ("n", "cap", "totals"), [(0, 200, True), (450, 200, True), (130, 50, True), (401, 100, True)]
)
def test_pagination_shapes(n: int, cap: int, totals: bool) -> None:
    pages = Pages(n, cap, totals)
    client = make_client(pages)
    expected = [f"o{i}" for i in range(n)]
    assert [r.id for r in client.organizations.list_all()] == expected
    assert [r.id for r in client.organizations.iter()] == expected


def test_unlisted_success_status_still_parsed() -> None:
    client = make_client(Script(httpx.Response(200, json=ORG)))
    org = client.organizations.create(name="Org", comment="")
    assert org.id == "o1" and org.name == "Org"


def test_missing_operations_are_named() -> None:

    script = Script()
    client = make_client(script)
    assert not hasattr(client.importer_tasks, "create")  # the spec has no such operation: a type error too
    with pytest.raises(ValueError, match="missing required fields name, project"):
        client.gates.create(comment="no name nor project")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="unknown field projet; allowed: comment, name, project"):
        client.gates.create(name="x", projet="typo")  # type: ignore[call-arg]
    assert script.requests == []  # refused before any request
