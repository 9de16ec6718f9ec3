"""Errors as data: an HttpError holds the answer (`response`), its body parsed (`body`) and the messages
per field (`field_errors`), with both clients: on a mock transport for forms the sandbox does not send,
and on the sandbox's own 400."""

from __future__ import annotations

import uuid

import httpx
import pytest

from ovbp_facade import BadRequestError, HttpError, NotFoundError, ServerError
from ovbp_sandbox import Sandbox

from .both_clients import Kind, Script, make_client, run, sandbox_client, settle

DRF_400 = {
    "name": ["This field may not be blank."],
    "rights": {"admin": ["Must be a valid boolean."]},
    "non_field_errors": ["The fields organization, name must make a unique set."],
}


def raised(kind: Kind, answer: httpx.Response) -> HttpError:
    async def create() -> None:
        await settle(make_client(kind, Script(answer)).organizations.create(name="", comment=""))

    with pytest.raises(HttpError) as info:
        run(create)
    return info.value


def test_a_400_gives_its_messages_per_field(kind: Kind) -> None:
    error = raised(kind, httpx.Response(400, json=DRF_400))
    assert isinstance(error, BadRequestError)
    assert error.body == DRF_400
    assert error.field_errors == {
        "name": ["This field may not be blank."],
        "rights.admin": ["Must be a valid boolean."],
        "non_field_errors": ["The fields organization, name must make a unique set."],
    }
    assert error.response is not None and error.response.status_code == 400
    assert error.response.headers["content-type"] == "application/json"
    assert error.response.request.method == "POST"


def test_other_bodies_as_data(kind: Kind) -> None:
    page = "<html>Internal Server Error</html>"
    error = raised(kind, httpx.Response(500, text=page, headers={"X-Request-Id": "r-17"}))
    assert isinstance(error, ServerError)
    assert error.body == page and error.field_errors == {}
    assert error.response is not None and error.response.headers["X-Request-Id"] == "r-17"
    error = raised(kind, httpx.Response(404, json={"detail": "Not found."}))
    assert isinstance(error, NotFoundError)
    assert error.body == {"detail": "Not found."}
    assert error.field_errors == {"non_field_errors": ["Not found."]}
    error = raised(kind, httpx.Response(400, content=b""))
    assert error.body is None and error.field_errors == {} and "empty response body" in error.message


def test_the_sandboxes_400_as_data(kind: Kind, sandbox: Sandbox) -> None:
    client = sandbox_client(kind, sandbox)

    async def body() -> None:
        with pytest.raises(BadRequestError) as info:  # an organization that does not exist
            await settle(client.projects.create(name="p", organization=str(uuid.uuid4())))
        await settle(client.close())
        error = info.value
        assert isinstance(error.body, dict) and list(error.field_errors) == ["organization"]
        assert all(isinstance(m, str) and m for m in error.field_errors["organization"])
        assert error.response is not None and error.response.status_code == 400

    run(body)
