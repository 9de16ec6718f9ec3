"""The values the platform allows for series options, as the spec's component schemas list them.

Unit types, conventions, clocks, resample rules and the frequency grammar are written once, in the
spec; the facade gets the same lists from the generated client.
"""

from __future__ import annotations

import re

from ovbp_sandbox.spec_file import component_schema


def _enum(name: str) -> tuple[str, ...]:
    return tuple(component_schema(name)["enum"])


UNIT_TYPES = _enum("UnitType")
CONVENTIONS = _enum("Convention")
CLOCKS = _enum("Clock")
RESAMPLE_RULES = _enum("ResampleRule")
FREQUENCY_UNITS = _enum("FrequencyUnit")
FREQUENCY_PATTERN = re.compile(component_schema("Frequency")["pattern"])
FREQUENCY_EXAMPLES = tuple(str(example) for example in component_schema("Frequency")["examples"])


def allowed_text(values: tuple[str, ...]) -> str:
    """``a``, ``b`` -> "`a`, `b`" for error messages."""
    return ", ".join(f"`{v}`" for v in values)
