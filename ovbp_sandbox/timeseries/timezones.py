"""Timezone and clock checks shared by cleaning, analyses, selection and feeders."""

from __future__ import annotations

import zoneinfo

from ovbp_sandbox.spec_file import component_schema
from ovbp_sandbox.timeseries.allowed import CLOCKS, allowed_text

CLOCKS_TEXT = f"{allowed_text(CLOCKS)} ({component_schema('Clock')['description'].rstrip('.')})"


def timezone_errors(value: object, field: str = "timezone") -> dict[str, list[str]]:
    """Messages for a timezone that is not an IANA name (empty dict when valid)."""
    if isinstance(value, str) and value:
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
        else:
            return {}
    return {field: [f"{value!r} is not a known timezone; use an IANA name such as `Europe/Paris` or `UTC`."]}


def clock_errors(value: object, field: str = "clock") -> dict[str, list[str]]:
    """Messages for an unknown clock (empty dict when valid)."""
    if value in CLOCKS:
        return {}
    return {field: [f"{value!r} is not a known clock; allowed: {CLOCKS_TEXT}."]}
