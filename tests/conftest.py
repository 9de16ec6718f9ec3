"""The fixtures every test folder shares.

- `sandbox`: the session's one local platform (HTTP + FTP + engine on 127.0.0.1), and `client`,
  `organization`, `project` (a fresh one per test) on it for its default user; `other_client`, a user
  of a second organization.
- `make_sandbox`: a sandbox of its own, for the few tests the shared one cannot serve (a short script
  timeout, injected faults, fuzzing, restarts on one data directory): `with make_sandbox(...) as sb:`.
- `guide`: the user guide's walkthrough (`ovbp_facade.demo.walkthrough`), run once per session on the
  shared sandbox; the guide's tests assert on what it produced, printed and logged.
- `recorder`, `recorded_client`: real HTTP to the sandbox, remembering every request
  (`tests/support/sandboxes.py`'s `RecordingTransport`), to count writes or prove there were none.
- `mypy_cache`: a copy of the repository's mypy cache, for the tests running mypy on code of their own.

The sandbox is imported from its package's top level only: its modules are free to move.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import runpy
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _sync_facade_is_current() -> None:
    """ovbp_facade/_sync/ is derived from ovbp_facade/_async/ (./codegen.sh): a stale copy would test old
    code, so pytest run alone after an edit of _async/ says so at once."""
    root = Path(__file__).resolve().parents[1]
    check = runpy.run_path(str(root / "codegen" / "unasync_facade.py"), run_name="ovbp_tests")["main"]
    with contextlib.redirect_stdout(io.StringIO()) as said:
        stale = check(["--check"])
    if stale:
        pytest.exit(f"{said.getvalue()}run ./codegen.sh first", returncode=4)


if "PYTEST_XDIST_WORKER" not in os.environ:  # once, in the process that starts the workers
    _sync_facade_is_current()

# The sandboxes listen on loopback: a proxy of the machine running the tests (the client honours the
# environment's, as httpx does) must not carry their requests. The proxy tests set their own.
for _name in ("NO_PROXY", "no_proxy"):
    os.environ[_name] = ",".join(filter(None, [os.environ.get(_name, ""), "127.0.0.1", "localhost"]))

from ovbp_facade import Client, Organization, Project  # noqa: E402 - after the check above
from ovbp_facade.demo import ORGANIZATION_NAME, walkthrough  # noqa: E402
from ovbp_sandbox import LoginGuard, Sandbox  # noqa: E402
from tests.support.sandboxes import (  # noqa: E402
    OTHER_ORGANIZATION,
    GuideRun,
    RecordingTransport,
    SandboxFactory,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def make_sandbox() -> SandboxFactory:
    """A sandbox of its own, not started: `with make_sandbox(script_timeout_s=3) as sb: ...`.

    Without `data_dir`, the sandbox makes a temporary one and removes it when it stops (as
    `with Sandbox() as sb:` does); give the same `data_dir` twice to restart on it.
    """

    def make(
        *, data_dir: Path | None = None, script_timeout_s: float = 60.0, login_guard: LoginGuard | None = None
    ) -> Sandbox:
        return Sandbox(data_dir, script_timeout_s=script_timeout_s, login_guard=login_guard)

    return make


@pytest.fixture(scope="session")
def sandbox(make_sandbox: SandboxFactory) -> Iterator[Sandbox]:
    """The session's shared sandbox: tests on it create records under names of their own."""
    with make_sandbox() as sb:
        yield sb


@pytest.fixture(scope="session")
def client(sandbox: Sandbox) -> Iterator[Client]:
    with Client(sandbox.auth_path, url=sandbox.url, strict=True) as c:
        yield c


@pytest.fixture(scope="session")
def organization(client: Client) -> Organization:
    return client.get_organization(ORGANIZATION_NAME)


@pytest.fixture
def project(organization: Organization) -> Project:
    return organization.create_project(f"test-{uuid.uuid4().hex[:8]}")


@pytest.fixture(scope="session")
def other_auth_path(sandbox: Sandbox) -> Path:
    """The auth file of a user of a second organization (OTHER_ORGANIZATION)."""
    return sandbox.add_user(OTHER_ORGANIZATION, "intruder@localhost")


@pytest.fixture(scope="session")
def other_client(sandbox: Sandbox, other_auth_path: Path) -> Iterator[Client]:
    with Client(other_auth_path, url=sandbox.url, strict=True) as c:
        yield c


# ----------------------------------------------------------------------------------------- the guide


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="session")
def guide(client: Client, tmp_path_factory: pytest.TempPathFactory) -> GuideRun:
    """The user guide's walkthrough, once per session, on the shared sandbox with the session's client
    (so its records stay usable), logging set up as the guide does: the root logger at INFO."""
    handler = _Records()
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        with contextlib.redirect_stdout(io.StringIO()) as printed:
            results = walkthrough(client, tmp_path_factory.mktemp("guide"))
    finally:
        root.setLevel(level)
        root.removeHandler(handler)
    return GuideRun(results, printed.getvalue(), handler.records)


# ------------------------------------------------------------------------------- recorded requests


@pytest.fixture
def recorder() -> RecordingTransport:
    return RecordingTransport()


@pytest.fixture
def recorded_client(sandbox: Sandbox, recorder: RecordingTransport) -> Iterator[Client]:
    """A client of the default user whose every request `recorder` remembers."""
    with Client(sandbox.auth_path, url=sandbox.url, transport=recorder, strict=True) as c:
        yield c


# ------------------------------------------------------------------------------------------------ mypy


@pytest.fixture
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's mypy cache (`make typecheck` fills it), for a `--cache-dir`: mypy checks
    each cached module against its source, so it re-reads only what differs (a regenerated client, a
    new application), not pandas' stubs. Empty when the repository has none: mypy then starts cold."""
    copy = tmp_path_factory.mktemp("mypy-cache")
    if (ROOT / ".mypy_cache").is_dir():
        shutil.copytree(ROOT / ".mypy_cache", copy, dirs_exist_ok=True)
    return copy
