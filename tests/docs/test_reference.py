"""Every public name of ovbp_facade is in the API reference (docs/reference/*.md), so that a new public
name without documentation fails `make docs` and this test alike; the check is tools/docs.py's."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

import ovbp_facade

ROOT = Path(__file__).resolve().parents[2]
DOCS_TOOL = runpy.run_path(str(ROOT / "tools" / "docs.py"), run_name="ovbp_tests")


def test_every_public_name_is_in_the_reference() -> None:
    assert DOCS_TOOL["undocumented_names"]() == []


def test_a_new_public_name_without_documentation_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ovbp_facade, "__all__", [*ovbp_facade.__all__, "BrandNewThing"])
    assert DOCS_TOOL["undocumented_names"]() == ["BrandNewThing"]
