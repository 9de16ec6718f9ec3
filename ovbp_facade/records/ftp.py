"""FTP account records (user and gate accounts): password, API directory listing, ftputil client."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..ftp import FtpEntry, open_ftputil_host
from .base import Field, Record

if TYPE_CHECKING:
    import ftputil

__all__ = ["FtpAccount", "GateFtpAccount"]


class FtpAccount(Record):
    """An FTP account (odata/user_ftp_accounts); gate accounts share its behaviour."""

    protocol: Field[str] = Field()
    host: Field[str | None] = Field()
    port: Field[int | None] = Field()
    login: Field[str | None] = Field()

    def _label(self) -> object:
        return self.data.get("login")

    def get_password(self) -> str:
        """The account's FTP password (asked to the platform each time; never stored on the record)."""
        parsed = self.endpoint._call("password", self.id)
        return str(parsed.password)

    def list_dir(
        self, path: str = "/", root_dir_path: str = "/", start: int = 0, limit: int = 200
    ) -> list[FtpEntry]:
        """Entries of `path` (relative to `root_dir_path`) as the platform lists them."""
        body = self.endpoint._body(
            "list_dir", "ListDirRequest", {"path": path, "root_dir_path": root_dir_path}
        )
        parsed = self.endpoint._call("list_dir", self.id, body=body, start=start, length=limit)
        listing: dict[str, Any] = parsed.to_dict()
        return [FtpEntry.from_wire(entry) for entry in listing.get("data", [])]

    def get_ftputil_client(self) -> ftputil.FTPHost:
        """An `ftputil.FTPHost` logged in to this account, usable in a `with` block."""
        if self.protocol == "sftp":
            raise TypeError("ftputil does not manage sftp protocol; use an sftp client for this account")
        if not self.host:
            raise ValueError(
                f"ftp account {self.id} is not configured (no host); attach an FTP account first"
            )
        return open_ftputil_host(self.host, self.port or 21, self.login or "", self.get_password())


class GateFtpAccount(FtpAccount):
    """A gate's FTP account (odata/gate_ftp_accounts), where the gate's files are uploaded."""

    def attach_new_oftp_account(self) -> None:
        """Provision an internal FTP account for the gate; `data` becomes the configured account."""
        self.data = self.endpoint.data_to_record(
            _to_data(self.endpoint._call("attach_new_oftp_account", self.id))
        ).data


def _to_data(parsed: Any) -> dict[str, Any]:
    from ..endpoints import model_to_data

    return model_to_data(parsed)
