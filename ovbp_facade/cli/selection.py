"""`ovbp select SERIES... --out FILE.csv|.parquet`: every point of a time range, past the select cap.

It reads through `client.series.select_all` / `select_all_to_parquet` (time windows, several requests
at once) and draws their progress bar over the windows on a terminal.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from .._sync.records import Project, Series
from ..select_options import RangeOptions
from .listing import generator_names
from .options import OrgOption, ProjectOption
from .session import CliError, session_of

__all__ = ["register", "resolve_series"]

FORMATS = (".csv", ".parquet")


class Clock(enum.StrEnum):
    tzt = "tzt"
    gmt = "gmt"
    dst = "dst"


def _time(value: str | None, option: str) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date or time: give ISO 8601, e.g. 2024-01-31 or 2024-01-31T06:00 "
            "(naive: the series' wall time; with an offset or Z: converted)",
            param_hint=option,
        ) from None


def resolve_series(project: Project, wanted: Sequence[str]) -> list[Series]:
    """The project's series named (or of id) each of `wanted`; an ambiguous name lists its series."""
    listed = project.list_all_series()
    by_id = {se.id: se for se in listed}
    chosen: list[Series] = []
    unknown: list[str] = []
    for token in wanted:
        if token in by_id:
            chosen.append(by_id[token])
            continue
        named = [se for se in listed if se.name == token]
        if not named:
            unknown.append(token)
        elif len(named) > 1:
            generators = generator_names(project)
            which = [f"{se.id} ({generators.get(se.generator, se.generator)})" for se in named]
            raise CliError(
                f"{len(named)} series are named {token!r} in project '{project.name}': give one of their ids",
                which,
            )
        else:
            chosen.append(named[0])
    if unknown:
        known = ", ".join(sorted({se.name for se in listed})) or "none"
        raise CliError(
            f"no series {', '.join(repr(u) for u in unknown)} in project '{project.name}' (it has: {known})"
        )
    return chosen


def select(
    ctx: typer.Context,
    series: Annotated[list[str], typer.Argument(help="series names (or ids)", show_default=False)],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="the file to write: .csv or .parquet", dir_okay=False)
    ],
    org: OrgOption = None,
    project: ProjectOption = None,
    start: Annotated[str | None, typer.Option(help="first time, included (ISO 8601)")] = None,
    end: Annotated[str | None, typer.Option(help="last time, included (ISO 8601)")] = None,
    resample: Annotated[str | None, typer.Option(help="resample to this frequency (e.g. 1H, 1D)")] = None,
    resample_rule: Annotated[str | None, typer.Option(help="how to resample: mean, sum, first...")] = None,
    closed: Annotated[str | None, typer.Option(help="resampled bins closed on: left or right")] = None,
    convention: Annotated[str | None, typer.Option(help="resampled bins labelled: left or right")] = None,
    clock: Annotated[Clock | None, typer.Option(help="clock of the times read and written")] = None,
    dropna: Annotated[bool, typer.Option(help="drop the rows without any value")] = False,
    unfilter: Annotated[bool, typer.Option(help="the points before their numerical filter")] = False,
    window: Annotated[str | None, typer.Option(help="length of one read window (e.g. 30D)")] = None,
    concurrency: Annotated[int, typer.Option(help="requests at once", min=1)] = 4,
) -> None:
    """Write every point of some series over a time range to a CSV or Parquet file."""
    session = session_of(ctx)
    if out.suffix.lower() not in FORMATS:
        raise typer.BadParameter(f"'{out}' must end in .csv or .parquet", param_hint="--out")
    if not out.absolute().parent.is_dir():
        raise typer.BadParameter(f"'{out.parent}' is not a folder: make it first", param_hint="--out")
    first, last = _time(start, "--start"), _time(end, "--end")
    chosen = resolve_series(session.project(org, project), series)
    options: RangeOptions = {
        "resample": resample,
        "resample_rule": resample_rule,
        "closed": closed,
        "convention": convention,
        "clock": None if clock is None else clock.value,
        "dropna": dropna or None,
        "unfilter": unfilter or None,
        "window": window,
        "concurrency": concurrency,
        "progress": session.progress,
    }
    client = session.client
    if out.suffix.lower() == ".csv":
        frame = client.series.select_all(chosen, first, last, **options)
        frame.to_csv(out, index_label="timestamp")
        rows, columns = len(frame), [str(c) for c in frame.columns]
    else:
        client.series.select_all_to_parquet(chosen, out, first, last, **options)
        import pyarrow.parquet as pq

        schema = pq.read_schema(out)
        rows, columns = pq.read_metadata(out).num_rows, [n for n in schema.names if n != "timestamp"]
    if session.json:
        session.emit(
            {
                "path": str(out),
                "rows": rows,
                "columns": columns,
                "series": [{"id": se.id, "name": se.name} for se in chosen],
            }
        )
    else:
        session.say(f"{out}: {rows} rows x {len(columns)} series")


def register(app: typer.Typer) -> None:
    app.command(name="select")(select)
