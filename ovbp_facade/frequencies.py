"""Frequencies as the platform spells them (`1H`, `15min`...) read as lengths; the grammar is the spec's."""

from __future__ import annotations

from typing import get_args

import pandas as pd

from generated_client.models.frequency_unit import FrequencyUnit
from generated_client.typed.patterns import FREQUENCY_EXAMPLES, FREQUENCY_PATTERN

__all__ = ["FREQUENCY_UNITS", "UNIT_LENGTHS", "frequency_length"]

FREQUENCY_UNITS: tuple[FrequencyUnit, ...] = get_args(FrequencyUnit)

#: The length of one of each unit the spec names (`FrequencyUnit`).
UNIT_LENGTHS: dict[FrequencyUnit, pd.Timedelta] = {
    "ms": pd.Timedelta(milliseconds=1),
    "L": pd.Timedelta(milliseconds=1),
    "S": pd.Timedelta(seconds=1),
    "s": pd.Timedelta(seconds=1),
    "T": pd.Timedelta(minutes=1),
    "min": pd.Timedelta(minutes=1),
    "H": pd.Timedelta(hours=1),
    "h": pd.Timedelta(hours=1),
    "D": pd.Timedelta(days=1),
    "d": pd.Timedelta(days=1),
    "W": pd.Timedelta(days=7),
}


def frequency_length(text: str, field: str = "freq") -> pd.Timedelta:
    """The length of a platform frequency; ValueError naming `field` and the grammar when it is not one."""
    match = FREQUENCY_PATTERN.fullmatch(text)
    if match is None:
        raise ValueError(
            f"{field}={text!r} is not a frequency: write a count then one of {', '.join(FREQUENCY_UNITS)}, "
            f"nothing between (e.g. {', '.join(FREQUENCY_EXAMPLES)})"
        )
    count = text[: match.start(1)]
    unit = next(u for u in FREQUENCY_UNITS if u == match.group(1))
    return UNIT_LENGTHS[unit] * (int(count) if count else 1)
