"""Cleaner configuration as an Excel workbook: the names users import, gathered from the modules below.

Pure functions on plain data (wire dicts), so the workbook logic is testable without a platform;
`Cleaner.export_configuration_to_excel` / `Cleaner.configure_from_excel` do the HTTP calls.
`layout` says where everything sits and what each cell allows, `write` builds the workbook, `read`
opens it again and `validate` checks each marked row. What to create or patch once the rows are
read is not about Excel: it is `ovbp_facade.unitcleaner_changes`, re-exported here for old imports.
"""

from ..unitcleaner_changes import plan_unitcleaner_changes
from .layout import (
    CLOCKS,
    CONVENTIONS,
    RESAMPLE_RULES,
    SERIES_SHEET,
    UNIT_TYPES,
    UNITCLEANER_COLUMNS,
    UNITCLEANER_FIELDS,
    is_platform_frequency,
    timezone_names,
)
from .read import read_cleaner_workbook, read_workbook_names
from .validate import CellValue, ExcelConfigurationError, FieldValue, Problem
from .write import write_cleaner_workbook

__all__ = [
    "CLOCKS",
    "CONVENTIONS",
    "RESAMPLE_RULES",
    "SERIES_SHEET",
    "UNITCLEANER_COLUMNS",
    "UNITCLEANER_FIELDS",
    "UNIT_TYPES",
    "CellValue",
    "ExcelConfigurationError",
    "FieldValue",
    "Problem",
    "is_platform_frequency",
    "plan_unitcleaner_changes",
    "read_cleaner_workbook",
    "read_workbook_names",
    "timezone_names",
    "write_cleaner_workbook",
]
