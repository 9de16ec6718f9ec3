"""Contains all the data models used in inputs/outputs"""

from .active_state import ActiveState
from .active_value import ActiveValue
from .analysis import Analysis
from .analysis_config import AnalysisConfig
from .analysis_config_request import AnalysisConfigRequest
from .analysis_input import AnalysisInput
from .analysis_input_request import AnalysisInputRequest
from .analysis_output import AnalysisOutput
from .analysis_output_request import AnalysisOutputRequest
from .analysis_request import AnalysisRequest
from .base_feeder import BaseFeeder
from .base_feeder_request import BaseFeederRequest
from .cleaner import Cleaner
from .cleaner_request import CleanerRequest
from .clock import Clock
from .convention import Convention
from .dir_entry import DirEntry
from .dir_listing import DirListing
from .error import Error
from .external_ftp_account_request import ExternalFtpAccountRequest
from .frequency_unit import FrequencyUnit
from .ftp_account import FtpAccount
from .ftp_password import FtpPassword
from .gate import Gate
from .gate_request import GateRequest
from .generator_action import GeneratorAction
from .generator_action_name import GeneratorActionName
from .generic_basic_feeder import GenericBasicFeeder
from .generic_basic_feeder_request import GenericBasicFeederRequest
from .importer import Importer
from .importer_request import ImporterRequest
from .importer_series import ImporterSeries
from .list_dir_request import ListDirRequest
from .multi_select_request import MultiSelectRequest
from .multi_select_result import MultiSelectResult
from .named_series_data import NamedSeriesData
from .notification import Notification
from .odata_project import OdataProject
from .odata_user import OdataUser
from .organization import Organization
from .organization_request import OrganizationRequest
from .paginated_analysis_config_list import PaginatedAnalysisConfigList
from .paginated_analysis_input_list import PaginatedAnalysisInputList
from .paginated_analysis_list import PaginatedAnalysisList
from .paginated_analysis_output_list import PaginatedAnalysisOutputList
from .paginated_base_feeder_list import PaginatedBaseFeederList
from .paginated_cleaner_list import PaginatedCleanerList
from .paginated_ftp_account_list import PaginatedFtpAccountList
from .paginated_gate_list import PaginatedGateList
from .paginated_generic_basic_feeder_list import PaginatedGenericBasicFeederList
from .paginated_importer_list import PaginatedImporterList
from .paginated_importer_series_list import PaginatedImporterSeriesList
from .paginated_notification_list import PaginatedNotificationList
from .paginated_odata_project_list import PaginatedOdataProjectList
from .paginated_odata_user_list import PaginatedOdataUserList
from .paginated_organization_list import PaginatedOrganizationList
from .paginated_project_list import PaginatedProjectList
from .paginated_series_list import PaginatedSeriesList
from .paginated_static_webservice_feeder_list import PaginatedStaticWebserviceFeederList
from .paginated_task_list import PaginatedTaskList
from .paginated_unitcleaner_list import PaginatedUnitcleanerList
from .paginated_user_list import PaginatedUserList
from .patched_analysis_config_request import PatchedAnalysisConfigRequest
from .patched_analysis_input_request import PatchedAnalysisInputRequest
from .patched_analysis_output_request import PatchedAnalysisOutputRequest
from .patched_analysis_request import PatchedAnalysisRequest
from .patched_base_feeder_request import PatchedBaseFeederRequest
from .patched_cleaner_request import PatchedCleanerRequest
from .patched_gate_request import PatchedGateRequest
from .patched_generic_basic_feeder_request import PatchedGenericBasicFeederRequest
from .patched_importer_request import PatchedImporterRequest
from .patched_notification_request import PatchedNotificationRequest
from .patched_odata_project_request import PatchedOdataProjectRequest
from .patched_organization_request import PatchedOrganizationRequest
from .patched_project_request import PatchedProjectRequest
from .patched_series_request import PatchedSeriesRequest
from .patched_static_webservice_feeder_request import (
    PatchedStaticWebserviceFeederRequest,
)
from .patched_unitcleaner_request import PatchedUnitcleanerRequest
from .patched_user_request import PatchedUserRequest
from .project import Project
from .project_request import ProjectRequest
from .record_ref import RecordRef
from .resample_rule import ResampleRule
from .rights import Rights
from .series import Series
from .series_data import SeriesData
from .series_export_request import SeriesExportRequest
from .series_export_request_out_mode import SeriesExportRequestOutMode
from .static_webservice_feeder import StaticWebserviceFeeder
from .static_webservice_feeder_request import StaticWebserviceFeederRequest
from .task import Task
from .task_base import TaskBase
from .unit_type import UnitType
from .unitcleaner import Unitcleaner
from .unitcleaner_request import UnitcleanerRequest
from .user import User

__all__ = (
    "ActiveState",
    "ActiveValue",
    "Analysis",
    "AnalysisConfig",
    "AnalysisConfigRequest",
    "AnalysisInput",
    "AnalysisInputRequest",
    "AnalysisOutput",
    "AnalysisOutputRequest",
    "AnalysisRequest",
    "BaseFeeder",
    "BaseFeederRequest",
    "Cleaner",
    "CleanerRequest",
    "Clock",
    "Convention",
    "DirEntry",
    "DirListing",
    "Error",
    "ExternalFtpAccountRequest",
    "FrequencyUnit",
    "FtpAccount",
    "FtpPassword",
    "Gate",
    "GateRequest",
    "GeneratorAction",
    "GeneratorActionName",
    "GenericBasicFeeder",
    "GenericBasicFeederRequest",
    "Importer",
    "ImporterRequest",
    "ImporterSeries",
    "ListDirRequest",
    "MultiSelectRequest",
    "MultiSelectResult",
    "NamedSeriesData",
    "Notification",
    "OdataProject",
    "OdataUser",
    "Organization",
    "OrganizationRequest",
    "PaginatedAnalysisConfigList",
    "PaginatedAnalysisInputList",
    "PaginatedAnalysisList",
    "PaginatedAnalysisOutputList",
    "PaginatedBaseFeederList",
    "PaginatedCleanerList",
    "PaginatedFtpAccountList",
    "PaginatedGateList",
    "PaginatedGenericBasicFeederList",
    "PaginatedImporterList",
    "PaginatedImporterSeriesList",
    "PaginatedNotificationList",
    "PaginatedOdataProjectList",
    "PaginatedOdataUserList",
    "PaginatedOrganizationList",
    "PaginatedProjectList",
    "PaginatedSeriesList",
    "PaginatedStaticWebserviceFeederList",
    "PaginatedTaskList",
    "PaginatedUnitcleanerList",
    "PaginatedUserList",
    "PatchedAnalysisConfigRequest",
    "PatchedAnalysisInputRequest",
    "PatchedAnalysisOutputRequest",
    "PatchedAnalysisRequest",
    "PatchedBaseFeederRequest",
    "PatchedCleanerRequest",
    "PatchedGateRequest",
    "PatchedGenericBasicFeederRequest",
    "PatchedImporterRequest",
    "PatchedNotificationRequest",
    "PatchedOdataProjectRequest",
    "PatchedOrganizationRequest",
    "PatchedProjectRequest",
    "PatchedSeriesRequest",
    "PatchedStaticWebserviceFeederRequest",
    "PatchedUnitcleanerRequest",
    "PatchedUserRequest",
    "Project",
    "ProjectRequest",
    "RecordRef",
    "ResampleRule",
    "Rights",
    "Series",
    "SeriesData",
    "SeriesExportRequest",
    "SeriesExportRequestOutMode",
    "StaticWebserviceFeeder",
    "StaticWebserviceFeederRequest",
    "Task",
    "TaskBase",
    "Unitcleaner",
    "UnitcleanerRequest",
    "UnitType",
    "User",
)
