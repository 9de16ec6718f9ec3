"""FTP side: directory entries from the API's list_dir, and ftputil hosts on an account."""

from __future__ import annotations

import ftplib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ftputil

__all__ = ["FtpEntry", "open_ftputil_host"]


@dataclass(frozen=True)
class FtpEntry:
    """One entry of an FTP account directory listing (`type` is "file" or "dir")."""

    name: str
    path: str
    type: str
    size: int | None = None
    mdate: str | None = None

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> FtpEntry:
        size = data.get("size")
        mdate = data.get("mdate")
        return cls(
            name=str(data["name"]),
            path=str(data["path"]),
            type=str(data["type"]),
            size=size if isinstance(size, int) else None,
            mdate=None if mdate is None else str(mdate),
        )


def open_ftputil_host(host: str, port: int, login: str, password: str) -> ftputil.FTPHost:
    """An `ftputil.FTPHost` (usable in `with`) on plain FTP, passive mode, at host:port."""
    import ftputil
    import ftputil.session

    factory = ftputil.session.session_factory(
        base_class=ftplib.FTP, port=port, use_passive_mode=True, encoding="UTF-8"
    )
    return ftputil.FTPHost(host, login, password, session_factory=factory)
