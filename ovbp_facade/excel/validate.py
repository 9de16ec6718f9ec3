"""Checking one marked row of the workbook and turning it into unitcleaner wire fields.

Every bad cell becomes a `Problem` instead of an exception, so that the reader can report all of a
workbook's mistakes at once; blank cells get the old client's defaults.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TypeAlias

from openpyxl.cell.rich_text import CellRichText
from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

from ..errors import OVBPClientError
from .layout import (
    CHOICES,
    NULLABLE,
    REQUIRED,
    RESAMPLE_RULES,
    UNIT_TYPES,
    UNITCLEANER_FIELDS,
    allowed,
    column_letter,
    is_platform_frequency,
    timezone_names,
)

__all__ = ["CellValue", "ExcelConfigurationError", "FieldValue", "Problem", "convert_row", "text"]

#: What openpyxl reads from a cell.
CellValue: TypeAlias = (
    bool
    | float
    | Decimal
    | str
    | dt.datetime
    | dt.date
    | dt.time
    | dt.timedelta
    | CellRichText
    | DataTableFormula
    | ArrayFormula
    | None
)
#: A unitcleaner wire field's value, as a row read from the workbook carries it.
FieldValue: TypeAlias = str | int | bool | None

Problem: TypeAlias = tuple[int, str, CellValue, str]
"""(row, column name, value found, what is allowed)."""


class ExcelConfigurationError(OVBPClientError, ValueError):
    """The workbook cannot be applied; `problems` lists every bad cell as (row, column, value, allowed)."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        self.problems: list[Problem] = list(problems)
        if self.problems:
            lines = [
                f"  row {row}, column {column_letter(column)} ({column}): {value!r} -- allowed: {what}"
                for row, column, value, what in self.problems
            ]
            message = f"{message} ({len(self.problems)} problem(s)):\n" + "\n".join(lines)
        super().__init__(message)


def text(value: CellValue) -> str | None:
    """Stripped text of a code/list cell, None if blank."""
    if value is None:
        return None
    stripped = str(value).strip()
    return stripped or None


def _free_text(value: CellValue) -> str | None:
    """Text as typed (numbers as Excel shows them), None if blank."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    typed = str(value)
    return typed if typed.strip() else None


def _did_you_mean(column: str, value: str) -> str:
    """A hint when only the letter case is wrong (e.g. europe/paris)."""
    if column != "timezone":
        return ""
    for zone in timezone_names():
        if zone.lower() == value.lower():
            return f" (did you mean {zone}?)"
    return ""


def convert_row(
    row_number: int, cells: Mapping[str, CellValue]
) -> tuple[dict[str, FieldValue], list[Problem]]:
    """One marked row -> wire fields with the old client's blank defaults, plus its problems."""
    problems: list[Problem] = []

    def bad(column: str, what: str | None = None) -> None:
        problems.append((row_number, column, cells[column], what or allowed(column)))

    out: dict[str, FieldValue] = {}
    external_name = _free_text(cells["external_name"])
    if external_name is None:
        bad("external_name", "the name of an importer series (required on a marked row)")
    else:
        out["external_name"] = external_name
    name = _free_text(cells["name"])
    out["name"] = name if name is not None else external_name

    active = text(cells["active"])
    if active is not None and _yes_no(cells["active"]) is None:
        bad("active")

    for column in REQUIRED:
        value = text(cells[column])
        if value is None:
            bad(column, f"{allowed(column)} (required)")
            continue
        if column in CHOICES:
            value = value.lower()
            valid = value in CHOICES[column]
        elif column == "freq":
            valid = is_platform_frequency(value)
        else:
            valid = value in timezone_names()
        if not valid:
            bad(column, allowed(column) + _did_you_mean(column, value))
        out[column] = value

    out["unit"] = _free_text(cells["unit"]) or ""
    out["label"] = _free_text(cells["label"]) or ""

    regular = _yes_no(cells["input_expected_regular"])
    if text(cells["input_expected_regular"]) is None:
        regular = False
    elif regular is None:
        bad("input_expected_regular")
    out["input_expected_regular"] = bool(regular)

    unit_type = text(cells["unit_type"])
    if unit_type is None:
        out["unit_type"] = out.get("input_unit_type")
    elif unit_type.lower() not in UNIT_TYPES:
        bad("unit_type")
    else:
        out["unit_type"] = unit_type.lower()

    rule = text(cells["resample_rule"])
    if rule is not None and rule.lower() not in RESAMPLE_RULES:
        bad("resample_rule")
    out["resample_rule"] = "mean" if rule is None else rule.lower()

    limit = _non_negative_int(cells["interpolate_limit"])
    if limit is None:
        bad("interpolate_limit")
    out["interpolate_limit"] = limit

    wait_offset = text(cells["wait_offset"])
    if wait_offset is not None and not is_platform_frequency(wait_offset, allow_zero=True):
        bad("wait_offset")
    out["wait_offset"] = "6H" if wait_offset is None else wait_offset

    for column in NULLABLE:
        out[column] = _free_text(cells[column])
    return {field: out.get(field) for field in UNITCLEANER_FIELDS}, problems


def _yes_no(value: CellValue) -> bool | None:
    if isinstance(value, bool):
        return value
    found = text(value)
    if found is None:
        return None
    return {"yes": True, "no": False}.get(found.lower())


def _non_negative_int(value: CellValue) -> int | None:
    """Blank -> 0; a whole number >= 0 (typed as number or text) -> int; anything else -> None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value >= 0 else None
    if isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        return int(value.strip())
    return None
