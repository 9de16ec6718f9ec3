"""Gates (where files arrive), their FTP account and their optional base feeder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generated_client.api.base_feeders import base_feeders_feed, base_feeders_set_active
from generated_client.models import ActiveState, ActiveValue
from generated_client.models import BaseFeeder as BaseFeederModel
from generated_client.models import Task as TaskModel
from generated_client.typed.records import (
    BaseFeederFields,
    GateFields,
    GenericBasicFeederFields,
    StaticWebserviceFeederFields,
)
from generated_client.typed.requests import BaseFeederRequestFields

from .base import Record
from .mixins import ActiveMixin

if TYPE_CHECKING:
    import ftputil

    from .ftp import GateFtpAccount
    from .tasks import Task

__all__ = ["BaseFeeder", "Gate", "GenericBasicFeeder", "StaticWebserviceFeeder"]


class GenericBasicFeeder(GenericBasicFeederFields, Record):
    """A base feeder's script part (odata/generic_basic_feeders)."""


class StaticWebserviceFeeder(StaticWebserviceFeederFields, Record):
    """A base feeder's web service part (odata/static_webservice_feeder)."""


class BaseFeeder(BaseFeederFields, ActiveMixin):
    """Fetches files into its gate on a crontab (odata/base_feeders)."""

    def _send_active(self, body: ActiveValue) -> ActiveState:
        answer = self.endpoint._send(
            base_feeders_set_active.sync_detailed, self.id, client=self.endpoint._api, body=body
        )
        return self.endpoint._expect(answer, ActiveState)

    def get_child(self) -> GenericBasicFeeder | StaticWebserviceFeeder | None:
        if self.child_id is None:
            return None
        if self.child_model == "genericbasicfeeder":
            return self.client.generic_basic_feeders.retrieve(self.child_id)
        if self.child_model == "staticwebservicefeeder":
            return self.client.static_webservice_feeders.retrieve(self.child_id)
        raise RuntimeError(f"unknown child model of base feeder {self.id}: {self.child_model}")

    def feed(self) -> Task:
        """Run the feeder now (POST base_feeders/{id}/feed/); returns the base feeder task."""
        answer = self.endpoint._send(base_feeders_feed.sync_detailed, self.id, client=self.endpoint._api)
        return self.client.base_feeder_tasks._record(self.endpoint._expect(answer, TaskModel))


class Gate(GateFields, Record):
    """A gate (odata/gates): an FTP drop box for files, optionally fed by a base feeder."""

    def _ftp_account_id(self) -> str:
        account = self.ftp_account
        if account is None:
            raise RuntimeError(f"gate '{self.name}' has no FTP account")
        return account.id

    def attach_internal_ftp_account(self) -> GateFtpAccount:
        """Provision the platform's internal FTP account for this gate and return it (configured)."""
        account = self.client.gate_ftp_accounts.attach_new_oftp_account(self._ftp_account_id())
        self.reload()
        return account

    def get_ftp_account(self) -> GateFtpAccount:
        """The gate's FTP account, as nested in the gate's answer (no request)."""
        account = self._model.ftp_account
        if account is None:
            raise RuntimeError(f"gate '{self.name}' has no FTP account")
        return self.client.gate_ftp_accounts._record(account)

    def get_ftputil_client(self) -> ftputil.FTPHost:
        """An `ftputil.FTPHost` on the gate's FTP account (usable in `with`)."""
        return self.get_ftp_account().get_ftputil_client()

    # base feeder
    def create_base_feeder(self, timezone: str | None = None, crontab: str | None = None) -> BaseFeeder:
        fields: BaseFeederRequestFields = {"gate": self}
        if timezone is not None:
            fields["timezone"] = timezone
        if crontab is not None:
            fields["crontab"] = crontab
        feeder = self.client.base_feeders.create(**fields)
        self._model.base_feeder = feeder.id
        self._set_model(self._model)
        return feeder

    def get_base_feeder(self) -> BaseFeeder | None:
        """The base feeder (nested in detail answers, else fetched), or None."""
        nested: object = self._model.base_feeder
        if isinstance(nested, BaseFeederModel):
            return self.client.base_feeders._record(nested)
        feeder_id = self.base_feeder
        return None if feeder_id is None else self.client.base_feeders.retrieve(feeder_id)

    def _require_feeder(self, what: str) -> BaseFeeder:
        feeder = self.get_base_feeder()
        if feeder is None:
            raise RuntimeError(f"no base_feeder attached to gate '{self.name}', can't {what}")
        return feeder

    def run(self) -> Task:
        """Feed the gate now through its base feeder; returns the feeder task."""
        return self._require_feeder("run").feed()

    def activate(self) -> None:
        self._require_feeder("activate").activate()

    def deactivate(self) -> None:
        feeder = self.get_base_feeder()
        if feeder is not None:
            feeder.deactivate()
