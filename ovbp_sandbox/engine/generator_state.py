"""What the engine keeps in the store about generators: output series, notifications, FTP homes, positions.

Kept apart from the job logic so each job reads as the platform's behaviour, not as SQL plumbing.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import sqlite3
from typing import Any

import pandas as pd

from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend import series_points
from ovbp_sandbox.backend.store import WIRE_DATETIME_FORMAT, Store, utcnow_wire
from ovbp_sandbox.engine import pickup
from ovbp_sandbox.errors import InvalidOptions
from ovbp_sandbox.timeseries import clocks

DEFAULT_TIMEZONE = "Europe/Paris"
GENERATOR_COLLECTIONS = {"importer": r.IMPORTERS, "cleaner": r.CLEANERS, "analysis": r.ANALYSES}
MODEL_OF_COLLECTION = {collection: model for model, collection in GENERATOR_COLLECTIONS.items()}


def wire_datetime(moment: dt.datetime) -> str:
    """An aware datetime as a wire string (UTC, microseconds, Z)."""
    return moment.astimezone(dt.UTC).strftime(WIRE_DATETIME_FORMAT)


def parse_wire_datetime(text: str) -> dt.datetime:
    """A wire datetime (with or without microseconds) as an aware UTC datetime."""
    for pattern in (WIRE_DATETIME_FORMAT, "%Y-%m-%dT%H:%M:%SZ"):
        try:
            return dt.datetime.strptime(text, pattern).replace(tzinfo=dt.UTC)
        except ValueError:
            continue
    parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=dt.UTC)


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


def delete_output_series(store: Store, conn: sqlite3.Connection, series: dict[str, Any]) -> None:
    """Remove a series record and its points."""
    series_points.delete_series(conn, series["id"])
    store.delete(r.SERIES, series["id"], conn=conn)


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
        if generator_collection == r.ANALYSES:
            current = store.get(r.ANALYSES, generator["id"]) or generator
            count = int(current.get("unresolved_notifications_nb") or 0) + 1
            store.update(r.ANALYSES, generator["id"], {"unresolved_notifications_nb": count}, conn=conn)
    return notification


def _gate_account_id(store: Store, gate_id: str | None) -> str | None:
    gate = store.get(r.GATES, gate_id) if gate_id else None
    account = gate.get("ftp_account") if gate else None
    return account if isinstance(account, str) else None


def gate_account(store: Store, gate_id: str | None) -> dict[str, Any] | None:
    """The gate's FTP account record, or None."""
    account_id = _gate_account_id(store, gate_id)
    return None if account_id is None else store.get(r.GATE_FTP_ACCOUNTS, account_id)


def gate_home(store: Store, ftp_root: pathlib.Path, gate_id: str | None) -> pathlib.Path | None:
    """The gate FTP account's home directory, or None when the gate has no account."""
    account_id = _gate_account_id(store, gate_id)
    return None if account_id is None else ftp_root / "gates" / account_id


MDATE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"  # `latest_imported_mdate` as the platform answers it (the guide)
POSITION_SET = "_position_set"  # internal: the import position was set by hand; the next reset keeps it
MISSING_RUNS = "_runs_without_files"  # internal: runs in a row that found no new or changed file


def file_key(path: pathlib.Path, base: pathlib.Path) -> tuple[dt.datetime, str]:
    """(mtime to the second, as `latest_imported_mdate` is answered; path relative to the import root)."""
    mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(microsecond=0)
    return mtime, path.relative_to(base).as_posix()


def import_position(
    store: Store, ftp_root: pathlib.Path, importer: dict[str, Any], rel_path: str | None
) -> dict[str, Any]:
    """The changes that put an importer's import position on file ``rel_path`` (None: before every file)."""
    if rel_path is None:
        return {
            "last_imported_path": None,
            "latest_imported_mdate": None,
            POSITION_SET: True,
            pickup.LEDGER: {},
        }
    home = gate_home(store, ftp_root, importer.get("gate"))
    base = (home / str(importer.get("root_dir_path") or "/").lstrip("/")).resolve() if home else None
    target = (base / rel_path.lstrip("/")).resolve() if base else None
    if base is None or target is None or base not in target.parents or not target.is_file():
        raise InvalidOptions(
            {"last_imported_path": [f"{rel_path!r} is not a file under the importer's root_dir_path."]}
        )
    mtime, path = file_key(target, base)
    return {
        "last_imported_path": path,
        "latest_imported_mdate": mtime.strftime(MDATE_FORMAT),
        POSITION_SET: True,
        # the files up to it count as imported, those after it do not (in the import order)
        pickup.LEDGER: pickup.ledger_up_to(base, (mtime, path)),
    }


def user_home(store: Store, ftp_root: pathlib.Path, user_id: str) -> pathlib.Path:
    """The user's personal FTP home (oteams user -> odata user -> FTP account)."""
    user = store.get(r.USERS, user_id)
    if user is None:
        raise LookupError(f"user {user_id!r} does not exist")
    odata_id = user.get("odata")
    odata_user = store.get(r.ODATA_USERS, odata_id) if isinstance(odata_id, str) else None
    account = odata_user.get("ftp_account") if odata_user else None
    if not isinstance(account, str):
        raise LookupError(f"user {user_id!r} has no FTP account")
    return ftp_root / "users" / account


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


STORAGE_VERSION = 1  # 1: cleaned and analysis series stored as naive UTC (before: naive local time)


def migrate_storage(store: Store) -> None:
    """Bring a data directory written by an older sandbox to the current storage (once; nothing lost).

    Version 0 kept cleaned and analysis series in naive local time (tzt) of their timezone; they are
    moved to UTC, the repeated autumn hour read as its first occurrence, as that version did.
    """
    conn = store.connection()
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if int(version) >= STORAGE_VERSION:
        return
    with store.transaction() as tx:
        for series in store.find(r.SERIES):
            if stored_clock(series) != "gmt":
                continue
            points = series_points.read_points(tx, series["id"])
            if points.empty:
                continue
            utc = clocks.to_utc(pd.DatetimeIndex(points.index), "tzt", series_timezone(store, series))
            moved = pd.Series(points.to_numpy(), index=utc)
            series_points.replace_points(
                tx, series["id"], moved[~moved.index.duplicated(keep="last")].sort_index()
            )
        tx.execute(f"PRAGMA user_version = {STORAGE_VERSION}")
