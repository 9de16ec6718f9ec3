"""What generators' runs write: output series and their points, notifications, run times, the links
between importer series and unitcleaners; and how a stored series' times read.

The engine decides what a run does; these functions are how it changes records (the backend is the
only code that writes them, `tests/ovbp_sandbox/test_layout.py` checks it), each in one transaction, so
that a failing step leaves earlier data intact.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pandas as pd

from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend import series_points
from ovbp_sandbox.backend.store import Store, utcnow_wire

DEFAULT_TIMEZONE = "Europe/Paris"
GENERATOR_COLLECTIONS = {"importer": r.IMPORTERS, "cleaner": r.CLEANERS, "analysis": r.ANALYSES}
MODEL_OF_COLLECTION = {collection: model for model, collection in GENERATOR_COLLECTIONS.items()}

Trim = Callable[[dict[str, Any], "pd.Series[float]"], "pd.Series[float]"]


# -- reading -----------------------------------------------------------------------------------
def analysis_config(store: Store, analysis: dict[str, Any]) -> dict[str, Any] | None:
    """The analysis config (the field is an id, or a nested dict in some answers)."""
    value = analysis.get("analysisconfig")
    if isinstance(value, dict):
        value = value.get("id")
    if isinstance(value, str):
        return store.get(r.ANALYSIS_CONFIGS, value)
    found = store.find(r.ANALYSIS_CONFIGS, analysis=analysis["id"])
    return found[0] if found else None


def series_timezone(store: Store, series: dict[str, Any]) -> str:
    """Timezone of a stored series' naive times (unitcleaner's, analysis output's, else Paris)."""
    model = series.get("generator_model")
    if model == "cleaner":
        for uc in store.find(r.UNITCLEANERS, cleaner=series["generator"], name=series["name"]):
            return str(uc.get("timezone") or DEFAULT_TIMEZONE)
    if model == "analysis":
        analysis = store.get(r.ANALYSES, series["generator"])
        config = analysis_config(store, analysis) if analysis else None
        if config:
            return str(config.get("output_timezone") or DEFAULT_TIMEZONE)
    return DEFAULT_TIMEZONE


def stored_clock(series: dict[str, Any]) -> str:
    """How a series' stored naive times read: `gmt` for cleaned and analysis series, `tzt` for
    importer series (kept as their parse script wrote them)."""
    return "tzt" if series.get("generator_model") == "importer" else "gmt"


# -- output series -----------------------------------------------------------------------------
def output_series(
    store: Store,
    conn: sqlite3.Connection,
    *,
    generator_collection: str,
    generator: dict[str, Any],
    name: str,
    freq: str | None = None,
    unit: str = "",
    label: str = "",
) -> dict[str, Any]:
    """The generator's output series named ``name``, created when missing (otsdb_pk = its id)."""
    found = store.find(r.SERIES, generator=generator["id"], name=name)
    if found:
        return found[0]
    record = store.insert(
        r.SERIES,
        {
            "name": name,
            "generator": generator["id"],
            "generator_model": MODEL_OF_COLLECTION[generator_collection],
            "project": generator["project"],
            "unit": unit,
            "label": label,
            "freq": freq,
        },
        organization_id=store.organization_of(generator_collection, generator["id"]),
        conn=conn,
    )
    return store.update(r.SERIES, record["id"], {"otsdb_pk": record["id"]}, conn=conn)


def _replace_output(
    store: Store,
    conn: sqlite3.Connection,
    collection: str,
    generator: dict[str, Any],
    declared: dict[str, Any],
    freq: str | None,
    points: pd.Series[float],
) -> None:
    """Replace the points of the output series ``declared`` (a unitcleaner or an analysis output)."""
    series = output_series(
        store,
        conn,
        generator_collection=collection,
        generator=generator,
        name=str(declared["name"]),
        freq=freq,
        unit=str(declared.get("unit") or ""),
        label=str(declared.get("label") or ""),
    )
    series_points.replace_points(conn, series["id"], points)


def write_imported_file(
    store: Store,
    importer: dict[str, Any],
    columns: Mapping[str, pd.Series[float]],
    trim: Trim | None,
    position: dict[str, Any],
) -> None:
    """One parsed file: each column appended to its importer series (created, with the importer's
    series record, when new; `trim` drops points kept from before), and the import position moved."""
    importer_id = importer["id"]
    with store.transaction() as conn:
        for name, values in columns.items():
            if not store.find(r.IMPORTER_SERIES, generator=importer_id, external_name=name):  # a new column
                store.insert(
                    r.IMPORTER_SERIES,
                    {"generator": importer_id, "name": name, "external_name": name, "unitcleaner": None},
                    organization_id=store.organization_of(r.IMPORTERS, importer_id),
                    conn=conn,
                )
            series = output_series(
                store, conn, generator_collection=r.IMPORTERS, generator=importer, name=name
            )
            points = values if trim is None else trim(series, values)
            series_points.append_points(conn, series["id"], points)
        store.update(r.IMPORTERS, importer_id, position, conn=conn)


def write_cleaned(
    store: Store, cleaner: dict[str, Any], unitcleaner: dict[str, Any], points: pd.Series[float]
) -> None:
    """A unitcleaner's cleaned series replaced, and its run time set."""
    with store.transaction() as conn:
        _replace_output(store, conn, r.CLEANERS, cleaner, unitcleaner, unitcleaner.get("freq"), points)
        store.update(r.UNITCLEANERS, unitcleaner["id"], {"last_run": utcnow_wire()}, conn=conn)


def finish_cleaner_run(store: Store, cleaner_id: str, kept_names: Iterable[str]) -> None:
    """A cleaner's series no unitcleaner makes any more deleted (with their points), its run time set."""
    kept = set(kept_names)
    with store.transaction() as conn:
        for series in store.find(r.SERIES, generator=cleaner_id):
            if series["name"] not in kept:
                series_points.delete_series(conn, series["id"])
                store.delete(r.SERIES, series["id"], conn=conn)
        store.update(r.CLEANERS, cleaner_id, {"last_run": utcnow_wire()}, conn=conn)


def write_analysis_outputs(
    store: Store,
    analysis: dict[str, Any],
    results: Iterable[tuple[dict[str, Any], pd.Series[float]]],
    freq: str | None,
) -> None:
    """Each (analysis output, points) replaced, and the analysis' run time set, together."""
    with store.transaction() as conn:
        for output, points in results:
            _replace_output(store, conn, r.ANALYSES, analysis, output, freq, points)
        store.update(r.ANALYSES, analysis["id"], {"last_run": utcnow_wire()}, conn=conn)


def finish_run(
    store: Store, collection: str, generator_id: str, changes: Mapping[str, Any] | None = None
) -> None:
    """A generator's run time set, with the other fields the run changed."""
    store.update(collection, generator_id, {"last_run": utcnow_wire(), **(changes or {})})


def delete_points_from(store: Store, generator_id: str, start: pd.Timestamp | None) -> None:
    """Every output series' points of the generator from `start` on (None: all)."""
    with store.transaction() as conn:
        for series in store.find(r.SERIES, generator=generator_id):
            series_points.delete_points(conn, series["id"], start)


def clear_points(
    store: Store,
    collection: str,
    generator_id: str,
    start_of: Callable[[dict[str, Any]], pd.Timestamp | None],
    changes: Mapping[str, Any] | None = None,
) -> None:
    """A clear: each output series' points from `start_of(series)` on (None: all) deleted, `last_clear`
    set (on a cleaner's unitcleaners too) with `changes` (an importer's rewound position)."""
    now = utcnow_wire()
    with store.transaction() as conn:
        for series in store.find(r.SERIES, generator=generator_id):
            series_points.delete_points(conn, series["id"], start_of(series))
        store.update(collection, generator_id, {"last_clear": now, **(changes or {})}, conn=conn)
        if collection == r.CLEANERS:
            for uc in store.find(r.UNITCLEANERS, cleaner=generator_id):
                store.update(r.UNITCLEANERS, uc["id"], {"last_clear": now}, conn=conn)


def drop_series_points(store: Store, series_id: str) -> None:
    """The points of a deleted series."""
    with store.transaction() as conn:
        series_points.delete_series(conn, series_id)


# -- importer series and unitcleaners -------------------------------------------------------------
def link_importer_series(store: Store, cleaner_id: str) -> None:
    """Point each importer series at the unitcleaner cleaning it (null when none does), and each
    unitcleaner's `input_series` at the importer series it cleans."""
    cleaner = store.get(r.CLEANERS, cleaner_id)
    if cleaner is None:
        return
    by_external = {
        str(uc["external_name"]): uc["id"] for uc in store.find(r.UNITCLEANERS, cleaner=cleaner_id)
    }
    with store.transaction() as conn:
        for item in store.find(r.IMPORTER_SERIES, generator=cleaner.get("related_importer")):
            wanted = by_external.get(str(item["external_name"]))
            if item.get("unitcleaner") != wanted:
                store.update(r.IMPORTER_SERIES, item["id"], {"unitcleaner": wanted}, conn=conn)
            if wanted is not None:
                unitcleaner = store.get(r.UNITCLEANERS, wanted)
                if unitcleaner is not None and unitcleaner.get("input_series") != item["id"]:
                    store.update(r.UNITCLEANERS, wanted, {"input_series": item["id"]}, conn=conn)


# -- notifications -------------------------------------------------------------------------------
def recount_unresolved(store: Store, generator_id: Any, conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """An analysis' `unresolved_notifications_nb`, counted from its notifications (the one way it is
    kept: on a new notification, a resolved one, a deleted one); the records changed."""
    if not isinstance(generator_id, str) or store.get(r.ANALYSES, generator_id) is None:
        return []
    unresolved = store.find(r.NOTIFICATIONS, generator=generator_id, resolved=False)
    store.update(r.ANALYSES, generator_id, {"unresolved_notifications_nb": len(unresolved)}, conn=conn)
    return [(r.ANALYSES, generator_id)]


def notify(
    store: Store, *, generator_collection: str, generator: dict[str, Any], title: str, content: str
) -> dict[str, Any]:
    """An unresolved notification on the generator's project (analyses count them)."""
    with store.transaction() as conn:
        notification = store.insert(
            r.NOTIFICATIONS,
            {
                "project": generator.get("project"),
                "generator": generator["id"],
                "title": title,
                "content": content,
                "resolved": False,
                "creation_date": utcnow_wire(),
            },
            organization_id=store.organization_of(generator_collection, generator["id"]),
            conn=conn,
        )
        recount_unresolved(store, generator["id"], conn)
    return notification
