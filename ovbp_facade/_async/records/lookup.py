"""Finding the one record a lookup means: exactly one match, or an error naming what matched."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ...errors import MultipleRecordsReturnedError, RecordDoesNotExistError
from ...run_async import Deferred

if TYPE_CHECKING:
    from ..endpoints import AsyncEndpoint
    from .base import AsyncRecord

R = TypeVar("R", bound="AsyncRecord")

__all__ = ["get_one", "get_or_create", "one_and_only_one"]


def one_and_only_one(records: Sequence[R], collection: str, looked_up: str, matched: int | None = None) -> R:
    """The single record of `records`, else RecordDoesNotExistError / MultipleRecordsReturnedError.

    `matched` is how many records the platform says match, when `records` is only the first page.
    """
    count = len(records) if matched is None else max(matched, len(records))
    if not records:
        raise RecordDoesNotExistError(f"{collection}: no record with {looked_up}")
    if count > 1:
        raise MultipleRecordsReturnedError(f"{collection}: {count} records with {looked_up}, expected one")
    return records[0]


async def get_one(endpoint: AsyncEndpoint[R], filter_by: Mapping[str, Any], looked_up: str) -> R:
    """The one record of `endpoint` matching `filter_by`; two are asked for, so duplicates are caught."""
    records, matched = await endpoint._page(0, 2, endpoint._filters(filter_by))
    return one_and_only_one(records, endpoint.path, looked_up, matched)


async def get_or_create(get: Deferred[R], create: Deferred[R]) -> R:
    """`get()`, or `create()` when it finds nothing; several matches raise, never pick one at random."""
    try:
        return await get()
    except RecordDoesNotExistError:
        return await create()
