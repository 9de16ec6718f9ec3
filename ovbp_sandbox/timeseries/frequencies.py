"""Frequencies as the platform spells them (`1H`, `15T`, `10S`, `1D`...) mapped to pandas 3 aliases.

pandas 3 rejects the upper-case 'H', 'T', 'S' aliases that platform users (and their stored
configurations) still write, so every frequency coming from the wire goes through here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from ovbp_sandbox.errors import InvalidOptions

ALLOWED_EXAMPLES = "`1H`, `3H`, `6H`, `15min`, `15T`, `10S`, `30s`, `1D`, `1W`, `500ms`"

# unit spelling -> (pandas alias, multiplier applied to the count)
_UNITS: dict[str, tuple[str, int]] = {
    "ms": ("ms", 1),
    "l": ("ms", 1),
    "s": ("s", 1),
    "sec": ("s", 1),
    "second": ("s", 1),
    "seconds": ("s", 1),
    "t": ("min", 1),
    "min": ("min", 1),
    "mins": ("min", 1),
    "minute": ("min", 1),
    "minutes": ("min", 1),
    "h": ("h", 1),
    "hour": ("h", 1),
    "hours": ("h", 1),
    "d": ("D", 1),
    "day": ("D", 1),
    "days": ("D", 1),
    "w": ("D", 7),
    "week": ("D", 7),
    "weeks": ("D", 7),
}

MAX_LENGTH = pd.Timedelta(days=3660)

_PATTERN = re.compile(r"^\s*(\d+)?\s*([A-Za-z]+)\s*$")


@dataclass(frozen=True)
class Frequency:
    """A fixed-length frequency: the wire spelling, the pandas alias and its length."""

    wire: str
    alias: str
    timedelta: pd.Timedelta


def _message(field: str, value: object, why: str) -> dict[str, list[str]]:
    return {
        field: [
            f"{value!r} is not a valid frequency ({why}); use a count and a unit, e.g. {ALLOWED_EXAMPLES}."
        ]
    }


def parse_frequency(value: object, field: str = "freq", *, allow_zero: bool = False) -> Frequency:
    """Parse a platform frequency; raise InvalidOptions naming ``field`` when it is not one."""
    if not isinstance(value, str):
        raise InvalidOptions(_message(field, value, "not a string"))
    match = _PATTERN.match(value)
    if match is None:
        raise InvalidOptions(_message(field, value, "unreadable"))
    count_text, unit = match.groups()
    count = int(count_text) if count_text is not None else 1
    # 'M' (month) and 'm' are ambiguous or calendar-based: refuse them rather than guess.
    key = unit if unit in ("ms",) else unit.lower()
    if unit in ("M", "m", "MS", "Y", "A", "Q"):
        raise InvalidOptions(
            _message(field, value, "calendar or ambiguous unit; only fixed lengths are supported")
        )
    if key not in _UNITS:
        raise InvalidOptions(_message(field, value, f"unknown unit {unit!r}"))
    alias_unit, multiplier = _UNITS[key]
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
