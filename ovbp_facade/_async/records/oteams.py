"""Team-side records: organizations, (team) projects, users, and the odata user/project twins."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from generated_client.models import FtpAccount as FtpAccountModel
from generated_client.models import OdataProject as OdataProjectModel
from generated_client.models import OdataUser as OdataUserModel
from generated_client.models import Organization as OrganizationModel
from generated_client.typed.async_operations import (
    AsyncOdataProjectUpdate,
    AsyncOrganizationUpdate,
    AsyncProjectUpdate,
    AsyncUserUpdate,
)
from generated_client.typed.views import (
    OdataProjectFields,
    OdataUserFields,
    OrganizationFields,
    ProjectFields,
    UserFields,
)

from ...errors import AnswerFieldMissingError, OVBPClientError
from .base import AsyncRecord
from .lookup import get_one, get_or_create

if TYPE_CHECKING:
    from ..endpoints import AsyncEndpoint
    from .analyses import AsyncAnalysis
    from .cleaners import AsyncCleaner
    from .ftp_accounts import AsyncFtpAccount
    from .gates import AsyncGate
    from .generators import AsyncImporter
    from .series import AsyncNotification, AsyncSeries

__all__ = ["AsyncOdataProject", "AsyncOdataUser", "AsyncOrganization", "AsyncProject", "AsyncUser"]

R = TypeVar("R", bound=AsyncRecord)


class AsyncOrganization(OrganizationFields, AsyncOrganizationUpdate, AsyncRecord):
    """An organization (oteams/organizations): owns team projects."""

    async def list_all_projects(self) -> list[AsyncProject]:
        return await self.client.projects.list_all(filter_by={"organization": self.id})

    async def get_project(self, name: str) -> AsyncProject:
        """The project named `name` in this organization (RecordDoesNotExistError if none)."""
        return await get_one(
            self.client.projects,
            {"name": name, "organization": self.id},
            f"name '{name}' in organization '{self.name}'",
        )

    async def create_project(self, name: str, comment: str = "") -> AsyncProject:
        return await self.client.projects.create(organization=self.id, name=name, comment=comment)

    async def get_or_create_project(self, name: str, comment: str = "") -> AsyncProject:
        return await get_or_create(lambda: self.get_project(name), lambda: self.create_project(name, comment))


class AsyncProject(ProjectFields, AsyncProjectUpdate, AsyncRecord):
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
        """Id of the organization (nested in list and retrieve answers, an id in create and update ones)."""
        return self.organization

    async def get_organization(self) -> AsyncOrganization:
        """The organization: as nested in the project's answer (no request), else fetched by id."""
        nested = self._model.organization
        if isinstance(nested, OrganizationModel):
            return self.client.organizations._record(nested)
        return await self.client.organizations.retrieve(self.organization)

    async def get_odata_project(self) -> AsyncOdataProject:
        """The odata project (nested when the answer carries it, else fetched)."""
        nested: object = self._model.odata
        if isinstance(nested, OdataProjectModel):
            return self.client.odata_projects._record(nested)
        return await self.client.odata_projects.retrieve(self.odata_id)

    def _filters(self, **more: Any) -> dict[str, Any]:
        return {"project": self.odata_id, **{k: v for k, v in more.items() if v is not None}}

    async def _get_named(self, endpoint: AsyncEndpoint[R], name: str) -> R:
        """The one record of `endpoint` named `name` in this project (several raise, as none does)."""
        return await get_one(endpoint, self._filters(name=name), f"name '{name}' in project '{self.name}'")

    # gates
    async def get_gate(self, name: str) -> AsyncGate:
        return await self._get_named(self.client.gates, name)

    async def create_gate(self, name: str, comment: str = "") -> AsyncGate:
        return await self.client.gates.create(project=self.odata_id, name=name, comment=comment)

    async def list_all_gates(self) -> list[AsyncGate]:
        return await self.client.gates.list_all(filter_by=self._filters())

    async def get_or_create_gate(self, name: str, comment: str = "") -> AsyncGate:
        return await get_or_create(lambda: self.get_gate(name), lambda: self.create_gate(name, comment))

    # importers
    async def get_importer(self, name: str) -> AsyncImporter:
        return await self._get_named(self.client.importers, name)

    async def create_importer(self, name: str, comment: str = "") -> AsyncImporter:
        return await self.client.importers.create(project=self.odata_id, name=name, comment=comment)

    async def list_all_importers(self) -> list[AsyncImporter]:
        return await self.client.importers.list_all(filter_by=self._filters())

    async def get_or_create_importer(self, name: str, comment: str = "") -> AsyncImporter:
        return await get_or_create(
            lambda: self.get_importer(name), lambda: self.create_importer(name, comment)
        )

    # cleaners (created by the platform with their importer)
    async def get_cleaner(self, name: str) -> AsyncCleaner:
        return await self._get_named(self.client.cleaners, name)

    async def create_cleaner(self, name: str, comment: str = "") -> AsyncCleaner:
        """Cleaners cannot be created: the platform creates one with each importer."""
        raise OVBPClientError(
            f"cannot create cleaner '{name}': the platform creates a cleaner with each importer "
            "(create_importer), named after it"
        )

    async def list_all_cleaners(self) -> list[AsyncCleaner]:
        return await self.client.cleaners.list_all(filter_by=self._filters())

    async def get_or_create_cleaner(self, name: str, comment: str = "") -> AsyncCleaner:
        return await get_or_create(lambda: self.get_cleaner(name), lambda: self.create_cleaner(name, comment))

    # analyses
    async def get_analysis(self, name: str) -> AsyncAnalysis:
        return await self._get_named(self.client.analyses, name)

    async def create_analysis(self, name: str, comment: str = "") -> AsyncAnalysis:
        return await self.client.analyses.create(project=self.odata_id, name=name, comment=comment)

    async def list_all_analyses(self) -> list[AsyncAnalysis]:
        return await self.client.analyses.list_all(filter_by=self._filters())

    async def get_or_create_analysis(self, name: str, comment: str = "") -> AsyncAnalysis:
        return await get_or_create(
            lambda: self.get_analysis(name), lambda: self.create_analysis(name, comment)
        )

    # outputs
    async def list_all_series(self) -> list[AsyncSeries]:
        return await self.client.series.list_all(filter_by=self._filters())

    async def list_all_notifications(self, resolved: bool | None = None) -> list[AsyncNotification]:
        return await self.client.notifications.list_all(filter_by=self._filters(resolved=resolved))


class AsyncUser(UserFields, AsyncUserUpdate, AsyncRecord):
    """A platform user (oteams/users); `client.users.retrieve("me")` is the logged-in one."""

    @property
    def odata_id(self) -> str:
        value = self.odata
        if value is None:
            raise AnswerFieldMissingError("oteams/users", "odata")
        return value

    def _label(self) -> object:
        return self.username

    async def get_odata_user(self) -> AsyncOdataUser:
        """The odata user (nested when the answer carries it, else fetched)."""
        nested: object = self._model.odata
        if isinstance(nested, OdataUserModel):
            return self.client.odata_users._record(nested)
        return await self.client.odata_users.retrieve(self.odata_id)

    async def get_odata_ftp_account(self) -> AsyncFtpAccount:
        """The user's personal FTP account (where series exports land)."""
        odata_user = await self.get_odata_user()
        return await odata_user.get_ftp_account()


class AsyncOdataUser(OdataUserFields, AsyncRecord):
    """The data side of a user (odata/users): holds the personal FTP account."""

    @property
    def ftp_account_id(self) -> str | None:
        return self.ftp_account

    async def get_ftp_account(self) -> AsyncFtpAccount:
        """The user's FTP account (nested when the answer carries it, else fetched)."""
        nested: object = self._model.ftp_account
        if isinstance(nested, FtpAccountModel):
            return self.client.user_ftp_accounts._record(nested)
        account_id = self.ftp_account_id
        if account_id is None:
            raise AnswerFieldMissingError("odata/users", "ftp_account")
        return await self.client.user_ftp_accounts.retrieve(account_id)


class AsyncOdataProject(OdataProjectFields, AsyncOdataProjectUpdate, AsyncRecord):
    """The data side of a project (odata/projects)."""

    async def activate_mail_alerts(self) -> None:
        await self.update(mail_alerts_activated=True)

    async def deactivate_mail_alerts(self) -> None:
        await self.update(mail_alerts_activated=False)
