"""`ovbp cleaner excel-export|excel-import`: the round trip, and a refused workbook naming every bad cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from ovbp_facade import Project

from .commands import Runner

FIRST_ROW = 8  # of the unitcleaners in the workbook's Series sheet


def mark(path: Path, **cells: str) -> None:
    """Mark every row for upload (x in column C), then write `cells` (e.g. E8="3H")."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Series"]
    for row in range(FIRST_ROW, sheet.max_row + 1):
        if sheet.cell(row, 1).value:
            sheet.cell(row, 3).value = "x"
    for coordinate, value in cells.items():
        sheet[coordinate] = value
    workbook.save(path)


def test_excel_round_trip(ovbp: Runner, cli: Runner, pipeline: Project, tmp_path: Path) -> None:
    workbook = tmp_path / "importer-a.xlsx"
    exported = ovbp("cleaner", "excel-export", "importer-a", str(workbook), "--project", pipeline.name)
    assert exported.code == 0, exported.err
    assert exported.out.startswith(f"{workbook}: cleaner 'importer-a' written")
    sheet = openpyxl.load_workbook(workbook)["Series"]
    rows = {
        str(sheet.cell(r, 1).value): r for r in range(FIRST_ROW, sheet.max_row + 1) if sheet.cell(r, 1).value
    }
    assert sorted(rows) == ["a", "b", "c"]

    mark(workbook, **{f"E{rows['b']}": "3H"})
    imported = cli(
        "--json", "cleaner", "excel-import", "importer-a", str(workbook), "--project", pipeline.name
    )
    assert imported.code == 0, imported.err
    assert imported.json() == {
        "cleaner": "importer-a",
        "path": str(workbook),
        "created": [],
        "updated": ["b-cleaned"],
    }
    assert pipeline.get_cleaner("importer-a").get_unitcleaner("b").freq == "3H"
    again = cli("cleaner", "excel-import", "importer-a", str(workbook), "--project", pipeline.name)
    assert again.out == "cleaner 'importer-a': 0 unitcleaner(s) created, 0 updated\n"


def test_a_refused_workbook_names_every_bad_cell(
    ovbp: Runner, cli: Runner, pipeline: Project, tmp_path: Path
) -> None:
    workbook = tmp_path / "bad.xlsx"
    cleaner = pipeline.get_cleaner("importer-a")
    cleaner.export_configuration_to_excel(workbook)

    def settings() -> dict[str, Any]:  # the rules, less their run dates (the engine may clean meanwhile)
        return {
            uc.id: {k: v for k, v in uc.data.items() if k not in ("last_run", "last_clear")}
            for uc in cleaner.list_all_unitcleaners()
        }

    before = settings()
    mark(workbook, E8="2 hours", G9="sideways", I10="")
    ran = ovbp("cleaner", "excel-import", "importer-a", str(workbook), "--project", pipeline.name)
    assert ran.code == 1 and ran.out == ""
    first, *cells = ran.err.splitlines()
    assert first == f"ovbp: error: {workbook} refused, nothing changed: 3 bad cell(s)"
    assert [line.split(":")[0].strip() for line in cells] == [
        "E8 (freq)",
        "G9 (input_convention)",
        "I10 (timezone)",
    ]
    assert "'sideways', allowed: left, right" in cells[1] and "(empty)" in cells[2]

    as_json = cli(
        "--json", "cleaner", "excel-import", "importer-a", str(workbook), "--project", pipeline.name
    )
    assert as_json.code == 1
    refused = as_json.json()
    assert refused["refused"] is True
    assert [(p["cell"], p["value"]) for p in refused["problems"]] == [
        ("E8", "2 hours"),
        ("G9", "sideways"),
        ("I10", None),
    ]
    assert settings() == before

    wrong = cli("cleaner", "excel-export", "importer-a", str(tmp_path / "x.csv"), "--project", pipeline.name)
    assert wrong.code == 2 and "x.csv' must end in .xlsx" in wrong.said
