"""Helpers of the bad-input and isolation tests."""

from __future__ import annotations

from typing import Any


def series_answer(series_id: str, name: str) -> dict[str, Any]:
    """A whole series answer for an id that may exist nowhere (records need every required field)."""
    return {
        "id": series_id,
        "otsdb_pk": series_id,
        "name": name,
        "generator": series_id,
        "generator_model": "importer",
        "project": series_id,
        "unit": "",
        "label": "",
        "freq": None,
    }
