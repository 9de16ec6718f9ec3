"""Fixtures: one sandbox platform (real HTTP + FTP on 127.0.0.1) per session, a client, a fresh project."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from ovbp_facade import Client, Organization, Project


@pytest.fixture(scope="session")
def sandbox() -> Iterator[object]:
    from ovbp_sandbox import Sandbox

    with Sandbox() as sb:
        yield sb


@pytest.fixture(scope="session")
def client(sandbox: object) -> Iterator[Client]:
    from ovbp_sandbox import Sandbox

    assert isinstance(sandbox, Sandbox)
    with Client(str(sandbox.auth_path), url=sandbox.url) as c:
        yield c


@pytest.fixture(scope="session")
def organization(client: Client) -> Organization:
    return client.get_organization("Sandbox")


@pytest.fixture
def project(organization: Organization) -> Project:
    return organization.create_project(f"test-{uuid.uuid4().hex[:8]}")
