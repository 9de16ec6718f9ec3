"""Where everything sits in the cleaner workbook, and every value its cells allow.

The layout is the one the old client (ovbpclient) produced, so workbooks users already have keep
working: sheet ``Series``, project name in B2, cleaner name in B3, group headers in row 6, column
headers in row 7, one series per row from row 8, columns A-W (see `UNITCLEANER_COLUMNS`). A row is
applied only when column C holds ``x``.

The allowed values (unit types, conventions, clocks, resample rules, the frequency grammar) come from
the spec through the generated client, as the sandbox's do; timezones are the IANA names this machine
knows. The writer's dropdowns, the Help sheet and the reader's checks all take them from this module.
"""

from __future__ import annotations

import zoneinfo
from functools import cache
from typing import get_args

import pandas as pd
from openpyxl.utils import get_column_letter

from generated_client.models.clock import Clock
from generated_client.models.convention import Convention
from generated_client.models.resample_rule import ResampleRule
from generated_client.models.unit_type import UnitType
from generated_client.typed.patterns import FREQUENCY_EXAMPLES

from ..frequencies import FREQUENCY_UNITS, frequency_length

__all__ = [
    "CHOICES",
    "CLOCKS",
    "CONVENTIONS",
    "FIRST_DATA_ROW",
    "GROUPS",
    "HEADERS",
    "HEADER_ROW",
    "HELP",
    "HELP_SHEET",
    "LISTS_SHEET",
    "MARK",
    "NULLABLE",
    "REQUIRED",
    "RESAMPLE_RULES",
    "SERIES_SHEET",
    "UNITCLEANER_COLUMNS",
    "UNITCLEANER_FIELDS",
    "UNIT_TYPES",
    "YES_NO",
    "allowed",
    "column_letter",
    "is_platform_frequency",
    "timezone_names",
]

SERIES_SHEET = "Series"
LISTS_SHEET = "Lists"
HELP_SHEET = "Help"
HEADER_ROW = 7
FIRST_DATA_ROW = 8

#: The 23 columns A-W, by name: unitcleaner wire fields, plus ``save`` (C, the ``x`` mark) and
#: ``active`` (D, yes/no, written "yes" and otherwise ignored: unitcleaners have no running state).
UNITCLEANER_COLUMNS: tuple[str, ...] = (
    "external_name",
    "name",
    "save",
    "active",
    "freq",
    "input_unit_type",
    "input_convention",
    "clock",
    "timezone",
    "unit",
    "label",
    "input_expected_regular",
    "unit_type",
    "resample_rule",
    "interpolate_limit",
    "wait_offset",
    "operation_fct",
    "filter_fct",
    "derivative_filter_fct",
    "custom_delay",
    "custom_fct",
    "custom_before_offset",
    "custom_after_offset",
)
#: The wire fields a marked row turns into (every column but ``save`` and ``active``).
UNITCLEANER_FIELDS: tuple[str, ...] = tuple(c for c in UNITCLEANER_COLUMNS if c not in ("save", "active"))

HEADERS: dict[str, str] = {
    "external_name": "Series external name",
    "name": "Output name",
    "save": "Save config (x)",
    "active": "Running",
    "freq": "Frequency *",
    "input_unit_type": "Input time extensivity *",
    "input_convention": "Input time convention *",
    "clock": "Input clock *",
    "timezone": "Timezone *",
    "unit": "Unit",
    "label": "Comment",
    "input_expected_regular": "Input is regular",
    "unit_type": "Output time extensivity",
    "resample_rule": "Output resample rule",
    "interpolate_limit": "Interpolate limit",
    "wait_offset": "Wait offset",
    "operation_fct": "Operation function",
    "filter_fct": "Filter function",
    "derivative_filter_fct": "Derivative filter function",
    "custom_delay": "Custom delay",
    "custom_fct": "Custom function",
    "custom_before_offset": "Before offset",
    "custom_after_offset": "After offset",
}
HELP: dict[str, str] = {
    "external_name": "Name of the importer series (do not change).",
    "name": "Name of the cleaned series; blank: the external name.",
    "save": "x: apply this row's configuration; blank: leave the series as it is.",
    "active": "yes/no; informative only.",
    "freq": "Output frequency, as the platform spells it: 1H, 3H, 15min, 15T, 10S, 1D...",
    "input_unit_type": "How the input values relate to time.",
    "input_convention": "Whether an input timestamp starts (left) or ends (right) its period.",
    "clock": "tzt: local time of the timezone; dst; gmt.",
    "timezone": "IANA timezone name, e.g. Europe/Paris.",
    "unit": "Free text; blank: none.",
    "label": "Free text; blank: none.",
    "input_expected_regular": "yes/no; blank: no.",
    "unit_type": "Blank: same as the input time extensivity.",
    "resample_rule": "Blank: mean.",
    "interpolate_limit": "Non-negative integer; blank: 0.",
    "wait_offset": "A frequency; blank: 6H.",
    "operation_fct": "Python code; blank: none.",
    "filter_fct": "Python code; blank: none.",
    "derivative_filter_fct": "Python code; blank: none.",
    "custom_delay": "Blank: none.",
    "custom_fct": "Python code; blank: none.",
    "custom_before_offset": "Blank: none.",
    "custom_after_offset": "Blank: none.",
}
#: Row 6 group headers: (first column, last column, title).
GROUPS = (("E", "K", "Basic config"), ("L", "S", "Advanced config"), ("T", "W", "Expert config"))

#: The values the platform allows, as the spec lists them (generated from its component schemas): a
#: workbook is checked against them before any request, rather than failing half-way through.
UNIT_TYPES: tuple[str, ...] = get_args(UnitType)
CONVENTIONS: tuple[str, ...] = get_args(Convention)
CLOCKS: tuple[str, ...] = get_args(Clock)
RESAMPLE_RULES: tuple[str, ...] = get_args(ResampleRule)
YES_NO = ("yes", "no")
MARK = "x"

#: The columns whose cells must hold one of a fixed list of values.
CHOICES: dict[str, tuple[str, ...]] = {
    "input_unit_type": UNIT_TYPES,
    "unit_type": UNIT_TYPES,
    "input_convention": CONVENTIONS,
    "clock": CLOCKS,
    "resample_rule": RESAMPLE_RULES,
}
REQUIRED = ("freq", "input_unit_type", "input_convention", "clock", "timezone")
#: The code and offset columns (Q-W): free text kept as typed, and a blank cell sends null. Name,
#: unit and label are free text too, but a blank there means the external name or "".
NULLABLE = UNITCLEANER_COLUMNS[UNITCLEANER_COLUMNS.index("operation_fct") :]

_FREQ_ALLOWED = (
    f"a frequency: a count then one of {', '.join(FREQUENCY_UNITS)}, nothing between "
    f"(e.g. {', '.join(FREQUENCY_EXAMPLES)})"
)


@cache
def timezone_names() -> tuple[str, ...]:
    """Every IANA timezone name this machine knows (sorted), minus the non-IANA 'localtime'/'posixrules'."""
    return tuple(sorted(zoneinfo.available_timezones() - {"localtime", "posixrules"}))


def is_platform_frequency(value: str, *, allow_zero: bool = False) -> bool:
    """True if `value` is a frequency spelled like the platform does (`1H`, `15min`, `15T`, `10S`...)."""
    try:
        length = frequency_length(value)
    except ValueError:
        return False
    return allow_zero or length > pd.Timedelta(0)


def allowed(column: str) -> str:
    """What a cell of `column` may hold, in words: for the Help sheet and for error messages."""
    if column in CHOICES:
        return ", ".join(CHOICES[column])
    if column in ("active", "input_expected_regular"):
        return "yes, no"
    if column == "save":
        return "x or blank"
    if column == "timezone":
        return "an IANA timezone name such as Europe/Paris (list in the dropdown)"
    if column in ("freq", "wait_offset"):
        return _FREQ_ALLOWED
    if column == "interpolate_limit":
        return "a whole number >= 0"
    return "any text"


def column_letter(column: str) -> str:
    """The letter of a named column; the header cells (project, cleaner) live in column B."""
    if column in UNITCLEANER_COLUMNS:
        return get_column_letter(UNITCLEANER_COLUMNS.index(column) + 1)
    return "B"
