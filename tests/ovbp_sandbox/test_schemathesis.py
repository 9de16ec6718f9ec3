"""Property-based requests on every operation of the spec, with every one of schemathesis' checks.

Never a 5xx, answers conform to the spec, schema-invalid requests are refused, schema-valid ones are not
refused but with a 400 naming what the platform's own rules refuse (``schemathesis.toml`` says which),
unknown methods answer 405. The spec is as strict as the sandbox where a schema can say it: ids are
``format: uuid``, an empty query value is declared as the same as an absent one (``allowEmptyValue``).

The fuzzing writes and changes records at random (the default user's own included): it gets a sandbox
of its own, so nothing it does reaches the tests sharing the session's sandbox.
"""

from __future__ import annotations

import base64
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.config import SchemathesisConfig

from ovbp_sandbox import LoginGuard, Sandbox
from ovbp_sandbox.spec_file import SPEC_PATH
from tests.ovbp_sandbox.helpers import read_auth
from tests.support.import_graph import ROOT
from tests.support.sandboxes import SandboxFactory

SCHEMA = schemathesis.openapi.from_path(
    SPEC_PATH, config=SchemathesisConfig.from_path(str(ROOT / "schemathesis.toml"))
)
_COMMON: dict[str, Any] = {"deadline": None, "suppress_health_check": list(HealthCheck)}

# In make test, only the generate phase: the explicit/coverage phase builds its examples at collection
# time (about 15 s for this spec). The slow test runs schemathesis' own command with every phase.


@pytest.fixture(scope="module")
def fuzzed(make_sandbox: SandboxFactory) -> Iterator[Sandbox]:
    # schemathesis checks that bad credentials answer 401, many times over: no slowing here
    never = LoginGuard(free_per_login=10**9, free_per_address=10**9)
    with make_sandbox(login_guard=never) as sb:
        # credentials known to schemathesis (not merely sent): a case it generates without them is then
        # one that tests authentication, not a schema-violating request
        SCHEMA.config.update(basic_auth=read_auth(sb.auth_path), request_timeout=30)
        yield sb


@SCHEMA.parametrize()
@settings(max_examples=3, derandomize=True, phases=[Phase.generate], **_COMMON)
def test_every_operation_quickly(case: Any, fuzzed: Sandbox) -> None:
    case.call_and_validate(base_url=fuzzed.url)


def test_call_sequences_quickly(fuzzed: Sandbox) -> None:
    """Stateful phase: chains of calls (create, then read / change / delete what was created)."""
    machine: Any = SCHEMA.as_state_machine()

    class Workflow(machine):  # type: ignore[misc]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"base_url": fuzzed.url}

    Workflow.run(settings=settings(max_examples=15, stateful_step_count=6, derandomize=True, **_COMMON))


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_full_run_finds_nothing(fuzzed: Sandbox, tmp_path: Path) -> None:
    """`st run` as a user would: every phase (examples, coverage, fuzzing, stateful), every check."""
    login, password = read_auth(fuzzed.auth_path)
    command = [str(Path(sys.executable).with_name("schemathesis")), "--no-color"]
    command += ["--config-file", str(ROOT / "schemathesis.toml"), "run", str(SPEC_PATH)]
    # the credentials as a header, as they are sent: with --auth, schemathesis' cases "without the
    # Authorization header" get it back from --auth, are answered 200 and counted as accepted bad input
    token = base64.b64encode(f"{login}:{password}".encode()).decode()
    command += ["--url", fuzzed.url, "--header", f"Authorization: Basic {token}", "--checks", "all"]
    command += ["--phases", "examples,coverage,fuzzing,stateful", "--max-examples", "50", "--workers", "2"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=1800, check=False)
    assert done.returncode == 0, done.stdout[-8000:] + done.stderr[-2000:]
    assert "No issues found" in done.stdout or " passed" in done.stdout, done.stdout[-2000:]
