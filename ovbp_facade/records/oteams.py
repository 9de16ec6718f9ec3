"""Team-side records: organizations, (team) projects, users, and the odata user/project twins."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from generated_client.models import FtpAccount as FtpAccountModel
from generated_client.models import OdataProject as OdataProjectModel
from generated_client.models import OdataUser as OdataUserModel
from generated_client.typed.records import (
    OdataProjectFields,
    OdataUserFields,
    OrganizationFields,
    ProjectFields,
    UserFields,
)

from ..errors import AnswerFieldMissingError, OVBPClientError
from .base import Record
from .lookup import get_one, get_or_create

if TYPE_CHECKING:
    from ..endpoints import Endpoint
    from .analyses import Analysis
    from .cleaners import Cleaner
    from .ftp import FtpAccount
    from .gates import Gate
    from .generators import Importer
    from .series import Notification, Series

__all__ = ["OdataProject", "OdataUser", "Organization", "Project", "User"]

R = TypeVar("R", bound=Record)


class Organization(OrganizationFields, Record):
    """An organization (oteams/organizations): owns team projects."""

    def list_all_projects(self) -> list[Project]:
        return self.client.projects.list_all(filter_by={"organization": self.id})

    def get_project(self, name: str) -> Project:
        """The project named `name` in this organization (RecordDoesNotExistError if none)."""
        return get_one(
            self.client.projects,
            {"name": name, "organization": self.id},
            f"name '{name}' in organization '{self.name}'",
        )

    def create_project(self, name: str, comment: str = "") -> Project:
        return self.client.projects.create(organization=self.id, name=name, comment=comment)

    def get_or_create_project(self, name: str, comment: str = "") -> Project:
        return get_or_create(lambda: self.get_project(name), lambda: self.create_project(name, comment))


class Project(ProjectFields, Record):
    """A team project (oteams/projects); its data side is the odata project `odata_id`."""

    @property
    def odata_id(self) -> str:
        """Id of the odata project (the `project` of gates, importers, series...)."""
        value = self.odata
        if value is None:
            raise AnswerFieldMissingError("oteams/projects", "odata")
        return value

    @property
    def organization_id(self) -> str:
        """Id of the organization (nested in every project answer)."""
        return self.organization.id

    def get_organization(self) -> Organization:
        """The organization, as nested in the project's answer (no request)."""
        return self.client.organizations._record(self._model.organization)

    def get_odata_project(self) -> OdataProject:
        """The odata project (nested when the answer carries it, else fetched)."""
        nested: object = self._model.odata
        if isinstance(nested, OdataProjectModel):
            return self.client.odata_projects._record(nested)
        return self.client.odata_projects.retrieve(self.odata_id)

    def _filters(self, **more: Any) -> dict[str, Any]:
        return {"project": self.odata_id, **{k: v for k, v in more.items() if v is not None}}

    def _get_named(self, endpoint: Endpoint[R], name: str) -> R:
        """The one record of `endpoint` named `name` in this project (several raise, as none does)."""
        return get_one(endpoint, self._filters(name=name), f"name '{name}' in project '{self.name}'")

    # gates
    def get_gate(self, name: str) -> Gate:
        return self._get_named(self.client.gates, name)

    def create_gate(self, name: str, comment: str = "") -> Gate:
        return self.client.gates.create(project=self.odata_id, name=name, comment=comment)

    def list_all_gates(self) -> list[Gate]:
        return self.client.gates.list_all(filter_by=self._filters())

    def get_or_create_gate(self, name: str, comment: str = "") -> Gate:
        return get_or_create(lambda: self.get_gate(name), lambda: self.create_gate(name, comment))

    # importers
    def get_importer(self, name: str) -> Importer:
        return self._get_named(self.client.importers, name)

    def create_importer(self, name: str, comment: str = "") -> Importer:
        return self.client.importers.create(project=self.odata_id, name=name, comment=comment)

    def list_all_importers(self) -> list[Importer]:
        return self.client.importers.list_all(filter_by=self._filters())

    def get_or_create_importer(self, name: str, comment: str = "") -> Importer:
        return get_or_create(lambda: self.get_importer(name), lambda: self.create_importer(name, comment))

    # cleaners (created by the platform with their importer)
    def get_cleaner(self, name: str) -> Cleaner:
        return self._get_named(self.client.cleaners, name)

    def create_cleaner(self, name: str, comment: str = "") -> Cleaner:
        """Cleaners cannot be created: the platform creates one with each importer."""
        raise OVBPClientError(
            f"cannot create cleaner '{name}': the platform creates a cleaner with each importer "
            "(create_importer), named after it"
        )

    def list_all_cleaners(self) -> list[Cleaner]:
        return self.client.cleaners.list_all(filter_by=self._filters())

    def get_or_create_cleaner(self, name: str, comment: str = "") -> Cleaner:
        return get_or_create(lambda: self.get_cleaner(name), lambda: self.create_cleaner(name, comment))

    # analyses
    def get_analysis(self, name: str) -> Analysis:
        return self._get_named(self.client.analyses, name)

    def create_analysis(self, name: str, comment: str = "") -> Analysis:
        return self.client.analyses.create(project=self.odata_id, name=name, comment=comment)

    def list_all_analyses(self) -> list[Analysis]:
        return self.client.analyses.list_all(filter_by=self._filters())

    def get_or_create_analysis(self, name: str, comment: str = "") -> Analysis:
        return get_or_create(lambda: self.get_analysis(name), lambda: self.create_analysis(name, comment))

    # outputs
    def list_all_series(self) -> list[Series]:
        return self.client.series.list_all(filter_by=self._filters())

    def list_all_notifications(self, resolved: bool | None = None) -> list[Notification]:
        return self.client.notifications.list_all(filter_by=self._filters(resolved=resolved))


class User(UserFields, Record):
    """A platform user (oteams/users); `client.users.retrieve("me")` is the logged-in one."""

    @property
    def odata_id(self) -> str:
        value = self.odata
        if value is None:
            raise AnswerFieldMissingError("oteams/users", "odata")
        return value

    def _label(self) -> object:
        return self.username

    def get_odata_user(self) -> OdataUser:
        """The odata user (nested when the answer carries it, else fetched)."""
        nested: object = self._model.odata
        if isinstance(nested, OdataUserModel):
            return self.client.odata_users._record(nested)
        return self.client.odata_users.retrieve(self.odata_id)

    def get_odata_ftp_account(self) -> FtpAccount:
        """The user's personal FTP account (where series exports land)."""
        return self.get_odata_user().get_ftp_account()


class OdataUser(OdataUserFields, Record):
    """The data side of a user (odata/users): holds the personal FTP account."""

    @property
    def ftp_account_id(self) -> str | None:
        return self.ftp_account

    def get_ftp_account(self) -> FtpAccount:
        """The user's FTP account (nested when the answer carries it, else fetched)."""
        nested: object = self._model.ftp_account
        if isinstance(nested, FtpAccountModel):
            return self.client.user_ftp_accounts._record(nested)
        account_id = self.ftp_account_id
        if account_id is None:
            raise AnswerFieldMissingError("odata/users", "ftp_account")
        return self.client.user_ftp_accounts.retrieve(account_id)


class OdataProject(OdataProjectFields, Record):
    """The data side of a project (odata/projects)."""

    def activate_mail_alerts(self) -> None:
        self.update(mail_alerts_activated=True)

    def deactivate_mail_alerts(self) -> None:
        self.update(mail_alerts_activated=False)
