"""Team-side records: organizations, (team) projects, users, and the odata user/project twins."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import Field, Record, related_id
from .lookup import get_one

if TYPE_CHECKING:
    from .analyses import Analysis
    from .cleaners import Cleaner
    from .ftp import FtpAccount
    from .gates import Gate
    from .generators import Importer
    from .series import Notification, Series

__all__ = ["OdataProject", "OdataUser", "Organization", "Project", "User"]


class Organization(Record):
    """An organization (oteams/organizations): owns team projects."""

    name: Field[str] = Field()
    comment: Field[str] = Field()
    control_affiliations: Field[bool] = Field()
    log_activity: Field[bool] = Field()
    ftp_account: Field[str | None] = Field()

    def list_all_projects(self) -> list[Project]:
        return self.client.projects.list_all(filter_by={"organization": self.id})

    def get_project(self, name: str) -> Project:
        """The project named `name` in this organization (RecordDoesNotExistError if none)."""
        return get_one(
            self.client.projects,
            "project",
            {"name": name, "organization": self.id},
            f"name '{name}' in organization '{self.name}'",
        )

    def create_project(self, name: str, comment: str = "") -> Project:
        return self.client.projects.create(organization=self.id, name=name, comment=comment)

    def get_or_create_project(self, name: str, comment: str = "") -> Project:
        from ..errors import RecordDoesNotExistError

        try:
            return self.get_project(name)
        except RecordDoesNotExistError:
            return self.create_project(name, comment=comment)


class Project(Record):
    """A team project (oteams/projects); its data side is the odata project `odata_id`."""

    name: Field[str] = Field()
    comment: Field[str] = Field()
    private_comment: Field[str] = Field()
    creation_date: Field[str] = Field()
    display_buildings: Field[bool] = Field()
    is_visible: Field[bool] = Field()

    @property
    def odata_id(self) -> str:
        """Id of the odata project (the `project` of gates, importers, series...)."""
        value = related_id(self.data.get("odata"))
        if value is None:
            raise AttributeError(f"project '{self.name}' has no odata project")
        return value

    @property
    def organization_id(self) -> str | None:
        return related_id(self.data.get("organization"))

    def get_odata_project(self) -> OdataProject:
        odata = self.data.get("odata")
        return self.client.odata_projects.data_to_record(odata if isinstance(odata, dict) else {"id": odata})

    def _filters(self, **more: Any) -> dict[str, Any]:
        return {"project": self.odata_id, **{k: v for k, v in more.items() if v is not None}}

    def _described(self, name: str) -> str:
        return f"name '{name}' in project '{self.name}'"

    # gates
    def get_gate(self, name: str) -> Gate:
        return get_one(self.client.gates, "gate", self._filters(name=name), self._described(name))

    def create_gate(self, name: str, comment: str = "") -> Gate:
        return self.client.gates.create(project=self.odata_id, name=name, comment=comment)

    def list_all_gates(self) -> list[Gate]:
        return self.client.gates.list_all(filter_by=self._filters())

    def get_or_create_gate(self, name: str, comment: str = "") -> Gate:
        found = self.client.gates.list(limit=1, filter_by=self._filters(name=name))
        return found[0] if found else self.create_gate(name, comment)

    # importers
    def get_importer(self, name: str) -> Importer:
        return get_one(self.client.importers, "importer", self._filters(name=name), self._described(name))

    def create_importer(self, name: str, comment: str = "") -> Importer:
        return self.client.importers.create(project=self.odata_id, name=name, comment=comment)

    def list_all_importers(self) -> list[Importer]:
        return self.client.importers.list_all(filter_by=self._filters())

    def get_or_create_importer(self, name: str, comment: str = "") -> Importer:
        found = self.client.importers.list(limit=1, filter_by=self._filters(name=name))
        return found[0] if found else self.create_importer(name, comment)

    # cleaners (created by the platform with their importer)
    def get_cleaner(self, name: str) -> Cleaner:
        return get_one(self.client.cleaners, "cleaner", self._filters(name=name), self._described(name))

    def create_cleaner(self, name: str, comment: str = "") -> Cleaner:
        return self.client.cleaners.create(project=self.odata_id, name=name, comment=comment)

    def list_all_cleaners(self) -> list[Cleaner]:
        return self.client.cleaners.list_all(filter_by=self._filters())

    def get_or_create_cleaner(self, name: str, comment: str = "") -> Cleaner:
        found = self.client.cleaners.list(limit=1, filter_by=self._filters(name=name))
        return found[0] if found else self.create_cleaner(name, comment)

    # analyses
    def get_analysis(self, name: str) -> Analysis:
        return get_one(self.client.analyses, "analysis", self._filters(name=name), self._described(name))

    def create_analysis(self, name: str, comment: str = "") -> Analysis:
        return self.client.analyses.create(project=self.odata_id, name=name, comment=comment)

    def list_all_analyses(self) -> list[Analysis]:
        return self.client.analyses.list_all(filter_by=self._filters())

    def get_or_create_analysis(self, name: str, comment: str = "") -> Analysis:
        found = self.client.analyses.list(limit=1, filter_by=self._filters(name=name))
        return found[0] if found else self.create_analysis(name, comment)

    # outputs
    def list_all_series(self) -> list[Series]:
        return self.client.series.list_all(filter_by=self._filters())

    def list_all_notifications(self, resolved: bool | None = None) -> list[Notification]:
        return self.client.notifications.list_all(filter_by=self._filters(resolved=resolved))


class User(Record):
    """A platform user (oteams/users); `client.users.retrieve("me")` is the logged-in one."""

    username: Field[str] = Field()
    email: Field[str] = Field()
    first_name: Field[str] = Field()
    last_name: Field[str] = Field()

    @property
    def odata_id(self) -> str:
        value = related_id(self.data.get("odata"))
        if value is None:
            raise AttributeError(f"user '{self.username}' has no odata user")
        return value

    def _label(self) -> object:
        return self.data.get("username")

    def get_odata_user(self) -> OdataUser:
        return self.client.odata_users.retrieve(self.odata_id)

    def get_odata_ftp_account(self) -> FtpAccount:
        """The user's personal FTP account (where series exports land)."""
        return self.get_odata_user().get_ftp_account()


class OdataUser(Record):
    """The data side of a user (odata/users): holds the personal FTP account."""

    @property
    def ftp_account(self) -> str | None:
        """Id of the user's personal FTP account."""
        return related_id(self.data.get("ftp_account"))

    @property
    def ftp_account_id(self) -> str | None:
        return self.ftp_account

    def get_ftp_account(self) -> FtpAccount:
        account_id = self.ftp_account_id
        if account_id is None:
            raise AttributeError("this user has no FTP account")
        return self.client.user_ftp_accounts.retrieve(account_id)


class OdataProject(Record):
    """The data side of a project (odata/projects)."""

    name: Field[str] = Field()
    mail_alerts_activated: Field[bool] = Field()

    def activate_mail_alerts(self) -> None:
        self.update(mail_alerts_activated=True)

    def deactivate_mail_alerts(self) -> None:
        self.update(mail_alerts_activated=False)
