"""Fixtures: one sandbox (real HTTP + FTP + engine on 127.0.0.1) for the bad-input and secrets tests,
a client of its default user, a client of a second organization, and a request-counting client."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from ovbp_facade import Client, Organization, Project
from ovbp_sandbox import Sandbox

OTHER_ORGANIZATION = "Intruders"


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    # scripts get 15 s (not the default 60 s) so the endless-loop cases stay quick
    with Sandbox(tmp_path_factory.mktemp("reliability-sandbox"), script_timeout_s=15.0) as sb:
        yield sb


@pytest.fixture(scope="session")
def client(sandbox: Sandbox) -> Iterator[Client]:
    with Client(str(sandbox.auth_path), url=sandbox.url) as c:
        yield c


@pytest.fixture(scope="session")
def organization(client: Client) -> Organization:
    return client.get_organization("Sandbox")


@pytest.fixture
def project(organization: Organization) -> Project:
    return organization.create_project(f"rel-{uuid.uuid4().hex[:8]}")


@pytest.fixture(scope="session")
def other_client(sandbox: Sandbox) -> Iterator[Client]:
    """A user of a second organization."""
    auth = sandbox.add_user(OTHER_ORGANIZATION, "intruder@localhost")
    with Client(str(auth), url=sandbox.url) as c:
        yield c


class CountingTransport(httpx.BaseTransport):
    """A real HTTP transport that counts the requests going through it (to prove there were none)."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self.requests: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(f"{request.method} {request.url}")
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


@pytest.fixture
def counted(sandbox: Sandbox) -> Iterator[tuple[Client, CountingTransport]]:
    transport = CountingTransport()
    with Client(str(sandbox.auth_path), url=sandbox.url, transport=transport) as c:
        yield c, transport


def series_answer(series_id: str, name: str) -> dict[str, Any]:
    """A whole series answer for an id that may exist nowhere (records need every required field)."""
    return {
        "id": series_id,
        "otsdb_pk": series_id,
        "name": name,
        "generator": series_id,
        "generator_model": "importer",
        "project": series_id,
        "unit": "",
        "label": "",
        "freq": None,
    }
