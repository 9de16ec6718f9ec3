"""`client.gate_ftp_accounts`: a gate's FTP account, provisioned on the platform's server or pointed at
the customer's own (the collection's behaviour beyond the generated endpoint)."""

from __future__ import annotations

from typing import Unpack

from generated_client.api.gate_ftp_accounts import gate_ftp_accounts_attach_new_oftp_account
from generated_client.models import FtpAccount as FtpAccountModel
from generated_client.typed.async_operations import AsyncGateFtpAccountsOperations
from generated_client.typed.requests import ExternalFtpAccountRequestFields

from .endpoints import AsyncEndpoint
from .records import AsyncGateFtpAccount


class AsyncGateFtpAccountsEndpoint(
    AsyncGateFtpAccountsOperations[AsyncGateFtpAccount], AsyncEndpoint[AsyncGateFtpAccount]
):
    record_cls = AsyncGateFtpAccount

    async def attach_new_oftp_account(self, account_id: str) -> AsyncGateFtpAccount:
        """Provision the platform's internal FTP account behind gate FTP account `account_id`."""
        answer = await self._send(
            gate_ftp_accounts_attach_new_oftp_account.asyncio_detailed, account_id, client=self._api
        )
        return self._record(self._expect(answer, FtpAccountModel))

    async def configure_external(
        self, account_id: str, **fields: Unpack[ExternalFtpAccountRequestFields]
    ) -> AsyncGateFtpAccount:
        """Point gate FTP account `account_id` at the customer's own server (PATCH with `custom_*`)."""
        return self._record(await self._send_update(account_id, fields))
