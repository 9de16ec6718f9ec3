"""Reading a `tools.download_project` folder back, checked whole, before anything is written from it.

A folder that is not a download, a format newer than this module reads (`#download.json`), a broken file
or a record pointing at one the download lacks is refused with every problem named at once
(`DownloadFormatError`). Downloads written before the format file existed are read as version 1.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .download_folder import DOWNLOAD_FORMAT, DOWNLOAD_FORMAT_FILE, DOWNLOAD_FORMAT_VERSION
from .errors import OVBPClientError
from .json_values import JsonObject, JsonValue

__all__ = [
    "CleanerDownload",
    "DownloadFormatError",
    "ProjectDownload",
    "read_download",
]


FOLDERS = ("1-gates", "2-importers", "3-cleaners", "4-analyses")
CLEANER_FILE = "#cleaner.json"
PROJECT_FILE = "#project.json"


class DownloadFormatError(OVBPClientError, ValueError):
    """A folder that restore_project cannot read: not a project download, a newer format, broken files."""


@dataclass(frozen=True)
class CleanerDownload:
    """One cleaner of a download and its unitcleaners (wire dicts as downloaded)."""

    cleaner: JsonObject
    unitcleaners: tuple[JsonObject, ...]


@dataclass(frozen=True)
class ProjectDownload:
    """A `download_project` folder, read and checked whole (wire dicts as downloaded)."""

    path: Path
    version: int
    project: JsonObject
    gates: tuple[JsonObject, ...]
    importers: tuple[JsonObject, ...]
    cleaners: tuple[CleanerDownload, ...]
    analyses: tuple[JsonObject, ...]

    @property
    def unitcleaners_nb(self) -> int:
        return sum(len(c.unitcleaners) for c in self.cleaners)


class _Reader:
    """Loads the files of one download, gathering every problem so that all are told at once."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[str] = []

    def load(self, path: Path, *required: str) -> JsonObject | None:
        rel = path.relative_to(self.folder).as_posix()
        try:
            value: JsonValue = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            self.problems.append(f"{rel} cannot be read ({exc.strerror})")
            return None
        except ValueError as exc:
            self.problems.append(f"{rel} is not valid JSON ({exc})")
            return None
        if not isinstance(value, dict):
            self.problems.append(f"{rel} holds a JSON {type(value).__name__}, not an object")
            return None
        missing = [key for key in required if not isinstance(value.get(key), str) or not value[key]]
        if missing:
            self.problems.append(f"{rel} has no {', '.join(repr(k) for k in missing)} text")
            return None
        return value

    def records(self, folder: str, *required: str) -> tuple[JsonObject, ...]:
        paths = sorted(p for p in (self.folder / folder).iterdir() if p.suffix == ".json" and p.is_file())
        loaded = (self.load(p, *required) for p in paths)
        return tuple(r for r in loaded if r is not None)

    def objects(self, record: JsonObject, key: str, where: str, *required: str) -> list[JsonObject]:
        """The list of objects `record[key]`, each with the `required` texts."""
        value = record.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problems.append(f"{where}: '{key}' is not a list of objects")
            return []
        objects = [v for v in value if isinstance(v, dict)]
        for item in objects:
            missing = [name for name in required if not isinstance(item.get(name), str) or not item[name]]
            if missing:
                self.problems.append(
                    f"{where}: one of its {key} has no {', '.join(repr(m) for m in missing)} text"
                )
        return objects

    def unique(self, records: Iterable[Mapping[str, JsonValue]], key: str, what: str) -> None:
        seen: set[str] = set()
        for record in records:
            value = str(record.get(key))
            if value in seen:
                self.problems.append(f"two {what} have the {key} {value!r}: records are matched by it")
            seen.add(value)


def _check_format(folder: Path) -> int:
    """The download's format version (1 for downloads written before the format file existed)."""
    if not folder.is_dir():
        raise DownloadFormatError(f"'{folder}' is not a folder: give one that `ovbp project download` made")
    if not (folder / PROJECT_FILE).is_file():
        raise DownloadFormatError(
            f"'{folder}' is not a project download (it has no {PROJECT_FILE}): make one with "
            "`ovbp project download` or ovbp_facade.tools.download_project"
        )
    about_path = folder / DOWNLOAD_FORMAT_FILE
    if not about_path.exists():
        return 1
    try:
        about = json.loads(about_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DownloadFormatError(f"'{about_path}' cannot be read as JSON ({exc})") from None
    if not isinstance(about, dict) or about.get("format") != DOWNLOAD_FORMAT:
        raise DownloadFormatError(f"'{folder}' is not a project download ({about_path.name} says otherwise)")
    version = about.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DownloadFormatError(f"'{about_path}': version {version!r} is not a format version (1, 2...)")
    if version > DOWNLOAD_FORMAT_VERSION:
        raise DownloadFormatError(
            f"'{folder}' is a download of format version {version}, newer than this ovbp reads "
            f"(up to {DOWNLOAD_FORMAT_VERSION}): upgrade ovbp (pip install -U ovbp) to restore it"
        )
    return version


def read_download(path: str | os.PathLike[str]) -> ProjectDownload:
    """The download in `path`, checked whole; DownloadFormatError names every problem found."""
    folder = Path(path)
    version = _check_format(folder)
    missing = [name for name in FOLDERS if not (folder / name).is_dir()]
    if missing:
        raise DownloadFormatError(
            f"'{folder}' is not a whole project download: no {', '.join(missing)} folder"
        )
    reader = _Reader(folder)
    project = reader.load(folder / PROJECT_FILE, "name")
    gates = reader.records("1-gates", "id", "name")
    importers = reader.records("2-importers", "id", "name")
    cleaners = []
    for cleaner_dir in sorted(p for p in (folder / "3-cleaners").iterdir() if p.is_dir()):
        cleaner = reader.load(cleaner_dir / CLEANER_FILE, "id", "name", "related_importer")
        loaded = (
            reader.load(p, "external_name", "name")
            for p in sorted(cleaner_dir.glob("*.json"))
            if p.name != CLEANER_FILE
        )
        unitcleaners = tuple(uc for uc in loaded if uc is not None)
        reader.unique(unitcleaners, "external_name", f"unitcleaners of cleaner {cleaner_dir.name!r}")
        if cleaner is not None:
            cleaners.append(CleanerDownload(cleaner, unitcleaners))
    analyses = reader.records("4-analyses", "id", "name")
    for what, records in (("gates", gates), ("importers", importers), ("analyses", analyses)):
        reader.unique(records, "name", what)
    _check_links(reader, gates, importers, cleaners, analyses)
    if reader.problems or project is None:
        raise DownloadFormatError(
            f"'{folder}' cannot be restored, nothing was changed: " + "; ".join(reader.problems)
        )
    return ProjectDownload(folder, version, project, gates, importers, tuple(cleaners), analyses)


def _check_links(
    reader: _Reader,
    gates: tuple[JsonObject, ...],
    importers: tuple[JsonObject, ...],
    cleaners: list[CleanerDownload],
    analyses: tuple[JsonObject, ...],
) -> None:
    """Every id a record points to is a record of the download (the new one is found through it)."""
    gate_ids = {str(g["id"]) for g in gates}
    importer_ids = {str(i["id"]) for i in importers}
    generator_ids = importer_ids | {str(c.cleaner["id"]) for c in cleaners} | {str(a["id"]) for a in analyses}
    for importer in importers:
        gate = importer.get("gate")
        if gate is not None and str(gate) not in gate_ids:
            reader.problems.append(
                f"importer {importer['name']!r} reads gate {gate}, which is not downloaded"
            )
    for cleaner in cleaners:
        if str(cleaner.cleaner["related_importer"]) not in importer_ids:
            reader.problems.append(
                f"cleaner {cleaner.cleaner['name']!r} belongs to importer "
                f"{cleaner.cleaner['related_importer']}, which is not downloaded"
            )
    for analysis in analyses:
        where = f"analysis {analysis['name']!r}"
        config = analysis.get("analysisconfig")
        if config is not None and not isinstance(config, dict):
            reader.problems.append(f"{where}: 'analysisconfig' is not an object")
        inputs = reader.objects(analysis, "inputs", where, "column_name", "input_series_name")
        reader.unique(inputs, "column_name", f"inputs of {where}")
        outputs = reader.objects(analysis, "outputs", where, "name", "resample_rule")
        reader.unique(outputs, "name", f"outputs of {where}")
        for item in inputs:
            if str(item.get("input_series_generator")) not in generator_ids:
                reader.problems.append(
                    f"{where}: input {item.get('column_name')!r} reads generator "
                    f"{item.get('input_series_generator')}, which is not in the download (another project's?)"
                )
