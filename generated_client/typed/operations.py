"""The collections' operations, wired to the generated endpoint functions by import (generated)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, Unpack

from ..api.analyses import (
    analyses_create,
    analyses_destroy,
    analyses_list,
    analyses_partial_update,
    analyses_retrieve,
)
from ..api.analysis_configs import (
    analysis_configs_create,
    analysis_configs_destroy,
    analysis_configs_list,
    analysis_configs_partial_update,
    analysis_configs_retrieve,
)
from ..api.analysis_inputs import (
    analysis_inputs_create,
    analysis_inputs_destroy,
    analysis_inputs_list,
    analysis_inputs_partial_update,
    analysis_inputs_retrieve,
)
from ..api.analysis_outputs import (
    analysis_outputs_create,
    analysis_outputs_destroy,
    analysis_outputs_list,
    analysis_outputs_partial_update,
    analysis_outputs_retrieve,
)
from ..api.analysis_tasks import analysis_tasks_list, analysis_tasks_retrieve
from ..api.base_feeder_tasks import base_feeder_tasks_list, base_feeder_tasks_retrieve
from ..api.base_feeders import (
    base_feeders_create,
    base_feeders_destroy,
    base_feeders_list,
    base_feeders_partial_update,
    base_feeders_retrieve,
)
from ..api.cleaner_tasks import cleaner_tasks_list, cleaner_tasks_retrieve
from ..api.cleaners import (
    cleaners_destroy,
    cleaners_list,
    cleaners_partial_update,
    cleaners_retrieve,
)
from ..api.gate_ftp_accounts import (
    gate_ftp_accounts_list,
    gate_ftp_accounts_partial_update,
    gate_ftp_accounts_retrieve,
)
from ..api.gates import (
    gates_create,
    gates_destroy,
    gates_list,
    gates_partial_update,
    gates_retrieve,
)
from ..api.generic_basic_feeders import (
    generic_basic_feeders_create,
    generic_basic_feeders_destroy,
    generic_basic_feeders_list,
    generic_basic_feeders_partial_update,
    generic_basic_feeders_retrieve,
)
from ..api.importer_series import importer_series_list, importer_series_retrieve
from ..api.importer_tasks import importer_tasks_list, importer_tasks_retrieve
from ..api.importers import (
    importers_create,
    importers_destroy,
    importers_list,
    importers_partial_update,
    importers_retrieve,
)
from ..api.notifications import (
    notifications_destroy,
    notifications_list,
    notifications_partial_update,
    notifications_retrieve,
)
from ..api.odata_projects import (
    odata_projects_list,
    odata_projects_partial_update,
    odata_projects_retrieve,
)
from ..api.odata_users import odata_users_list, odata_users_retrieve
from ..api.organizations import (
    organizations_create,
    organizations_destroy,
    organizations_list,
    organizations_partial_update,
    organizations_retrieve,
)
from ..api.projects import (
    projects_create,
    projects_destroy,
    projects_list,
    projects_partial_update,
    projects_retrieve,
)
from ..api.series import (
    series_destroy,
    series_list,
    series_partial_update,
    series_retrieve,
)
from ..api.series_export_tasks import (
    series_export_tasks_list,
    series_export_tasks_retrieve,
)
from ..api.static_webservice_feeders import (
    static_webservice_feeders_create,
    static_webservice_feeders_destroy,
    static_webservice_feeders_list,
    static_webservice_feeders_partial_update,
    static_webservice_feeders_retrieve,
)
from ..api.unitcleaners import (
    unitcleaners_create,
    unitcleaners_destroy,
    unitcleaners_list,
    unitcleaners_partial_update,
    unitcleaners_retrieve,
)
from ..api.user_ftp_accounts import user_ftp_accounts_list, user_ftp_accounts_retrieve
from ..api.users import users_list, users_partial_update, users_retrieve
from ..models import (
    Analysis,
    AnalysisConfig,
    AnalysisConfigRequest,
    AnalysisInput,
    AnalysisInputRequest,
    AnalysisOutput,
    AnalysisOutputRequest,
    AnalysisRequest,
    BaseFeeder,
    BaseFeederRequest,
    Cleaner,
    ExternalFtpAccountRequest,
    FtpAccount,
    Gate,
    GateRequest,
    GenericBasicFeeder,
    GenericBasicFeederRequest,
    Importer,
    ImporterRequest,
    ImporterSeries,
    Notification,
    OdataProject,
    OdataUser,
    Organization,
    OrganizationRequest,
    PaginatedAnalysisConfigList,
    PaginatedAnalysisInputList,
    PaginatedAnalysisList,
    PaginatedAnalysisOutputList,
    PaginatedBaseFeederList,
    PaginatedCleanerList,
    PaginatedFtpAccountList,
    PaginatedGateList,
    PaginatedGenericBasicFeederList,
    PaginatedImporterList,
    PaginatedImporterSeriesList,
    PaginatedNotificationList,
    PaginatedOdataProjectList,
    PaginatedOdataUserList,
    PaginatedOrganizationList,
    PaginatedProjectList,
    PaginatedSeriesList,
    PaginatedStaticWebserviceFeederList,
    PaginatedTaskList,
    PaginatedUnitcleanerList,
    PaginatedUserList,
    PatchedAnalysisConfigRequest,
    PatchedAnalysisInputRequest,
    PatchedAnalysisOutputRequest,
    PatchedAnalysisRequest,
    PatchedBaseFeederRequest,
    PatchedCleanerRequest,
    PatchedGateRequest,
    PatchedGenericBasicFeederRequest,
    PatchedImporterRequest,
    PatchedNotificationRequest,
    PatchedOdataProjectRequest,
    PatchedOrganizationRequest,
    PatchedProjectRequest,
    PatchedSeriesRequest,
    PatchedStaticWebserviceFeederRequest,
    PatchedUnitcleanerRequest,
    PatchedUserRequest,
    Project,
    ProjectRequest,
    Series,
    StaticWebserviceFeeder,
    StaticWebserviceFeederRequest,
    Task,
    Unitcleaner,
    UnitcleanerRequest,
    User,
)
from .requests import (
    AnalysisConfigRequestFields,
    AnalysisConfigRequestNames,
    AnalysisInputRequestFields,
    AnalysisInputRequestNames,
    AnalysisOutputRequestFields,
    AnalysisOutputRequestNames,
    AnalysisRequestFields,
    AnalysisRequestNames,
    BaseFeederRequestFields,
    BaseFeederRequestNames,
    ExternalFtpAccountRequestFields,
    ExternalFtpAccountRequestNames,
    GateRequestFields,
    GateRequestNames,
    GenericBasicFeederRequestFields,
    GenericBasicFeederRequestNames,
    ImporterRequestFields,
    ImporterRequestNames,
    OrganizationRequestFields,
    OrganizationRequestNames,
    PatchedAnalysisConfigRequestFields,
    PatchedAnalysisConfigRequestNames,
    PatchedAnalysisInputRequestFields,
    PatchedAnalysisInputRequestNames,
    PatchedAnalysisOutputRequestFields,
    PatchedAnalysisOutputRequestNames,
    PatchedAnalysisRequestFields,
    PatchedAnalysisRequestNames,
    PatchedBaseFeederRequestFields,
    PatchedBaseFeederRequestNames,
    PatchedCleanerRequestFields,
    PatchedCleanerRequestNames,
    PatchedGateRequestFields,
    PatchedGateRequestNames,
    PatchedGenericBasicFeederRequestFields,
    PatchedGenericBasicFeederRequestNames,
    PatchedImporterRequestFields,
    PatchedImporterRequestNames,
    PatchedNotificationRequestFields,
    PatchedNotificationRequestNames,
    PatchedOdataProjectRequestFields,
    PatchedOdataProjectRequestNames,
    PatchedOrganizationRequestFields,
    PatchedOrganizationRequestNames,
    PatchedProjectRequestFields,
    PatchedProjectRequestNames,
    PatchedSeriesRequestFields,
    PatchedSeriesRequestNames,
    PatchedStaticWebserviceFeederRequestFields,
    PatchedStaticWebserviceFeederRequestNames,
    PatchedUnitcleanerRequestFields,
    PatchedUnitcleanerRequestNames,
    PatchedUserRequestFields,
    PatchedUserRequestNames,
    ProjectRequestFields,
    ProjectRequestNames,
    StaticWebserviceFeederRequestFields,
    StaticWebserviceFeederRequestNames,
    UnitcleanerRequestFields,
    UnitcleanerRequestNames,
)
from .support import EndpointCore, Updatable, check_fields, optional

R = TypeVar("R")


class AnalysesOperations(EndpointCore[R, Analysis]):
    """`odata/analyses`: the generated operations of tag `analyses`."""

    path = "odata/analyses"
    model = Analysis
    filter_names = ("project", "name")

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Analysis], int | None]:
        answer = self._send(
            analyses_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedAnalysisList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Analysis:
        answer = self._send(
            analyses_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, Analysis)

    def create(self, **fields: Unpack[AnalysisRequestFields]) -> R:
        """Create a record (POST `odata/analyses/`); unknown or missing names raise ValueError."""
        wire = check_fields("odata/analyses create", fields, *AnalysisRequestNames)
        body = AnalysisRequest.from_dict(wire)
        answer = self._send(analyses_create.sync_detailed, client=self._api, body=body)
        return self._record(self._expect(answer, Analysis))

    def _send_update(self, record_id: str, fields: Mapping[str, object]) -> Analysis:
        wire = check_fields(
            "odata/analyses update",
            fields,
            PatchedAnalysisRequestNames.allowed,
            frozenset(),
            PatchedAnalysisRequestNames.ids,
        )
        body = PatchedAnalysisRequest.from_dict(wire)
        answer = self._send(
            analyses_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, Analysis)

    def _send_destroy(self, record_id: str) -> None:
        self._send(analyses_destroy.sync_detailed, record_id, client=self._api)


class AnalysisConfigsOperations(EndpointCore[R, AnalysisConfig]):
    """`odata/analysis_configs`: the generated operations of tag `analysis_configs`."""

    path = "odata/analysis_configs"
    model = AnalysisConfig
    filter_names = ("analysis",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[AnalysisConfig], int | None]:
        answer = self._send(
            analysis_configs_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedAnalysisConfigList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> AnalysisConfig:
        answer = self._send(
            analysis_configs_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, AnalysisConfig)

    def create(self, **fields: Unpack[AnalysisConfigRequestFields]) -> R:
        """Create a record (POST `odata/analysis_configs/`); unknown or missing names raise ValueError."""
        wire = check_fields(
            "odata/analysis_configs create", fields, *AnalysisConfigRequestNames
        )
        body = AnalysisConfigRequest.from_dict(wire)
        answer = self._send(
            analysis_configs_create.sync_detailed, client=self._api, body=body
        )
        return self._record(self._expect(answer, AnalysisConfig))

    def _send_update(
        self, record_id: str, fields: Mapping[str, object]
    ) -> AnalysisConfig:
        wire = check_fields(
            "odata/analysis_configs update",
            fields,
            PatchedAnalysisConfigRequestNames.allowed,
            frozenset(),
            PatchedAnalysisConfigRequestNames.ids,
        )
        body = PatchedAnalysisConfigRequest.from_dict(wire)
        answer = self._send(
            analysis_configs_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, AnalysisConfig)

    def _send_destroy(self, record_id: str) -> None:
        self._send(analysis_configs_destroy.sync_detailed, record_id, client=self._api)


class AnalysisInputsOperations(EndpointCore[R, AnalysisInput]):
    """`odata/analysis_inputs`: the generated operations of tag `analysis_inputs`."""

    path = "odata/analysis_inputs"
    model = AnalysisInput
    filter_names = ("analysis",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[AnalysisInput], int | None]:
        answer = self._send(
            analysis_inputs_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedAnalysisInputList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> AnalysisInput:
        answer = self._send(
            analysis_inputs_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, AnalysisInput)

    def create(self, **fields: Unpack[AnalysisInputRequestFields]) -> R:
        """Create a record (POST `odata/analysis_inputs/`); unknown or missing names raise ValueError."""
        wire = check_fields(
            "odata/analysis_inputs create", fields, *AnalysisInputRequestNames
        )
        body = AnalysisInputRequest.from_dict(wire)
        answer = self._send(
            analysis_inputs_create.sync_detailed, client=self._api, body=body
        )
        return self._record(self._expect(answer, AnalysisInput))

    def _send_update(
        self, record_id: str, fields: Mapping[str, object]
    ) -> AnalysisInput:
        wire = check_fields(
            "odata/analysis_inputs update",
            fields,
            PatchedAnalysisInputRequestNames.allowed,
            frozenset(),
            PatchedAnalysisInputRequestNames.ids,
        )
        body = PatchedAnalysisInputRequest.from_dict(wire)
        answer = self._send(
            analysis_inputs_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, AnalysisInput)

    def _send_destroy(self, record_id: str) -> None:
        self._send(analysis_inputs_destroy.sync_detailed, record_id, client=self._api)


class AnalysisOutputsOperations(EndpointCore[R, AnalysisOutput]):
    """`odata/analysis_outputs`: the generated operations of tag `analysis_outputs`."""

    path = "odata/analysis_outputs"
    model = AnalysisOutput
    filter_names = ("analysis", "name")

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[AnalysisOutput], int | None]:
        answer = self._send(
            analysis_outputs_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedAnalysisOutputList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> AnalysisOutput:
        answer = self._send(
            analysis_outputs_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, AnalysisOutput)

    def create(self, **fields: Unpack[AnalysisOutputRequestFields]) -> R:
        """Create a record (POST `odata/analysis_outputs/`); unknown or missing names raise ValueError."""
        wire = check_fields(
            "odata/analysis_outputs create", fields, *AnalysisOutputRequestNames
        )
        body = AnalysisOutputRequest.from_dict(wire)
        answer = self._send(
            analysis_outputs_create.sync_detailed, client=self._api, body=body
        )
        return self._record(self._expect(answer, AnalysisOutput))

    def _send_update(
        self, record_id: str, fields: Mapping[str, object]
    ) -> AnalysisOutput:
        wire = check_fields(
            "odata/analysis_outputs update",
            fields,
            PatchedAnalysisOutputRequestNames.allowed,
            frozenset(),
            PatchedAnalysisOutputRequestNames.ids,
        )
        body = PatchedAnalysisOutputRequest.from_dict(wire)
        answer = self._send(
            analysis_outputs_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, AnalysisOutput)

    def _send_destroy(self, record_id: str) -> None:
        self._send(analysis_outputs_destroy.sync_detailed, record_id, client=self._api)


class AnalysisTasksOperations(EndpointCore[R, Task]):
    """`odata/analysis_tasks`: the generated operations of tag `analysis_tasks`."""

    path = "odata/analysis_tasks"
    model = Task
    filter_names = ("target",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Task], int | None]:
        answer = self._send(
            analysis_tasks_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedTaskList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Task:
        answer = self._send(
            analysis_tasks_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, Task)


class BaseFeederTasksOperations(EndpointCore[R, Task]):
    """`odata/base_feeder_tasks`: the generated operations of tag `base_feeder_tasks`."""

    path = "odata/base_feeder_tasks"
    model = Task
    filter_names = ("target",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Task], int | None]:
        answer = self._send(
            base_feeder_tasks_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedTaskList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Task:
        answer = self._send(
            base_feeder_tasks_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, Task)


class BaseFeedersOperations(EndpointCore[R, BaseFeeder]):
    """`odata/base_feeders`: the generated operations of tag `base_feeders`."""

    path = "odata/base_feeders"
    model = BaseFeeder
    filter_names = ("gate",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[BaseFeeder], int | None]:
        answer = self._send(
            base_feeders_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedBaseFeederList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> BaseFeeder:
        answer = self._send(
            base_feeders_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, BaseFeeder)

    def create(self, **fields: Unpack[BaseFeederRequestFields]) -> R:
        """Create a record (POST `odata/base_feeders/`); unknown or missing names raise ValueError."""
        wire = check_fields(
            "odata/base_feeders create", fields, *BaseFeederRequestNames
        )
        body = BaseFeederRequest.from_dict(wire)
        answer = self._send(
            base_feeders_create.sync_detailed, client=self._api, body=body
        )
        return self._record(self._expect(answer, BaseFeeder))

    def _send_update(self, record_id: str, fields: Mapping[str, object]) -> BaseFeeder:
        wire = check_fields(
            "odata/base_feeders update",
            fields,
            PatchedBaseFeederRequestNames.allowed,
            frozenset(),
            PatchedBaseFeederRequestNames.ids,
        )
        body = PatchedBaseFeederRequest.from_dict(wire)
        answer = self._send(
            base_feeders_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, BaseFeeder)

    def _send_destroy(self, record_id: str) -> None:
        self._send(base_feeders_destroy.sync_detailed, record_id, client=self._api)


class CleanerTasksOperations(EndpointCore[R, Task]):
    """`odata/cleaner_tasks`: the generated operations of tag `cleaner_tasks`."""

    path = "odata/cleaner_tasks"
    model = Task
    filter_names = ("target",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Task], int | None]:
        answer = self._send(
            cleaner_tasks_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedTaskList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Task:
        answer = self._send(
            cleaner_tasks_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, Task)


class CleanersOperations(EndpointCore[R, Cleaner]):
    """`odata/cleaners`: the generated operations of tag `cleaners`."""

    path = "odata/cleaners"
    model = Cleaner
    filter_names = ("project", "name", "related_importer")

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Cleaner], int | None]:
        answer = self._send(
            cleaners_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedCleanerList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Cleaner:
        answer = self._send(
            cleaners_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, Cleaner)

    def _send_update(self, record_id: str, fields: Mapping[str, object]) -> Cleaner:
        wire = check_fields(
            "odata/cleaners update",
            fields,
            PatchedCleanerRequestNames.allowed,
            frozenset(),
            PatchedCleanerRequestNames.ids,
        )
        body = PatchedCleanerRequest.from_dict(wire)
        answer = self._send(
            cleaners_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, Cleaner)

    def _send_destroy(self, record_id: str) -> None:
        self._send(cleaners_destroy.sync_detailed, record_id, client=self._api)


class GateFtpAccountsOperations(EndpointCore[R, FtpAccount]):
    """`odata/gate_ftp_accounts`: the generated operations of tag `gate_ftp_accounts`."""

    path = "odata/gate_ftp_accounts"
    model = FtpAccount
    filter_names = ("login",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[FtpAccount], int | None]:
        answer = self._send(
            gate_ftp_accounts_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedFtpAccountList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> FtpAccount:
        answer = self._send(
            gate_ftp_accounts_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, FtpAccount)

    def _send_update(self, record_id: str, fields: Mapping[str, object]) -> FtpAccount:
        wire = check_fields(
            "odata/gate_ftp_accounts update",
            fields,
            ExternalFtpAccountRequestNames.allowed,
            frozenset(),
            ExternalFtpAccountRequestNames.ids,
        )
        body = ExternalFtpAccountRequest.from_dict(wire)
        answer = self._send(
            gate_ftp_accounts_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, FtpAccount)


class GatesOperations(EndpointCore[R, Gate]):
    """`odata/gates`: the generated operations of tag `gates`."""

    path = "odata/gates"
    model = Gate
    filter_names = ("project", "name")

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Gate], int | None]:
        answer = self._send(
            gates_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedGateList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Gate:
        answer = self._send(gates_retrieve.sync_detailed, record_id, client=self._api)
        return self._expect(answer, Gate)

    def create(self, **fields: Unpack[GateRequestFields]) -> R:
        """Create a record (POST `odata/gates/`); unknown or missing names raise ValueError."""
        wire = check_fields("odata/gates create", fields, *GateRequestNames)
        body = GateRequest.from_dict(wire)
        answer = self._send(gates_create.sync_detailed, client=self._api, body=body)
        return self._record(self._expect(answer, Gate))

    def _send_update(self, record_id: str, fields: Mapping[str, object]) -> Gate:
        wire = check_fields(
            "odata/gates update",
            fields,
            PatchedGateRequestNames.allowed,
            frozenset(),
            PatchedGateRequestNames.ids,
        )
        body = PatchedGateRequest.from_dict(wire)
        answer = self._send(
            gates_partial_update.sync_detailed, record_id, client=self._api, body=body
        )
        return self._expect(answer, Gate)

    def _send_destroy(self, record_id: str) -> None:
        self._send(gates_destroy.sync_detailed, record_id, client=self._api)


class GenericBasicFeedersOperations(EndpointCore[R, GenericBasicFeeder]):
    """`odata/generic_basic_feeders`: the generated operations of tag `generic_basic_feeders`."""

    path = "odata/generic_basic_feeders"
    model = GenericBasicFeeder
    filter_names = ("base_feeder",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[GenericBasicFeeder], int | None]:
        answer = self._send(
            generic_basic_feeders_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedGenericBasicFeederList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> GenericBasicFeeder:
        answer = self._send(
            generic_basic_feeders_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, GenericBasicFeeder)

    def create(self, **fields: Unpack[GenericBasicFeederRequestFields]) -> R:
        """Create a record (POST `odata/generic_basic_feeders/`); unknown or missing names raise ValueError."""
        wire = check_fields(
            "odata/generic_basic_feeders create",
            fields,
            *GenericBasicFeederRequestNames,
        )
        body = GenericBasicFeederRequest.from_dict(wire)
        answer = self._send(
            generic_basic_feeders_create.sync_detailed, client=self._api, body=body
        )
        return self._record(self._expect(answer, GenericBasicFeeder))

    def _send_update(
        self, record_id: str, fields: Mapping[str, object]
    ) -> GenericBasicFeeder:
        wire = check_fields(
            "odata/generic_basic_feeders update",
            fields,
            PatchedGenericBasicFeederRequestNames.allowed,
            frozenset(),
            PatchedGenericBasicFeederRequestNames.ids,
        )
        body = PatchedGenericBasicFeederRequest.from_dict(wire)
        answer = self._send(
            generic_basic_feeders_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, GenericBasicFeeder)

    def _send_destroy(self, record_id: str) -> None:
        self._send(
            generic_basic_feeders_destroy.sync_detailed, record_id, client=self._api
        )


class ImporterSeriesOperations(EndpointCore[R, ImporterSeries]):
    """`odata/importer_series`: the generated operations of tag `importer_series`."""

    path = "odata/importer_series"
    model = ImporterSeries
    filter_names = ("generator", "name", "external_name")

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[ImporterSeries], int | None]:
        answer = self._send(
            importer_series_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedImporterSeriesList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> ImporterSeries:
        answer = self._send(
            importer_series_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, ImporterSeries)


class ImporterTasksOperations(EndpointCore[R, Task]):
    """`odata/importer_tasks`: the generated operations of tag `importer_tasks`."""

    path = "odata/importer_tasks"
    model = Task
    filter_names = ("target",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Task], int | None]:
        answer = self._send(
            importer_tasks_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedTaskList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Task:
        answer = self._send(
            importer_tasks_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, Task)


class ImportersOperations(EndpointCore[R, Importer]):
    """`odata/importers`: the generated operations of tag `importers`."""

    path = "odata/importers"
    model = Importer
    filter_names = ("project", "name", "gate")

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Importer], int | None]:
        answer = self._send(
            importers_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedImporterList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Importer:
        answer = self._send(
            importers_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, Importer)

    def create(self, **fields: Unpack[ImporterRequestFields]) -> R:
        """Create a record (POST `odata/importers/`); unknown or missing names raise ValueError."""
        wire = check_fields("odata/importers create", fields, *ImporterRequestNames)
        body = ImporterRequest.from_dict(wire)
        answer = self._send(importers_create.sync_detailed, client=self._api, body=body)
        return self._record(self._expect(answer, Importer))

    def _send_update(self, record_id: str, fields: Mapping[str, object]) -> Importer:
        wire = check_fields(
            "odata/importers update",
            fields,
            PatchedImporterRequestNames.allowed,
            frozenset(),
            PatchedImporterRequestNames.ids,
        )
        body = PatchedImporterRequest.from_dict(wire)
        answer = self._send(
            importers_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, Importer)

    def _send_destroy(self, record_id: str) -> None:
        self._send(importers_destroy.sync_detailed, record_id, client=self._api)


class NotificationsOperations(EndpointCore[R, Notification]):
    """`odata/notifications`: the generated operations of tag `notifications`."""

    path = "odata/notifications"
    model = Notification
    filter_names = ("project", "resolved", "generator", "source")

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Notification], int | None]:
        answer = self._send(
            notifications_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedNotificationList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Notification:
        answer = self._send(
            notifications_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, Notification)

    def _send_update(
        self, record_id: str, fields: Mapping[str, object]
    ) -> Notification:
        wire = check_fields(
            "odata/notifications update",
            fields,
            PatchedNotificationRequestNames.allowed,
            frozenset(),
            PatchedNotificationRequestNames.ids,
        )
        body = PatchedNotificationRequest.from_dict(wire)
        answer = self._send(
            notifications_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, Notification)

    def _send_destroy(self, record_id: str) -> None:
        self._send(notifications_destroy.sync_detailed, record_id, client=self._api)


class OdataProjectsOperations(EndpointCore[R, OdataProject]):
    """`odata/projects`: the generated operations of tag `odata_projects`."""

    path = "odata/projects"
    model = OdataProject
    filter_names = ("name",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[OdataProject], int | None]:
        answer = self._send(
            odata_projects_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedOdataProjectList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> OdataProject:
        answer = self._send(
            odata_projects_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, OdataProject)

    def _send_update(
        self, record_id: str, fields: Mapping[str, object]
    ) -> OdataProject:
        wire = check_fields(
            "odata/projects update",
            fields,
            PatchedOdataProjectRequestNames.allowed,
            frozenset(),
            PatchedOdataProjectRequestNames.ids,
        )
        body = PatchedOdataProjectRequest.from_dict(wire)
        answer = self._send(
            odata_projects_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, OdataProject)


class OdataUsersOperations(EndpointCore[R, OdataUser]):
    """`odata/users`: the generated operations of tag `odata_users`."""

    path = "odata/users"
    model = OdataUser
    filter_names = ()

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[OdataUser], int | None]:
        answer = self._send(
            odata_users_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedOdataUserList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> OdataUser:
        answer = self._send(
            odata_users_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, OdataUser)


class OrganizationsOperations(EndpointCore[R, Organization]):
    """`oteams/organizations`: the generated operations of tag `organizations`."""

    path = "oteams/organizations"
    model = Organization
    filter_names = ("name",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Organization], int | None]:
        answer = self._send(
            organizations_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedOrganizationList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Organization:
        answer = self._send(
            organizations_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, Organization)

    def create(self, **fields: Unpack[OrganizationRequestFields]) -> R:
        """Create a record (POST `oteams/organizations/`); unknown or missing names raise ValueError."""
        wire = check_fields(
            "oteams/organizations create", fields, *OrganizationRequestNames
        )
        body = OrganizationRequest.from_dict(wire)
        answer = self._send(
            organizations_create.sync_detailed, client=self._api, body=body
        )
        return self._record(self._expect(answer, Organization))

    def _send_update(
        self, record_id: str, fields: Mapping[str, object]
    ) -> Organization:
        wire = check_fields(
            "oteams/organizations update",
            fields,
            PatchedOrganizationRequestNames.allowed,
            frozenset(),
            PatchedOrganizationRequestNames.ids,
        )
        body = PatchedOrganizationRequest.from_dict(wire)
        answer = self._send(
            organizations_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, Organization)

    def _send_destroy(self, record_id: str) -> None:
        self._send(organizations_destroy.sync_detailed, record_id, client=self._api)


class ProjectsOperations(EndpointCore[R, Project]):
    """`oteams/projects`: the generated operations of tag `projects`."""

    path = "oteams/projects"
    model = Project
    filter_names = ("name", "organization")

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Project], int | None]:
        answer = self._send(
            projects_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedProjectList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Project:
        answer = self._send(
            projects_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, Project)

    def create(self, **fields: Unpack[ProjectRequestFields]) -> R:
        """Create a record (POST `oteams/projects/`); unknown or missing names raise ValueError."""
        wire = check_fields("oteams/projects create", fields, *ProjectRequestNames)
        body = ProjectRequest.from_dict(wire)
        answer = self._send(projects_create.sync_detailed, client=self._api, body=body)
        return self._record(self._expect(answer, Project))

    def _send_update(self, record_id: str, fields: Mapping[str, object]) -> Project:
        wire = check_fields(
            "oteams/projects update",
            fields,
            PatchedProjectRequestNames.allowed,
            frozenset(),
            PatchedProjectRequestNames.ids,
        )
        body = PatchedProjectRequest.from_dict(wire)
        answer = self._send(
            projects_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, Project)

    def _send_destroy(self, record_id: str) -> None:
        self._send(projects_destroy.sync_detailed, record_id, client=self._api)


class SeriesOperations(EndpointCore[R, Series]):
    """`odata/series`: the generated operations of tag `series`."""

    path = "odata/series"
    model = Series
    filter_names = (
        "generator",
        "project",
        "name",
        "project_name",
        "generator_model",
        "generator_name",
    )

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Series], int | None]:
        answer = self._send(
            series_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedSeriesList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Series:
        answer = self._send(series_retrieve.sync_detailed, record_id, client=self._api)
        return self._expect(answer, Series)

    def _send_update(self, record_id: str, fields: Mapping[str, object]) -> Series:
        wire = check_fields(
            "odata/series update",
            fields,
            PatchedSeriesRequestNames.allowed,
            frozenset(),
            PatchedSeriesRequestNames.ids,
        )
        body = PatchedSeriesRequest.from_dict(wire)
        answer = self._send(
            series_partial_update.sync_detailed, record_id, client=self._api, body=body
        )
        return self._expect(answer, Series)

    def _send_destroy(self, record_id: str) -> None:
        self._send(series_destroy.sync_detailed, record_id, client=self._api)


class SeriesExportTasksOperations(EndpointCore[R, Task]):
    """`odata/series_export_tasks`: the generated operations of tag `series_export_tasks`."""

    path = "odata/series_export_tasks"
    model = Task
    filter_names = ("target",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Task], int | None]:
        answer = self._send(
            series_export_tasks_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedTaskList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Task:
        answer = self._send(
            series_export_tasks_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, Task)


class StaticWebserviceFeedersOperations(EndpointCore[R, StaticWebserviceFeeder]):
    """`odata/static_webservice_feeder`: the generated operations of tag `static_webservice_feeders`."""

    path = "odata/static_webservice_feeder"
    model = StaticWebserviceFeeder
    filter_names = ("base_feeder",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[StaticWebserviceFeeder], int | None]:
        answer = self._send(
            static_webservice_feeders_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedStaticWebserviceFeederList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> StaticWebserviceFeeder:
        answer = self._send(
            static_webservice_feeders_retrieve.sync_detailed,
            record_id,
            client=self._api,
        )
        return self._expect(answer, StaticWebserviceFeeder)

    def create(self, **fields: Unpack[StaticWebserviceFeederRequestFields]) -> R:
        """Create a record (POST `odata/static_webservice_feeder/`); unknown or missing names raise ValueError."""
        wire = check_fields(
            "odata/static_webservice_feeder create",
            fields,
            *StaticWebserviceFeederRequestNames,
        )
        body = StaticWebserviceFeederRequest.from_dict(wire)
        answer = self._send(
            static_webservice_feeders_create.sync_detailed, client=self._api, body=body
        )
        return self._record(self._expect(answer, StaticWebserviceFeeder))

    def _send_update(
        self, record_id: str, fields: Mapping[str, object]
    ) -> StaticWebserviceFeeder:
        wire = check_fields(
            "odata/static_webservice_feeder update",
            fields,
            PatchedStaticWebserviceFeederRequestNames.allowed,
            frozenset(),
            PatchedStaticWebserviceFeederRequestNames.ids,
        )
        body = PatchedStaticWebserviceFeederRequest.from_dict(wire)
        answer = self._send(
            static_webservice_feeders_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, StaticWebserviceFeeder)

    def _send_destroy(self, record_id: str) -> None:
        self._send(
            static_webservice_feeders_destroy.sync_detailed, record_id, client=self._api
        )


class UnitcleanersOperations(EndpointCore[R, Unitcleaner]):
    """`odata/unitcleaners`: the generated operations of tag `unitcleaners`."""

    path = "odata/unitcleaners"
    model = Unitcleaner
    filter_names = ("cleaner", "external_name", "name")

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[Unitcleaner], int | None]:
        answer = self._send(
            unitcleaners_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedUnitcleanerList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> Unitcleaner:
        answer = self._send(
            unitcleaners_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, Unitcleaner)

    def create(self, **fields: Unpack[UnitcleanerRequestFields]) -> R:
        """Create a record (POST `odata/unitcleaners/`); unknown or missing names raise ValueError."""
        wire = check_fields(
            "odata/unitcleaners create", fields, *UnitcleanerRequestNames
        )
        body = UnitcleanerRequest.from_dict(wire)
        answer = self._send(
            unitcleaners_create.sync_detailed, client=self._api, body=body
        )
        return self._record(self._expect(answer, Unitcleaner))

    def _send_update(self, record_id: str, fields: Mapping[str, object]) -> Unitcleaner:
        wire = check_fields(
            "odata/unitcleaners update",
            fields,
            PatchedUnitcleanerRequestNames.allowed,
            frozenset(),
            PatchedUnitcleanerRequestNames.ids,
        )
        body = PatchedUnitcleanerRequest.from_dict(wire)
        answer = self._send(
            unitcleaners_partial_update.sync_detailed,
            record_id,
            client=self._api,
            body=body,
        )
        return self._expect(answer, Unitcleaner)

    def _send_destroy(self, record_id: str) -> None:
        self._send(unitcleaners_destroy.sync_detailed, record_id, client=self._api)


class UserFtpAccountsOperations(EndpointCore[R, FtpAccount]):
    """`odata/user_ftp_accounts`: the generated operations of tag `user_ftp_accounts`."""

    path = "odata/user_ftp_accounts"
    model = FtpAccount
    filter_names = ("login",)

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[FtpAccount], int | None]:
        answer = self._send(
            user_ftp_accounts_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedFtpAccountList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> FtpAccount:
        answer = self._send(
            user_ftp_accounts_retrieve.sync_detailed, record_id, client=self._api
        )
        return self._expect(answer, FtpAccount)


class UsersOperations(EndpointCore[R, User]):
    """`oteams/users`: the generated operations of tag `users`."""

    path = "oteams/users"
    model = User
    filter_names = ("username", "email")

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[User], int | None]:
        answer = self._send(
            users_list.sync_detailed,
            client=self._api,
            start=start,
            length=length,
            **filters,
        )
        page = self._expect(answer, PaginatedUserList)
        return page.data, optional(page.records_filtered)

    def _fetch_one(self, record_id: str) -> User:
        answer = self._send(users_retrieve.sync_detailed, record_id, client=self._api)
        return self._expect(answer, User)

    def _send_update(self, record_id: str, fields: Mapping[str, object]) -> User:
        wire = check_fields(
            "oteams/users update",
            fields,
            PatchedUserRequestNames.allowed,
            frozenset(),
            PatchedUserRequestNames.ids,
        )
        body = PatchedUserRequest.from_dict(wire)
        answer = self._send(
            users_partial_update.sync_detailed, record_id, client=self._api, body=body
        )
        return self._expect(answer, User)


class FtpAccountUpdate(Updatable):
    """The typed `update(...)` of `FtpAccount` records."""

    def update(self, **fields: Unpack[ExternalFtpAccountRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class OrganizationUpdate(Updatable):
    """The typed `update(...)` of `Organization` records."""

    def update(self, **fields: Unpack[PatchedOrganizationRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class ProjectUpdate(Updatable):
    """The typed `update(...)` of `Project` records."""

    def update(self, **fields: Unpack[PatchedProjectRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class UserUpdate(Updatable):
    """The typed `update(...)` of `User` records."""

    def update(self, **fields: Unpack[PatchedUserRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class OdataProjectUpdate(Updatable):
    """The typed `update(...)` of `OdataProject` records."""

    def update(self, **fields: Unpack[PatchedOdataProjectRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class GateUpdate(Updatable):
    """The typed `update(...)` of `Gate` records."""

    def update(self, **fields: Unpack[PatchedGateRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class BaseFeederUpdate(Updatable):
    """The typed `update(...)` of `BaseFeeder` records."""

    def update(self, **fields: Unpack[PatchedBaseFeederRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class GenericBasicFeederUpdate(Updatable):
    """The typed `update(...)` of `GenericBasicFeeder` records."""

    def update(self, **fields: Unpack[PatchedGenericBasicFeederRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class StaticWebserviceFeederUpdate(Updatable):
    """The typed `update(...)` of `StaticWebserviceFeeder` records."""

    def update(
        self, **fields: Unpack[PatchedStaticWebserviceFeederRequestFields]
    ) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class ImporterUpdate(Updatable):
    """The typed `update(...)` of `Importer` records."""

    def update(self, **fields: Unpack[PatchedImporterRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class CleanerUpdate(Updatable):
    """The typed `update(...)` of `Cleaner` records."""

    def update(self, **fields: Unpack[PatchedCleanerRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class UnitcleanerUpdate(Updatable):
    """The typed `update(...)` of `Unitcleaner` records."""

    def update(self, **fields: Unpack[PatchedUnitcleanerRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class AnalysisUpdate(Updatable):
    """The typed `update(...)` of `Analysis` records."""

    def update(self, **fields: Unpack[PatchedAnalysisRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class AnalysisConfigUpdate(Updatable):
    """The typed `update(...)` of `AnalysisConfig` records."""

    def update(self, **fields: Unpack[PatchedAnalysisConfigRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class AnalysisInputUpdate(Updatable):
    """The typed `update(...)` of `AnalysisInput` records."""

    def update(self, **fields: Unpack[PatchedAnalysisInputRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class AnalysisOutputUpdate(Updatable):
    """The typed `update(...)` of `AnalysisOutput` records."""

    def update(self, **fields: Unpack[PatchedAnalysisOutputRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class SeriesUpdate(Updatable):
    """The typed `update(...)` of `Series` records."""

    def update(self, **fields: Unpack[PatchedSeriesRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)


class NotificationUpdate(Updatable):
    """The typed `update(...)` of `Notification` records."""

    def update(self, **fields: Unpack[PatchedNotificationRequestFields]) -> None:
        """PATCH these fields on the platform, then read the answer."""
        self._update(fields)
