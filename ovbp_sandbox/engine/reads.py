"""Series reads (``select`` / ``multi_select``): stored points -> the answer, checked and capped."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend import series_points
from ovbp_sandbox.backend.generator_records import series_timezone, stored_clock
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.errors import InvalidOptions
from ovbp_sandbox.timeseries.selection import (
    MAX_POINTS,
    encode_select_json,
    select_errors,
    select_points,
    share_of,
    to_wire,
    to_wire_arrays,
)

CLOCK_MARGIN = pd.Timedelta(days=2)  # more than any gap between two clocks' readings of one instant


def _stored_range(params: Mapping[str, str]) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """Stored times surely covering the asked range, whatever the clocks: only those chunks are read."""
    bounds = []
    for name, margin in (("start", -CLOCK_MARGIN), ("end", CLOCK_MARGIN)):
        value = params.get(name)
        stamp = pd.Timestamp(value) if value else None
        if stamp is not None and stamp.tzinfo is not None:
            stamp = stamp.tz_convert("UTC").tz_localize(None)
        bounds.append(None if stamp is None else stamp + margin)
    return bounds[0], bounds[1]


class SeriesReads:
    """Selections of stored series; the JSON forms are what the API answers (orjson from numpy arrays)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _selected(self, series_id: str, params: Mapping[str, str], share: int) -> tuple[str, pd.Series]:
        series = self.store.get(r.SERIES, series_id)
        if series is None:
            raise KeyError(series_id)
        start, end = _stored_range(params)
        points = series_points.read_points(self.store.connection(), series_id, start, end)
        timezone = series_timezone(self.store, series)
        return str(series["name"]), select_points(points, params, timezone, share, stored_clock(series))

    def _each(
        self, series_ids_by_pk: Mapping[str, str], params: Mapping[str, str]
    ) -> dict[str, tuple[str, pd.Series]]:
        """Every series of a multi_select, the 1,000,000 points shared evenly."""
        InvalidOptions.raise_if_any(select_errors(params))
        share = share_of(len(series_ids_by_pk))
        return {pk: self._selected(series_id, params, share) for pk, series_id in series_ids_by_pk.items()}

    def select(self, series_id: str, params: Mapping[str, str]) -> dict[str, Any]:
        """``{"index": [ms], "data": [...]}`` of one series (at most 1,000,000 points)."""
        InvalidOptions.raise_if_any(select_errors(params))
        return to_wire(self._selected(series_id, params, MAX_POINTS)[1])

    def select_json(self, series_id: str, params: Mapping[str, str]) -> bytes:
        """The select answer, encoded (about 10x faster than json on 1e6 points)."""
        InvalidOptions.raise_if_any(select_errors(params))
        return encode_select_json(to_wire_arrays(self._selected(series_id, params, MAX_POINTS)[1]))

    def multi_select(self, series_ids_by_pk: Mapping[str, str], params: Mapping[str, str]) -> dict[str, Any]:
        """``{otsdb_pk: {"name", "index", "data"}}``."""
        selected = self._each(series_ids_by_pk, params)
        return {pk: {"name": name, **to_wire(points)} for pk, (name, points) in selected.items()}

    def multi_select_json(self, series_ids_by_pk: Mapping[str, str], params: Mapping[str, str]) -> bytes:
        """The multi_select answer, encoded."""
        selected = self._each(series_ids_by_pk, params)
        return encode_select_json(
            {pk: {"name": name, **to_wire_arrays(points)} for pk, (name, points) in selected.items()}
        )
