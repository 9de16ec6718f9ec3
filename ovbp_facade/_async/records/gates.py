"""Gates (where files arrive), their FTP account and their optional base feeder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generated_client.api.base_feeders import base_feeders_feed, base_feeders_set_active
from generated_client.models import ActiveState, ActiveValue
from generated_client.models import BaseFeeder as BaseFeederModel
from generated_client.models import FtpAccount as FtpAccountModel
from generated_client.models import Task as TaskModel
from generated_client.typed.async_operations import (
    AsyncBaseFeederUpdate,
    AsyncGateUpdate,
    AsyncGenericBasicFeederUpdate,
    AsyncStaticWebserviceFeederUpdate,
)
from generated_client.typed.requests import BaseFeederRequestFields
from generated_client.typed.support import ref_id
from generated_client.typed.views import (
    BaseFeederFields,
    GateFields,
    GenericBasicFeederFields,
    StaticWebserviceFeederFields,
)
from generated_client.types import Unset

from ...errors import RecordStateError
from .base import AsyncRecord
from .mixins import AsyncActiveMixin

if TYPE_CHECKING:
    import ftputil

    from .ftp_accounts import AsyncGateFtpAccount
    from .tasks import AsyncTask

__all__ = ["AsyncBaseFeeder", "AsyncGate", "AsyncGenericBasicFeeder", "AsyncStaticWebserviceFeeder"]


class AsyncGenericBasicFeeder(GenericBasicFeederFields, AsyncGenericBasicFeederUpdate, AsyncRecord):
    """A base feeder's script part (odata/generic_basic_feeders)."""


class AsyncStaticWebserviceFeeder(
    StaticWebserviceFeederFields, AsyncStaticWebserviceFeederUpdate, AsyncRecord
):
    """A base feeder's web service part (odata/static_webservice_feeder)."""


class AsyncBaseFeeder(BaseFeederFields, AsyncBaseFeederUpdate, AsyncActiveMixin):
    """Fetches files into its gate on a crontab (odata/base_feeders)."""

    async def _send_active(self, body: ActiveValue) -> ActiveState:
        answer = await self.endpoint._send(
            base_feeders_set_active.asyncio_detailed, self.id, client=self.endpoint._api, body=body
        )
        return self.endpoint._expect(answer, ActiveState)

    async def get_child(self) -> AsyncGenericBasicFeeder | AsyncStaticWebserviceFeeder | None:
        if self.child_id is None:
            return None
        if self.child_model == "genericbasicfeeder":
            return await self.client.generic_basic_feeders.retrieve(self.child_id)
        if self.child_model == "staticwebservicefeeder":
            return await self.client.static_webservice_feeders.retrieve(self.child_id)
        raise RecordStateError(f"unknown child model of base feeder {self.id}: {self.child_model}")

    async def feed(self) -> AsyncTask:
        """Run the feeder now (POST base_feeders/{id}/feed/); returns the base feeder task."""
        answer = await self.endpoint._send(
            base_feeders_feed.asyncio_detailed, self.id, client=self.endpoint._api
        )
        return self.client.base_feeder_tasks._record(self.endpoint._expect(answer, TaskModel))


class AsyncGate(GateFields, AsyncGateUpdate, AsyncRecord):
    """A gate (odata/gates): an FTP drop box for files, optionally fed by a base feeder.

    The platform sends the gate's `ftp_account` as an id in create and update answers and nested in list
    and retrieve answers: `get_ftp_account()` reads the nested account, or fetches it by id.
    """

    _configured_account: AsyncGateFtpAccount | None = None

    def _ftp_account_id(self) -> str:
        account_id = self.ftp_account
        if account_id is None:
            raise RecordStateError(f"gate '{self.name}' has no FTP account")
        return account_id

    def _set_model(self, model: Any) -> None:
        super()._set_model(model)
        # an answer naming another account (or none) replaces the one attached or configured here
        held = self._configured_account
        if held is not None and ref_id(getattr(model, "ftp_account", None)) != held.id:
            self._configured_account = None

    async def attach_internal_ftp_account(self) -> AsyncGateFtpAccount:
        """Provision the platform's internal FTP account for this gate and return it (configured).

        Works whatever form the gate's answer gave its account in; the gate then holds the configured
        account, so that `get_ftputil_client()` reaches it without another request."""
        account = await self.client.gate_ftp_accounts.attach_new_oftp_account(self._ftp_account_id())
        self._configured_account = account
        return account

    async def configure_external_ftp_account(
        self,
        host: str,
        login: str,
        password: str,
        *,
        protocol: str = "ftp",
        port: int | None = None,
    ) -> AsyncGateFtpAccount:
        """Point the gate's FTP account at the customer's own server (an external gate): its importers then
        read their files there. `protocol` is `ftp`, `sftp` or `ftps`; `port` None means its default."""
        account = await self.client.gate_ftp_accounts.configure_external(
            self._ftp_account_id(),
            custom_host=host,
            custom_port=port,
            custom_protocol=protocol,
            custom_login=login,
            password=password,
        )
        self._configured_account = account
        return account

    async def get_ftp_account(self) -> AsyncGateFtpAccount:
        """The gate's FTP account: the one attached or configured through this record, else as nested in
        the gate's answer (no request), else fetched by its id."""
        if self._configured_account is not None:
            return self._configured_account
        nested = self._model.ftp_account
        if isinstance(nested, FtpAccountModel) and not isinstance(nested.host, Unset):  # a whole account
            return self.client.gate_ftp_accounts._record(nested)
        return await self.client.gate_ftp_accounts.retrieve(self._ftp_account_id())

    async def get_ftputil_client(self) -> ftputil.FTPHost:
        """An `ftputil.FTPHost` on the gate's FTP account (usable in `with`); with AsyncClient it
        connects in a worker thread, and its methods block (see FtpAccount.get_ftputil_client)."""
        account = await self.get_ftp_account()
        return await account.get_ftputil_client()

    # base feeder
    async def create_base_feeder(
        self, timezone: str | None = None, crontab: str | None = None
    ) -> AsyncBaseFeeder:
        fields: BaseFeederRequestFields = {"gate": self}
        if timezone is not None:
            fields["timezone"] = timezone
        if crontab is not None:
            fields["crontab"] = crontab
        feeder = await self.client.base_feeders.create(**fields)
        self._model.base_feeder = feeder.id
        self._set_model(self._model)
        return feeder

    async def get_base_feeder(self) -> AsyncBaseFeeder | None:
        """The base feeder (nested in detail answers, else fetched), or None."""
        nested: object = self._model.base_feeder
        if isinstance(nested, BaseFeederModel):
            return self.client.base_feeders._record(nested)
        feeder_id = self.base_feeder
        return None if feeder_id is None else await self.client.base_feeders.retrieve(feeder_id)

    async def _require_feeder(self, what: str) -> AsyncBaseFeeder:
        feeder = await self.get_base_feeder()
        if feeder is None:
            raise RecordStateError(f"no base_feeder attached to gate '{self.name}', can't {what}")
        return feeder

    async def run(self) -> AsyncTask:
        """Feed the gate now through its base feeder; returns the feeder task."""
        feeder = await self._require_feeder("run")
        return await feeder.feed()

    async def activate(self) -> None:
        feeder = await self._require_feeder("activate")
        await feeder.activate()

    async def deactivate(self) -> None:
        feeder = await self.get_base_feeder()
        if feeder is not None:
            await feeder.deactivate()
