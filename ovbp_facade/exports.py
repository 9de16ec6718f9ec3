"""Series exports: argument checks, fetching the newest zip from the user's FTP, parsing its CSVs."""

from __future__ import annotations

import logging
import os
import pathlib
import shutil
import tempfile
import zipfile
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from .ftp import FtpEntry
    from .records.ftp import FtpAccount

__all__ = ["EXPORTS_DIR", "check_export_arguments", "download_newest_export", "parse_export_dir"]

logger = logging.getLogger("ovbp_facade")

EXPORTS_DIR = "series_exports"


def check_export_arguments(
    download_dir_path: str | os.PathLike[str] | None,
    return_frame: bool,
    time_grouper: str | None,
    with_tags: bool,
) -> None:
    """The old client's checks, made before any request."""
    if not return_frame and download_dir_path is None:
        raise ValueError(
            "download_dir_path must be given when return_frame is False "
            "(the files would go to a temporary directory that is erased)"
        )
    if time_grouper is not None and return_frame:
        raise ValueError("can't return a frame with a time grouper; use return_frame=False")
    if with_tags and return_frame:
        raise ValueError("can't return a frame with tags; use return_frame=False")
    if download_dir_path is not None and not os.path.isdir(download_dir_path):
        what = "is not a directory" if os.path.exists(download_dir_path) else "does not exist"
        raise NotADirectoryError(f"download_dir_path '{download_dir_path}' {what}")


def download_newest_export(
    account: FtpAccount, target_dir: pathlib.Path, *, progress: bool = False
) -> pathlib.Path:
    """Download the newest export zip (name sorts last) into `target_dir`, unzip it, return the CSV dir."""
    files = [e for e in _list_all_entries(account, EXPORTS_DIR) if e.type == "file"]
    entries = [e for e in files if e.name.endswith(".zip")] or files
    if not entries:
        raise RuntimeError(
            f"no export file found in '{EXPORTS_DIR}/' of FTP account {account.login} "
            "although the export task finished"
        )
    newest = max(entries, key=lambda e: e.name)
    zip_path = target_dir / newest.name
    logger.info("downloading export %s", newest.name)
    with account.get_ftputil_client() as host:
        remote = newest.path if host.path.isfile(newest.path) else f"{EXPORTS_DIR}/{newest.name}"
        if progress:
            from tqdm import tqdm

            size = host.path.getsize(remote)
            with tqdm(total=size, desc=f"download {newest.name}", unit="B", unit_scale=True) as bar:
                host.download(remote, str(zip_path), callback=lambda chunk: bar.update(len(chunk)))
        else:
            host.download(remote, str(zip_path))
    extract_dir = target_dir / zip_path.stem
    if extract_dir.exists():
        shutil.rmtree(extract_dir)
    with zipfile.ZipFile(zip_path) as archive:
        for member in archive.namelist():
            resolved = (extract_dir / member).resolve()
            if not resolved.is_relative_to(extract_dir.resolve()):
                raise RuntimeError(f"export zip {newest.name} has an unsafe member path {member!r}")
        archive.extractall(extract_dir)
    zip_path.unlink()
    logger.info("export %s extracted to %s", newest.name, extract_dir)
    return extract_dir


def _list_all_entries(account: FtpAccount, path: str, page: int = 200) -> list[FtpEntry]:
    """Every entry of `path` (the API lists at most `page` per call)."""
    entries: list[FtpEntry] = []
    while True:
        batch = account.list_dir(path=path, start=len(entries), limit=page)
        entries.extend(batch)
        if len(batch) < page:
            return entries


def _read_csv(path: pathlib.Path, sep: str, decimal: str) -> pd.DataFrame:
    frame = pd.read_csv(path, sep=sep, decimal=decimal, index_col=0, parse_dates=True, dtype=float)
    frame.index.name = None
    return frame


def parse_export_dir(
    directory: pathlib.Path, out_mode: str, sep: str, decimal: str
) -> list[pd.Series[float]] | pd.DataFrame | list[pd.DataFrame]:
    """CSV files of an extracted export: a list of named Series (series mode) or one DataFrame."""
    names = sorted(os.listdir(directory))
    if not names:
        raise RuntimeError(f"export {directory.name} holds no data")
    not_csv = [n for n in names if not n.endswith(".csv")]
    if not_csv:
        raise RuntimeError(f"export {directory.name} holds files that are not .csv: {', '.join(not_csv)}")
    if out_mode == "dataframe":
        if len(names) != 1:
            raise RuntimeError(f"dataframe export {directory.name} should hold one CSV, found {len(names)}")
        return _read_csv(directory / names[0], sep, decimal)
    frames = [_read_csv(directory / n, sep, decimal) for n in names]
    if out_mode == "series":
        result: list[pd.Series[float]] = []
        for name, frame in zip(names, frames, strict=True):
            se = frame.iloc[:, 0] if frame.shape[1] else pd.Series(dtype=float, index=frame.index)
            se.name = name[: -len(".csv")]
            result.append(se)
        return result
    return frames


def temporary_dir() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="ovbp-export-")
