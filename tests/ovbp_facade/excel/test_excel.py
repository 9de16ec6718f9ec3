"""The cleaner configuration workbook: written, marked, read back and planned without a platform."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ovbp_facade.errors import OVBPClientError
from ovbp_facade.excel import (
    CLOCKS,
    CONVENTIONS,
    RESAMPLE_RULES,
    UNIT_TYPES,
    UNITCLEANER_COLUMNS,
    ExcelConfigurationError,
    read_cleaner_workbook,
    read_workbook_names,
    timezone_names,
    write_cleaner_workbook,
)
from ovbp_facade.unitcleaner_changes import plan_unitcleaner_changes
from tests.ovbp_facade.excel.workbooks import fields, mark, unitcleaner

CONFIGURED = [
    unitcleaner("a"),
    unitcleaner(
        "b",
        freq="15min",
        unit="°C",
        label="temperature, hall",
        input_expected_regular=True,
        unit_type="mean",
        resample_rule="max",
        interpolate_limit=3,
        wait_offset="1D",
        filter_fct="def f(se):\n    return se[se > 0]\n",
        custom_delay="2H",
    ),
    unitcleaner(
        "c [kWh]",
        input_unit_type="integral",
        unit_type="integral",
        input_convention="right",
        clock="gmt",
        timezone="America/New_York",
        operation_fct="=x*2",
        custom_before_offset="1D",
        custom_after_offset="3H",
    ),
]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = tmp_path / "cleaner.xlsx"
    write_cleaner_workbook(
        path,
        project_name="Project 1",
        cleaner_name="importer-a",
        unitcleaners=CONFIGURED,
        unconfigured_external_names=["d", "e"],
    )
    return path


def test_layout_matches_the_old_client(workbook: Path) -> None:
    wb = openpyxl.load_workbook(workbook)
    assert wb.sheetnames[0] == "Series"
    ws = wb["Series"]
    assert (ws["A2"].value, ws["B2"].value) == ("Project:", "Project 1")
    assert (ws["A3"].value, ws["B3"].value) == ("Cleaner:", "importer-a")
    assert ws["A7"].value == "Series external name"
    assert all(ws.cell(row=7, column=c).value for c in range(1, 24))
    assert ws["E6"].value and ws["L6"].value and ws["T6"].value
    assert [ws.cell(row=r, column=1).value for r in range(8, 13)] == ["a", "b", "c [kWh]", "d", "e"]
    assert ws["D8"].value == "yes" and ws["L9"].value == "yes" and ws["L8"].value == "no"
    assert ws["C8"].value is None
    # unconfigured series: only column A
    assert [ws.cell(row=11, column=c).value for c in range(2, 24)] == [None] * 22
    assert ws["Q10"].value == "=x*2" and ws["Q10"].data_type == "s"  # text, not a formula
    assert read_workbook_names(workbook) == ("Project 1", "importer-a")
    assert len(UNITCLEANER_COLUMNS) == 23


def test_round_trip_and_second_run_changes_nothing(workbook: Path) -> None:
    mark(workbook, {8: "x", 9: " X ", 10: "x"})
    rows = read_cleaner_workbook(workbook)
    assert rows == [fields(uc) for uc in CONFIGURED]
    existing = {uc["external_name"]: uc for uc in CONFIGURED}
    assert plan_unitcleaner_changes(rows, existing) == ([], [])


def test_unmarked_rows_are_ignored_even_when_wrong(workbook: Path) -> None:
    mark(workbook, {9: "x"}, E8="every hour", F10="bogus")
    assert [r["external_name"] for r in read_cleaner_workbook(workbook)] == ["b"]


def test_new_series_gets_the_old_client_defaults(workbook: Path) -> None:
    mark(workbook, {11: "x"}, E11="3H", F11="mean", G11="left", H11="dst", I11="UTC")
    rows = read_cleaner_workbook(workbook)
    assert rows == [
        {
            "external_name": "d",
            "name": "d",
            "freq": "3H",
            "input_unit_type": "mean",
            "input_convention": "left",
            "clock": "dst",
            "timezone": "UTC",
            "unit": "",
            "label": "",
            "input_expected_regular": False,
            "unit_type": "mean",
            "resample_rule": "mean",
            "interpolate_limit": 0,
            "wait_offset": "6H",
            "operation_fct": None,
            "filter_fct": None,
            "derivative_filter_fct": None,
            "custom_delay": None,
            "custom_fct": None,
            "custom_before_offset": None,
            "custom_after_offset": None,
        }
    ]
    to_create, to_update = plan_unitcleaner_changes(rows, {uc["external_name"]: uc for uc in CONFIGURED})
    assert to_create == rows and to_update == []


def test_plan_sends_only_changed_fields(workbook: Path) -> None:
    mark(workbook, {8: "x", 9: "x"}, E8="2H", J8="kW", O9=5.0, K9="  ")
    rows = read_cleaner_workbook(workbook)
    existing = {uc["external_name"]: uc for uc in CONFIGURED}
    assert plan_unitcleaner_changes(rows, existing) == (
        [],
        [("id-a", {"freq": "2H", "unit": "kW"}), ("id-b", {"interpolate_limit": 5, "label": ""})],
    )


def test_plan_ignores_line_ending_differences() -> None:
    existing = {"a": unitcleaner("a", custom_fct="x = 1\r\ny = 2\r\n")}
    row = fields(unitcleaner("a", custom_fct="x = 1\ny = 2\n"))
    assert plan_unitcleaner_changes([row], existing) == ([], [])


def test_every_bad_cell_is_reported_at_once(workbook: Path) -> None:
    mark(
        workbook,
        {8: "x", 9: "x", 10: "x", 11: "yes", 12: "x"},
        E8="1 hour",
        F8="mean_derivate",
        I9="Europe/Pariss",
        O9=-1,
        L9="maybe",
        G10="center",
        P10="6 hours",
        N10="average",
        D10="on",
        A12="b",  # already on row 9
        E12="1H",
        F12="mean",
        G12="left",
        H12="tzt",
        I12="UTC",
    )
    with pytest.raises(ExcelConfigurationError) as caught:
        read_cleaner_workbook(workbook)
    error = caught.value
    assert isinstance(error, OVBPClientError)
    found = {(row, column, value) for row, column, value, _allowed in error.problems}
    assert found == {
        (8, "freq", "1 hour"),
        (8, "input_unit_type", "mean_derivate"),
        (9, "timezone", "Europe/Pariss"),
        (9, "interpolate_limit", -1),
        (9, "input_expected_regular", "maybe"),
        (10, "input_convention", "center"),
        (10, "wait_offset", "6 hours"),
        (10, "resample_rule", "average"),
        (10, "active", "on"),
        (11, "save", "yes"),
        (12, "external_name", "b"),
    }
    allowed = {(row, column): text for row, column, _value, text in error.problems}
    assert "left, right" in allowed[(10, "input_convention")]
    assert all(rule in allowed[(10, "resample_rule")] for rule in RESAMPLE_RULES)
    assert "row 9" in allowed[(12, "external_name")]
    message = str(error)
    for row, column, value, _allowed in error.problems:
        assert f"row {row}, column " in message and f"({column}): {value!r}" in message


def test_required_columns_on_a_marked_row(workbook: Path) -> None:
    mark(workbook, {11: "x"}, E11="1H")
    with pytest.raises(ExcelConfigurationError) as caught:
        read_cleaner_workbook(workbook)
    assert {(r, c) for r, c, _v, _a in caught.value.problems} == {
        (11, "input_unit_type"),
        (11, "input_convention"),
        (11, "clock"),
        (11, "timezone"),
    }


def test_timezone_case_hint(workbook: Path) -> None:
    mark(workbook, {8: "x"}, I8="europe/paris")
    with pytest.raises(ExcelConfigurationError) as caught:
        read_cleaner_workbook(workbook)
    assert caught.value.problems[0][:3] == (8, "timezone", "europe/paris")
    assert "did you mean Europe/Paris?" in caught.value.problems[0][3]


def test_hidden_timezone_sheet_feeds_the_dropdown(workbook: Path) -> None:
    wb = openpyxl.load_workbook(workbook)
    lists = wb["Lists"]
    assert lists.sheet_state == "hidden"
    zones = [lists.cell(row=r, column=1).value for r in range(1, lists.max_row + 1)]
    assert zones == list(timezone_names()) and "Europe/Paris" in zones and len(zones) > 400
    validations = {str(dv.sqref): dv for dv in wb["Series"].data_validations.dataValidation}
    tz = validations["I8:I12"]
    assert tz.type == "list" and tz.formula1 == f"Lists!$A$1:$A${len(zones)}"
    assert validations["C8:C12"].formula1 == '"x"'
    assert validations["D8:D12"].formula1 == '"yes,no"'
    assert validations["L8:L12"].formula1 == '"yes,no"'
    assert validations["F8:F12"].formula1 == '"' + ",".join(UNIT_TYPES) + '"'
    assert validations["M8:M12"].formula1 == '"' + ",".join(UNIT_TYPES) + '"'
    assert validations["G8:G12"].formula1 == '"' + ",".join(CONVENTIONS) + '"'
    assert validations["H8:H12"].formula1 == '"' + ",".join(CLOCKS) + '"'
    assert validations["N8:N12"].formula1 == '"' + ",".join(RESAMPLE_RULES) + '"'
    assert all(len(dv.formula1 or "") <= 255 for dv in validations.values())


OLD_HEADERS = [
    "Series external name",
    "Output Name",
    "Save Config",
    "Running",
    "Frequency *",
    "Input Time Extensivity *",
    "Input Time Convention *",
    "Input Clock *",
    "Timezone *",
    "Unit",
    "Comment",
    "Input is Regular",
    "Output Time Extensivity",
    "Output Resample Rule",
    "Interpolate Limit",
    "Wait Offset",
    "Operation Function",
    "Filter Function",
    "Derivative Filter Function",
    "Custom Delay",
    "Custom Function",
    "Before Offset",
    "After Offset",
]


def test_old_client_workbook_reads_fine(tmp_path: Path) -> None:
    """A workbook as ovbpclient 1.5.2 exported it and a user then edited it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Series"
    ws["A1"], ws["B1"] = "Openergy Platform", "Cleaning Multiconfig File"
    ws["A2"], ws["B2"] = "Project:", "Ovbpclient documentation"
    ws["A3"], ws["B3"] = "Cleaner:", "importer-a"
    ws["A4"], ws["B4"] = "Series:", "=COUNTA(A:A) - 6"
    ws["A5"], ws["B5"] = "Configured Series:", "=COUNTA(C:C) - 1"
    ws["B6"] = "Basic Config"
    ws["E6"] = "Basic Config"
    ws.merge_cells("E6:K6")
    ws["L6"] = "Advanced Config"
    ws.merge_cells("L6:S6")
    ws["T6"] = "Expert Config"
    ws.merge_cells("T6:W6")
    for col, header in enumerate(OLD_HEADERS, start=1):
        ws.cell(row=7, column=col, value=header)
    ws.append(["a", "a-cleaned", "x", "yes", "1H", "instantaneous", "left", "tzt", "Europe/Paris"])
    ws.append(["b", "b-cleaned", None, "yes", "1H", "instantaneous", "left", "tzt", "Europe/Paris"])
    ws.append(
        [
            *("c", None, "x", "no", "1H", "delta", "right", "gmt", "Europe/Paris", "kWh", None, "yes"),
            *("delta", "sum", 2, "12H", None, None, None, None, None, None, None),
        ]
    )
    ws.append(["d"])
    wb.create_sheet("Help")["A1"] = "Put X in column C to save the configuration"
    path = tmp_path / "old.xlsx"
    wb.save(path)

    rows = read_cleaner_workbook(path)
    assert rows == [
        fields(unitcleaner("a")),
        fields(
            unitcleaner(
                "c",
                name="c",
                input_unit_type="delta",
                unit_type="delta",
                input_convention="right",
                clock="gmt",
                unit="kWh",
                input_expected_regular=True,
                resample_rule="sum",
                interpolate_limit=2,
                wait_offset="12H",
            )
        ),
    ]
    existing = {"a": unitcleaner("a")}
    to_create, to_update = plan_unitcleaner_changes(rows, existing)
    assert [r["external_name"] for r in to_create] == ["c"] and to_update == []


def test_wrong_workbooks_get_clear_errors(tmp_path: Path, workbook: Path) -> None:
    other = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    assert wb.active is not None
    wb.active.title = "Sheet1"
    wb.save(other)
    with pytest.raises(ExcelConfigurationError, match=r"no sheet named 'Series'.*Sheet1"):
        read_cleaner_workbook(other)

    mark(workbook, {8: "x"}, B3=None)
    with pytest.raises(ExcelConfigurationError, match="B3") as caught:
        read_cleaner_workbook(workbook)
    assert caught.value.problems[0][:2] == (3, "cleaner")

    text = tmp_path / "not.xlsx"
    text.write_text("external_name;freq\na;1H\n")
    with pytest.raises(ExcelConfigurationError, match="not an Excel"):
        read_cleaner_workbook(text)
