"""`ovbp project download|restore`: back a project's pipeline up to a folder, and recreate it from one."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .. import tools
from ..downloads import ProjectDownload, read_download
from ..tools import NOT_RESTORED, restore_project
from .options import OrgOption, ProjectOption
from .session import session_of

__all__ = ["app"]

app = typer.Typer(
    help="Back a project's pipeline up to a folder (download), or recreate it from one (restore).",
    no_args_is_help=True,
)


def _counts(download: ProjectDownload) -> dict[str, int]:
    return {
        "gates": len(download.gates),
        "importers": len(download.importers),
        "cleaners": len(download.cleaners),
        "unitcleaners": download.unitcleaners_nb,
        "analyses": len(download.analyses),
    }


@app.command()
def download(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="a new or empty folder", file_okay=False)],
    org: OrgOption = None,
    project: ProjectOption = None,
) -> None:
    """Save the project's gates, importers, cleaners and analyses as JSON files in DIR."""
    session = session_of(ctx)
    source = session.project(org, project)
    with session.status(f"downloading project '{source.name}'"):
        tools.download_project(source, directory)
    counts = _counts(read_download(directory))
    if session.json:
        session.emit(
            {"path": str(directory), "project": source.name, **counts, "not_included": tools.NOT_DOWNLOADED}
        )
        return
    session.say(f"{directory}: project '{source.name}' downloaded")
    session.table(("records", "count"), counts.items())
    session.note(f"Not included: {tools.NOT_DOWNLOADED}.")


@app.command()
def restore(
    ctx: typer.Context,
    directory: Annotated[
        Path, typer.Argument(metavar="DIR", help="a folder `ovbp project download` made", file_okay=False)
    ],
    project: Annotated[
        str,
        typer.Option("--project", help="the project to restore into, created if missing", show_default=False),
    ],
    org: OrgOption = None,
    keep_switches: Annotated[
        bool,
        typer.Option(help="leave the active flags as they are (new importers and analyses stay off)"),
    ] = False,
) -> None:
    """Recreate a downloaded pipeline in a new or existing project; a second run changes nothing."""
    session = session_of(ctx)
    downloaded = read_download(directory)  # a folder that is not a download is refused before any request
    organization = session.organization(org)
    with session.status(f"restoring into project '{project}'"):
        report = restore_project(
            session.client, downloaded.path, organization, project, active_flags=not keep_switches
        )
    changes = [
        {"kind": c.kind, "name": c.name, "action": c.action, "fields": list(c.fields)} for c in report.changes
    ]
    if session.json:
        session.emit(
            {
                "project": report.project.name,
                "project_id": report.project.id,
                "created_project": report.created_project,
                "changes": changes,
                "not_restored": NOT_RESTORED,
            }
        )
        return
    if not changes:
        session.say(f"project '{project}' already matches {directory}: nothing changed")
        return
    session.table(
        ("record", "name", "change", "fields"),
        ((c.kind, c.name, c.action, ", ".join(c.fields)) for c in report.changes),
    )
    session.say(f"project '{project}': {len(changes)} change(s) from {directory}")
    session.note(NOT_RESTORED)
