"""Which of a gate's files an import reads: known file by file, whatever the clocks, names or FTP client.

Each importer keeps a ledger of the files it imported (internal field `_imported`): path -> size,
modification time and status-change time (ns), SHA-256 of the content, and the first and last instants
the file held. A file is read when it is new, or when it changed since: its size or times differ (the
status-change time moves on every write, even when a client sets the modification time back) and so
does its digest (a client that only touched the time changes nothing). A time set by the client
(`MFMT`, `lftp mirror -R`, `ncftpput`), a name sorting before the last one, two files in one second:
none can hide a file.

Never read: uploads the sandbox's FTP server is still receiving or received incompletely (kept in
the Store by the FTP server; an upload cut off waits until it is completed or replaced), and
temporary names (`TEMPORARY` below). Order: oldest modification time first, then path.
`last_imported_path` / `latest_imported_mdate` stay the last imported file and its time, as answered.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import pathlib
from dataclasses import dataclass
from typing import Any

__all__ = [
    "LEDGER",
    "TEMPORARY_PREFIXES",
    "TEMPORARY_SUFFIXES",
    "Candidate",
    "entry_for",
    "is_temporary",
    "ledger_of",
    "ledger_up_to",
    "read_entry",
    "readable",
    "scan",
]

LEDGER = "_imported"  # internal field of an importer record
TEMPORARY_PREFIXES = (".", "~")
TEMPORARY_SUFFIXES = (".tmp", ".temp", ".part", ".partial", ".filepart", ".crdownload", ".swp", "~")


def is_temporary(name: str) -> bool:
    """A name loggers and tools give a file while writing it (`x.csv.tmp`, `.x.csv.part`, `~x.csv`)."""
    lowered = name.lower()
    return lowered.startswith(TEMPORARY_PREFIXES) or lowered.endswith(TEMPORARY_SUFFIXES)


def _digest(path: pathlib.Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


@dataclass(frozen=True)
class Candidate:
    """A file of the import root: its path relative to it, modification time, and why it is read."""

    rel_path: str
    path: pathlib.Path
    mtime: dt.datetime  # to the second, as `latest_imported_mdate` is answered
    stat: os.stat_result  # when the run looked at it
    reason: str  # "new", "changed", "re-run" (the last file, re_run_last_file), "again" (see readable)

    @property
    def key(self) -> tuple[dt.datetime, str]:
        return self.mtime, self.rel_path


_File = tuple[tuple[dt.datetime, str], pathlib.Path, os.stat_result]


def _files(base: pathlib.Path, busy: set[str]) -> list[_File]:
    """(import order key, path, stat) of each file that may be read, in the import order."""
    found: list[_File] = []
    if not base.is_dir():
        return found
    for path in base.rglob("*"):
        rel = path.relative_to(base)
        if any(is_temporary(part) for part in rel.parts) or not path.is_file():
            continue
        if str(path.resolve()) in busy:
            continue
        info = path.stat()
        mtime = dt.datetime.fromtimestamp(info.st_mtime, dt.UTC).replace(microsecond=0)
        found.append(((mtime, rel.as_posix()), path, info))
    return sorted(found, key=lambda file: file[0])


def _entry(
    info: os.stat_result, size: int, sha256: str, first: int | None, last: int | None
) -> dict[str, Any]:
    return {
        "size": size,
        "mtime_ns": info.st_mtime_ns,
        "ctime_ns": info.st_ctime_ns,
        "sha256": sha256,
        "first": first,
        "last": last,
    }


def entry_for(path: pathlib.Path) -> dict[str, Any]:
    """A ledger entry of a file as it is now (instants held unknown)."""
    info = path.stat()
    return _entry(info, info.st_size, _digest(path), None, None)


def read_entry(candidate: Candidate, content: bytes, first: int | None, last: int | None) -> dict[str, Any]:
    """The ledger entry of a file as read: the digest of the bytes read (not of the file now), and the
    first and last instants (epoch ms) its parse gave."""
    stat = candidate.stat
    return _entry(stat, len(content), hashlib.sha256(content).hexdigest(), first, last)


def ledger_of(importer: dict[str, Any], base: pathlib.Path) -> dict[str, dict[str, Any]]:
    """The importer's ledger; an importer imported before ledgers (a high-water mark only) gets one
    holding the files up to its mark, as it then counted them imported."""
    ledger = importer.get(LEDGER)
    if isinstance(ledger, dict):
        return dict(ledger)
    mark = importer.get("latest_imported_mdate")
    if not mark:
        return {}
    moment = dt.datetime.fromisoformat(str(mark)).replace(microsecond=0)
    return ledger_up_to(base, (moment, str(importer.get("last_imported_path") or "")))


def ledger_up_to(base: pathlib.Path, position: tuple[dt.datetime, str]) -> dict[str, dict[str, Any]]:
    """A ledger counting every file up to `position` (in the import order) as imported."""
    return {key[1]: entry_for(path) for key, path, _ in _files(base, set()) if key <= position}


def readable(base: pathlib.Path, busy: set[str]) -> list[Candidate]:
    """Every file a run may read, in the import order, whatever the ledger says (reason "again")."""
    return [Candidate(key[1], path, key[0], info, "again") for key, path, info in _files(base, busy)]


def scan(
    importer: dict[str, Any], base: pathlib.Path, busy: set[str]
) -> tuple[list[Candidate], dict[str, dict[str, Any]]]:
    """The files to read now, in order, and the ledger with unchanged files' times refreshed.

    `max_ante_scanned_files_nb` (N > 0) limits how many of the files before the last imported one (in
    the import order) are looked at again for being new or changed: the N nearest it; 0 looks at all.
    With `re_run_last_file`, the last imported file is read again even when unchanged (a logger that
    appends to one file)."""
    ledger = ledger_of(importer, base)
    files = _files(base, busy)
    last_path = str(importer.get("last_imported_path") or "")
    position = next((i for i, (key, _, _) in enumerate(files) if key[1] == last_path), None)
    ante = int(importer.get("max_ante_scanned_files_nb") or 0)
    skipped_before = max(0, position - ante) if (position is not None and ante > 0) else 0
    chosen: list[Candidate] = []
    for index, (key, path, info) in enumerate(files):
        if index < skipped_before:
            continue
        known = ledger.get(key[1])
        reason = ""
        if known is None:
            reason = "new"
        elif (known.get("size"), known.get("mtime_ns"), known.get("ctime_ns")) != (
            info.st_size,
            info.st_mtime_ns,
            info.st_ctime_ns,
        ):
            if known.get("sha256") != _digest(path):
                reason = "changed"
            else:  # touched, same content: nothing to read
                stat = {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "ctime_ns": info.st_ctime_ns}
                ledger[key[1]] = {**known, **stat}
        if not reason and importer.get("re_run_last_file") and key[1] == last_path:
            reason = "re-run"
        if reason:
            chosen.append(Candidate(key[1], path, key[0], info, reason))
    return chosen, ledger
