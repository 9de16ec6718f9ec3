"""Which unitcleaners to create and which fields to patch, from wanted rows and existing wire dicts.

Pure: it compares plain data and sends nothing, so it is testable without a platform;
`Cleaner.configure_from_excel` reads the rows and sends the requests.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

__all__ = ["UnitcleanerChanges", "changed_fields", "plan_unitcleaner_changes"]

V = TypeVar("V")


@dataclass(frozen=True)
class UnitcleanerChanges:
    """What applying a configuration did: the names of the unitcleaners created, and of those patched."""

    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()


def plan_unitcleaner_changes(
    rows: Sequence[Mapping[str, V]],
    existing: Mapping[str, Mapping[str, object]],
) -> tuple[list[dict[str, V]], list[tuple[str, dict[str, V]]]]:
    """(rows to create, [(existing unitcleaner id, only the fields that differ)]); unchanged rows vanish.

    `existing` maps external_name -> the existing unitcleaner's wire dict. Unitcleaners absent from
    `rows` are left alone (never deleted), as the old client did. Text differing only in line endings
    counts as unchanged: an .xlsx file stores every line break as LF.
    """
    to_create: list[dict[str, V]] = []
    to_update: list[tuple[str, dict[str, V]]] = []
    for row in rows:
        external_name = row["external_name"]
        current = existing.get(str(external_name))
        if current is None:
            to_create.append(dict(row))
            continue
        changes = changed_fields(row, current, skip=("external_name",))
        if changes:
            to_update.append((str(current["id"]), changes))
    return to_create, to_update


def changed_fields(
    wanted: Mapping[str, V], current: Mapping[str, object], *, skip: Sequence[str] = ()
) -> dict[str, V]:
    """The fields of `wanted` whose value `current` lacks or holds differently (`skip` left out): what a
    PATCH must send, so that applying the same settings twice sends nothing the second time."""
    return {
        field: value
        for field, value in wanted.items()
        if field not in skip and (field not in current or not _same(current[field], value))
    }


def _same(current: object, new: object) -> bool:
    if isinstance(current, str) and isinstance(new, str):
        return _lf(current) == _lf(new)
    return current == new and type(current) is type(new)


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
