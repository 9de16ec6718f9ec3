"""Each platform collection: its generated operations joined with the generic Endpoint.

A new collection of the spec is exposed here with one class (generated `<Tag>Operations` first in the
MRO, then `Endpoint`) and one attribute in `Client.__init__`.
"""

from __future__ import annotations

from generated_client.api.gate_ftp_accounts import gate_ftp_accounts_attach_new_oftp_account
from generated_client.models import FtpAccount as FtpAccountModel
from generated_client.typed.endpoints import (
    AnalysesOperations,
    AnalysisConfigsOperations,
    AnalysisInputsOperations,
    AnalysisOutputsOperations,
    AnalysisTasksOperations,
    BaseFeedersOperations,
    BaseFeederTasksOperations,
    CleanersOperations,
    CleanerTasksOperations,
    GateFtpAccountsOperations,
    GatesOperations,
    GenericBasicFeedersOperations,
    ImporterSeriesOperations,
    ImportersOperations,
    ImporterTasksOperations,
    NotificationsOperations,
    OdataProjectsOperations,
    OdataUsersOperations,
    OrganizationsOperations,
    ProjectsOperations,
    SeriesExportTasksOperations,
    StaticWebserviceFeedersOperations,
    UnitcleanersOperations,
    UserFtpAccountsOperations,
    UsersOperations,
)

__all__ = [
    "AnalysesEndpoint",
    "AnalysisConfigsEndpoint",
    "AnalysisInputsEndpoint",
    "AnalysisOutputsEndpoint",
    "AnalysisTasksEndpoint",
    "BaseFeederTasksEndpoint",
    "BaseFeedersEndpoint",
    "CleanerTasksEndpoint",
    "CleanersEndpoint",
    "GateFtpAccountsEndpoint",
    "GatesEndpoint",
    "GenericBasicFeedersEndpoint",
    "ImporterSeriesEndpoint",
    "ImporterTasksEndpoint",
    "ImportersEndpoint",
    "NotificationsEndpoint",
    "OdataProjectsEndpoint",
    "OdataUsersEndpoint",
    "OrganizationsEndpoint",
    "ProjectsEndpoint",
    "SeriesExportTasksEndpoint",
    "StaticWebserviceFeedersEndpoint",
    "UnitcleanersEndpoint",
    "UserFtpAccountsEndpoint",
    "UsersEndpoint",
]


from .endpoints import Endpoint
from .records import (
    Analysis,
    AnalysisConfig,
    AnalysisInput,
    AnalysisOutput,
    BaseFeeder,
    Cleaner,
    FtpAccount,
    Gate,
    GateFtpAccount,
    GenericBasicFeeder,
    Importer,
    ImporterSeries,
    Notification,
    OdataProject,
    OdataUser,
    Organization,
    Project,
    StaticWebserviceFeeder,
    Task,
    Unitcleaner,
    User,
)


class OrganizationsEndpoint(OrganizationsOperations[Organization], Endpoint[Organization]):
    record_cls = Organization


class ProjectsEndpoint(ProjectsOperations[Project], Endpoint[Project]):
    record_cls = Project


class UsersEndpoint(UsersOperations[User], Endpoint[User]):
    record_cls = User


class OdataUsersEndpoint(OdataUsersOperations[OdataUser], Endpoint[OdataUser]):
    record_cls = OdataUser


class UserFtpAccountsEndpoint(UserFtpAccountsOperations[FtpAccount], Endpoint[FtpAccount]):
    record_cls = FtpAccount


class OdataProjectsEndpoint(OdataProjectsOperations[OdataProject], Endpoint[OdataProject]):
    record_cls = OdataProject


class GatesEndpoint(GatesOperations[Gate], Endpoint[Gate]):
    record_cls = Gate


class BaseFeedersEndpoint(BaseFeedersOperations[BaseFeeder], Endpoint[BaseFeeder]):
    record_cls = BaseFeeder


class GenericBasicFeedersEndpoint(
    GenericBasicFeedersOperations[GenericBasicFeeder], Endpoint[GenericBasicFeeder]
):
    record_cls = GenericBasicFeeder


class StaticWebserviceFeedersEndpoint(
    StaticWebserviceFeedersOperations[StaticWebserviceFeeder], Endpoint[StaticWebserviceFeeder]
):
    record_cls = StaticWebserviceFeeder


class GateFtpAccountsEndpoint(GateFtpAccountsOperations[GateFtpAccount], Endpoint[GateFtpAccount]):
    record_cls = GateFtpAccount

    def attach_new_oftp_account(self, account_id: str) -> GateFtpAccount:
        """Provision the platform's internal FTP account behind gate FTP account `account_id`."""
        answer = self._send(
            gate_ftp_accounts_attach_new_oftp_account.sync_detailed, account_id, client=self._api
        )
        return self._record(self._expect(answer, FtpAccountModel))


class ImportersEndpoint(ImportersOperations[Importer], Endpoint[Importer]):
    record_cls = Importer


class ImporterSeriesEndpoint(ImporterSeriesOperations[ImporterSeries], Endpoint[ImporterSeries]):
    record_cls = ImporterSeries


class CleanersEndpoint(CleanersOperations[Cleaner], Endpoint[Cleaner]):
    record_cls = Cleaner


class UnitcleanersEndpoint(UnitcleanersOperations[Unitcleaner], Endpoint[Unitcleaner]):
    record_cls = Unitcleaner


class AnalysesEndpoint(AnalysesOperations[Analysis], Endpoint[Analysis]):
    record_cls = Analysis


class AnalysisConfigsEndpoint(AnalysisConfigsOperations[AnalysisConfig], Endpoint[AnalysisConfig]):
    record_cls = AnalysisConfig


class AnalysisInputsEndpoint(AnalysisInputsOperations[AnalysisInput], Endpoint[AnalysisInput]):
    record_cls = AnalysisInput


class AnalysisOutputsEndpoint(AnalysisOutputsOperations[AnalysisOutput], Endpoint[AnalysisOutput]):
    record_cls = AnalysisOutput


class NotificationsEndpoint(NotificationsOperations[Notification], Endpoint[Notification]):
    record_cls = Notification


class BaseFeederTasksEndpoint(BaseFeederTasksOperations[Task], Endpoint[Task]):
    record_cls = Task


class ImporterTasksEndpoint(ImporterTasksOperations[Task], Endpoint[Task]):
    record_cls = Task


class CleanerTasksEndpoint(CleanerTasksOperations[Task], Endpoint[Task]):
    record_cls = Task


class AnalysisTasksEndpoint(AnalysisTasksOperations[Task], Endpoint[Task]):
    record_cls = Task


class SeriesExportTasksEndpoint(SeriesExportTasksOperations[Task], Endpoint[Task]):
    record_cls = Task
