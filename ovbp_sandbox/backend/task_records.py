"""The engine's task records: created pending, their `base` (status, dates, message) changed as they run."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ovbp_sandbox.backend.store import Store, utcnow_wire


def create_task(
    store: Store, collection: str, target: str | None, organization_id: str | None
) -> dict[str, Any]:
    """A pending task record of `target`."""
    base = {"status": "pending", "creation_date": utcnow_wire(), "start_date": None, "end_date": None}
    return store.insert(
        collection, {"target": target, "base": {**base, "message": ""}}, organization_id=organization_id
    )


def update_task_base(store: Store, collection: str, task_id: str, **changes: Any) -> None:
    """Fields of a task's `base` changed (nothing when the task was deleted with its target)."""
    task = store.get(collection, task_id)
    if task is not None:
        store.update(collection, task_id, {"base": {**(task.get("base") or {}), **changes}})


def fail_interrupted_tasks(store: Store, collections: Iterable[str], message: str) -> int:
    """Tasks left pending or running (by a crash) marked failed with `message`; how many."""
    count = 0
    for collection in collections:
        for task in store.find(collection):
            base = dict(task.get("base") or {})
            if base.get("status") in ("pending", "running"):
                base.update(status="failed", end_date=utcnow_wire(), message=message)
                store.update(collection, task["id"], {"base": base})
                count += 1
    return count
