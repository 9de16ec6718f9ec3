"""Gates (where files arrive), their FTP account and their optional base feeder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import Field, Record, related_id
from .mixins import ActiveMixin

if TYPE_CHECKING:
    import ftputil

    from .ftp import GateFtpAccount
    from .tasks import Task

__all__ = ["BaseFeeder", "FeederChild", "Gate"]


class FeederChild(Record):
    """A feeder's specialised part (odata/generic_basic_feeders or odata/static_webservice_feeder)."""

    base_feeder: Field[str] = Field()


class BaseFeeder(ActiveMixin):
    """Fetches files into its gate on a crontab (odata/base_feeders)."""

    gate: Field[str] = Field()
    timezone: Field[str] = Field()
    crontab: Field[str] = Field()
    active: Field[bool] = Field()
    child_id: Field[str | None] = Field()
    child_model: Field[str | None] = Field()

    def get_child(self) -> FeederChild | None:
        if self.child_id is None:
            return None
        if self.child_model == "genericbasicfeeder":
            return self.client.generic_basic_feeders.retrieve(self.child_id)
        if self.child_model == "staticwebservicefeeder":
            return self.client.static_webservice_feeders.retrieve(self.child_id)
        raise RuntimeError(f"Unknown child model: {self.child_model}")

    def feed(self) -> Task:
        """Run the feeder now (POST base_feeders/{id}/feed/); returns the base feeder task."""
        from ..endpoints import model_to_data

        return self.client.base_feeder_tasks.data_to_record(
            model_to_data(self.endpoint._call("feed", self.id))
        )


class Gate(Record):
    """A gate (odata/gates): an FTP drop box for files, optionally fed by a base feeder."""

    project: Field[str] = Field()
    name: Field[str] = Field()
    comment: Field[str] = Field()

    @property
    def ftp_account(self) -> str | None:
        """Id of the gate's FTP account."""
        return related_id(self.data.get("ftp_account"))

    @property
    def base_feeder(self) -> str | None:
        """Id of the gate's base feeder, or None."""
        return related_id(self.data.get("base_feeder"))

    def _ftp_account_id(self) -> str:
        account_id = self.ftp_account
        if account_id is None:
            self.reload()
            account_id = self.ftp_account
        if account_id is None:
            raise RuntimeError(f"gate '{self.name}' has no FTP account")
        return account_id

    def attach_internal_ftp_account(self) -> GateFtpAccount:
        """Provision the platform's internal FTP account for this gate and return it (configured)."""
        account = self.client.gate_ftp_accounts.data_to_record({"id": self._ftp_account_id()})
        account.attach_new_oftp_account()
        self.reload()
        return account

    def get_ftp_account(self) -> GateFtpAccount:
        nested = self.data.get("ftp_account")
        if isinstance(nested, dict) and nested.get("host") is not None:
            return self.client.gate_ftp_accounts.data_to_record(nested)
        return self.client.gate_ftp_accounts.retrieve(self._ftp_account_id())

    def get_ftputil_client(self) -> ftputil.FTPHost:
        """An `ftputil.FTPHost` on the gate's FTP account (usable in `with`)."""
        return self.get_ftp_account().get_ftputil_client()

    # base feeder
    def create_base_feeder(self, timezone: str | None = None, crontab: str | None = None) -> BaseFeeder:
        data: dict[str, Any] = {"gate": self.id}
        if timezone is not None:
            data["timezone"] = timezone
        if crontab is not None:
            data["crontab"] = crontab
        feeder = self.client.base_feeders.create(**data)
        self.data["base_feeder"] = feeder.id
        return feeder

    def get_base_feeder(self) -> BaseFeeder | None:
        nested = self.data.get("base_feeder")
        if nested is None:
            return None
        if isinstance(nested, dict) and "active" in nested:
            return self.client.base_feeders.data_to_record(nested)
        return self.client.base_feeders.retrieve(str(related_id(nested)))

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
