"""External gates: a gate FTP account pointed at the customer's own server.

The platform's gates can read files from the customer's server instead of the platform's own FTP
(`PATCH gate_ftp_accounts/{id}/` with `custom_host`, `custom_port`, `custom_protocol`, `custom_login`,
`password`; openergy/ovbpclient 85e927a `openergy/dev/project_configuration/gates.py`). The sandbox
reaches `ftp` servers (ftplib); `sftp` and `ftps` are refused, naming them. Before an import, the
server's files are copied into the account's home, each with the server's modification time, so that
the engine reads an external gate as it reads an internal one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ftplib
import os
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from ovbp_sandbox.errors import bad_request

__all__ = ["EXTERNAL", "PROTOCOLS", "REACHABLE", "MirrorError", "external_fields", "mirror"]

EXTERNAL = "_external"  # internal key of an account record: the external server's login and password
PROTOCOLS = ("ftp", "sftp", "ftps")
REACHABLE = ("ftp",)
DEFAULT_PORTS = {"ftp": 21, "ftps": 21, "sftp": 22}
TIMEOUT_S = 30.0


class MirrorError(Exception):
    """The external server could not be read (the message says which server and why)."""


def external_fields(body: dict[str, Any]) -> dict[str, Any]:
    """The account's stored fields for a configuration request, or 400 naming what cannot be used."""
    protocol = str(body.get("custom_protocol") or "")
    if protocol not in PROTOCOLS:
        raise bad_request(
            {"custom_protocol": [f"{protocol!r} is not a protocol; allowed: {', '.join(PROTOCOLS)}."]}
        )
    if protocol not in REACHABLE:
        raise bad_request(
            {
                "custom_protocol": [
                    f"The sandbox cannot reach {protocol} servers; it reads external gates over "
                    f"{', '.join(REACHABLE)} only."
                ]
            }
        )
    port = body.get("custom_port") or DEFAULT_PORTS[protocol]
    return {
        "protocol": protocol,
        "host": str(body["custom_host"]),
        "port": int(port),
        "login": str(body["custom_login"]),
        EXTERNAL: {"password": str(body.get("password") or "")},
    }


@contextlib.contextmanager
def _connected(account: dict[str, Any]) -> Iterator[ftplib.FTP]:
    where = f"{account.get('host')}:{account.get('port')}"
    try:
        ftp = ftplib.FTP(timeout=TIMEOUT_S)
        ftp.connect(str(account["host"]), int(account["port"]))
        ftp.login(str(account["login"]), str(account[EXTERNAL]["password"]))
    except (OSError, ftplib.Error) as exc:
        raise MirrorError(f"cannot log in to the gate's FTP server {where}: {exc}") from exc
    try:
        yield ftp
    except (OSError, ftplib.Error) as exc:
        raise MirrorError(f"reading the gate's FTP server {where} failed: {exc}") from exc
    finally:
        with contextlib.suppress(OSError, ftplib.Error):
            ftp.quit()


def _remote_files(ftp: ftplib.FTP, folder: PurePosixPath) -> Iterator[tuple[PurePosixPath, int, float]]:
    """(path, size, modification time) of every file under `folder`, from MLSD."""
    for name, facts in ftp.mlsd(str(folder), facts=["type", "size", "modify"]):
        kind = facts.get("type", "")
        if name in (".", "..") or kind in ("cdir", "pdir"):
            continue
        path = folder / name
        if kind == "dir":
            yield from _remote_files(ftp, path)
        elif kind == "file":
            modified = dt.datetime.strptime(facts["modify"][:14], "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
            yield path, int(facts.get("size", -1)), modified.timestamp()


def mirror(account: dict[str, Any], home: Path) -> None:
    """Make `home` hold the external server's files: new or changed ones downloaded (to a hidden
    temporary name first, then renamed, with the server's modification time), vanished ones removed."""
    home.mkdir(parents=True, exist_ok=True)
    with _connected(account) as ftp:
        remote = {
            path.relative_to("/").as_posix(): (size, mtime)
            for path, size, mtime in _remote_files(ftp, PurePosixPath("/"))
        }
        for rel, (size, mtime) in sorted(remote.items()):
            local = home / rel
            if local.is_file():
                info = local.stat()
                if info.st_size == size and int(info.st_mtime) == int(mtime):
                    continue
            local.parent.mkdir(parents=True, exist_ok=True)
            partial = local.with_name(f".{local.name}.part")
            with partial.open("wb") as out:
                ftp.retrbinary(f"RETR /{rel}", out.write)
            os.utime(partial, (mtime, mtime))
            partial.replace(local)
    for path in sorted(home.rglob("*"), reverse=True):
        rel = path.relative_to(home).as_posix()
        if path.is_file() and rel not in remote:
            path.unlink()
