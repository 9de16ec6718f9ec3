"""get-one-by-name helpers shared by the records (exactly one match, or a clear error)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import MultipleRecordsReturnedError, RecordDoesNotExistError

if TYPE_CHECKING:
    from ..endpoints import Endpoint
    from .base import Record

R = TypeVar("R", bound="Record")

__all__ = ["get_one", "one_and_only_one"]


def one_and_only_one(records: Sequence[R], kind: str, looked_up: str) -> R:
    """The single record of `records`, else RecordDoesNotExistError / MultipleRecordsReturnedError."""
    if not records:
        raise RecordDoesNotExistError(f"no {kind} found with {looked_up}")
    if len(records) > 1:
        raise MultipleRecordsReturnedError(f"{len(records)} {kind}s found with {looked_up}, expected one")
    return records[0]


def get_one(endpoint: Endpoint[R], kind: str, filter_by: Mapping[str, Any], described: str) -> R:
    """Look up exactly one record of `endpoint` by filters (two asked for, to detect duplicates)."""
    return one_and_only_one(endpoint.list(limit=2, filter_by=filter_by), kind, described)
