"""Where generators' files are: gates' and users' FTP homes, and the import position on one file.

Reads only: what a run writes goes through the backend (`ovbp_sandbox/backend/generator_records.py`).
"""

from __future__ import annotations

import datetime as dt
import pathlib
from typing import Any

from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.engine import pickup
from ovbp_sandbox.errors import InvalidOptions


def _gate_account_id(store: Store, gate_id: str | None) -> str | None:
    gate = store.get(r.GATES, gate_id) if gate_id else None
    account = gate.get("ftp_account") if gate else None
    return account if isinstance(account, str) else None


def gate_account(store: Store, gate_id: str | None) -> dict[str, Any] | None:
    """The gate's FTP account record, or None."""
    account_id = _gate_account_id(store, gate_id)
    return None if account_id is None else store.get(r.GATE_FTP_ACCOUNTS, account_id)


def gate_home(store: Store, ftp_root: pathlib.Path, gate_id: str | None) -> pathlib.Path | None:
    """The gate FTP account's home directory, or None when the gate has no account."""
    account_id = _gate_account_id(store, gate_id)
    return None if account_id is None else ftp_root / "gates" / account_id


MDATE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"  # `latest_imported_mdate` as the platform answers it (the guide)
POSITION_SET = "_position_set"  # internal: the import position was set by hand; the next reset keeps it
MISSING_RUNS = "_runs_without_files"  # internal: runs in a row that found no new or changed file


def file_key(path: pathlib.Path, base: pathlib.Path) -> tuple[dt.datetime, str]:
    """(mtime to the second, as `latest_imported_mdate` is answered; path relative to the import root)."""
    mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(microsecond=0)
    return mtime, path.relative_to(base).as_posix()


def import_position(
    store: Store, ftp_root: pathlib.Path, importer: dict[str, Any], rel_path: str | None
) -> dict[str, Any]:
    """The changes that put an importer's import position on file ``rel_path`` (None: before every file)."""
    if rel_path is None:
        return {
            "last_imported_path": None,
            "latest_imported_mdate": None,
            POSITION_SET: True,
            pickup.LEDGER: {},
        }
    home = gate_home(store, ftp_root, importer.get("gate"))
    base = (home / str(importer.get("root_dir_path") or "/").lstrip("/")).resolve() if home else None
    target = (base / rel_path.lstrip("/")).resolve() if base else None
    if base is None or target is None or base not in target.parents or not target.is_file():
        raise InvalidOptions(
            {"last_imported_path": [f"{rel_path!r} is not a file under the importer's root_dir_path."]}
        )
    mtime, path = file_key(target, base)
    return {
        "last_imported_path": path,
        "latest_imported_mdate": mtime.strftime(MDATE_FORMAT),
        POSITION_SET: True,
        # the files up to it count as imported, those after it do not (in the import order)
        pickup.LEDGER: pickup.ledger_up_to(base, (mtime, path)),
    }


def user_home(store: Store, ftp_root: pathlib.Path, user_id: str) -> pathlib.Path:
    """The user's personal FTP home (oteams user -> odata user -> FTP account)."""
    user = store.get(r.USERS, user_id)
    if user is None:
        raise LookupError(f"user {user_id!r} does not exist")
    odata_id = user.get("odata")
    odata_user = store.get(r.ODATA_USERS, odata_id) if isinstance(odata_id, str) else None
    account = odata_user.get("ftp_account") if odata_user else None
    if not isinstance(account, str):
        raise LookupError(f"user {user_id!r} has no FTP account")
    return ftp_root / "users" / account
