"""Workbooks of the Excel tests: unitcleaner wire dicts, the fields a row sets, marking rows by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from ovbp_facade.excel import (
    UNITCLEANER_FIELDS,
)
from tests.support.spec_defaults import UNITCLEANER_DEFAULTS


def unitcleaner(external_name: str, **changes: Any) -> dict[str, Any]:
    """A wire dict as the platform answers it, with the platform defaults."""
    record: dict[str, Any] = {
        "id": f"id-{external_name}",
        "rights": None,
        "cleaner": "cleaner-id",
        "external_name": external_name,
        "name": f"{external_name}-cleaned",
        **UNITCLEANER_DEFAULTS,
    }
    record.update(changes)
    return record


def fields(uc: dict[str, Any]) -> dict[str, Any]:
    return {k: uc[k] for k in UNITCLEANER_FIELDS}


def mark(path: Path, marks: dict[int, str], **cells: Any) -> None:
    """Mark rows (row -> mark) and set cells (coordinate -> value), as a user would in Excel."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Series"]
    for row, value in marks.items():
        ws[f"C{row}"] = value
    for coordinate, value in cells.items():
        ws[coordinate] = value
    wb.save(path)
