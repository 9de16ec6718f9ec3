"""Recreating a project's pipeline from a `tools.download_project` folder, in a new or existing project.

The folder is read and checked whole first (`downloads.read_download`): nothing is written from a folder
that is not a download, of a newer format, or broken. Then `restore_project` makes the project look like
the download: gates (each with an internal FTP account), their base feeders, importers (gate mapped to
the new gate), their cleaners' unitcleaners, analyses (config, inputs mapped to the new generators,
outputs), and the active flags last. Records are matched by name and only what differs is sent, so a
second run writes nothing. Records the download lacks are left alone, never deleted.

A download holds no series data and none of the gates' FTP files: upload the files to the new gates and
run the importers to fill the new series.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, TypeVar, cast

from generated_client.typed.requests import (
    AnalysisConfigRequestFields,
    AnalysisConfigRequestNames,
    AnalysisInputRequestFields,
    AnalysisOutputRequestFields,
    AnalysisOutputRequestNames,
    BaseFeederRequestFields,
    GenericBasicFeederRequestFields,
    ImporterRequestFields,
    ImporterRequestNames,
    PatchedCleanerRequestNames,
    PatchedUnitcleanerRequestFields,
    StaticWebserviceFeederRequestFields,
    UnitcleanerRequestFields,
    UnitcleanerRequestNames,
)

from ..download_folder import NOT_DOWNLOADED
from ..downloads import DownloadFormatError, ProjectDownload, read_download
from ..errors import RecordDoesNotExistError
from ..json_values import JsonObject, JsonValue
from ..run_async import Eventually
from ..unitcleaner_changes import changed_fields, plan_unitcleaner_changes
from .records import (
    AsyncAnalysis,
    AsyncAnalysisInput,
    AsyncAnalysisOutput,
    AsyncBaseFeeder,
    AsyncCleaner,
    AsyncGate,
    AsyncImporter,
    AsyncOrganization,
    AsyncProject,
)
from .records.lookup import one_and_only_one

if TYPE_CHECKING:
    from .client import AsyncClient
    from .records.base import AsyncRecord

__all__ = [
    "NOT_RESTORED",
    "Change",
    "DownloadFormatError",
    "ProjectDownload",
    "RestoreReport",
    "read_download",
    "restore_project",
]

logger = logging.getLogger("ovbp_facade")

R_ = TypeVar("R_", bound="AsyncRecord")

NOT_RESTORED = (
    f"Not restored, as a download does not hold them: {NOT_DOWNLOADED}. "
    "Upload the files to the new gates, then run the importers."
)
# the settings copied from a downloaded record: every field its create request takes, but the links,
# which restore_project maps to the new records itself
IMPORTER_SETTINGS = ImporterRequestNames.allowed - {"name", "project", "gate"}
UNITCLEANER_SETTINGS = UnitcleanerRequestNames.allowed - {"cleaner"}
CLEANER_SETTINGS = PatchedCleanerRequestNames.allowed
CONFIG_SETTINGS = AnalysisConfigRequestNames.allowed - {"analysis"}
OUTPUT_SETTINGS = AnalysisOutputRequestNames.allowed - {"analysis"}
FEEDER_SETTINGS = ("timezone", "crontab")
FEEDER_CHILDREN = {"genericbasicfeeder": "script", "staticwebservicefeeder": "url"}


Action = Literal["created", "updated", "FTP account attached", "activated", "deactivated"]


@dataclass(frozen=True)
class Change:
    """One write of a restore: what (kind and name), and how (with the fields an update sent)."""

    kind: str
    name: str
    action: Action
    fields: tuple[str, ...] = ()


@dataclass
class RestoreReport:
    """What restore_project did: the project, and each change in order (none on a second run)."""

    project: AsyncProject
    changes: list[Change] = field(default_factory=list)

    @property
    def created_project(self) -> bool:
        return any(c.kind == "project" and c.action == "created" for c in self.changes)


def _settings(record: Mapping[str, JsonValue], names: Iterable[str]) -> JsonObject:
    return {name: record[name] for name in sorted(names) if name in record}


def _objects(record: JsonObject, key: str) -> list[JsonObject]:
    """A list of objects of a downloaded record (read_download checked its shape)."""
    return cast(list[JsonObject], record.get(key) or [])


def _by(records: Iterable[R_], key: Callable[[R_], str], what: str) -> dict[str, R_]:
    """Records by name (or another key); a name held twice in the target project is an error."""
    groups: dict[str, list[R_]] = {}
    for record in records:
        groups.setdefault(key(record), []).append(record)
    return {k: one_and_only_one(v, what, f"name '{k}'") for k, v in groups.items()}


class _Restorer:
    """One restore: the download, the target project, and the new record of each downloaded id."""

    def __init__(self, client: AsyncClient, download: ProjectDownload, report: RestoreReport) -> None:
        self.client = client
        self.download = download
        self.report = report
        self.project = report.project
        self.gates: dict[str, AsyncGate] = {}
        self.importers: dict[str, AsyncImporter] = {}
        self.generators: dict[str, str] = {}  # downloaded generator id -> new generator id
        self.analyses: dict[str, AsyncAnalysis] = {}
        self.feeders: dict[str, AsyncBaseFeeder] = {}

    def note(self, kind: str, name: str, action: Action, fields: Iterable[str] = ()) -> None:
        change = Change(kind, name, action, tuple(fields))
        self.report.changes.append(change)
        logger.info("restore: %s '%s' %s %s", kind, name, action, ", ".join(change.fields))

    async def patch(
        self,
        record: AsyncRecord,
        kind: str,
        name: str,
        wanted: Mapping[str, JsonValue],
        update: Callable[..., Eventually[None]],
    ) -> None:
        """Send the settings that differ from the record's, if any (the record takes the answer)."""
        changes = changed_fields(wanted, record.data)
        if changes:
            await update(**changes)
            self.note(kind, name, "updated", changes)

    # -- gates ---------------------------------------------------------------------------------
    async def restore_gates(self) -> None:
        existing = _by(await self.project.list_all_gates(), lambda g: g.name, "gates")
        for data in self.download.gates:
            name = str(data["name"])
            gate = existing.get(name)
            comment = str(data.get("comment") or "")
            if gate is None:
                gate = await self.project.create_gate(name, comment)
                self.note("gate", name, "created")
            else:
                await self.patch(gate, "gate", name, {"comment": comment}, gate.update)
            if not (await gate.get_ftp_account()).host:
                await gate.attach_internal_ftp_account()
                self.note("gate", name, "FTP account attached")
            feeder = data.get("base_feeder")
            if isinstance(feeder, dict):
                await self.restore_feeder(gate, feeder)
            self.gates[str(data["id"])] = gate

    async def restore_feeder(self, gate: AsyncGate, data: JsonObject) -> None:
        settings = _settings(data, FEEDER_SETTINGS)
        feeder = await gate.get_base_feeder()
        if feeder is None:
            feeder = await self.client.base_feeders.create(
                **cast(BaseFeederRequestFields, {**settings, "gate": gate.id})
            )
            self.note("base feeder", gate.name, "created")
        else:
            await self.patch(feeder, "base feeder", gate.name, settings, feeder.update)
        self.feeders[gate.name] = feeder
        child, model = data.get("child_data"), data.get("child_model")
        if not isinstance(child, dict) or not isinstance(model, str) or model not in FEEDER_CHILDREN:
            return
        wanted = {**_settings(child, [FEEDER_CHILDREN[model]]), "base_feeder": feeder.id}
        kind = "feeder script" if model == "genericbasicfeeder" else "feeder web service"
        if feeder.child_id is None:
            if model == "genericbasicfeeder":
                await self.client.generic_basic_feeders.create(
                    **cast(GenericBasicFeederRequestFields, wanted)
                )
            else:
                await self.client.static_webservice_feeders.create(
                    **cast(StaticWebserviceFeederRequestFields, wanted)
                )
            self.note(kind, gate.name, "created")
            return
        child_record = await feeder.get_child()
        if child_record is not None:
            await self.patch(child_record, kind, gate.name, wanted, child_record.update)

    # -- importers and cleaners ------------------------------------------------------------------
    async def restore_importers(self) -> None:
        existing = _by(await self.project.list_all_importers(), lambda i: i.name, "importers")
        for data in self.download.importers:
            name = str(data["name"])
            wanted = _settings(data, IMPORTER_SETTINGS)
            gate_id = data.get("gate")
            wanted["gate"] = None if gate_id is None else self.gates[str(gate_id)].id
            importer = existing.get(name)
            if importer is None:
                fields = {**wanted, "name": name, "project": self.project.odata_id}
                importer = await self.client.importers.create(**cast(ImporterRequestFields, fields))
                self.note("importer", name, "created")
            else:
                await self.patch(importer, "importer", name, wanted, importer.update)
            self.importers[str(data["id"])] = importer
            self.generators[str(data["id"])] = importer.id

    async def restore_cleaners(self) -> None:
        for downloaded in self.download.cleaners:
            data = downloaded.cleaner
            cleaner = await self.importers[str(data["related_importer"])].get_cleaner()
            settings = _settings(data, CLEANER_SETTINGS)
            await self.patch(cleaner, "cleaner", str(data["name"]), settings, cleaner.update)
            self.generators[str(data["id"])] = cleaner.id
            await self.restore_unitcleaners(cleaner, downloaded.unitcleaners)

    async def restore_unitcleaners(self, cleaner: AsyncCleaner, downloads: Iterable[JsonObject]) -> None:
        unitcleaners = list(downloads)
        current = _by(await cleaner.list_all_unitcleaners(), lambda uc: uc.external_name, "unitcleaners")
        rows = [_settings(uc, UNITCLEANER_SETTINGS) for uc in unitcleaners]
        to_create, to_patch = plan_unitcleaner_changes(rows, {k: uc.data for k, uc in current.items()})
        for fields in to_create:
            created = await self.client.unitcleaners.create(
                **cast(UnitcleanerRequestFields, {**fields, "cleaner": cleaner.id})
            )
            current[created.external_name] = created
            self.note("unitcleaner", created.name, "created")
        by_id = {uc.id: uc for uc in current.values()}
        for uc_id, changes in to_patch:
            uc = by_id[uc_id]
            await uc.update(**cast(PatchedUnitcleanerRequestFields, changes))
            self.note("unitcleaner", uc.name, "updated", changes)
        # a rule switched off stays off (a download without `active` leaves the rule as it is)
        for downloaded in unitcleaners:
            wanted = downloaded.get("active")
            switch = current.get(str(downloaded.get("external_name")))
            if switch is None or not isinstance(wanted, bool) or switch.data.get("active", True) == wanted:
                continue
            if wanted:
                await switch.activate()
            else:
                await switch.deactivate()
            self.note("unitcleaner", switch.name, "activated" if wanted else "deactivated")

    # -- analyses ------------------------------------------------------------------------------
    async def create_analyses(self) -> None:
        """Every analysis first, so that an input may read another analysis' series."""
        existing = _by(await self.project.list_all_analyses(), lambda a: a.name, "analyses")
        for data in self.download.analyses:
            name = str(data["name"])
            comment = str(data.get("comment") or "")
            analysis = existing.get(name)
            if analysis is None:
                analysis = await self.project.create_analysis(name, comment)
                if analysis.active:  # the platform starts it active: off until it is configured
                    await analysis.deactivate()
                self.note("analysis", name, "created")
            else:
                await self.patch(analysis, "analysis", name, {"comment": comment}, analysis.update)
            self.analyses[str(data["id"])] = analysis
            self.generators[str(data["id"])] = analysis.id

    async def configure_analyses(self) -> None:
        for data in self.download.analyses:
            analysis = self.analyses[str(data["id"])]
            config = data.get("analysisconfig")
            if isinstance(config, dict):
                await self.restore_config(analysis, _settings(config, CONFIG_SETTINGS))
            inputs = {str(i["column_name"]): self.input_fields(i) for i in _objects(data, "inputs")}
            current_inputs = _by(await analysis.list_all_analysis_inputs(), lambda i: i.column_name, "inputs")
            await self.restore_parts(analysis, "analysis input", inputs, current_inputs, self.create_input)
            outputs = {str(o["name"]): _settings(o, OUTPUT_SETTINGS) for o in _objects(data, "outputs")}
            current_outputs = _by(await analysis.list_all_analysis_outputs(), lambda o: o.name, "outputs")
            await self.restore_parts(
                analysis, "analysis output", outputs, current_outputs, self.create_output
            )

    async def restore_config(self, analysis: AsyncAnalysis, wanted: JsonObject) -> None:
        config = await analysis.get_analysis_config()
        if config is None:
            fields = {**wanted, "analysis": analysis.id}
            await self.client.analysis_configs.create(**cast(AnalysisConfigRequestFields, fields))
            self.note("analysis config", analysis.name, "created")
        else:
            await self.patch(config, "analysis config", analysis.name, wanted, config.update)

    def input_fields(self, item: JsonObject) -> JsonObject:
        """An input as downloaded, reading the new generator of the one it read."""
        return {
            "input_series_generator": self.generators[str(item["input_series_generator"])],
            "input_series_name": item.get("input_series_name"),
            "column_name": item["column_name"],
        }

    async def create_input(self, fields: JsonObject) -> None:
        await self.client.analysis_inputs.create(**cast(AnalysisInputRequestFields, fields))

    async def create_output(self, fields: JsonObject) -> None:
        await self.client.analysis_outputs.create(**cast(AnalysisOutputRequestFields, fields))

    async def restore_parts(
        self,
        analysis: AsyncAnalysis,
        kind: str,
        wanted: Mapping[str, JsonObject],
        current: Mapping[str, AsyncAnalysisInput] | Mapping[str, AsyncAnalysisOutput],
        create: Callable[[JsonObject], Eventually[None]],
    ) -> None:
        """Inputs or outputs of an analysis, by column or series name: the missing made, others patched."""
        for key, fields in wanted.items():
            label = f"{analysis.name}: {key}"
            found = current.get(key)
            if found is None:
                await create({**fields, "analysis": analysis.id})
                self.note(kind, label, "created")
            else:
                await self.patch(found, kind, label, fields, found.update)

    # -- active flags, last ----------------------------------------------------------------------
    async def restore_active_flags(self) -> None:
        switches: list[tuple[str, str, JsonValue, AsyncImporter | AsyncAnalysis | AsyncBaseFeeder]] = []
        for data in self.download.gates:
            feeder, name = data.get("base_feeder"), str(data["name"])
            if isinstance(feeder, dict) and name in self.feeders:
                switches.append(("base feeder", name, feeder.get("active"), self.feeders[name]))
        for data in self.download.importers:
            record: AsyncImporter | AsyncAnalysis = self.importers[str(data["id"])]
            switches.append(("importer", str(data["name"]), data.get("active"), record))
        for data in self.download.analyses:
            record = self.analyses[str(data["id"])]
            switches.append(("analysis", str(data["name"]), data.get("active"), record))
        for kind, name, wanted, switch in switches:
            if not isinstance(wanted, bool) or bool(switch.data.get("active")) == wanted:
                continue
            if wanted:
                await switch.activate()
            else:
                await switch.deactivate()
            self.note(kind, name, "activated" if wanted else "deactivated")


async def restore_project(
    client: AsyncClient,
    download_dir: str | os.PathLike[str],
    organization: AsyncOrganization | str,
    project_name: str,
    *,
    active_flags: bool = True,
) -> RestoreReport:
    """Make project `project_name` of `organization` (created if missing) hold the downloaded pipeline.

    The download is read and checked first (DownloadFormatError, before any request). `active_flags`
    False leaves every switch as it is (the records this creates stay off). See the module docstring.
    """
    download = read_download(download_dir)
    if not project_name.strip():
        raise ValueError("project_name is empty: give the name of the project to restore into")
    if isinstance(organization, str):
        organization = await client.get_organization(organization)
    try:
        project = await organization.get_project(project_name)
        report = RestoreReport(project)
    except RecordDoesNotExistError:
        project = await organization.create_project(project_name, str(download.project.get("comment") or ""))
        report = RestoreReport(project, [Change("project", project_name, "created")])
    logger.info("restoring %s into project '%s'", download.path, project_name)
    restorer = _Restorer(client, download, report)
    await restorer.restore_gates()
    await restorer.restore_importers()
    await restorer.restore_cleaners()
    await restorer.create_analyses()
    await restorer.configure_analyses()
    if active_flags:
        await restorer.restore_active_flags()
    logger.info(
        "restored %s into project '%s': %d change(s)", download.path, project_name, len(report.changes)
    )
    return report
