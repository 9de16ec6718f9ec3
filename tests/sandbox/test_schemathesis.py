"""Property-based requests on every operation of the spec: never a 5xx, answers conform to the spec.

Two of schemathesis' checks are left out on purpose: ``positive_data_acceptance`` (the platform
rightly answers 400 to schema-valid data it cannot accept: unknown foreign keys, bad crontabs...)
and ``negative_data_rejection`` (it sends some invalid values as empty query strings, which the
platform treats as "not given", as django-filter does).

The fuzzing writes and changes records at random (the default user's own included): it gets a sandbox
of its own, so nothing it does reaches the tests sharing the session's sandbox.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import negative_data_rejection, positive_data_acceptance

from ovbp_sandbox import LoginGuard, Sandbox
from ovbp_sandbox.spec_file import SPEC_PATH
from tests.conftest import SandboxFactory
from tests.sandbox.helpers import read_auth

SCHEMA = schemathesis.openapi.from_path(SPEC_PATH)
_COMMON: dict[str, Any] = {"deadline": None, "suppress_health_check": list(HealthCheck)}

# Only the generate phase: the explicit/coverage phase builds its examples at collection time
# (about 15 s for this spec), which every test run would pay even with the slow test deselected.


@pytest.fixture(scope="module")
def fuzzed(make_sandbox: SandboxFactory) -> Iterator[Sandbox]:
    # schemathesis checks that bad credentials answer 401, many times over: no slowing here
    never = LoginGuard(free_per_login=10**9, free_per_address=10**9)
    with make_sandbox(login_guard=never) as sb:
        yield sb


def _token(sandbox: Sandbox) -> str:
    login, password = read_auth(sandbox.auth_path)
    return base64.b64encode(f"{login}:{password}".encode()).decode()


def _call(case: Any, sandbox: Sandbox) -> None:
    token = _token(sandbox)
    case.call_and_validate(
        base_url=sandbox.url,
        headers={"Authorization": f"Basic {token}"},
        excluded_checks=[negative_data_rejection, positive_data_acceptance],
        timeout=30,
    )


@SCHEMA.parametrize()
@settings(max_examples=3, derandomize=True, phases=[Phase.generate], **_COMMON)
def test_every_operation_quickly(case: Any, fuzzed: Sandbox) -> None:
    _call(case, fuzzed)


@pytest.mark.slow
@SCHEMA.parametrize()
@settings(max_examples=50, phases=[Phase.generate], **_COMMON)
def test_every_operation_thoroughly(case: Any, fuzzed: Sandbox) -> None:
    _call(case, fuzzed)


def _workflow(sandbox: Sandbox) -> Any:
    """Schemathesis' state machine over the spec, its links inferred from the schemas and path ids."""
    token = _token(sandbox)
    machine: Any = SCHEMA.as_state_machine()

    class Workflow(machine):  # type: ignore[misc]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            # cases that carry credentials of their own (schemathesis checks auth is enforced) keep them
            return {"base_url": sandbox.url, "headers": {"Authorization": f"Basic {token}"}, "timeout": 30}

        def validate_response(
            self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            case.validate_response(
                response,
                excluded_checks=[negative_data_rejection, positive_data_acceptance],
                transport_kwargs=kwargs,
            )

    return Workflow


def test_call_sequences_quickly(fuzzed: Sandbox) -> None:
    """Stateful phase: chains of calls (create, then read / change / delete what was created)."""
    _workflow(fuzzed).run(
        settings=settings(max_examples=15, stateful_step_count=6, derandomize=True, **_COMMON)
    )


@pytest.mark.slow
def test_call_sequences_thoroughly(fuzzed: Sandbox) -> None:
    _workflow(fuzzed).run(settings=settings(max_examples=200, stateful_step_count=10, **_COMMON))
