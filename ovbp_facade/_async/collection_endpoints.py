"""Each platform collection: its generated operations joined with the generic Endpoint.

A new collection of the spec is exposed here with one class (generated `<Tag>Operations` first in the
MRO, then `Endpoint`) and one attribute in `Client.__init__`.
"""

from __future__ import annotations

from typing import Unpack

from generated_client.api.gate_ftp_accounts import gate_ftp_accounts_attach_new_oftp_account
from generated_client.models import FtpAccount as FtpAccountModel
from generated_client.typed.async_operations import (
    AsyncAnalysesOperations,
    AsyncAnalysisConfigsOperations,
    AsyncAnalysisInputsOperations,
    AsyncAnalysisOutputsOperations,
    AsyncAnalysisTasksOperations,
    AsyncBaseFeedersOperations,
    AsyncBaseFeederTasksOperations,
    AsyncCleanersOperations,
    AsyncCleanerTasksOperations,
    AsyncGateFtpAccountsOperations,
    AsyncGatesOperations,
    AsyncGenericBasicFeedersOperations,
    AsyncImporterSeriesOperations,
    AsyncImportersOperations,
    AsyncImporterTasksOperations,
    AsyncNotificationsOperations,
    AsyncOdataProjectsOperations,
    AsyncOdataUsersOperations,
    AsyncOrganizationsOperations,
    AsyncProjectsOperations,
    AsyncSeriesExportTasksOperations,
    AsyncStaticWebserviceFeedersOperations,
    AsyncUnitcleanersOperations,
    AsyncUserFtpAccountsOperations,
    AsyncUsersOperations,
)
from generated_client.typed.requests import ExternalFtpAccountRequestFields

__all__ = [
    "AsyncAnalysesEndpoint",
    "AsyncAnalysisConfigsEndpoint",
    "AsyncAnalysisInputsEndpoint",
    "AsyncAnalysisOutputsEndpoint",
    "AsyncAnalysisTasksEndpoint",
    "AsyncBaseFeederTasksEndpoint",
    "AsyncBaseFeedersEndpoint",
    "AsyncCleanerTasksEndpoint",
    "AsyncCleanersEndpoint",
    "AsyncGateFtpAccountsEndpoint",
    "AsyncGatesEndpoint",
    "AsyncGenericBasicFeedersEndpoint",
    "AsyncImporterSeriesEndpoint",
    "AsyncImporterTasksEndpoint",
    "AsyncImportersEndpoint",
    "AsyncNotificationsEndpoint",
    "AsyncOdataProjectsEndpoint",
    "AsyncOdataUsersEndpoint",
    "AsyncOrganizationsEndpoint",
    "AsyncProjectsEndpoint",
    "AsyncSeriesExportTasksEndpoint",
    "AsyncStaticWebserviceFeedersEndpoint",
    "AsyncUnitcleanersEndpoint",
    "AsyncUserFtpAccountsEndpoint",
    "AsyncUsersEndpoint",
]


from .endpoints import AsyncEndpoint
from .records import (
    AsyncAnalysis,
    AsyncAnalysisConfig,
    AsyncAnalysisInput,
    AsyncAnalysisOutput,
    AsyncBaseFeeder,
    AsyncCleaner,
    AsyncFtpAccount,
    AsyncGate,
    AsyncGateFtpAccount,
    AsyncGenericBasicFeeder,
    AsyncImporter,
    AsyncImporterSeries,
    AsyncNotification,
    AsyncOdataProject,
    AsyncOdataUser,
    AsyncOrganization,
    AsyncProject,
    AsyncStaticWebserviceFeeder,
    AsyncTask,
    AsyncUnitcleaner,
    AsyncUser,
)


class AsyncOrganizationsEndpoint(
    AsyncOrganizationsOperations[AsyncOrganization], AsyncEndpoint[AsyncOrganization]
):
    record_cls = AsyncOrganization


class AsyncProjectsEndpoint(AsyncProjectsOperations[AsyncProject], AsyncEndpoint[AsyncProject]):
    record_cls = AsyncProject


class AsyncUsersEndpoint(AsyncUsersOperations[AsyncUser], AsyncEndpoint[AsyncUser]):
    record_cls = AsyncUser


class AsyncOdataUsersEndpoint(AsyncOdataUsersOperations[AsyncOdataUser], AsyncEndpoint[AsyncOdataUser]):
    record_cls = AsyncOdataUser


class AsyncUserFtpAccountsEndpoint(
    AsyncUserFtpAccountsOperations[AsyncFtpAccount], AsyncEndpoint[AsyncFtpAccount]
):
    record_cls = AsyncFtpAccount


class AsyncOdataProjectsEndpoint(
    AsyncOdataProjectsOperations[AsyncOdataProject], AsyncEndpoint[AsyncOdataProject]
):
    record_cls = AsyncOdataProject


class AsyncGatesEndpoint(AsyncGatesOperations[AsyncGate], AsyncEndpoint[AsyncGate]):
    record_cls = AsyncGate


class AsyncBaseFeedersEndpoint(AsyncBaseFeedersOperations[AsyncBaseFeeder], AsyncEndpoint[AsyncBaseFeeder]):
    record_cls = AsyncBaseFeeder


class AsyncGenericBasicFeedersEndpoint(
    AsyncGenericBasicFeedersOperations[AsyncGenericBasicFeeder], AsyncEndpoint[AsyncGenericBasicFeeder]
):
    record_cls = AsyncGenericBasicFeeder


class AsyncStaticWebserviceFeedersEndpoint(
    AsyncStaticWebserviceFeedersOperations[AsyncStaticWebserviceFeeder],
    AsyncEndpoint[AsyncStaticWebserviceFeeder],
):
    record_cls = AsyncStaticWebserviceFeeder


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


class AsyncImportersEndpoint(AsyncImportersOperations[AsyncImporter], AsyncEndpoint[AsyncImporter]):
    record_cls = AsyncImporter


class AsyncImporterSeriesEndpoint(
    AsyncImporterSeriesOperations[AsyncImporterSeries], AsyncEndpoint[AsyncImporterSeries]
):
    record_cls = AsyncImporterSeries


class AsyncCleanersEndpoint(AsyncCleanersOperations[AsyncCleaner], AsyncEndpoint[AsyncCleaner]):
    record_cls = AsyncCleaner


class AsyncUnitcleanersEndpoint(
    AsyncUnitcleanersOperations[AsyncUnitcleaner], AsyncEndpoint[AsyncUnitcleaner]
):
    record_cls = AsyncUnitcleaner


class AsyncAnalysesEndpoint(AsyncAnalysesOperations[AsyncAnalysis], AsyncEndpoint[AsyncAnalysis]):
    record_cls = AsyncAnalysis


class AsyncAnalysisConfigsEndpoint(
    AsyncAnalysisConfigsOperations[AsyncAnalysisConfig], AsyncEndpoint[AsyncAnalysisConfig]
):
    record_cls = AsyncAnalysisConfig


class AsyncAnalysisInputsEndpoint(
    AsyncAnalysisInputsOperations[AsyncAnalysisInput], AsyncEndpoint[AsyncAnalysisInput]
):
    record_cls = AsyncAnalysisInput


class AsyncAnalysisOutputsEndpoint(
    AsyncAnalysisOutputsOperations[AsyncAnalysisOutput], AsyncEndpoint[AsyncAnalysisOutput]
):
    record_cls = AsyncAnalysisOutput


class AsyncNotificationsEndpoint(
    AsyncNotificationsOperations[AsyncNotification], AsyncEndpoint[AsyncNotification]
):
    record_cls = AsyncNotification


class AsyncBaseFeederTasksEndpoint(AsyncBaseFeederTasksOperations[AsyncTask], AsyncEndpoint[AsyncTask]):
    record_cls = AsyncTask


class AsyncImporterTasksEndpoint(AsyncImporterTasksOperations[AsyncTask], AsyncEndpoint[AsyncTask]):
    record_cls = AsyncTask


class AsyncCleanerTasksEndpoint(AsyncCleanerTasksOperations[AsyncTask], AsyncEndpoint[AsyncTask]):
    record_cls = AsyncTask


class AsyncAnalysisTasksEndpoint(AsyncAnalysisTasksOperations[AsyncTask], AsyncEndpoint[AsyncTask]):
    record_cls = AsyncTask


class AsyncSeriesExportTasksEndpoint(AsyncSeriesExportTasksOperations[AsyncTask], AsyncEndpoint[AsyncTask]):
    record_cls = AsyncTask
