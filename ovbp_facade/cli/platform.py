"""`ovbp check-platform`: where the platform's answers differ from the spec the client was built from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..platform_check import load_spec, merge_patch
from ..tools import check_platform
from .session import session_of

__all__ = ["register"]


def check(
    ctx: typer.Context,
    records: Annotated[int, typer.Option(min=1, max=50, help="records read in each collection")] = 3,
    write_patch: Annotated[
        Path | None,
        typer.Option(help="write the differences as a JSON Merge Patch of openapi/ovbp.yaml to this file"),
    ] = None,
    record: Annotated[
        Path | None,
        typer.Option(help="save each answer's shape (never its values) as JSON fixtures in this folder"),
    ] = None,
) -> None:
    """Read a few records of each collection (GETs only) and report how their shape differs from the spec:
    field names, JSON types, nested or id, enum values, datetime formats; never a value. Exit 1 when
    something differs."""
    session = session_of(ctx)
    spec = load_spec()
    with session.status("reading the platform's answers"):
        report = check_platform(session.client, records=records, spec=spec, record_dir=record)
    if write_patch is not None:
        write_patch.write_text(json.dumps(merge_patch(spec, report), indent=1) + "\n", encoding="utf-8")
        session.note(f"merge patch written to {write_patch}")
    if session.json:
        session.emit(report.as_json())
    elif report.differences:
        rows = [
            (d.collection, d.answer, d.field, d.kind, d.spec, d.found) for d in sorted(report.differences)
        ]
        session.table(("collection", "answer", "field", "difference", "spec", "found"), rows)
    else:
        read = sum(report.answers_read.values())
        session.say(f"no difference: {read} answers of {len(report.answers_read)} collections read")
    if report.differences:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("check-platform")(check)
