"""`ovbp cleaner excel-export|excel-import NAME FILE.xlsx`: unitcleaners to a workbook and back."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..excel import ExcelConfigurationError
from ..excel.layout import column_letter
from .options import OrgOption, ProjectOption
from .session import CliError, session_of

__all__ = ["app"]

app = typer.Typer(
    help="A cleaner's configuration as an Excel workbook: excel-export, then excel-import.",
    no_args_is_help=True,
)

CleanerName = Annotated[str, typer.Argument(help="the cleaner's name (its importer's)")]


def _xlsx(path: Path) -> Path:
    if path.suffix.lower() != ".xlsx":
        raise typer.BadParameter(f"'{path}' must end in .xlsx", param_hint="FILE")
    return path


@app.command("excel-export")
def excel_export(
    ctx: typer.Context,
    name: CleanerName,
    file: Annotated[Path, typer.Argument(help="the workbook to write (.xlsx)", dir_okay=False)],
    org: OrgOption = None,
    project: ProjectOption = None,
) -> None:
    """Write the cleaner's unitcleaners (and its series not cleaned yet) to a workbook."""
    session = session_of(ctx)
    cleaner = session.project(org, project).get_cleaner(name)
    cleaner.export_configuration_to_excel(_xlsx(file))
    if session.json:
        session.emit({"cleaner": cleaner.name, "path": str(file)})
    else:
        session.say(
            f"{file}: cleaner '{cleaner.name}' written; mark rows with x in column C, then excel-import"
        )


@app.command("excel-import")
def excel_import(
    ctx: typer.Context,
    name: CleanerName,
    file: Annotated[
        Path, typer.Argument(help="the workbook to read (.xlsx)", exists=True, dir_okay=False, readable=True)
    ],
    org: OrgOption = None,
    project: ProjectOption = None,
) -> None:
    """Create or update the unitcleaners of the rows marked x; a bad cell refuses the whole workbook."""
    session = session_of(ctx)
    cleaner = session.project(org, project).get_cleaner(name)
    try:
        changes = cleaner.configure_from_excel(_xlsx(file))
    except ExcelConfigurationError as refused:
        problems = [
            {
                "cell": f"{column_letter(column)}{row}",
                "column": column,
                "value": None if value is None else str(value),
                "allowed": allowed,
            }
            for row, column, value, allowed in refused.problems
        ]
        if session.json:
            session.emit({"cleaner": cleaner.name, "path": str(file), "refused": True, "problems": problems})
        lines = [
            f"  {p['cell']} ({p['column']}): {'(empty)' if p['value'] is None else repr(p['value'])}, "
            f"allowed: {p['allowed']}"
            for p in problems
        ]
        why = f"{len(problems)} bad cell(s)" if problems else str(refused).splitlines()[0]
        raise CliError(f"{file} refused, nothing changed: {why}", lines) from None
    if session.json:
        session.emit(
            {
                "cleaner": cleaner.name,
                "path": str(file),
                "created": changes.created,
                "updated": changes.updated,
            }
        )
        return
    created, updated = len(changes.created), len(changes.updated)
    session.say(f"cleaner '{cleaner.name}': {created} unitcleaner(s) created, {updated} updated")
    for what, names in (("created", changes.created), ("updated", changes.updated)):
        for uc_name in names:
            session.say(f"  {what}: {uc_name}")
