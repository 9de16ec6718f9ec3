"""Fixtures of the facade's tests: `kind`, the client (sync or async) a body of both_clients.py runs with."""

from __future__ import annotations

import pytest

from tests.ovbp_facade.both_clients import KINDS, Kind


@pytest.fixture(params=KINDS)
def kind(request: pytest.FixtureRequest) -> Kind:
    value: Kind = request.param
    return value
