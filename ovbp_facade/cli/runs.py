"""`ovbp run importer|cleaner|analysis NAME`: start a run, wait for it, and tell why it failed."""

from __future__ import annotations

import datetime as dt
import enum
import time
from typing import Annotated

import typer

from .._sync.records import Analysis, Cleaner, Importer, Notification, Project, Task
from ..errors import TaskTimeoutError
from .options import OrgOption, ProjectOption
from .session import CliError, Session, session_of

__all__ = ["Generator", "register"]

NOTIFICATION_SLACK = dt.timedelta(seconds=2)  # a notification is dated by the server, a task too


class Generator(enum.StrEnum):
    importer = "importer"
    cleaner = "cleaner"
    analysis = "analysis"


def _find(project: Project, kind: Generator, name: str) -> Importer | Cleaner | Analysis:
    if kind is Generator.importer:
        return project.get_importer(name)
    if kind is Generator.cleaner:
        return project.get_cleaner(name)
    return project.get_analysis(name)


def failure_notification(
    project: Project, record: Importer | Cleaner | Analysis, task: Task
) -> Notification | None:
    """The newest unresolved notification the generator got since the task was created, if any."""
    found = project.client.notifications.list_all(
        filter_by={"project": project.odata_id, "generator": record.id, "resolved": False}
    )
    recent = [n for n in found if n.creation_date >= task.creation_date - NOTIFICATION_SLACK]
    return max(recent, key=lambda n: n.creation_date, default=None)


def run(
    ctx: typer.Context,
    kind: Annotated[Generator, typer.Argument(help="importer, cleaner or analysis", case_sensitive=False)],
    name: Annotated[str, typer.Argument(help="its name")],
    org: OrgOption = None,
    project: ProjectOption = None,
    wait: Annotated[bool, typer.Option(help="wait for the run to end; exit 1 if it fails")] = False,
    timeout: Annotated[
        float | None,
        typer.Option(help="seconds to wait at most (implies --wait)", min=0.001, show_default=False),
    ] = None,
) -> None:
    """Run an importer, cleaner or analysis now (--wait: until it ends, exit 1 if it fails)."""
    session = session_of(ctx)
    where = session.project(org, project)
    record = _find(where, kind, name)
    task = record.run()
    label = f"{kind.value} '{name}'"
    if not wait and timeout is None:
        if session.json:
            session.emit(_outcome(kind, name, task, None))
        else:
            session.say(f"{label}: started, task {task.id} ({task.status})")
        return
    started = time.monotonic()
    try:
        with session.status(f"{label}: running"):
            task.wait_for_completion(period=1000, raise_if_problem=False, timeout=timeout)
    except TaskTimeoutError:
        if session.json:
            session.emit(_outcome(kind, name, task, timeout))
        raise CliError(
            f"{label} is still {task.status} after {timeout:g} s (task {task.id}); it goes on on the platform"
        ) from None
    seconds = round(time.monotonic() - started, 1)
    if task.status in Task.OK_STATUSES:
        if session.json:
            session.emit(_outcome(kind, name, task, seconds))
        else:
            session.say(f"{label}: {task.status} in {seconds:g} s (task {task.id})")
        return
    _failed(session, where, record, task, label, _outcome(kind, name, task, seconds))


def _failed(
    session: Session,
    project: Project,
    record: Importer | Cleaner | Analysis,
    task: Task,
    label: str,
    outcome: dict[str, object],
) -> None:
    notification = failure_notification(project, record, task)
    if session.json:
        outcome["notification"] = None if notification is None else notification.data
        session.emit(outcome)
    details: list[str] = []
    if notification is not None:
        title = notification.title or notification.name or "notification"
        details = [f"notification {notification.id}: {title}", *notification.content.rstrip().splitlines()]
    message = f"{label} {task.status} (task {task.id})" + (f": {task.message}" if task.message else "")
    raise CliError(message, details)


def _outcome(kind: Generator, name: str, task: Task, seconds: float | None) -> dict[str, object]:
    """What --json tells of a run (`notification`: the failure's, filled in when it failed)."""
    return {
        "kind": kind.value,
        "name": name,
        "task": task.id,
        "status": task.status,
        "message": task.message,
        "seconds": seconds,
        "notification": None,
    }


def register(app: typer.Typer) -> None:
    app.command(name="run")(run)
