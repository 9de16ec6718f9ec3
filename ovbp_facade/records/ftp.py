"""FTP account records (user and gate accounts): password, API directory listing, ftputil client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generated_client.api.gate_ftp_accounts import gate_ftp_accounts_list_dir, gate_ftp_accounts_password
from generated_client.api.user_ftp_accounts import user_ftp_accounts_list_dir, user_ftp_accounts_password
from generated_client.models import DirListing, FtpPassword, ListDirRequest
from generated_client.typed.records import FtpAccountFields

from ..ftp import FtpEntry, open_ftputil_host
from .base import Record

if TYPE_CHECKING:
    import ftputil

__all__ = ["FtpAccount", "GateFtpAccount"]


class FtpAccount(FtpAccountFields, Record):
    """A user's FTP account (odata/user_ftp_accounts), where series exports land."""

    def _label(self) -> object:
        return self.login

    def _send_password(self) -> object:
        return self.endpoint._send(
            user_ftp_accounts_password.sync_detailed, self.id, client=self.endpoint._api
        )

    def _send_list_dir(self, body: ListDirRequest, start: int, limit: int) -> object:
        return self.endpoint._send(
            user_ftp_accounts_list_dir.sync_detailed,
            self.id,
            client=self.endpoint._api,
            body=body,
            start=start,
            length=limit,
        )

    def get_password(self) -> str:
        """The account's FTP password (asked to the platform each time; never stored on the record)."""
        return self.endpoint._expect(self._send_password(), FtpPassword).password

    def list_dir(
        self, path: str = "/", root_dir_path: str = "/", start: int = 0, limit: int = 200
    ) -> list[FtpEntry]:
        """Entries of `path` (relative to `root_dir_path`) as the platform lists them."""
        body = ListDirRequest(path=path, root_dir_path=root_dir_path)
        listing = self.endpoint._expect(self._send_list_dir(body, start, limit), DirListing)
        return [FtpEntry.from_wire(entry.to_dict()) for entry in listing.data]

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
        """Provision an internal FTP account for the gate; the record becomes the configured account."""
        self._set_model(self.client.gate_ftp_accounts.attach_new_oftp_account(self.id)._model)

    def _send_password(self) -> object:
        return self.endpoint._send(
            gate_ftp_accounts_password.sync_detailed, self.id, client=self.endpoint._api
        )

    def _send_list_dir(self, body: ListDirRequest, start: int, limit: int) -> object:
        return self.endpoint._send(
            gate_ftp_accounts_list_dir.sync_detailed,
            self.id,
            client=self.endpoint._api,
            body=body,
            start=start,
            length=limit,
        )
