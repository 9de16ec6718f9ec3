"""FTP accounts on disk: each account's home directory, its login and password, and list_dir.

Homes: ``ftp_root/gates/<gate ftp account id>/`` and ``ftp_root/users/<user ftp account id>/``;
the FTP server (ftp_server.py) confines each login to its home, list_dir reads the same directories.
"""

from __future__ import annotations

import datetime as dt
import secrets
import shutil
import sqlite3
import string
from pathlib import Path, PurePosixPath
from typing import Any

from ovbp_sandbox.backend.registry import GATE_FTP_ACCOUNTS
from ovbp_sandbox.backend.store import WIRE_DATETIME_FORMAT, Store
from ovbp_sandbox.errors import ApiError

FTP_HOST = "127.0.0.1"
_ALPHABET = string.ascii_letters + string.digits


def home_of(ftp_root: Path, collection: str, account_id: str) -> Path:
    kind = "gates" if collection == GATE_FTP_ACCOUNTS else "users"
    return ftp_root / kind / account_id


def new_password() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(20))


def attach(
    store: Store,
    ftp_root: Path,
    collection: str,
    account_id: str,
    *,
    port: int,
    conn: sqlite3.Connection | None = None,
) -> dict[str, Any]:
    """Give an account a fresh login and password on the sandbox's FTP server; returns the record."""
    kind = "gate" if collection == GATE_FTP_ACCOUNTS else "user"
    while True:
        login = f"{kind}-{secrets.token_hex(5)}"
        if store.ftp_login(login) is None:
            break
    home = home_of(ftp_root, collection, account_id)
    home.mkdir(parents=True, exist_ok=True)
    store.set_ftp_login(
        account_id, collection=collection, login=login, password=new_password(), home=str(home), conn=conn
    )
    return store.update(
        collection, account_id, {"protocol": "ftp", "host": FTP_HOST, "port": port, "login": login}, conn=conn
    )


def remove_home(ftp_root: Path, collection: str, account_id: str) -> None:
    home = home_of(ftp_root, collection, account_id)
    if home.is_dir():
        shutil.rmtree(home, ignore_errors=True)


def list_dir(home: Path, path: str, root_dir_path: str) -> list[dict[str, Any]]:
    """Entries of ``root_dir_path/path`` inside ``home`` (400 when it would leave the home)."""
    relative = PurePosixPath("/", root_dir_path.lstrip("/") or ".", path.lstrip("/") or ".")
    home_resolved = home.resolve()
    target = (home_resolved / str(relative).lstrip("/")).resolve()
    if target != home_resolved and home_resolved not in target.parents:
        raise ApiError(400, {"path": [f"{path!r} (from {root_dir_path!r}) leaves the account's home."]})
    if not target.is_dir():
        raise ApiError(404, f"No such directory: {path!r} (from {root_dir_path!r}).")
    entries = []
    for child in sorted(target.iterdir(), key=lambda p: p.name):
        try:
            info = child.stat()
        except OSError:
            continue
        is_dir = child.is_dir()
        entries.append(
            {
                "name": child.name,
                "path": child.relative_to(home_resolved).as_posix(),
                "type": "dir" if is_dir else "file",
                "size": None if is_dir else info.st_size,
                "mdate": dt.datetime.fromtimestamp(info.st_mtime, dt.UTC).strftime(WIRE_DATETIME_FORMAT),
            }
        )
    return entries
