"""Backup and maintenance of whole projects/organizations: download as JSON, deactivate, clear, delete.

Not imported by the package root (as in the old client): ``from ovbp_facade import tools``.
Written against small protocols describing exactly what is called on the records, so these tools
only depend on the record API (`Project.list_all_gates()`, `record.data`, `record.delete()`...).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from tqdm import tqdm

from ovbp_facade.errors import OVBPClientError

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

logger = logging.getLogger(__name__)


# ----------------------------------------------------------------------------------------------- protocols


class RecordLike(Protocol):
    @property
    def data(self) -> Mapping[str, Any]: ...

    def delete(self) -> None: ...


class FeederLike(RecordLike, Protocol):
    def get_child(self) -> RecordLike | None: ...


class GateLike(RecordLike, Protocol):
    def get_base_feeder(self) -> FeederLike | None: ...

    def deactivate(self) -> None: ...


class ImporterLike(RecordLike, Protocol):
    def clear(self) -> object: ...

    def deactivate(self) -> None: ...


class CleanerLike(RecordLike, Protocol):
    def list_all_unitcleaners(self) -> Sequence[RecordLike]: ...


class AnalysisLike(RecordLike, Protocol):
    def reload(self) -> None: ...

    def get_analysis_config(self) -> RecordLike | None: ...

    def list_all_analysis_inputs(self) -> Sequence[RecordLike]: ...

    def list_all_analysis_outputs(self) -> Sequence[RecordLike]: ...


class ProjectLike(RecordLike, Protocol):
    def list_all_gates(self) -> Sequence[GateLike]: ...

    def list_all_importers(self) -> Sequence[ImporterLike]: ...

    def list_all_cleaners(self) -> Sequence[CleanerLike]: ...

    def list_all_analyses(self) -> Sequence[AnalysisLike]: ...


class OrganizationLike(Protocol):
    @property
    def data(self) -> Mapping[str, Any]: ...

    def list_all_projects(self) -> Sequence[ProjectLike]: ...


T = TypeVar("T")


def _progress(items: Sequence[T], description: str, progress: bool) -> Iterable[T]:
    if not progress:
        return items
    return tqdm(items, desc=description, unit="record")


def _name(record: RecordLike | OrganizationLike) -> str:
    data = record.data
    return str(data.get("name") or data.get("id") or "unnamed")


# ----------------------------------------------------------------------------------------------- file names

# Windows device names: reserved whatever the extension, in any case (superscript digits included).
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{prefix}{digit}" for prefix in ("COM", "LPT") for digit in "0123456789¹²³"}
)
_FORBIDDEN_RE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f]')
DEFAULT_MAX_BYTES = 100


def _is_reserved(name: str) -> bool:
    stem = name.split(".", 1)[0].rstrip(" ")
    return stem.upper() in _RESERVED


def safe_file_name(name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """A file/folder name valid on Windows, macOS and Linux that still reads like `name`.

    Forbidden characters (``<>:"/\\|?*``, control characters, lone surrogates) become ``_``;
    leading dots/spaces and trailing dots/spaces go; Windows device names (CON, NUL, COM1.txt...)
    get a ``_`` prefix; the UTF-8 length stays within `max_bytes`; an empty result becomes ``_``.
    """
    if max_bytes < 8:
        raise ValueError("max_bytes must be at least 8")
    text = unicodedata.normalize("NFC", name)
    text = "".join("_" if unicodedata.category(c) == "Cs" else c for c in text)
    text = _FORBIDDEN_RE.sub("_", text)
    text = text.lstrip(" .")
    if _is_reserved(text):
        text = "_" + text
    text = text.rstrip(" .")
    while len(text.encode("utf-8")) > max_bytes:
        text = text[:-1].rstrip(" .")
    return text or "_"


def unique_file_name(name: str, used: set[str], suffix: str = "", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """`safe_file_name(name) + suffix`, made unique (ignoring case, as Windows/macOS do) among `used`.

    The chosen name is added to `used` (which holds case-folded names).
    """
    base = safe_file_name(name, max_bytes)
    counter = 1
    while True:
        tail = "" if counter == 1 else f"-{counter}"
        stem = base
        while len((stem + tail).encode("utf-8")) > max_bytes:
            stem = stem[:-1]
        candidate = safe_file_name(stem + tail, max_bytes) + suffix
        if candidate.casefold() not in used:
            used.add(candidate.casefold())
            return candidate
        counter += 1


# ----------------------------------------------------------------------------------------------- download

# What a project download says about itself, so that a reader (ovbp_facade.restore) can refuse a format
# newer than it knows. Downloads written before this file existed have the layout of version 1.
DOWNLOAD_FORMAT_FILE = "#download.json"
DOWNLOAD_FORMAT = "ovbp-project-download"
DOWNLOAD_FORMAT_VERSION = 1
NOT_DOWNLOADED = "series data points, and the files in the gates' FTP accounts"


class TargetNotEmptyError(OVBPClientError, ValueError):
    """A download was asked into a folder that already holds something."""

    def __init__(self, path: Path, why: str = "is not empty") -> None:
        self.path = path
        super().__init__(f"Target directory '{path}' {why}, can't download (choose an empty or new folder).")


def _json_default(value: object) -> object:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _write_json(path: Path, data: object) -> None:
    text = json.dumps(data, indent=4, ensure_ascii=False, default=_json_default)
    path.write_text(text + "\n", encoding="utf-8")


def _prepare_target(target_dir_path: str | os.PathLike[str]) -> Path:
    target = Path(target_dir_path)
    if target.exists():
        if not target.is_dir():
            raise TargetNotEmptyError(target, "is a file, not a folder")
        if any(target.iterdir()):
            raise TargetNotEmptyError(target)
    else:
        target.mkdir(parents=True)
    return target


def _gate_data(gate: GateLike) -> dict[str, Any]:
    data = dict(gate.data)
    feeder = gate.get_base_feeder()
    if feeder is not None:
        feeder_data = dict(feeder.data)
        child = feeder.get_child()
        if child is not None:
            feeder_data["child_data"] = dict(child.data)
        data["base_feeder"] = feeder_data
    return data


def _analysis_data(analysis: AnalysisLike) -> dict[str, Any]:
    analysis.reload()
    data = dict(analysis.data)
    config = analysis.get_analysis_config()
    if config is not None:
        data["analysisconfig"] = dict(config.data)
    data["inputs"] = [dict(i.data) for i in analysis.list_all_analysis_inputs()]
    data["outputs"] = [dict(o.data) for o in analysis.list_all_analysis_outputs()]
    return data


def download_project(
    project: ProjectLike, target_dir_path: str | os.PathLike[str], *, progress: bool = False
) -> Path:
    """Back a project's configuration up as JSON files in a new (or empty) folder; returns the folder.

    Layout: ``#download.json`` (format name and version, for readers to refuse newer formats);
    ``#project.json``; ``1-gates/<gate>.json`` (base feeder and its child nested);
    ``2-importers/<importer>.json``; ``3-cleaners/<cleaner>/#cleaner.json`` plus one
    ``<unitcleaner name>.json`` each; ``4-analyses/<analysis>.json`` with its config, ``inputs``
    and ``outputs``. Series data points and the gates' FTP files are not downloaded;
    ``ovbp_facade.restore.restore_project`` recreates the pipeline from such a folder.
    """
    target = _prepare_target(target_dir_path)
    logger.info("downloading project '%s' to %s", _name(project), target)
    about = {
        "format": DOWNLOAD_FORMAT,
        "version": DOWNLOAD_FORMAT_VERSION,
        "downloaded_at": dt.datetime.now(dt.UTC),
        "not_included": NOT_DOWNLOADED,
    }
    _write_json(target / DOWNLOAD_FORMAT_FILE, about)
    _write_json(target / "#project.json", dict(project.data))

    gates_dir = target / "1-gates"
    gates_dir.mkdir()
    used: set[str] = set()
    gates = project.list_all_gates()
    for gate in _progress(gates, "gates", progress):
        _write_json(gates_dir / unique_file_name(_name(gate), used, ".json"), _gate_data(gate))
    logger.info("  %d gate(s)", len(gates))

    importers_dir = target / "2-importers"
    importers_dir.mkdir()
    used = set()
    importers = project.list_all_importers()
    for importer in _progress(importers, "importers", progress):
        _write_json(importers_dir / unique_file_name(_name(importer), used, ".json"), dict(importer.data))
    logger.info("  %d importer(s)", len(importers))

    cleaners_dir = target / "3-cleaners"
    cleaners_dir.mkdir()
    used = set()
    cleaners = project.list_all_cleaners()
    unitcleaners_nb = 0
    for cleaner in _progress(cleaners, "cleaners", progress):
        cleaner_dir = cleaners_dir / unique_file_name(_name(cleaner), used)
        cleaner_dir.mkdir()
        _write_json(cleaner_dir / "#cleaner.json", dict(cleaner.data))
        used_in_cleaner = {"#cleaner.json"}
        for uc in cleaner.list_all_unitcleaners():
            _write_json(cleaner_dir / unique_file_name(_name(uc), used_in_cleaner, ".json"), dict(uc.data))
            unitcleaners_nb += 1
    logger.info("  %d cleaner(s), %d unitcleaner(s)", len(cleaners), unitcleaners_nb)

    analyses_dir = target / "4-analyses"
    analyses_dir.mkdir()
    used = set()
    analyses = project.list_all_analyses()
    for analysis in _progress(analyses, "analyses", progress):
        _write_json(analyses_dir / unique_file_name(_name(analysis), used, ".json"), _analysis_data(analysis))
    logger.info("  %d analysis(es)", len(analyses))
    return target


def download_organization(
    organization: OrganizationLike, target_dir_path: str | os.PathLike[str], *, progress: bool = False
) -> Path:
    """`download_project` for every project of the organization, one sub-folder per project."""
    target = _prepare_target(target_dir_path)
    projects = organization.list_all_projects()
    logger.info(
        "downloading %d project(s) of organization '%s' to %s", len(projects), _name(organization), target
    )
    used: set[str] = set()
    for project in _progress(projects, "projects", progress):
        download_project(project, target / unique_file_name(_name(project), used))
    return target


# ----------------------------------------------------------------------------------------------- maintenance


def deactivate_project(project: ProjectLike) -> None:
    """Switch off the gates' base feeders and the importers (cleaners and analyses are left as they are)."""
    logger.info("deactivating project '%s'", _name(project))
    for gate in project.list_all_gates():
        feeder = gate.get_base_feeder()
        if feeder is not None and feeder.data.get("active"):
            gate.deactivate()
            logger.info("  gate '%s' deactivated", _name(gate))
    for importer in project.list_all_importers():
        if importer.data.get("active"):
            importer.deactivate()
            logger.info("  importer '%s' deactivated", _name(importer))


def clear_project(project: ProjectLike) -> list[object]:
    """Clear (erase the imported data of) every importer fed by a gate; returns the clear tasks.

    Importers without a gate have nothing to re-import and are skipped (logged).
    """
    logger.info("clearing project '%s'", _name(project))
    tasks: list[object] = []
    for importer in project.list_all_importers():
        if importer.data.get("gate") is None:
            logger.info("  importer '%s' has no gate, not cleared", _name(importer))
            continue
        tasks.append(importer.clear())
        logger.info("  importer '%s' cleared", _name(importer))
    return tasks


def delete_project(project: ProjectLike) -> None:
    """Delete analyses, importers (with their cleaners), leftover cleaners, gates, then the project."""
    name = _name(project)
    logger.info("deleting project '%s'", name)
    for analysis in project.list_all_analyses():
        analysis.delete()
        logger.info("  analysis '%s' deleted", _name(analysis))
    for importer in project.list_all_importers():
        importer.delete()
        logger.info("  importer '%s' deleted", _name(importer))
    for cleaner in project.list_all_cleaners():  # normally none left: they go with their importer
        cleaner.delete()
        logger.info("  cleaner '%s' deleted", _name(cleaner))
    for gate in project.list_all_gates():
        gate.delete()
        logger.info("  gate '%s' deleted", _name(gate))
    project.delete()
    logger.info("project '%s' deleted", name)


def deactivate_organization(organization: OrganizationLike) -> None:
    """`deactivate_project` for every project of the organization."""
    for project in organization.list_all_projects():
        deactivate_project(project)


def clear_organization(organization: OrganizationLike) -> list[object]:
    """`clear_project` for every project of the organization; returns all clear tasks."""
    tasks: list[object] = []
    for project in organization.list_all_projects():
        tasks.extend(clear_project(project))
    return tasks


def delete_organization(organization: OrganizationLike) -> None:
    """`delete_project` for every project; the organization itself is kept."""
    for project in organization.list_all_projects():
        delete_project(project)
