"""FTP account records (user and gate accounts): password, API directory listing, ftputil client."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generated_client.api.gate_ftp_accounts import gate_ftp_accounts_list_dir, gate_ftp_accounts_password
from generated_client.api.user_ftp_accounts import user_ftp_accounts_list_dir, user_ftp_accounts_password
from generated_client.models import DirListing, FtpPassword, ListDirRequest
from generated_client.typed.views import FtpAccountFields

from ...errors import FtpAccountNotConfiguredError, FtpProtocolError
from ...ftp_client import FtpEntry, open_ftputil_host
from ...run_async import offload
from .base import AsyncRecord

if TYPE_CHECKING:
    import ftputil

__all__ = ["AsyncFtpAccount", "AsyncGateFtpAccount"]


class AsyncFtpAccount(FtpAccountFields, AsyncRecord):
    """A user's FTP account (odata/user_ftp_accounts), where series exports land."""

    def _label(self) -> object:
        return self.login

    async def _send_password(self) -> object:
        return await self.endpoint._send(
            user_ftp_accounts_password.asyncio_detailed, self.id, client=self.endpoint._api
        )

    async def _send_list_dir(self, body: ListDirRequest, start: int, limit: int) -> object:
        return await self.endpoint._send(
            user_ftp_accounts_list_dir.asyncio_detailed,
            self.id,
            client=self.endpoint._api,
            body=body,
            start=start,
            length=limit,
        )

    async def get_password(self) -> str:
        """The account's FTP password (asked to the platform each time; never stored on the record)."""
        return self.endpoint._expect(await self._send_password(), FtpPassword).password

    async def list_dir(
        self, path: str = "/", root_dir_path: str = "/", start: int = 0, limit: int = 200
    ) -> list[FtpEntry]:
        """Entries of `path` (relative to `root_dir_path`) as the platform lists them."""
        body = ListDirRequest(path=path, root_dir_path=root_dir_path)
        listing = self.endpoint._expect(await self._send_list_dir(body, start, limit), DirListing)
        return [FtpEntry.from_wire(entry.to_dict()) for entry in listing.data]

    async def get_ftputil_client(self) -> ftputil.FTPHost:
        """An `ftputil.FTPHost` logged in to this account, usable in a `with` block.

        ftputil is synchronous: with AsyncClient the connection is opened in a worker thread, and the
        host's own methods block (call them through `asyncio.to_thread`)."""
        if not self.host:  # the platform sends "" until an account is attached or configured
            raise FtpAccountNotConfiguredError(
                f"FTP account {self.id} is not configured yet (no host): attach the platform's internal "
                "account (gate.attach_internal_ftp_account()) or point it at your own server "
                "(gate.configure_external_ftp_account(...))"
            )
        if self.protocol not in (None, "", "ftp"):
            raise FtpProtocolError(
                f"FTP account {self.id} uses {self.protocol}, which ftputil cannot open (it speaks ftp); "
                f"use a {self.protocol} client for {self.host}"
            )
        password = await self.get_password()
        return await offload(open_ftputil_host, self.host, self.port or 21, self.login or "", password)


class AsyncGateFtpAccount(AsyncFtpAccount):
    """A gate's FTP account (odata/gate_ftp_accounts), where the gate's files are uploaded."""

    async def attach_new_oftp_account(self) -> None:
        """Provision an internal FTP account for the gate; the record becomes the configured account."""
        account = await self.client.gate_ftp_accounts.attach_new_oftp_account(self.id)
        self._set_model(account._model)

    async def _send_password(self) -> object:
        return await self.endpoint._send(
            gate_ftp_accounts_password.asyncio_detailed, self.id, client=self.endpoint._api
        )

    async def _send_list_dir(self, body: ListDirRequest, start: int, limit: int) -> object:
        return await self.endpoint._send(
            gate_ftp_accounts_list_dir.asyncio_detailed,
            self.id,
            client=self.endpoint._api,
            body=body,
            start=start,
            length=limit,
        )
