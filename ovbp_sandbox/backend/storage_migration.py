"""A data directory written by an older sandbox brought to the current storage, once, nothing lost."""

from __future__ import annotations

import pandas as pd

from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend import series_points
from ovbp_sandbox.backend.generator_records import series_timezone, stored_clock
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.timeseries.clocks import to_utc

STORAGE_VERSION = 1  # 1: cleaned and analysis series stored as naive UTC (before: naive local time)


def migrate_storage(store: Store) -> None:
    """The points' tables made if missing, and a data directory written by an older sandbox brought to the
    current storage (once; nothing lost).

    Version 0 kept cleaned and analysis series in naive local time (tzt) of their timezone; they are
    moved to UTC, the repeated autumn hour read as its first occurrence, as that version did.
    """
    conn = store.connection()
    series_points.create_tables(conn)
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
            utc = to_utc(pd.DatetimeIndex(points.index), "tzt", series_timezone(store, series))
            moved = pd.Series(points.to_numpy(), index=utc)
            series_points.replace_points(
                tx, series["id"], moved[~moved.index.duplicated(keep="last")].sort_index()
            )
        tx.execute(f"PRAGMA user_version = {STORAGE_VERSION}")
