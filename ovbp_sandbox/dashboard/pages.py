"""What each dashboard page shows, read from the store within the caller's organization only.

Every lookup by id goes through ``Platform.visible``, so a record of another organization is a 404
exactly as in the API; lists are read with ``find_in`` on the caller's organization.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ovbp_sandbox.backend import ftp_accounts
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend.platform_rules import Platform
from ovbp_sandbox.errors import not_found

TASKS_OF = {r.IMPORTERS: r.IMPORTER_TASKS, r.CLEANERS: r.CLEANER_TASKS, r.ANALYSES: r.ANALYSIS_TASKS}
KIND_OF = {r.IMPORTERS: "importer", r.CLEANERS: "cleaner", r.ANALYSES: "analysis"}
HREF_PREFIX = {r.IMPORTERS: "/importers/", r.CLEANERS: "/cleaners/", r.ANALYSES: "/analyses/"}
MAX_FILES = 2000  # a gate page lists at most this many FTP entries
MAX_TASKS = 200  # and a generator page this many tasks
SCRIPT_FIELDS = ("parse_script", "script")
HIDDEN_FIELDS = ("id", "rights")


class Named:
    """A wire record's id and name, for the templates."""

    record: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.record["id"])

    @property
    def name(self) -> str:
        return str(self.record.get("name", ""))


@dataclass(frozen=True)
class Project(Named):
    """An oteams project and its odata side (gates, generators and series point at the latter)."""

    record: dict[str, Any]
    odata_id: str


@dataclass
class Generator(Named):
    """An importer, cleaner or analysis with what its page and its pipeline node show."""

    collection: str
    record: dict[str, Any]
    last_task: dict[str, Any] | None = None
    unresolved: int = 0
    series_count: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return KIND_OF[self.collection]

    @property
    def href(self) -> str:
        return HREF_PREFIX[self.collection] + self.id


def config_rows(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, shown value) of a record's settings: no ids of its own, internal keys or scripts."""
    rows = []
    for name, value in record.items():
        if name in HIDDEN_FIELDS or name.startswith("_") or name in SCRIPT_FIELDS:
            continue
        shown = "—" if value is None else value if isinstance(value, str) else json.dumps(value)
        rows.append((name, shown))
    return rows


class Pages:
    """Reads for the dashboard's pages, always on behalf of one organization."""

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.store = platform.store

    # -- organizations and projects ---------------------------------------------------------------
    def organization(self, org: str) -> dict[str, Any]:
        return self.platform.visible(r.ORGANIZATIONS, org, org)

    def projects(self, org: str) -> list[Project]:
        return [
            Project(record, str(record.get("odata") or ""))
            for record in self.store.find_in(r.PROJECTS, org)
            if record.get("odata")
        ]

    def project(self, org: str, project_id: str) -> Project:
        record = self.platform.visible(r.PROJECTS, project_id, org)
        if not record.get("odata"):
            raise not_found()
        return Project(record, str(record["odata"]))

    def project_of(self, org: str, odata_id: Any) -> Project:
        """The oteams project of an odata project id (records point at the latter)."""
        found = self.store.find_in(r.PROJECTS, org, odata=odata_id) if isinstance(odata_id, str) else []
        if not found:
            raise not_found()
        return Project(found[0], str(odata_id))

    def project_counts(self, org: str) -> dict[str, dict[str, int]]:
        """Per odata project id: how many gates, importers, analyses, series and open notifications."""
        counts: dict[str, dict[str, int]] = {}
        kinds = {
            "gates": (r.GATES, {}),
            "importers": (r.IMPORTERS, {}),
            "analyses": (r.ANALYSES, {}),
            "series": (r.SERIES, {}),
            "notifications": (r.NOTIFICATIONS, {"resolved": False}),
        }
        for name, (collection, filters) in kinds.items():
            for record in self.store.find_in(collection, org, **filters):
                by_kind = counts.setdefault(str(record.get("project")), {})
                by_kind[name] = by_kind.get(name, 0) + 1
        return counts

    # -- generators -------------------------------------------------------------------------------
    def generators(self, org: str, project: Project) -> list[Generator]:
        """The project's importers, cleaners and analyses, each with its last task, unresolved
        notifications and output series counted: one read per collection, whatever their number."""
        found = [
            Generator(collection, record)
            for collection in (r.IMPORTERS, r.CLEANERS, r.ANALYSES)
            for record in self.store.find_in(collection, org, project=project.odata_id)
        ]
        by_id = {g.id: g for g in found}
        for collection in TASKS_OF.values():
            for task in self.store.find_in(collection, org):  # creation order: the last one wins
                generator = by_id.get(str(task.get("target")))
                if generator is not None:
                    generator.last_task = task
        for note in self.store.find_in(r.NOTIFICATIONS, org, project=project.odata_id, resolved=False):
            if (generator := by_id.get(str(note.get("generator")))) is not None:
                generator.unresolved += 1
        for series in self.store.find_in(r.SERIES, org, project=project.odata_id):
            if (generator := by_id.get(str(series.get("generator")))) is not None:
                generator.series_count += 1
        return found

    def feeds(self, org: str, generators: list[Generator]) -> dict[str, list[str]]:
        """Per analysis: the ids of the generators whose series it reads, in input order."""
        analyses = {g.id for g in generators if g.collection == r.ANALYSES}
        feeds: dict[str, list[str]] = {}
        for item in self.store.find_in(r.ANALYSIS_INPUTS, org):
            if item.get("analysis") in analyses:
                feeds.setdefault(str(item["analysis"]), []).append(str(item.get("input_series_generator")))
        return feeds

    def generator(self, org: str, collection: str, generator_id: str) -> Generator:
        record = self.platform.visible(collection, generator_id, org)
        generator = Generator(collection, record)
        if collection == r.CLEANERS:
            generator.extra["unitcleaners"] = self.store.find_in(r.UNITCLEANERS, org, cleaner=generator_id)
            generator.extra["importer"] = self._maybe(org, r.IMPORTERS, record.get("related_importer"))
        elif collection == r.IMPORTERS:
            generator.extra["gate"] = self._maybe(org, r.GATES, record.get("gate"))
            items = self.store.find_in(r.IMPORTER_SERIES, org, generator=generator_id)
            cleaned_by = [self._maybe(org, r.UNITCLEANERS, item.get("unitcleaner")) for item in items]
            generator.extra["importer_series"] = [
                (item, None if uc is None else uc.get("name"))
                for item, uc in zip(items, cleaned_by, strict=True)
            ]
        else:
            config = self._maybe(org, r.ANALYSIS_CONFIGS, record.get("analysisconfig"))
            generator.extra["config"] = config
            generator.extra["inputs"] = [
                (item, self._generator_by_id(org, item.get("input_series_generator")))
                for item in self.store.find_in(r.ANALYSIS_INPUTS, org, analysis=generator_id)
            ]
            generator.extra["outputs"] = self.store.find_in(r.ANALYSIS_OUTPUTS, org, analysis=generator_id)
        return generator

    def script_of(self, generator: Generator) -> str:
        if generator.collection == r.IMPORTERS:
            return str(generator.record.get("parse_script") or "")
        config = generator.extra.get("config")
        return str(config.get("script") or "") if isinstance(config, dict) else ""

    def tasks(self, org: str, generator: Generator) -> tuple[list[dict[str, Any]], int]:
        """The generator's newest tasks first (at most MAX_TASKS), and how many it has in all."""
        tasks = self.store.find_in(TASKS_OF[generator.collection], org, target=generator.id)
        return tasks[::-1][:MAX_TASKS], len(tasks)

    def _maybe(self, org: str, collection: str, record_id: Any) -> dict[str, Any] | None:
        if isinstance(record_id, dict):
            record_id = record_id.get("id")
        if not isinstance(record_id, str) or self.store.organization_of(collection, record_id) != org:
            return None
        return self.store.get(collection, record_id)

    def _generator_by_id(self, org: str, record_id: Any) -> Generator | None:
        for collection in (r.IMPORTERS, r.CLEANERS, r.ANALYSES):
            record = self._maybe(org, collection, record_id)
            if record is not None:
                return Generator(collection, record)
        return None

    # -- gates and their FTP files ------------------------------------------------------------------
    def gates(self, org: str, project: Project) -> list[dict[str, Any]]:
        return self.store.find_in(r.GATES, org, project=project.odata_id)

    def gate(self, org: str, gate_id: str) -> dict[str, Any]:
        return self.platform.visible(r.GATES, gate_id, org)

    def gate_feeder(self, org: str, gate: dict[str, Any]) -> dict[str, Any] | None:
        return self._maybe(org, r.BASE_FEEDERS, gate.get("base_feeder"))

    def gate_importers(self, org: str, gate: dict[str, Any]) -> list[Generator]:
        return [
            Generator(r.IMPORTERS, record) for record in self.store.find_in(r.IMPORTERS, org, gate=gate["id"])
        ]

    def ftp_login(self, gate: dict[str, Any]) -> str | None:
        account = gate.get("ftp_account")
        login = self.store.ftp_login_of_account(account) if isinstance(account, str) else None
        return None if login is None else login["login"]

    def ftp_address(self) -> str:
        return f"{self.platform.ftp_host}:{self.platform.ftp_port()}"

    def files(self, gate: dict[str, Any], limit: int = MAX_FILES) -> tuple[list[dict[str, Any]], bool]:
        """Every entry under the gate's FTP home, depth first, and whether the list was cut at ``limit``."""
        account = gate.get("ftp_account")
        if not isinstance(account, str) or self.ftp_login(gate) is None:
            return [], False
        home = ftp_accounts.home_of(self.platform.ftp_root, r.GATE_FTP_ACCOUNTS, account)
        if not home.is_dir():
            return [], False
        entries: list[dict[str, Any]] = []
        pending, cut = ["/"], False
        while pending and not cut:
            for entry in ftp_accounts.list_dir(home, pending.pop(), "/"):
                if len(entries) >= limit:
                    cut = True
                    break
                entries.append(entry)
                if entry["type"] == "dir":
                    pending.append("/" + entry["path"])
        return sorted(entries, key=lambda e: str(e["path"])), cut

    def file_counts(self, gates: Iterable[dict[str, Any]]) -> dict[str, int]:
        """Files (not folders) under each gate's FTP home, counted up to MAX_FILES."""
        return {str(gate["id"]): sum(1 for e in self.files(gate)[0] if e["type"] == "file") for gate in gates}

    # -- series and notifications -----------------------------------------------------------------
    def series_of_project(self, org: str, project: Project) -> list[dict[str, Any]]:
        return self.store.find_in(r.SERIES, org, project=project.odata_id)

    def series_of_generator(self, org: str, generator_id: str) -> list[dict[str, Any]]:
        return self.store.find_in(r.SERIES, org, generator=generator_id)

    def series(self, org: str, series_ids: Iterable[str]) -> list[dict[str, Any]]:
        """The series asked for, in that order, each once; 404 when one is not the caller's."""
        return [self.platform.visible(r.SERIES, sid, org) for sid in dict.fromkeys(series_ids)]

    def generator_of(self, org: str, record: dict[str, Any]) -> Generator | None:
        """The generator a series or a notification names in its ``generator`` field."""
        return self._generator_by_id(org, record.get("generator"))

    def notifications(
        self, org: str, *, project: Project | None = None, generator_id: str | None = None
    ) -> list[dict[str, Any]]:
        """Newest first; of a project or of a generator."""
        filters = {"project": project.odata_id} if project is not None else {"generator": generator_id}
        return self.store.find_in(r.NOTIFICATIONS, org, **filters)[::-1]

    def notification(self, org: str, notification_id: str) -> dict[str, Any]:
        return self.platform.visible(r.NOTIFICATIONS, notification_id, org)
