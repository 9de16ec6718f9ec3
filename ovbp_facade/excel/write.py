"""Writing the cleaner workbook: heading, one row per series, dropdowns and a Help sheet.

The workbook is built in code (no binary template), from the layout module's columns and lists.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import openpyxl
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from .layout import (
    CHOICES,
    FIRST_DATA_ROW,
    GROUPS,
    HEADER_ROW,
    HEADERS,
    HELP,
    HELP_SHEET,
    LISTS_SHEET,
    MARK,
    SERIES_SHEET,
    UNITCLEANER_COLUMNS,
    YES_NO,
    allowed,
    column_letter,
    timezone_names,
)

__all__ = ["write_cleaner_workbook"]

logger = logging.getLogger("ovbp_facade.excel")


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
    for first, last, title in GROUPS:
        ws[f"{first}6"] = title
        ws.merge_cells(f"{first}6:{last}6")
    for col, column in enumerate(UNITCLEANER_COLUMNS, start=1):
        ws.cell(row=HEADER_ROW, column=col, value=HEADERS[column])


def _style(ws: Worksheet, last_row: int) -> None:
    thin = Side(style="thin", color="999999")
    header_fill = PatternFill("solid", fgColor="DDEBF7")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for first, _last, _title in GROUPS:
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
        "save": (MARK,),
        "active": YES_NO,
        "input_expected_regular": YES_NO,
        **CHOICES,
    }
    for column, choices in literal.items():
        _validate_column(ws, column, '"' + ",".join(choices) + '"', last_row)
    _validate_column(ws, "timezone", f"{LISTS_SHEET}!$A$1:$A${len(zones)}", last_row)


def _validate_column(ws: Worksheet, column: str, formula: str, last_row: int) -> None:
    letter = column_letter(column)
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
        ws.append([get_column_letter(col), HEADERS[column], column, HELP[column], allowed(column)])
    for letter, width in (("A", 8), ("B", 28), ("C", 24), ("D", 70), ("E", 60)):
        ws.column_dimensions[letter].width = width
