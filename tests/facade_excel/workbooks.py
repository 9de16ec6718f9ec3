"""Workbooks of the Excel tests: unitcleaner wire dicts, the fields a row sets, marking rows by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from ovbp_facade.excel import (
    UNITCLEANER_FIELDS,
)


def unitcleaner(external_name: str, **changes: Any) -> dict[str, Any]:
    """A wire dict as the platform answers it, with the platform defaults."""
    record: dict[str, Any] = {
        "id": f"id-{external_name}",
        "rights": None,
        "cleaner": "cleaner-id",
        "external_name": external_name,
        "name": f"{external_name}-cleaned",
        "freq": "1H",
        "input_unit_type": "instantaneous",
        "unit_type": "instantaneous",
        "input_convention": "left",
        "clock": "tzt",
        "timezone": "Europe/Paris",
        "unit": "",
        "label": "",
        "resample_rule": "mean",
        "interpolate_limit": 0,
        "wait_offset": "6H",
        "input_expected_regular": False,
        "operation_fct": None,
        "filter_fct": None,
        "derivative_filter_fct": None,
        "custom_delay": None,
        "custom_fct": None,
        "custom_before_offset": None,
        "custom_after_offset": None,
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
