"""Reading a cleaner workbook back: its names, and its marked rows checked all at once."""

from __future__ import annotations

import logging
import os
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from .layout import FIRST_DATA_ROW, MARK, SERIES_SHEET, UNITCLEANER_COLUMNS
from .validate import CellValue, ExcelConfigurationError, FieldValue, Problem, convert_row, text

__all__ = ["read_cleaner_workbook", "read_workbook_names"]

logger = logging.getLogger("ovbp_facade.excel")


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


def read_cleaner_workbook(path: str | os.PathLike[str]) -> list[dict[str, FieldValue]]:
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
    result: list[dict[str, FieldValue]] = []
    first_row_of: dict[str, int] = {}
    for offset, raw in enumerate(raw_rows):
        row_number = FIRST_DATA_ROW + offset
        cells = dict(zip(UNITCLEANER_COLUMNS, tuple(raw) + (None,) * len(UNITCLEANER_COLUMNS), strict=False))
        mark = text(cells["save"])
        if mark is None:
            continue
        if mark.lower() != MARK:
            problems.append((row_number, "save", cells["save"], "x (apply the row) or blank (skip it)"))
            continue
        row, row_problems = convert_row(row_number, cells)
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


def _series_sheet(wb: openpyxl.Workbook, path: str | os.PathLike[str]) -> Worksheet:
    if SERIES_SHEET not in wb.sheetnames:
        raise ExcelConfigurationError(
            f"{path}: no sheet named {SERIES_SHEET!r} (sheets found: {', '.join(wb.sheetnames)}); "
            "is this a cleaner configuration workbook?"
        )
    return wb[SERIES_SHEET]


def _cell(rows: list[tuple[CellValue, ...]], index: int) -> CellValue:
    """Column B of the `index`th row (0-based), None if blank."""
    if index >= len(rows) or len(rows[index]) < 2:
        return None
    value = rows[index][1]
    return None if value is None or (isinstance(value, str) and not value.strip()) else value
