"""Fixtures: one running Sandbox per test session, and HTTP clients validating every answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ovbp_sandbox import Sandbox
from tests.sandbox.helpers import Api, read_auth


@pytest.fixture(scope="session")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    with Sandbox(tmp_path_factory.mktemp("sandbox")) as sb:
        yield sb


@pytest.fixture(scope="session")
def auth(sandbox: Sandbox) -> tuple[str, str]:
    return read_auth(sandbox.auth_path)


@pytest.fixture(scope="session")
def api(sandbox: Sandbox, auth: tuple[str, str]) -> Iterator[Api]:
    with Api(sandbox.url, auth) as client:
        yield client


@pytest.fixture(scope="session")
def other_api(sandbox: Sandbox) -> Iterator[Api]:
    """A user of another organization."""
    path: Path = sandbox.add_user("Other org", "other@localhost")
    with Api(sandbox.url, read_auth(path)) as client:
        yield client


@pytest.fixture
def anonymous(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, timeout=30) as client:
        yield client
