"""Fixtures: HTTP clients of the session's sandbox (tests/conftest.py) validating every answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ovbp_sandbox import Sandbox
from tests.ovbp_sandbox.helpers import Api, read_auth


@pytest.fixture(scope="session")
def auth(sandbox: Sandbox) -> tuple[str, str]:
    return read_auth(sandbox.auth_path)


@pytest.fixture(scope="session")
def api(sandbox: Sandbox, auth: tuple[str, str]) -> Iterator[Api]:
    with Api(sandbox.url, auth) as client:
        yield client


@pytest.fixture(scope="session")
def other_api(sandbox: Sandbox, other_auth_path: Path) -> Iterator[Api]:
    """A user of another organization."""
    with Api(sandbox.url, read_auth(other_auth_path)) as client:
        yield client


@pytest.fixture
def anonymous(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, timeout=30) as client:
        yield client
