"""Series exports: argument checks, downloading and unzipping an export from FTP, parsing its CSVs."""

from __future__ import annotations

import logging
import os
import pathlib
import shutil
import tempfile
import zipfile
from typing import TYPE_CHECKING

import pandas as pd

from .errors import ExportError

if TYPE_CHECKING:
    import ftputil

    from .ftp_client import FtpEntry

__all__ = ["EXPORTS_DIR", "check_export_arguments", "fetch_export", "parse_export_dir", "temporary_dir"]

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


def fetch_export(
    host: ftputil.FTPHost, export: FtpEntry, target_dir: pathlib.Path, progress: bool
) -> pathlib.Path:
    """Download export zip `export` through `host` (closed after) into `target_dir`, unzip it; the CSV folder.

    Blocking (ftputil): the async client runs it in a worker thread."""
    zip_path = target_dir / export.name
    logger.info("downloading export %s", export.name)
    with host:
        remote = export.path if host.path.isfile(export.path) else f"{EXPORTS_DIR}/{export.name}"
        if progress:
            from tqdm.auto import tqdm

            size = host.path.getsize(remote)
            with tqdm(total=size, desc=f"download {export.name}", unit="B", unit_scale=True) as bar:
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
                raise ExportError(f"export zip {export.name} has an unsafe member path {member!r}")
        archive.extractall(extract_dir)
    zip_path.unlink()
    logger.info("export %s extracted to %s", export.name, extract_dir)
    return extract_dir


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
        raise ExportError(f"export {directory.name} holds no data")
    not_csv = [n for n in names if not n.endswith(".csv")]
    if not_csv:
        raise ExportError(f"export {directory.name} holds files that are not .csv: {', '.join(not_csv)}")
    if out_mode == "dataframe":
        if len(names) != 1:
            raise ExportError(f"dataframe export {directory.name} should hold one CSV, found {len(names)}")
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
