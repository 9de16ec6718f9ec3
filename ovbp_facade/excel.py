"""Cleaner configuration as an Excel workbook: write it, read it back validated, plan the changes.

Pure functions on plain data (wire dicts), so the workbook logic is testable without a platform;
`Cleaner.export_configuration_to_excel` / `Cleaner.configure_from_excel` do the HTTP calls.

The layout is the one the old client (ovbpclient) produced, so workbooks users already have keep
working: sheet ``Series``, project name in B2, cleaner name in B3, group headers in row 6, column
headers in row 7, one series per row from row 8, columns A-W (see `UNITCLEANER_COLUMNS`). A row is
applied only when column C holds ``x``. The workbook is built in code (no binary template).
"""

from __future__ import annotations

import logging
import os
import re
import zipfile
import zoneinfo
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ovbp_facade.errors import OVBPClientError

__all__ = [
    "CLOCKS",
    "CONVENTIONS",
    "RESAMPLE_RULES",
    "SERIES_SHEET",
    "UNITCLEANER_COLUMNS",
    "UNITCLEANER_FIELDS",
    "UNIT_TYPES",
    "ExcelConfigurationError",
    "Problem",
    "is_platform_frequency",
    "plan_unitcleaner_changes",
    "read_cleaner_workbook",
    "read_workbook_names",
    "timezone_names",
    "write_cleaner_workbook",
]

logger = logging.getLogger(__name__)

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

_HEADERS: dict[str, str] = {
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
_HELP: dict[str, str] = {
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
# Row 6 group headers: (first column, last column, title).
_GROUPS = (("E", "K", "Basic config"), ("L", "S", "Advanced config"), ("T", "W", "Expert config"))

#: Time extensivities the sandbox accepts. ``delta`` is kept because old workbooks offered it;
#: ``ri`` (named by the spec) and the old ``mean_derivate`` are refused by the sandbox, so we refuse
#: them here too rather than fail half-way through the HTTP calls.
UNIT_TYPES: tuple[str, ...] = ("instantaneous", "integral", "mean", "delta", "instantaneous_discrete")
CONVENTIONS: tuple[str, ...] = ("left", "right")
CLOCKS: tuple[str, ...] = ("tzt", "dst", "gmt")
RESAMPLE_RULES: tuple[str, ...] = ("mean", "sum", "first", "last", "min", "max", "median")
_YES_NO = ("yes", "no")
_MARK = "x"

_CHOICES: dict[str, tuple[str, ...]] = {
    "input_unit_type": UNIT_TYPES,
    "unit_type": UNIT_TYPES,
    "input_convention": CONVENTIONS,
    "clock": CLOCKS,
    "resample_rule": RESAMPLE_RULES,
}
_REQUIRED = ("freq", "input_unit_type", "input_convention", "clock", "timezone")
# Free-text columns keep their text as typed (only an all-blank cell counts as blank).
_FREE_TEXT = (
    "name",
    "unit",
    "label",
    "operation_fct",
    "filter_fct",
    "derivative_filter_fct",
    "custom_delay",
    "custom_fct",
    "custom_before_offset",
    "custom_after_offset",
)
_NULLABLE = _FREE_TEXT[3:]

_FREQ_RE = re.compile(r"(\d*)(min|ms|[HhTSsDdWL])")
_FREQ_ALLOWED = "a frequency like 1H, 3H, 15min, 15T, 10S, 1D (number then min/T, H/h, S/s, D, W, ms/L)"


@cache
def timezone_names() -> tuple[str, ...]:
    """Every IANA timezone name this machine knows (sorted), minus the non-IANA 'localtime'/'posixrules'."""
    return tuple(sorted(zoneinfo.available_timezones() - {"localtime", "posixrules"}))


def is_platform_frequency(value: str, *, allow_zero: bool = False) -> bool:
    """True if `value` is a frequency spelled like the platform does (`1H`, `15min`, `15T`, `10S`...)."""
    match = _FREQ_RE.fullmatch(value)
    if match is None:
        return False
    number = match.group(1)
    return allow_zero or number == "" or int(number) > 0


Problem = tuple[int, str, object, str]
"""(row, column name, value found, what is allowed)."""


class ExcelConfigurationError(OVBPClientError, ValueError):
    """The workbook cannot be applied; `problems` lists every bad cell as (row, column, value, allowed)."""

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        self.problems: list[Problem] = list(problems)
        if self.problems:
            lines = [
                f"  row {row}, column {_letter(column)} ({column}): {value!r} -- allowed: {allowed}"
                for row, column, value, allowed in self.problems
            ]
            message = f"{message} ({len(self.problems)} problem(s)):\n" + "\n".join(lines)
        super().__init__(message)


def _letter(column: str) -> str:
    if column in UNITCLEANER_COLUMNS:
        return get_column_letter(UNITCLEANER_COLUMNS.index(column) + 1)
    return "B"  # header cells (project, cleaner) live in column B


# ----------------------------------------------------------------------------------------------- writing


def write_cleaner_workbook(
    path: str | os.PathLike[str],
    *,
    project_name: str,
    cleaner_name: str,
    unitcleaners: Sequence[Mapping[str, object]],
    unconfigured_external_names: Sequence[str],
) -> None:
    """Write the configuration workbook: configured unitcleaners first, then the unconfigured series."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SERIES_SHEET
    _write_heading(ws, project_name, cleaner_name)

    row = FIRST_DATA_ROW
    for uc in unitcleaners:
        for col, column in enumerate(UNITCLEANER_COLUMNS, start=1):
            _set(ws, row, col, _export_value(column, uc))
        row += 1
    for external_name in unconfigured_external_names:
        _set(ws, row, 1, external_name)
        row += 1
    last_row = max(row - 1, FIRST_DATA_ROW)

    _style(ws, last_row)
    _add_lists_sheet_and_validation(wb, ws, last_row)
    _add_help_sheet(wb)
    wb.active = 0
    wb.save(Path(path))
    logger.info(
        "wrote %s: %d configured and %d unconfigured series of cleaner %r",
        path,
        len(unitcleaners),
        len(unconfigured_external_names),
        cleaner_name,
    )


def _export_value(column: str, uc: Mapping[str, object]) -> object:
    if column == "save":
        return None
    if column == "active":
        return "yes"
    value = uc.get(column)
    if column == "input_expected_regular":
        return "yes" if value else "no"
    return value


def _set(ws: Worksheet, row: int, col: int, value: object) -> None:
    """Write a value; text is always stored as text (never a formula) and cleaned of illegal characters."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cleaned = ILLEGAL_CHARACTERS_RE.sub("", value)
        if cleaned != value:
            logger.warning("cell %s: removed control characters Excel cannot store", cell.coordinate)
        cell.value = cleaned
        cell.data_type = "s"
    else:
        cell.value = value  # type: ignore[assignment]


def _write_heading(ws: Worksheet, project_name: str, cleaner_name: str) -> None:
    bold = Font(bold=True)
    ws["A1"] = "Openergy Platform"
    ws["B1"] = "Cleaning Multiconfig File"
    ws["A1"].font = Font(bold=True, size=14)
    ws["B1"].font = Font(bold=True, size=14)
    for cell, label in (("A2", "Project:"), ("A3", "Cleaner:"), ("A4", "Series:"), ("A5", "Marked rows:")):
        ws[cell] = label
        ws[cell].font = bold
    _set(ws, 2, 2, project_name)
    _set(ws, 3, 2, cleaner_name)
    ws["B4"] = f"=COUNTA(A{FIRST_DATA_ROW}:A1048576)"
    ws["B5"] = f'=COUNTIF(C{FIRST_DATA_ROW}:C1048576,"x")'
    for first, last, title in _GROUPS:
        ws[f"{first}6"] = title
        ws.merge_cells(f"{first}6:{last}6")
    for col, column in enumerate(UNITCLEANER_COLUMNS, start=1):
        ws.cell(row=HEADER_ROW, column=col, value=_HEADERS[column])


def _style(ws: Worksheet, last_row: int) -> None:
    thin = Side(style="thin", color="999999")
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for first, _last, _title in _GROUPS:
        cell = ws[f"{first}6"]
        cell.font = Font(bold=True)
        cell.alignment = center
        cell.fill = header_fill
    for col in range(1, len(UNITCLEANER_COLUMNS) + 1):
        head = ws.cell(row=HEADER_ROW, column=col)
        head.font = Font(bold=True)
        head.alignment = center
        head.fill = header_fill
        head.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        ws.column_dimensions[get_column_letter(col)].width = 24 if col in (1, 2) else 16
        for row in range(FIRST_DATA_ROW, last_row + 1):
            cell = ws.cell(row=row, column=col)
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            if col == 3:
                cell.font = Font(bold=True)
                cell.alignment = Alignment(horizontal="center")
    ws.row_dimensions[HEADER_ROW].height = 32
    ws.freeze_panes = f"C{FIRST_DATA_ROW}"


def _add_lists_sheet_and_validation(wb: openpyxl.Workbook, ws: Worksheet, last_row: int) -> None:
    """Dropdowns on the list columns; timezones come from a hidden sheet (too long for a literal list)."""
    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    zones = timezone_names()
    for i, zone in enumerate(zones, start=1):
        lists.cell(row=i, column=1, value=zone)
    literal: dict[str, tuple[str, ...]] = {
        "save": (_MARK,),
        "active": _YES_NO,
        "input_expected_regular": _YES_NO,
        **_CHOICES,
    }
    for column, choices in literal.items():
        _validate_column(ws, column, '"' + ",".join(choices) + '"', last_row)
    _validate_column(ws, "timezone", f"{LISTS_SHEET}!$A$1:$A${len(zones)}", last_row)


def _validate_column(ws: Worksheet, column: str, formula: str, last_row: int) -> None:
    letter = _letter(column)
    dv = DataValidation(type="list", formula1=formula, allow_blank=True)
    dv.error = "Your entry is not in the list"
    dv.errorTitle = "Invalid entry"
    dv.showErrorMessage = True
    ws.add_data_validation(dv)
    dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{last_row}")


def _add_help_sheet(wb: openpyxl.Workbook) -> None:
    ws = wb.create_sheet(HELP_SHEET)
    ws.append(["Column", "Header", "Field", "Meaning", "Allowed values"])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for col, column in enumerate(UNITCLEANER_COLUMNS, start=1):
        ws.append([get_column_letter(col), _HEADERS[column], column, _HELP[column], _allowed(column)])
    for letter, width in (("A", 8), ("B", 28), ("C", 24), ("D", 70), ("E", 60)):
        ws.column_dimensions[letter].width = width


# ----------------------------------------------------------------------------------------------- reading


def read_workbook_names(path: str | os.PathLike[str]) -> tuple[str, str]:
    """(project name in B2, cleaner name in B3), so a caller can check the workbook is the right one."""
    wb = _open(path)
    try:
        ws = _series_sheet(wb, path)
        head = list(ws.iter_rows(min_row=1, max_row=3, max_col=2, values_only=True))
    finally:
        wb.close()
    project, cleaner = (_cell(head, 1), _cell(head, 2))
    if cleaner is None:
        raise ExcelConfigurationError(
            f"{path}: no cleaner name in cell B3 of sheet {SERIES_SHEET!r}",
            [(3, "cleaner", None, "the name of the cleaner this workbook configures")],
        )
    return ("" if project is None else str(project).strip(), str(cleaner).strip())


def read_cleaner_workbook(path: str | os.PathLike[str]) -> list[dict[str, object]]:
    """Rows marked ``x`` as unitcleaner wire fields, blanks defaulted; every bad cell reported at once."""
    read_workbook_names(path)
    wb = _open(path)
    try:
        ws = _series_sheet(wb, path)
        raw_rows = list(
            ws.iter_rows(min_row=FIRST_DATA_ROW, max_col=len(UNITCLEANER_COLUMNS), values_only=True)
        )
    finally:
        wb.close()

    problems: list[Problem] = []
    result: list[dict[str, object]] = []
    first_row_of: dict[str, int] = {}
    for offset, raw in enumerate(raw_rows):
        row_number = FIRST_DATA_ROW + offset
        cells = dict(zip(UNITCLEANER_COLUMNS, tuple(raw) + (None,) * len(UNITCLEANER_COLUMNS), strict=False))
        mark = _text(cells["save"])
        if mark is None:
            continue
        if mark.lower() != _MARK:
            problems.append((row_number, "save", cells["save"], "x (apply the row) or blank (skip it)"))
            continue
        row, row_problems = _convert_row(row_number, cells)
        problems.extend(row_problems)
        external_name = row.get("external_name")
        if isinstance(external_name, str):
            if external_name in first_row_of:
                problems.append(
                    (
                        row_number,
                        "external_name",
                        external_name,
                        f"each series once (already marked on row {first_row_of[external_name]})",
                    )
                )
            else:
                first_row_of[external_name] = row_number
        if not row_problems:
            result.append(row)
    if problems:
        raise ExcelConfigurationError(f"{path}: the configuration workbook has invalid cells", problems)
    logger.info("read %d marked row(s) from %s", len(result), path)
    return result


def _open(path: str | os.PathLike[str]) -> openpyxl.Workbook:
    try:
        return openpyxl.load_workbook(Path(path), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError) as exc:
        raise ExcelConfigurationError(f"{path}: not an Excel .xlsx workbook ({exc})") from exc


def _series_sheet(wb: openpyxl.Workbook, path: str | os.PathLike[str]) -> Any:
    if SERIES_SHEET not in wb.sheetnames:
        raise ExcelConfigurationError(
            f"{path}: no sheet named {SERIES_SHEET!r} (sheets found: {', '.join(wb.sheetnames)}); "
            "is this a cleaner configuration workbook?"
        )
    return wb[SERIES_SHEET]


def _cell(rows: list[tuple[object, ...]], index: int) -> object:
    if index >= len(rows) or len(rows[index]) < 2:
        return None
    value = rows[index][1]
    return None if value is None or (isinstance(value, str) and not value.strip()) else value


def _text(value: object) -> str | None:
    """Stripped text of a code/list cell, None if blank."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _free_text(value: object) -> str | None:
    """Text as typed (numbers as Excel shows them), None if blank."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    return text if text.strip() else None


def _allowed(column: str) -> str:
    if column in _CHOICES:
        return ", ".join(_CHOICES[column])
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


def _did_you_mean(column: str, value: str) -> str:
    """A hint when only the letter case is wrong (e.g. europe/paris)."""
    if column != "timezone":
        return ""
    for zone in timezone_names():
        if zone.lower() == value.lower():
            return f" (did you mean {zone}?)"
    return ""


def _convert_row(row_number: int, cells: Mapping[str, object]) -> tuple[dict[str, object], list[Problem]]:
    """One marked row -> wire fields with the old client's blank defaults, plus its problems."""
    problems: list[Problem] = []

    def bad(column: str, what: str | None = None) -> None:
        problems.append((row_number, column, cells[column], what or _allowed(column)))

    out: dict[str, object] = {}
    external_name = _free_text(cells["external_name"])
    if external_name is None:
        bad("external_name", "the name of an importer series (required on a marked row)")
    else:
        out["external_name"] = external_name
    name = _free_text(cells["name"])
    out["name"] = name if name is not None else external_name

    active = _text(cells["active"])
    if active is not None and _yes_no(cells["active"]) is None:
        bad("active")

    for column in _REQUIRED:
        value = _text(cells[column])
        if value is None:
            bad(column, f"{_allowed(column)} (required)")
            continue
        if column in _CHOICES:
            value = value.lower()
            valid = value in _CHOICES[column]
        elif column == "freq":
            valid = is_platform_frequency(value)
        else:
            valid = value in timezone_names()
        if not valid:
            bad(column, _allowed(column) + _did_you_mean(column, value))
        out[column] = value

    out["unit"] = _free_text(cells["unit"]) or ""
    out["label"] = _free_text(cells["label"]) or ""

    regular = _yes_no(cells["input_expected_regular"])
    if _text(cells["input_expected_regular"]) is None:
        regular = False
    elif regular is None:
        bad("input_expected_regular")
    out["input_expected_regular"] = bool(regular)

    unit_type = _text(cells["unit_type"])
    if unit_type is None:
        out["unit_type"] = out.get("input_unit_type")
    elif unit_type.lower() not in UNIT_TYPES:
        bad("unit_type")
    else:
        out["unit_type"] = unit_type.lower()

    rule = _text(cells["resample_rule"])
    if rule is not None and rule.lower() not in RESAMPLE_RULES:
        bad("resample_rule")
    out["resample_rule"] = "mean" if rule is None else rule.lower()

    limit = _non_negative_int(cells["interpolate_limit"])
    if limit is None:
        bad("interpolate_limit")
    out["interpolate_limit"] = limit

    wait_offset = _text(cells["wait_offset"])
    if wait_offset is not None and not is_platform_frequency(wait_offset, allow_zero=True):
        bad("wait_offset")
    out["wait_offset"] = "6H" if wait_offset is None else wait_offset

    for column in _NULLABLE:
        out[column] = _free_text(cells[column])
    return {field: out.get(field) for field in UNITCLEANER_FIELDS}, problems


def _yes_no(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    text = _text(value)
    if text is None:
        return None
    return {"yes": True, "no": False}.get(text.lower())


def _non_negative_int(value: object) -> int | None:
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


# ----------------------------------------------------------------------------------------------- planning


def plan_unitcleaner_changes(
    rows: Sequence[Mapping[str, object]],
    existing: Mapping[str, Mapping[str, object]],
) -> tuple[list[dict[str, object]], list[tuple[str, dict[str, object]]]]:
    """(rows to create, [(existing unitcleaner id, only the fields that differ)]); unchanged rows vanish.

    `existing` maps external_name -> the existing unitcleaner's wire dict. Unitcleaners absent from
    `rows` are left alone (never deleted), as the old client did. Text differing only in line endings
    counts as unchanged: an .xlsx file stores every line break as LF.
    """
    to_create: list[dict[str, object]] = []
    to_update: list[tuple[str, dict[str, object]]] = []
    for row in rows:
        external_name = row["external_name"]
        current = existing.get(str(external_name))
        if current is None:
            to_create.append(dict(row))
            continue
        changes = {
            field: value
            for field, value in row.items()
            if field != "external_name" and (field not in current or not _same(current[field], value))
        }
        if changes:
            to_update.append((str(current["id"]), changes))
    return to_create, to_update


def _same(current: object, new: object) -> bool:
    if isinstance(current, str) and isinstance(new, str):
        return _lf(current) == _lf(new)
    return current == new and type(current) is type(new)


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
