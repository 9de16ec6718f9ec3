"""Finding the newest series export on the user's FTP account and bringing it here, unzipped."""

from __future__ import annotations

import pathlib
from typing import TYPE_CHECKING

from ..errors import ExportError
from ..export_files import EXPORTS_DIR, fetch_export
from ..run_async import offload

if TYPE_CHECKING:
    from ..ftp_client import FtpEntry
    from .records.ftp_accounts import AsyncFtpAccount

__all__ = ["download_newest_export"]


async def download_newest_export(
    account: AsyncFtpAccount, target_dir: pathlib.Path, *, progress: bool = False
) -> pathlib.Path:
    """Download the newest export zip (name sorts last) into `target_dir`, unzip it, return the CSV dir.

    The FTP transfer (ftputil, blocking) runs in a worker thread with AsyncClient."""
    files = [e for e in await _list_all_entries(account, EXPORTS_DIR) if e.type == "file"]
    entries = [e for e in files if e.name.endswith(".zip")] or files
    if not entries:
        raise ExportError(
            f"no export file found in '{EXPORTS_DIR}/' of FTP account {account.login} "
            "although the export task finished"
        )
    newest = max(entries, key=lambda e: e.name)
    host = await account.get_ftputil_client()
    return await offload(fetch_export, host, newest, target_dir, progress)


async def _list_all_entries(account: AsyncFtpAccount, path: str, page: int = 200) -> list[FtpEntry]:
    """Every entry of `path` (the API lists at most `page` per call)."""
    entries: list[FtpEntry] = []
    while True:
        batch = await account.list_dir(path=path, start=len(entries), limit=page)
        entries.extend(batch)
        if len(batch) < page:
            return entries
