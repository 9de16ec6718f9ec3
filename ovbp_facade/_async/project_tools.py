"""Backup and maintenance of whole projects/organizations: download as JSON, deactivate, clear, delete.

Public as ``ovbp_facade.tools`` (sync) and ``ovbp_facade.async_tools``, which the package root does not
import (as in the old client): ``from ovbp_facade import tools``. Written against small protocols
describing exactly what is called on the records, so these tools only depend on the record API
(`Project.list_all_gates()`, `record.data`, `record.delete()`...).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from ..download_folder import (
    DOWNLOAD_FORMAT,
    DOWNLOAD_FORMAT_FILE,
    DOWNLOAD_FORMAT_VERSION,
    NOT_DOWNLOADED,
    TargetNotEmptyError,
    prepare_target,
    safe_file_name,
    unique_file_name,
    write_json,
)

__all__ = [
    "DOWNLOAD_FORMAT",
    "DOWNLOAD_FORMAT_FILE",
    "DOWNLOAD_FORMAT_VERSION",
    "NOT_DOWNLOADED",
    "TargetNotEmptyError",
    "clear_organization",
    "clear_project",
    "deactivate_organization",
    "deactivate_project",
    "delete_organization",
    "delete_project",
    "download_organization",
    "download_project",
    "safe_file_name",
    "unique_file_name",
]

logger = logging.getLogger("ovbp_facade.tools")


# ----------------------------------------------------------------------------------------------- protocols


class RecordLike(Protocol):
    @property
    def data(self) -> Mapping[str, Any]: ...

    async def delete(self) -> None: ...


class FeederLike(RecordLike, Protocol):
    async def get_child(self) -> RecordLike | None: ...


class GateLike(RecordLike, Protocol):
    async def get_base_feeder(self) -> FeederLike | None: ...

    async def deactivate(self) -> None: ...


class ImporterLike(RecordLike, Protocol):
    async def clear(self) -> object: ...

    async def deactivate(self) -> None: ...


class CleanerLike(RecordLike, Protocol):
    async def list_all_unitcleaners(self) -> Sequence[RecordLike]: ...


class AnalysisLike(RecordLike, Protocol):
    async def reload(self) -> None: ...

    async def get_analysis_config(self) -> RecordLike | None: ...

    async def list_all_analysis_inputs(self) -> Sequence[RecordLike]: ...

    async def list_all_analysis_outputs(self) -> Sequence[RecordLike]: ...


class ProjectLike(RecordLike, Protocol):
    async def list_all_gates(self) -> Sequence[GateLike]: ...

    async def list_all_importers(self) -> Sequence[ImporterLike]: ...

    async def list_all_cleaners(self) -> Sequence[CleanerLike]: ...

    async def list_all_analyses(self) -> Sequence[AnalysisLike]: ...


class OrganizationLike(Protocol):
    @property
    def data(self) -> Mapping[str, Any]: ...

    async def list_all_projects(self) -> Sequence[ProjectLike]: ...


T = TypeVar("T")


def _progress(items: Sequence[T], description: str, progress: bool) -> Iterable[T]:
    if not progress:
        return items
    from tqdm.auto import tqdm  # widgets in a notebook with ipywidgets, text elsewhere

    return tqdm(items, desc=description, unit="record")


def _name(record: RecordLike | OrganizationLike) -> str:
    data = record.data
    return str(data.get("name") or data.get("id") or "unnamed")


async def _gate_data(gate: GateLike) -> dict[str, Any]:
    data = dict(gate.data)
    feeder = await gate.get_base_feeder()
    if feeder is not None:
        feeder_data = dict(feeder.data)
        child = await feeder.get_child()
        if child is not None:
            feeder_data["child_data"] = dict(child.data)
        data["base_feeder"] = feeder_data
    return data


async def _analysis_data(analysis: AnalysisLike) -> dict[str, Any]:
    await analysis.reload()
    data = dict(analysis.data)
    config = await analysis.get_analysis_config()
    if config is not None:
        data["analysisconfig"] = dict(config.data)
    data["inputs"] = [dict(i.data) for i in await analysis.list_all_analysis_inputs()]
    data["outputs"] = [dict(o.data) for o in await analysis.list_all_analysis_outputs()]
    return data


async def download_project(
    project: ProjectLike, target_dir_path: str | os.PathLike[str], *, progress: bool = False
) -> Path:
    """Back a project's configuration up as JSON files in a new (or empty) folder; returns the folder.

    Layout: ``#download.json`` (format name and version, for readers to refuse newer formats);
    ``#project.json``; ``1-gates/<gate>.json`` (base feeder and its child nested);
    ``2-importers/<importer>.json``; ``3-cleaners/<cleaner>/#cleaner.json`` plus one
    ``<unitcleaner name>.json`` each; ``4-analyses/<analysis>.json`` with its config, ``inputs``
    and ``outputs``. Series data points and the gates' FTP files are not downloaded;
    ``tools.restore_project`` recreates the pipeline from such a folder.
    """
    target = prepare_target(target_dir_path)
    logger.info("downloading project '%s' to %s", _name(project), target)
    about = {
        "format": DOWNLOAD_FORMAT,
        "version": DOWNLOAD_FORMAT_VERSION,
        "downloaded_at": dt.datetime.now(dt.UTC),
        "not_included": NOT_DOWNLOADED,
    }
    write_json(target / DOWNLOAD_FORMAT_FILE, about)
    write_json(target / "#project.json", dict(project.data))

    gates_dir = target / "1-gates"
    gates_dir.mkdir()
    used: set[str] = set()
    gates = await project.list_all_gates()
    for gate in _progress(gates, "gates", progress):
        write_json(gates_dir / unique_file_name(_name(gate), used, ".json"), await _gate_data(gate))
    logger.info("  %d gate(s)", len(gates))

    importers_dir = target / "2-importers"
    importers_dir.mkdir()
    used = set()
    importers = await project.list_all_importers()
    for importer in _progress(importers, "importers", progress):
        write_json(importers_dir / unique_file_name(_name(importer), used, ".json"), dict(importer.data))
    logger.info("  %d importer(s)", len(importers))

    cleaners_dir = target / "3-cleaners"
    cleaners_dir.mkdir()
    used = set()
    cleaners = await project.list_all_cleaners()
    unitcleaners_nb = 0
    for cleaner in _progress(cleaners, "cleaners", progress):
        cleaner_dir = cleaners_dir / unique_file_name(_name(cleaner), used)
        cleaner_dir.mkdir()
        write_json(cleaner_dir / "#cleaner.json", dict(cleaner.data))
        used_in_cleaner = {"#cleaner.json"}
        for uc in await cleaner.list_all_unitcleaners():
            write_json(cleaner_dir / unique_file_name(_name(uc), used_in_cleaner, ".json"), dict(uc.data))
            unitcleaners_nb += 1
    logger.info("  %d cleaner(s), %d unitcleaner(s)", len(cleaners), unitcleaners_nb)

    analyses_dir = target / "4-analyses"
    analyses_dir.mkdir()
    used = set()
    analyses = await project.list_all_analyses()
    for analysis in _progress(analyses, "analyses", progress):
        write_json(
            analyses_dir / unique_file_name(_name(analysis), used, ".json"), await _analysis_data(analysis)
        )
    logger.info("  %d analysis(es)", len(analyses))
    return target


async def download_organization(
    organization: OrganizationLike, target_dir_path: str | os.PathLike[str], *, progress: bool = False
) -> Path:
    """`download_project` for every project of the organization, one sub-folder per project."""
    target = prepare_target(target_dir_path)
    projects = await organization.list_all_projects()
    logger.info(
        "downloading %d project(s) of organization '%s' to %s", len(projects), _name(organization), target
    )
    used: set[str] = set()
    for project in _progress(projects, "projects", progress):
        await download_project(project, target / unique_file_name(_name(project), used))
    return target


# ----------------------------------------------------------------------------------------------- maintenance


async def deactivate_project(project: ProjectLike) -> None:
    """Switch off the gates' base feeders and the importers (cleaners and analyses are left as they are)."""
    logger.info("deactivating project '%s'", _name(project))
    for gate in await project.list_all_gates():
        feeder = await gate.get_base_feeder()
        if feeder is not None and feeder.data.get("active"):
            await gate.deactivate()
            logger.info("  gate '%s' deactivated", _name(gate))
    for importer in await project.list_all_importers():
        if importer.data.get("active"):
            await importer.deactivate()
            logger.info("  importer '%s' deactivated", _name(importer))


async def clear_project(project: ProjectLike) -> list[object]:
    """Clear (erase the imported data of) every importer fed by a gate; returns the clear tasks.

    Importers without a gate have nothing to re-import and are skipped (logged).
    """
    logger.info("clearing project '%s'", _name(project))
    tasks: list[object] = []
    for importer in await project.list_all_importers():
        if importer.data.get("gate") is None:
            logger.info("  importer '%s' has no gate, not cleared", _name(importer))
            continue
        tasks.append(await importer.clear())
        logger.info("  importer '%s' cleared", _name(importer))
    return tasks


async def delete_project(project: ProjectLike) -> None:
    """Delete analyses, importers (with their cleaners), leftover cleaners, gates, then the project."""
    name = _name(project)
    logger.info("deleting project '%s'", name)
    for analysis in await project.list_all_analyses():
        await analysis.delete()
        logger.info("  analysis '%s' deleted", _name(analysis))
    for importer in await project.list_all_importers():
        await importer.delete()
        logger.info("  importer '%s' deleted", _name(importer))
    for cleaner in await project.list_all_cleaners():  # normally none left: they go with their importer
        await cleaner.delete()
        logger.info("  cleaner '%s' deleted", _name(cleaner))
    for gate in await project.list_all_gates():
        await gate.delete()
        logger.info("  gate '%s' deleted", _name(gate))
    await project.delete()
    logger.info("project '%s' deleted", name)


async def deactivate_organization(organization: OrganizationLike) -> None:
    """`deactivate_project` for every project of the organization."""
    for project in await organization.list_all_projects():
        await deactivate_project(project)


async def clear_organization(organization: OrganizationLike) -> list[object]:
    """`clear_project` for every project of the organization; returns all clear tasks."""
    tasks: list[object] = []
    for project in await organization.list_all_projects():
        tasks.extend(await clear_project(project))
    return tasks


async def delete_organization(organization: OrganizationLike) -> None:
    """`delete_project` for every project; the organization itself is kept."""
    for project in await organization.list_all_projects():
        await delete_project(project)
