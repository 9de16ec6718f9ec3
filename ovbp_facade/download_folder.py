"""A project download on disk: file names valid everywhere, the format file, JSON as written.

Shared by both clients' `download_project` (which fetch the records) and by `read_download`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
import uuid
from pathlib import Path

from .errors import OVBPClientError
from .wire import format_wire_datetime

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DOWNLOAD_FORMAT",
    "DOWNLOAD_FORMAT_FILE",
    "DOWNLOAD_FORMAT_VERSION",
    "NOT_DOWNLOADED",
    "TargetNotEmptyError",
    "prepare_target",
    "safe_file_name",
    "unique_file_name",
    "write_json",
]


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

# What a project download says about itself, so that a reader (restore_project) can refuse a format
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
        return format_wire_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def write_json(path: Path, data: object) -> None:
    text = json.dumps(data, indent=4, ensure_ascii=False, default=_json_default)
    path.write_text(text + "\n", encoding="utf-8")


def prepare_target(target_dir_path: str | os.PathLike[str]) -> Path:
    target = Path(target_dir_path)
    if target.exists():
        if not target.is_dir():
            raise TargetNotEmptyError(target, "is a file, not a folder")
        if any(target.iterdir()):
            raise TargetNotEmptyError(target)
    else:
        target.mkdir(parents=True)
    return target
