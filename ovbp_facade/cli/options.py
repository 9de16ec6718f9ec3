"""Options several `ovbp` commands take: where the records are (organization, project)."""

from __future__ import annotations

from typing import Annotated

import typer

__all__ = ["OrgOption", "ProjectOption"]

OrgOption = Annotated[
    str | None,
    typer.Option(
        "--org",
        envvar="OVBP_ORG",
        help="organization name (default: OVBP_ORG, else the only one you reach)",
        show_default=False,
    ),
]
ProjectOption = Annotated[
    str | None,
    typer.Option("--project", envvar="OVBP_PROJECT", help="project name (default: OVBP_PROJECT)"),
]
