"""What each engine task does: import files, clean, analyse, clear, export.

Jobs run in the engine's worker thread. A job raises TaskFailed with a one-line reason; script
problems also leave an unresolved notification carrying the user's traceback. Stored data only
changes inside transactions, one per imported file, so a failing file leaves earlier data intact.
"""

from __future__ import annotations

import pathlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ovbp_sandbox.backend import external_ftp, series_points
from ovbp_sandbox.backend import generator_records as records
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend.generator_records import (
    DEFAULT_TIMEZONE,
    GENERATOR_COLLECTIONS,
    analysis_config,
    notify,
    series_timezone,
    stored_clock,
)
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.engine import pickup
from ovbp_sandbox.engine.generator_files import (
    MDATE_FORMAT,
    MISSING_RUNS,
    POSITION_SET,
    gate_account,
    gate_home,
    user_home,
)
from ovbp_sandbox.engine.worker import TaskFailed
from ovbp_sandbox.errors import InvalidOptions
from ovbp_sandbox.scripts.runner import ScriptError, run_parse
from ovbp_sandbox.timeseries import clocks
from ovbp_sandbox.timeseries.analysis import compute_analysis
from ovbp_sandbox.timeseries.cleaning import clean
from ovbp_sandbox.timeseries.export import (
    ExportSeries,
    build_zip,
    export_name,
    export_options,
    prepare,
    write_export,
)
from ovbp_sandbox.timeseries.selection import in_clock, parse_instant

Submit = Callable[[str, str, str, str | None], dict[str, Any]]


@dataclass
class JobContext:
    """What jobs need: the store, FTP root, script timeout, and a way to queue follow-up runs."""

    store: Store
    ftp_root: pathlib.Path
    script_timeout_s: float
    submit: Submit


def _get(store: Store, collection: str, record_id: str) -> dict[str, Any]:
    record = store.get(collection, record_id)
    if record is None:
        raise TaskFailed(f"{collection} {record_id} does not exist (deleted?)")
    return record


def _downstream_analyses(store: Store, generator_id: str) -> list[str]:
    """Active, configured analyses reading the generator's series (run after it)."""
    ids: list[str] = []
    for item in store.find(r.ANALYSIS_INPUTS, input_series_generator=generator_id):
        analysis = store.get(r.ANALYSES, item["analysis"])
        if (
            analysis
            and analysis.get("active")
            and analysis["id"] not in ids
            and analysis["id"] != generator_id
            and analysis_config(store, analysis) is not None  # not configured yet: nothing to run
        ):
            ids.append(analysis["id"])
    return ids


def _script_failed(
    ctx: JobContext, collection: str, generator: dict[str, Any], prefix: str, error: ScriptError
) -> TaskFailed:
    notify(
        ctx.store,
        generator_collection=collection,
        generator=generator,
        title=f"Script error in {generator.get('name', generator['id'])}",
        content=f"{prefix}{error.reason}\n\n{error.traceback}".rstrip() + "\n",
    )
    return TaskFailed(f"{prefix}{error.reason}")


def run_importer(ctx: JobContext, importer_id: str, from_instant: str | None = None) -> str:
    """Import the gate's new and changed files (pickup.py), one transaction per file; then queue the
    cleaner and the analyses reading the importer.

    With ``from_instant`` (a partial reset), only points from that instant on are written: the points
    before it were kept by the partial clear. With `auto_partial_reset`, a changed file's series are
    first cleared from the first instant its earlier version held, and every file holding points from
    then on is read again, so that the series hold exactly what the files hold now.
    """
    store = ctx.store
    importer = _get(store, r.IMPORTERS, importer_id)
    home = gate_home(store, ctx.ftp_root, importer.get("gate"))
    if home is None:
        raise TaskFailed("the importer has no gate with an FTP account")
    account = gate_account(store, importer.get("gate"))
    if account is not None and account.get(external_ftp.EXTERNAL):  # an external gate: read its server
        try:
            external_ftp.mirror(account, home)
        except external_ftp.MirrorError as exc:
            raise TaskFailed(str(exc)) from exc
    base = (home / str(importer.get("root_dir_path") or "/").lstrip("/")).resolve()
    if base != home.resolve() and home.resolve() not in base.parents:
        raise TaskFailed(f"root_dir_path {importer.get('root_dir_path')!r} leaves the gate's FTP home")
    busy = set(store.uploads())
    candidates, ledger = pickup.scan(importer, base, busy)
    reread_from = _auto_partial_reset(store, importer, ledger, candidates)
    if reread_from is not None:
        chosen = {c.rel_path for c in candidates}
        again = [
            c
            for c in pickup.readable(base, busy)
            if c.rel_path not in chosen and _holds_from(ledger.get(c.rel_path), reread_from)
        ]
        candidates = sorted([*candidates, *again], key=lambda c: c.key)
    imported = 0
    failures: list[TaskFailed] = []
    for candidate in candidates:
        rel_path = candidate.rel_path
        content = candidate.path.read_bytes()
        try:
            df = run_parse(str(importer.get("parse_script") or ""), content, rel_path, ctx.script_timeout_s)
        except ScriptError as error:
            # not imported: read again at the next run (the script may be fixed by then); the files
            # after it are imported meanwhile
            failures.append(_script_failed(ctx, r.IMPORTERS, importer, f"parsing {rel_path!r}: ", error))
            continue
        index = pd.DatetimeIndex(df.index) if len(df.index) else None
        first = None if index is None else int(index.min().value // 1_000_000)
        last = None if index is None else int(index.max().value // 1_000_000)
        ledger[rel_path] = pickup.read_entry(candidate, content, first, last)
        records.write_imported_file(
            store,
            importer,
            {str(column): df[column].dropna() for column in df.columns},
            None if from_instant is None else _kept_from(store, from_instant),
            {
                "last_imported_path": rel_path,
                "latest_imported_mdate": candidate.mtime.strftime(MDATE_FORMAT),
                pickup.LEDGER: ledger,
            },
        )
        imported += 1
    fresh = any(c.reason != "re-run" for c in candidates)
    records.finish_run(
        store,
        r.IMPORTERS,
        importer_id,
        {POSITION_SET: False, pickup.LEDGER: ledger, **_missing_files(ctx, importer, fresh)},
    )
    if imported:
        run_downstream(ctx, r.IMPORTERS, importer_id)
    if failures:
        raise failures[0] if len(failures) == 1 else TaskFailed("; ".join(str(f) for f in failures))
    return ""


def _kept_from(store: Store, instant: str) -> records.Trim:
    """A partial reset's trim: each series keeps the points it holds before `instant` (read in its clock)."""

    def trim(series: dict[str, Any], points: pd.Series[float]) -> pd.Series[float]:
        return points[pd.DatetimeIndex(points.index) >= stored_instant(instant, store, series)]

    return trim


def _holds_from(entry: dict[str, Any] | None, instant_ms: int) -> bool:
    """Whether a file imported earlier may hold points at or after `instant_ms` (unknown: yes)."""
    return entry is None or entry.get("last") is None or int(entry["last"]) >= instant_ms


def _auto_partial_reset(
    store: Store,
    importer: dict[str, Any],
    ledger: dict[str, dict[str, Any]],
    candidates: list[pickup.Candidate],
) -> int | None:
    """With `auto_partial_reset`, clear the importer's series from the first instant a changed file held
    (all of them when unknown); the instant (epoch ms), or None when nothing is cleared."""
    if not importer.get("auto_partial_reset"):
        return None
    changed = [ledger.get(c.rel_path) or {} for c in candidates if c.reason == "changed"]
    if not changed:
        return None
    firsts = [entry.get("first") for entry in changed]
    start = 0 if any(f is None for f in firsts) else min(int(f) for f in firsts if f is not None)
    records.delete_points_from(store, importer["id"], pd.Timestamp(start, unit="ms") if start else None)
    return start


def _missing_files(ctx: JobContext, importer: dict[str, Any], fresh: bool) -> dict[str, Any]:
    """`notify_missing_files_nb` (N > 0): after N runs in a row that found no new or changed file, one
    unresolved notification says files stopped arriving (again only after files came back)."""
    if fresh:
        return {MISSING_RUNS: 0}
    runs = int(importer.get(MISSING_RUNS) or 0) + 1
    wanted = int(importer.get("notify_missing_files_nb") or 0)
    if wanted > 0 and runs == wanted:
        notify(
            ctx.store,
            generator_collection=r.IMPORTERS,
            generator=importer,
            title=f"Missing files for {importer.get('name', importer['id'])}",
            content=f"No new or changed file in the gate for the last {runs} runs of the importer.\n",
        )
    return {MISSING_RUNS: runs}


def run_downstream(ctx: JobContext, collection: str, generator_id: str) -> None:
    """Queue what reads a generator's series: an importer's cleaner (if it has rules), then analyses."""
    store = ctx.store
    if collection == r.IMPORTERS:
        cleaner = store.find(r.CLEANERS, related_importer=generator_id)
        if cleaner and store.find(r.UNITCLEANERS, cleaner=cleaner[0]["id"]):
            ctx.submit(r.CLEANERS, cleaner[0]["id"], "run", None)
    for analysis_id in _downstream_analyses(store, generator_id):
        ctx.submit(r.ANALYSES, analysis_id, "run", None)


def run_cleaner(ctx: JobContext, cleaner_id: str) -> str:
    """Recompute every cleaned series of the cleaner from its importer's series."""
    store = ctx.store
    cleaner = _get(store, r.CLEANERS, cleaner_id)
    importer_id = str(cleaner.get("related_importer"))
    unitcleaners = store.find(r.UNITCLEANERS, cleaner=cleaner_id)
    names = {str(uc["name"]) for uc in unitcleaners}
    problems: list[str] = []
    for uc in unitcleaners:
        if uc.get("active") is False:  # a deactivated rule: its cleaned series stays as it is
            continue
        raw = store.find(r.SERIES, generator=importer_id, name=uc["external_name"])
        points = (
            series_points.read_points(store.connection(), raw[0]["id"]) if raw else pd.Series(dtype="float64")
        )
        try:
            cleaned = clean(points, uc)
        except InvalidOptions as error:
            problems.append(f"{uc['name']}: {error}")
            continue
        records.write_cleaned(store, cleaner, uc, cleaned)
    records.link_importer_series(store, cleaner_id)
    records.finish_cleaner_run(store, cleaner_id, names)  # a series whose unitcleaner went, goes
    for analysis_id in _downstream_analyses(store, cleaner_id):
        ctx.submit(r.ANALYSES, analysis_id, "run", None)
    if problems:
        raise TaskFailed("; ".join(problems))
    return ""


def _reclock(points: pd.Series, from_clock: str, from_tz: str, to_clock: str, to_tz: str) -> pd.Series:
    """Points re-stamped from one clock/timezone to another (no-op in the usual all-Paris tzt case)."""
    if (from_clock, from_tz) == (to_clock, to_tz) or points.empty:
        return points
    utc = clocks.to_utc(pd.DatetimeIndex(points.index), from_clock, from_tz)
    moved = pd.Series(points.to_numpy(), index=clocks.from_utc(utc, to_clock, to_tz), name=points.name)
    return moved[~moved.index.duplicated(keep="last")].sort_index()


def run_analysis(ctx: JobContext, analysis_id: str) -> str:
    """Run the analysis script on its inputs and store its declared outputs.

    The script sees its inputs in the config's ``clock`` of ``output_timezone``; outputs are stored
    as naive UTC, like every regular series.
    """
    store = ctx.store
    analysis = _get(store, r.ANALYSES, analysis_id)
    config = analysis_config(store, analysis)
    if config is None:
        raise TaskFailed("the analysis has no configuration (create its analysis config first)")
    out_tz = str(config.get("output_timezone") or DEFAULT_TIMEZONE)
    inputs: dict[str, pd.Series] = {}
    for item in store.find(r.ANALYSIS_INPUTS, analysis=analysis_id):
        found = store.find(r.SERIES, generator=item["input_series_generator"], name=item["input_series_name"])
        if not found:
            raise TaskFailed(
                f"input {item['column_name']!r}: series {item['input_series_name']!r} of generator "
                f"{item['input_series_generator']} does not exist yet"
            )
        points = series_points.read_points(store.connection(), found[0]["id"])
        inputs[str(item["column_name"])] = _reclock(
            points, stored_clock(found[0]), series_timezone(store, found[0]), "gmt", out_tz
        )
    if not inputs:
        raise TaskFailed("the analysis has no inputs")
    outputs = store.find(r.ANALYSIS_OUTPUTS, analysis=analysis_id)
    try:
        results = compute_analysis(inputs, config, outputs, ctx.script_timeout_s)
    except ScriptError as error:
        records.finish_run(store, r.ANALYSES, analysis_id)
        raise _script_failed(ctx, r.ANALYSES, analysis, "", error) from None
    written = [(output, results[output["name"]]) for output in outputs if output["name"] in results]
    records.write_analysis_outputs(store, analysis, written, config.get("output_freq"))
    for downstream in _downstream_analyses(store, analysis_id):
        ctx.submit(r.ANALYSES, downstream, "run", None)
    return ""


def stored_instant(value: str, store: Store, series: dict[str, Any]) -> pd.Timestamp:
    """A partial instant on the series' stored time axis: a naive one is the wall time of the series'
    local time (tzt, as `select` reads naive bounds), an aware one (`...Z`, an offset) is converted."""
    timezone, clock = series_timezone(store, series), stored_clock(series)
    if pd.Timestamp(value).tzinfo is not None:
        return parse_instant(value, clock, timezone)
    local = parse_instant(value, "tzt", timezone)
    return pd.Timestamp(clocks.convert(pd.DatetimeIndex([local]), "tzt", clock, timezone)[0])


def clear_generator(
    ctx: JobContext, collection: str, generator_id: str, partial_instant: str | None, *, rewind: bool = False
) -> str:
    """Delete the generator's output points (from ``partial_instant`` on, or all).

    ``partial_instant`` is read by :func:`stored_instant` for each series. With ``rewind`` (a full
    clear, or a reset), an importer's import position goes back before every file, so that its next
    run reads them all again.
    """
    store = ctx.store
    _get(store, collection, generator_id)
    rewound: dict[str, Any] = {"last_imported_path": None, "latest_imported_mdate": None, pickup.LEDGER: {}}
    records.clear_points(
        store,
        collection,
        generator_id,
        lambda series: stored_instant(partial_instant, store, series) if partial_instant else None,
        rewound if collection == r.IMPORTERS and rewind else None,
    )
    return ""


RUNS: dict[str, Callable[[JobContext, str], str]] = {
    r.IMPORTERS: run_importer,
    r.CLEANERS: run_cleaner,
    r.ANALYSES: run_analysis,
}


def run_export(ctx: JobContext, user_id: str, body: dict[str, Any]) -> str:
    """Write the zip of the requested series into the user's FTP ``series_exports/``."""
    store = ctx.store
    out_mode, sep, decimal = export_options(body)
    clock = str(body.get("clock") or "tzt")
    items: list[ExportSeries] = []
    for series_id in body.get("series") or []:
        series = _get(store, r.SERIES, str(series_id))
        model = str(series.get("generator_model"))
        generator = store.get(GENERATOR_COLLECTIONS.get(model, ""), series["generator"]) or {}
        timezone = series_timezone(store, series)
        stored = series_points.read_points(store.connection(), series["id"])
        points = in_clock(stored, stored_clock(series), clock, timezone)
        start = parse_instant(str(body["start"]), clock, timezone) if body.get("start") else None
        end = parse_instant(str(body["end"]), clock, timezone) if body.get("end") else None
        freq = str(body["out_freq"]) if body.get("out_freq") else None
        name = export_name(str(series["name"]), model, str(generator.get("name", series["generator"])))
        items.append(ExportSeries(name, prepare(points, start, end, freq)))
    if not items:
        raise TaskFailed("no series to export")
    content = build_zip(items, out_mode=out_mode, sep=sep, decimal=decimal)
    write_export(user_home(store, ctx.ftp_root, user_id) / "series_exports", content)
    return ""
