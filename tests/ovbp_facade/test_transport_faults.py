"""Faults the sandbox cannot produce, on a mock transport: retries, no POST retry, odd error bodies.

Each test runs with both clients (`kind`): their retries, errors and logs must be the same.
"""

from __future__ import annotations

import logging

import httpx
import pytest

from ovbp_facade import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
)

from .both_clients import Kind, Script, make_client, record_sleeps, run, settle

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


def test_get_retried_on_503_then_ok(kind: Kind) -> None:
    script = Script(httpx.Response(503, text="busy"), httpx.Response(502), httpx.Response(200, json=PAGE))
    client = make_client(kind, script)

    async def body() -> None:
        assert (await settle(client.get_organization("Org"))).name == "Org"

    run(body)
    assert len(script.requests) == 3
    assert script.requests[0].headers["authorization"].startswith("Basic ")


def test_429_honours_retry_after(kind: Kind, monkeypatch: pytest.MonkeyPatch) -> None:
    slept = record_sleeps(monkeypatch)
    script = Script(httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200, json=PAGE))
    client = make_client(kind, script)

    async def body() -> None:
        assert len(await settle(client.organizations.list())) == 1

    run(body)
    assert slept == [2.0]


def test_retries_exhausted_raise_the_status_error(kind: Kind) -> None:
    script = Script(*[httpx.Response(429, json={"detail": "slow down"}, headers={"Retry-After": "0"})] * 3)
    client = make_client(kind, script, max_retries=2)

    async def body() -> None:
        await settle(client.organizations.list())

    with pytest.raises(RateLimitError, match="slow down") as info:
        run(body)
    assert info.value.status == 429
    assert len(script.requests) == 3


def test_connection_drop_retried_then_clear_error(kind: Kind) -> None:
    drop = httpx.RemoteProtocolError("Server disconnected without sending a response.")

    async def first_id(script: Script, retries: int = 3) -> str:
        records = await settle(make_client(kind, script, max_retries=retries).organizations.list())
        return str(records[0].id)

    assert run(lambda: first_id(Script(drop, httpx.Response(200, json=PAGE)))) == "o1"
    with pytest.raises(APIConnectionError, match=r"GET .*organizations"):
        run(lambda: first_id(Script(httpx.ConnectError("refused"), httpx.ConnectError("refused")), 1))
    with pytest.raises(APITimeoutError):
        run(lambda: first_id(Script(httpx.ReadTimeout("slow"), httpx.ReadTimeout("slow")), 1))


def test_post_never_retried(kind: Kind) -> None:
    async def create(script: Script) -> None:
        await settle(make_client(kind, script).organizations.create(name="Org", comment=""))

    script = Script(httpx.Response(503, text="busy"), httpx.Response(201, json=ORG))
    with pytest.raises(ServerError):
        run(lambda: create(script))
    assert len(script.requests) == 1
    script = Script(httpx.ConnectError("refused"), httpx.Response(201, json=ORG))
    with pytest.raises(APIConnectionError):
        run(lambda: create(script))
    assert len(script.requests) == 1


def test_non_json_and_drf_error_bodies(kind: Kind) -> None:
    async def create(answer: httpx.Response, name: str) -> None:
        await settle(make_client(kind, Script(answer)).organizations.create(name=name, comment=""))

    with pytest.raises(ServerError, match="Internal Server Error") as info:
        run(lambda: create(httpx.Response(500, text="<html>Internal Server Error</html>"), "x"))
    assert info.value.method == "POST" and info.value.url.endswith("/oteams/organizations/")
    with pytest.raises(BadRequestError, match="name: This field may not be blank"):
        run(lambda: create(httpx.Response(400, json={"name": ["This field may not be blank."]}), ""))

    async def retrieve() -> None:
        await settle(
            make_client(
                kind, Script(httpx.Response(404, json={"detail": "Not found."}))
            ).organizations.retrieve("nope")
        )

    with pytest.raises(NotFoundError, match="Not found"):
        run(retrieve)

    async def listing() -> None:
        await settle(make_client(kind, Script(httpx.Response(401, content=b""))).organizations.list())

    with pytest.raises(AuthenticationError) as auth_info:
        run(listing)
    assert "password-xyz" not in str(auth_info.value)


def test_retries_log_the_same_lines(kind: Kind, caplog: pytest.LogCaptureFixture) -> None:
    """One INFO line per retry, worded alike by both clients (what went wrong, which retry, how long)."""
    script = Script(httpx.Response(503, headers={"Retry-After": "0"}), httpx.Response(200, json=PAGE))
    client = make_client(kind, script)
    caplog.set_level(logging.INFO, logger="ovbp_facade")

    async def body() -> None:
        await settle(client.organizations.list())

    run(body)
    lines = [r.getMessage() for r in caplog.records if r.name == "ovbp_facade"]
    assert lines == [
        "GET http://127.0.0.1:9/api/v2/oteams/organizations/?start=0&length=200 "
        "answered 503, retry 1/3 in 0.0 s"
    ]


def test_unknown_filter_is_refused_before_any_request(kind: Kind) -> None:
    script = Script()

    async def body() -> None:
        await settle(make_client(kind, script).organizations.list(filter_by={"colour": "blue"}))

    with pytest.raises(ValueError, match="allowed filters: name"):
        run(body)
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
def test_pagination_shapes(kind: Kind, n: int, cap: int, totals: bool) -> None:
    client = make_client(kind, Pages(n, cap, totals))

    async def ids() -> tuple[list[str], list[str]]:
        listed = await settle(client.organizations.list_all())
        iterated = client.organizations.iter()
        walked = [r.id for r in iterated] if kind == "sync" else [r.id async for r in iterated]
        return [r.id for r in listed], walked

    expected = [f"o{i}" for i in range(n)]
    assert run(ids) == (expected, expected)


def test_unlisted_success_status_still_parsed(kind: Kind) -> None:
    client = make_client(kind, Script(httpx.Response(200, json=ORG)))

    async def body() -> None:
        org = await settle(client.organizations.create(name="Org", comment=""))
        assert org.id == "o1" and org.name == "Org"

    run(body)


def test_missing_operations_are_named(kind: Kind) -> None:
    script = Script()
    client = make_client(kind, script)
    assert not hasattr(client.importer_tasks, "create")  # the spec has no such operation: a type error too

    async def create(**fields: str) -> None:
        await settle(client.gates.create(**fields))

    with pytest.raises(ValueError, match="missing required fields name, project"):
        run(lambda: create(comment="no name nor project"))
    with pytest.raises(ValueError, match="unknown field projet; allowed: comment, name, project"):
        run(lambda: create(name="x", projet="typo"))
    assert script.requests == []  # refused before any request
