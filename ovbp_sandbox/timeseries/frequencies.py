"""Frequencies as the platform spells them (`1H`, `15T`, `10S`, `1D`...) mapped to pandas 3 aliases.

The grammar and the units are the spec's (`Frequency`, `FrequencyUnit`); pandas 3 rejects the upper-case
'H', 'T', 'S' aliases that platform users still write, so every frequency from the wire goes through here.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ovbp_sandbox.errors import InvalidOptions
from ovbp_sandbox.timeseries.allowed import (
    FREQUENCY_EXAMPLES,
    FREQUENCY_PATTERN,
    FREQUENCY_UNITS,
    allowed_text,
)

# each unit of the spec's FrequencyUnit -> (pandas alias, multiplier applied to the count)
PANDAS_UNITS: dict[str, tuple[str, int]] = {
    "ms": ("ms", 1),
    "L": ("ms", 1),
    "S": ("s", 1),
    "s": ("s", 1),
    "T": ("min", 1),
    "min": ("min", 1),
    "H": ("h", 1),
    "h": ("h", 1),
    "D": ("D", 1),
    "d": ("D", 1),
    "W": ("D", 7),
}
if set(PANDAS_UNITS) != set(FREQUENCY_UNITS):
    raise RuntimeError(
        f"frequency units of the spec {FREQUENCY_UNITS} and of the sandbox {tuple(PANDAS_UNITS)} differ"
    )

MAX_LENGTH = pd.Timedelta(days=3660)


@dataclass(frozen=True)
class Frequency:
    """A fixed-length frequency: the wire spelling, the pandas alias and its length."""

    wire: str
    alias: str
    timedelta: pd.Timedelta


def _message(field: str, value: object, why: str) -> dict[str, list[str]]:
    return {
        field: [
            f"{value!r} is not a valid frequency ({why}); use a count and a unit, "
            f"e.g. {allowed_text(FREQUENCY_EXAMPLES)}."
        ]
    }


def parse_frequency(value: object, field: str = "freq", *, allow_zero: bool = False) -> Frequency:
    """Parse a platform frequency; raise InvalidOptions naming ``field`` when it is not one."""
    if not isinstance(value, str):
        raise InvalidOptions(_message(field, value, "not a string"))
    match = FREQUENCY_PATTERN.fullmatch(value)
    if match is None:
        why = f"units: {allowed_text(FREQUENCY_UNITS)}, right after the count"
        raise InvalidOptions(_message(field, value, why))
    count_text, unit = value[: match.start(1)], match.group(1)
    count = int(count_text) if count_text else 1
    alias_unit, multiplier = PANDAS_UNITS[unit]
    count *= multiplier
    if count == 0 and not allow_zero:
        raise InvalidOptions(_message(field, value, "it must be longer than zero"))
    alias = f"{count}{alias_unit}"
    try:
        delta = pd.Timedelta(alias)
    except (ValueError, OverflowError):
        raise InvalidOptions(_message(field, value, "too long")) from None
    if delta > MAX_LENGTH:
        raise InvalidOptions(_message(field, value, "longer than 10 years"))
    return Frequency(wire=value, alias=alias, timedelta=delta)


def check_steps(start: pd.Timestamp, end: pd.Timestamp, freq: Frequency, field: str, limit: int) -> None:
    """Refuse a regular series of more than ``limit`` steps (a tiny freq over years of data)."""
    steps = (end - start) / freq.timedelta if freq.timedelta > pd.Timedelta(0) else 0
    if steps > limit:
        raise InvalidOptions(
            {
                field: [
                    f"{freq.wire!r} would make {int(steps):,} steps over {start} .. {end}; at most {limit:,}."
                ]
            }
        )


def frequency_errors(value: object, field: str, *, allow_zero: bool = False) -> dict[str, list[str]]:
    """Like parse_frequency but answer the error dict (empty when valid), for validators."""
    try:
        parse_frequency(value, field, allow_zero=allow_zero)
    except InvalidOptions as error:
        return error.errors
    return {}
