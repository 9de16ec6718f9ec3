"""`ovbp whoami` and `ovbp ls KIND`: who is logged in, and the records of a kind as a table or JSON lines."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Annotated

import typer

from .._sync.records import Project, Record
from .options import OrgOption, ProjectOption
from .session import Session, session_of

__all__ = ["Kind", "generator_names", "register"]


class Kind(enum.StrEnum):
    organizations = "organizations"
    projects = "projects"
    gates = "gates"
    importers = "importers"
    cleaners = "cleaners"
    analyses = "analyses"
    series = "series"
    notifications = "notifications"


Listed = tuple[tuple[str, ...], Sequence[Record], list[tuple[object, ...]]]
UTC_RUN = "last run (UTC)"


def whoami(ctx: typer.Context) -> None:
    """Show the login, the platform's URL and the organizations you reach."""
    session = session_of(ctx)
    client = session.client
    organizations = client.organizations.list_all()
    if session.json:
        session.emit(
            {
                "login": client.login,
                "url": client.url,
                "organizations": [{"id": o.id, "name": o.name} for o in organizations],
            }
        )
        return
    names = ", ".join(o.name for o in organizations) or "none"
    rows = [("login", client.login), ("url", client.url), ("organizations", names)]
    session.table(("", ""), rows, header=False)


def ls(
    ctx: typer.Context,
    kind: Annotated[Kind, typer.Argument(help="what to list", case_sensitive=False)],
    org: OrgOption = None,
    project: ProjectOption = None,
    unresolved: Annotated[bool, typer.Option(help="notifications: only the unresolved ones")] = False,
) -> None:
    """List organizations, projects, gates, importers, cleaners, analyses, series or notifications."""
    session = session_of(ctx)
    if unresolved and kind is not Kind.notifications:
        raise typer.BadParameter("only notifications can be --unresolved", param_hint="--unresolved")
    if kind is Kind.organizations:
        columns, records, rows = _organizations(session)
    elif kind is Kind.projects:
        columns, records, rows = _projects(session, org)
    else:
        columns, records, rows = IN_PROJECT[kind](session.project(org, project), unresolved)
    if session.json:
        for record in records:
            session.emit(record.data)
        return
    session.table(columns, rows)
    if not records:
        session.note(f"no {kind.value}")


def _organizations(session: Session) -> Listed:
    organizations = session.client.organizations.list_all()
    rows: list[tuple[object, ...]] = [(o.name, o.comment, o.id) for o in organizations]
    return ("name", "comment", "id"), organizations, rows


def _projects(session: Session, org: str | None) -> Listed:
    projects = session.organization(org).list_all_projects()
    rows: list[tuple[object, ...]] = [(p.name, p.comment, p.creation_date, p.id) for p in projects]
    return ("name", "comment", "created", "id"), projects, rows


def generator_names(project: Project) -> dict[str, str]:
    """`kind 'name'` of each importer, cleaner and analysis of the project, by id (3 requests)."""
    names = {i.id: f"importer '{i.name}'" for i in project.list_all_importers()}
    names.update({c.id: f"cleaner '{c.name}'" for c in project.list_all_cleaners()})
    names.update({a.id: f"analysis '{a.name}'" for a in project.list_all_analyses()})
    return names


def _gates(project: Project, unresolved: bool) -> Listed:
    gates = project.list_all_gates()
    rows: list[tuple[object, ...]] = []
    for g in gates:
        account = g.ftp_account_nested  # list answers nest it
        where = (
            f"{account.login}@{account.host}:{account.port}" if account is not None and account.host else None
        )
        rows.append((g.name, where, g.base_feeder is not None, g.id))
    return ("name", "FTP account", "feeder", "id"), gates, rows


def _importers(project: Project, unresolved: bool) -> Listed:
    gates = {g.id: g.name for g in project.list_all_gates()}
    importers = project.list_all_importers()
    rows: list[tuple[object, ...]] = [
        (i.name, i.active, gates.get(i.gate or "", i.gate), i.crontab, i.last_run, i.last_imported_path, i.id)
        for i in importers
    ]
    return ("name", "active", "gate", "crontab", UTC_RUN, "last imported file", "id"), importers, rows


def _cleaners(project: Project, unresolved: bool) -> Listed:
    importers = {i.id: i.name for i in project.list_all_importers()}
    cleaners = project.list_all_cleaners()
    rows: list[tuple[object, ...]] = [
        (c.name, importers.get(c.related_importer, c.related_importer), c.last_run, c.id) for c in cleaners
    ]
    return ("name", "importer", UTC_RUN, "id"), cleaners, rows


def _analyses(project: Project, unresolved: bool) -> Listed:
    analyses = project.list_all_analyses()
    rows: list[tuple[object, ...]] = [
        (a.name, a.active, a.analysisconfig is not None, a.last_run, a.id) for a in analyses
    ]
    return ("name", "active", "configured", UTC_RUN, "id"), analyses, rows


def _series(project: Project, unresolved: bool) -> Listed:
    generators = generator_names(project)
    series = project.list_all_series()
    rows: list[tuple[object, ...]] = [
        (s.name, generators.get(s.generator, s.generator), s.unit, s.freq, s.id) for s in series
    ]
    return ("name", "generator", "unit", "freq", "id"), series, rows


def _notifications(project: Project, unresolved: bool) -> Listed:
    generators = generator_names(project)
    notifications = sorted(
        project.list_all_notifications(resolved=False if unresolved else None), key=lambda n: n.creation_date
    )
    rows: list[tuple[object, ...]] = [
        (
            n.creation_date,
            generators.get(n.generator or "", n.generator),
            n.title or n.name,
            n.resolved,
            n.id,
        )
        for n in notifications
    ]
    return ("created (UTC)", "generator", "title", "resolved", "id"), notifications, rows


IN_PROJECT: dict[Kind, Callable[[Project, bool], Listed]] = {
    Kind.gates: _gates,
    Kind.importers: _importers,
    Kind.cleaners: _cleaners,
    Kind.analyses: _analyses,
    Kind.series: _series,
    Kind.notifications: _notifications,
}


def register(app: typer.Typer) -> None:
    app.command()(whoami)
    app.command(name="ls")(ls)
