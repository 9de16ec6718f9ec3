"""What the spec says a platform record takes for a field a request leaves out (its `default`s)."""

from __future__ import annotations

from typing import Any

import yaml

from ovbp_sandbox.spec_file import SPEC_PATH


def request_defaults(schema: str) -> dict[str, Any]:
    """`default` of each property of request schema `schema`, read from the spec file itself."""
    properties = yaml.safe_load(SPEC_PATH.read_text())["components"]["schemas"][schema]["properties"]
    return {name: spec["default"] for name, spec in properties.items() if "default" in spec}


IMPORTER_DEFAULTS = request_defaults("ImporterRequest")
UNITCLEANER_DEFAULTS = request_defaults("UnitcleanerRequest")
