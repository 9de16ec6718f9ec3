"""Keyword arguments of create(...) and update(...), one TypedDict per request body (generated)."""

from typing import Any, NamedTuple, Required, TypedDict

from .support import HasId


class Names(NamedTuple):
    """The field names a request body accepts, those it requires, and those that take an id."""

    allowed: frozenset[str]
    required: frozenset[str]
    ids: frozenset[str]


class AnalysisConfigRequestFields(TypedDict, total=False):
    """Fields of `AnalysisConfigRequest`."""

    input_freq: Required[str]
    output_freq: Required[str]
    script: Required[str]
    analysis: Required[str | HasId]
    output_tags: list[Any]
    clock: str
    output_timezone: str
    start_with_first: bool
    wait_for_last: bool
    custom_before_offset: str | None
    custom_after_offset: str | None
    before_offset_strict_mode: bool
    with_tags: bool
    script_method: str
    wait_offset: str
    custom_delay: str | None


AnalysisConfigRequestNames = Names(
    frozenset(
        {
            "input_freq",
            "output_freq",
            "script",
            "analysis",
            "output_tags",
            "clock",
            "output_timezone",
            "start_with_first",
            "wait_for_last",
            "custom_before_offset",
            "custom_after_offset",
            "before_offset_strict_mode",
            "with_tags",
            "script_method",
            "wait_offset",
            "custom_delay",
        }
    ),
    frozenset({"input_freq", "output_freq", "script", "analysis"}),
    frozenset({"analysis"}),
)


class AnalysisInputRequestFields(TypedDict, total=False):
    """Fields of `AnalysisInputRequest`."""

    analysis: Required[str | HasId]
    input_series_generator: Required[str | HasId]
    input_series_name: Required[str]
    column_name: Required[str]


AnalysisInputRequestNames = Names(
    frozenset(
        {"analysis", "input_series_generator", "input_series_name", "column_name"}
    ),
    frozenset(
        {"analysis", "input_series_generator", "input_series_name", "column_name"}
    ),
    frozenset({"analysis", "input_series_generator"}),
)


class AnalysisOutputRequestFields(TypedDict, total=False):
    """Fields of `AnalysisOutputRequest`."""

    analysis: Required[str | HasId]
    name: Required[str]
    resample_rule: Required[str]
    label: str
    unit: str
    numerical_filter: str | None


AnalysisOutputRequestNames = Names(
    frozenset(
        {"analysis", "name", "resample_rule", "label", "unit", "numerical_filter"}
    ),
    frozenset({"analysis", "name", "resample_rule"}),
    frozenset({"analysis"}),
)


class AnalysisRequestFields(TypedDict, total=False):
    """Fields of `AnalysisRequest`."""

    name: Required[str]
    project: Required[str | HasId]
    comment: str


AnalysisRequestNames = Names(
    frozenset({"name", "project", "comment"}),
    frozenset({"name", "project"}),
    frozenset({"project"}),
)


class BaseFeederRequestFields(TypedDict, total=False):
    """Fields of `BaseFeederRequest`."""

    gate: Required[str | HasId]
    timezone: str
    crontab: str


BaseFeederRequestNames = Names(
    frozenset({"gate", "timezone", "crontab"}), frozenset({"gate"}), frozenset({"gate"})
)


class ExternalFtpAccountRequestFields(TypedDict, total=False):
    """Fields of `ExternalFtpAccountRequest`."""

    custom_host: Required[str]
    custom_protocol: Required[str]
    custom_login: Required[str]
    password: Required[str]
    custom_port: int | None


ExternalFtpAccountRequestNames = Names(
    frozenset(
        {"custom_host", "custom_protocol", "custom_login", "password", "custom_port"}
    ),
    frozenset({"custom_host", "custom_protocol", "custom_login", "password"}),
    frozenset({}),
)


class GateRequestFields(TypedDict, total=False):
    """Fields of `GateRequest`."""

    project: Required[str | HasId]
    name: Required[str]
    comment: str


GateRequestNames = Names(
    frozenset({"project", "name", "comment"}),
    frozenset({"project", "name"}),
    frozenset({"project"}),
)


class GenericBasicFeederRequestFields(TypedDict, total=False):
    """Fields of `GenericBasicFeederRequest`."""

    base_feeder: Required[str | HasId]
    script: str


GenericBasicFeederRequestNames = Names(
    frozenset({"base_feeder", "script"}),
    frozenset({"base_feeder"}),
    frozenset({"base_feeder"}),
)


class ImporterRequestFields(TypedDict, total=False):
    """Fields of `ImporterRequest`."""

    name: Required[str]
    project: Required[str | HasId]
    comment: str
    crontab: str
    auto_partial_reset: bool
    parse_script: str
    root_dir_path: str
    re_run_last_file: bool
    notify_missing_files_nb: int
    max_ante_scanned_files_nb: int
    gate: str | HasId | None


ImporterRequestNames = Names(
    frozenset(
        {
            "name",
            "project",
            "comment",
            "crontab",
            "auto_partial_reset",
            "parse_script",
            "root_dir_path",
            "re_run_last_file",
            "notify_missing_files_nb",
            "max_ante_scanned_files_nb",
            "gate",
        }
    ),
    frozenset({"name", "project"}),
    frozenset({"project", "gate"}),
)


class OrganizationRequestFields(TypedDict, total=False):
    """Fields of `OrganizationRequest`."""

    name: Required[str]
    comment: str
    control_affiliations: bool
    log_activity: bool


OrganizationRequestNames = Names(
    frozenset({"name", "comment", "control_affiliations", "log_activity"}),
    frozenset({"name"}),
    frozenset({}),
)


class PatchedAnalysisConfigRequestFields(TypedDict, total=False):
    """Fields of `PatchedAnalysisConfigRequest`."""

    output_tags: list[Any]
    clock: str
    output_timezone: str
    start_with_first: bool
    wait_for_last: bool
    input_freq: str
    output_freq: str
    custom_before_offset: str | None
    custom_after_offset: str | None
    before_offset_strict_mode: bool
    with_tags: bool
    script: str
    script_method: str
    wait_offset: str
    custom_delay: str | None
    analysis: str | HasId


PatchedAnalysisConfigRequestNames = Names(
    frozenset(
        {
            "output_tags",
            "clock",
            "output_timezone",
            "start_with_first",
            "wait_for_last",
            "input_freq",
            "output_freq",
            "custom_before_offset",
            "custom_after_offset",
            "before_offset_strict_mode",
            "with_tags",
            "script",
            "script_method",
            "wait_offset",
            "custom_delay",
            "analysis",
        }
    ),
    frozenset({}),
    frozenset({"analysis"}),
)


class PatchedAnalysisInputRequestFields(TypedDict, total=False):
    """Fields of `PatchedAnalysisInputRequest`."""

    analysis: str | HasId
    input_series_generator: str | HasId
    input_series_name: str
    column_name: str


PatchedAnalysisInputRequestNames = Names(
    frozenset(
        {"analysis", "input_series_generator", "input_series_name", "column_name"}
    ),
    frozenset({}),
    frozenset({"analysis", "input_series_generator"}),
)


class PatchedAnalysisOutputRequestFields(TypedDict, total=False):
    """Fields of `PatchedAnalysisOutputRequest`."""

    analysis: str | HasId
    name: str
    resample_rule: str
    label: str
    unit: str
    numerical_filter: str | None


PatchedAnalysisOutputRequestNames = Names(
    frozenset(
        {"analysis", "name", "resample_rule", "label", "unit", "numerical_filter"}
    ),
    frozenset({}),
    frozenset({"analysis"}),
)


class PatchedAnalysisRequestFields(TypedDict, total=False):
    """Fields of `PatchedAnalysisRequest`."""

    name: str
    comment: str
    project: str | HasId


PatchedAnalysisRequestNames = Names(
    frozenset({"name", "comment", "project"}), frozenset({}), frozenset({"project"})
)


class PatchedBaseFeederRequestFields(TypedDict, total=False):
    """Fields of `PatchedBaseFeederRequest`."""

    gate: str | HasId
    timezone: str
    crontab: str


PatchedBaseFeederRequestNames = Names(
    frozenset({"gate", "timezone", "crontab"}), frozenset({}), frozenset({"gate"})
)


class PatchedCleanerRequestFields(TypedDict, total=False):
    """Fields of `PatchedCleanerRequest`."""

    name: str
    comment: str


PatchedCleanerRequestNames = Names(
    frozenset({"name", "comment"}), frozenset({}), frozenset({})
)


class PatchedGateRequestFields(TypedDict, total=False):
    """Fields of `PatchedGateRequest`."""

    project: str | HasId
    name: str
    comment: str


PatchedGateRequestNames = Names(
    frozenset({"project", "name", "comment"}), frozenset({}), frozenset({"project"})
)


class PatchedGenericBasicFeederRequestFields(TypedDict, total=False):
    """Fields of `PatchedGenericBasicFeederRequest`."""

    base_feeder: str | HasId
    script: str


PatchedGenericBasicFeederRequestNames = Names(
    frozenset({"base_feeder", "script"}), frozenset({}), frozenset({"base_feeder"})
)


class PatchedImporterRequestFields(TypedDict, total=False):
    """Fields of `PatchedImporterRequest`."""

    name: str
    comment: str
    crontab: str
    auto_partial_reset: bool
    parse_script: str
    root_dir_path: str
    re_run_last_file: bool
    notify_missing_files_nb: int
    max_ante_scanned_files_nb: int
    project: str | HasId
    gate: str | HasId | None
    last_imported_path: str | None


PatchedImporterRequestNames = Names(
    frozenset(
        {
            "name",
            "comment",
            "crontab",
            "auto_partial_reset",
            "parse_script",
            "root_dir_path",
            "re_run_last_file",
            "notify_missing_files_nb",
            "max_ante_scanned_files_nb",
            "project",
            "gate",
            "last_imported_path",
        }
    ),
    frozenset({}),
    frozenset({"project", "gate"}),
)


class PatchedNotificationRequestFields(TypedDict, total=False):
    """Fields of `PatchedNotificationRequest`."""

    resolved: bool


PatchedNotificationRequestNames = Names(
    frozenset({"resolved"}), frozenset({}), frozenset({})
)


class PatchedOdataProjectRequestFields(TypedDict, total=False):
    """Fields of `PatchedOdataProjectRequest`."""

    mail_alerts_activated: bool


PatchedOdataProjectRequestNames = Names(
    frozenset({"mail_alerts_activated"}), frozenset({}), frozenset({})
)


class PatchedOrganizationRequestFields(TypedDict, total=False):
    """Fields of `PatchedOrganizationRequest`."""

    name: str
    comment: str
    control_affiliations: bool
    log_activity: bool


PatchedOrganizationRequestNames = Names(
    frozenset({"name", "comment", "control_affiliations", "log_activity"}),
    frozenset({}),
    frozenset({}),
)


class PatchedProjectRequestFields(TypedDict, total=False):
    """Fields of `PatchedProjectRequest`."""

    is_visible: bool
    organization: str | HasId
    name: str
    comment: str
    private_comment: str
    display_buildings: bool


PatchedProjectRequestNames = Names(
    frozenset(
        {
            "is_visible",
            "organization",
            "name",
            "comment",
            "private_comment",
            "display_buildings",
        }
    ),
    frozenset({}),
    frozenset({"organization"}),
)


class PatchedSeriesRequestFields(TypedDict, total=False):
    """Fields of `PatchedSeriesRequest`."""

    unit: str
    label: str


PatchedSeriesRequestNames = Names(
    frozenset({"unit", "label"}), frozenset({}), frozenset({})
)


class PatchedStaticWebserviceFeederRequestFields(TypedDict, total=False):
    """Fields of `PatchedStaticWebserviceFeederRequest`."""

    base_feeder: str | HasId
    url: str


PatchedStaticWebserviceFeederRequestNames = Names(
    frozenset({"base_feeder", "url"}), frozenset({}), frozenset({"base_feeder"})
)


class PatchedUnitcleanerRequestFields(TypedDict, total=False):
    """Fields of `PatchedUnitcleanerRequest`."""

    cleaner: str | HasId
    external_name: str
    name: str
    freq: str
    input_unit_type: str
    unit_type: str
    input_convention: str
    clock: str
    timezone: str
    unit: str
    label: str
    resample_rule: str
    interpolate_limit: int
    wait_offset: str
    input_expected_regular: bool
    operation_fct: str | None
    filter_fct: str | None
    derivative_filter_fct: str | None
    custom_delay: str | None
    custom_fct: str | None
    custom_before_offset: str | None
    custom_after_offset: str | None
    numerical_filter: str | None


PatchedUnitcleanerRequestNames = Names(
    frozenset(
        {
            "cleaner",
            "external_name",
            "name",
            "freq",
            "input_unit_type",
            "unit_type",
            "input_convention",
            "clock",
            "timezone",
            "unit",
            "label",
            "resample_rule",
            "interpolate_limit",
            "wait_offset",
            "input_expected_regular",
            "operation_fct",
            "filter_fct",
            "derivative_filter_fct",
            "custom_delay",
            "custom_fct",
            "custom_before_offset",
            "custom_after_offset",
            "numerical_filter",
        }
    ),
    frozenset({}),
    frozenset({"cleaner"}),
)


class PatchedUserRequestFields(TypedDict, total=False):
    """Fields of `PatchedUserRequest`."""

    first_name: str
    last_name: str


PatchedUserRequestNames = Names(
    frozenset({"first_name", "last_name"}), frozenset({}), frozenset({})
)


class ProjectRequestFields(TypedDict, total=False):
    """Fields of `ProjectRequest`."""

    organization: Required[str | HasId]
    name: Required[str]
    is_visible: bool
    comment: str
    private_comment: str
    display_buildings: bool


ProjectRequestNames = Names(
    frozenset(
        {
            "organization",
            "name",
            "is_visible",
            "comment",
            "private_comment",
            "display_buildings",
        }
    ),
    frozenset({"organization", "name"}),
    frozenset({"organization"}),
)


class StaticWebserviceFeederRequestFields(TypedDict, total=False):
    """Fields of `StaticWebserviceFeederRequest`."""

    base_feeder: Required[str | HasId]
    url: str


StaticWebserviceFeederRequestNames = Names(
    frozenset({"base_feeder", "url"}),
    frozenset({"base_feeder"}),
    frozenset({"base_feeder"}),
)


class UnitcleanerRequestFields(TypedDict, total=False):
    """Fields of `UnitcleanerRequest`."""

    cleaner: Required[str | HasId]
    external_name: Required[str]
    name: Required[str]
    freq: str
    input_unit_type: str
    unit_type: str
    input_convention: str
    clock: str
    timezone: str
    unit: str
    label: str
    resample_rule: str
    interpolate_limit: int
    wait_offset: str
    input_expected_regular: bool
    operation_fct: str | None
    filter_fct: str | None
    derivative_filter_fct: str | None
    custom_delay: str | None
    custom_fct: str | None
    custom_before_offset: str | None
    custom_after_offset: str | None
    numerical_filter: str | None


UnitcleanerRequestNames = Names(
    frozenset(
        {
            "cleaner",
            "external_name",
            "name",
            "freq",
            "input_unit_type",
            "unit_type",
            "input_convention",
            "clock",
            "timezone",
            "unit",
            "label",
            "resample_rule",
            "interpolate_limit",
            "wait_offset",
            "input_expected_regular",
            "operation_fct",
            "filter_fct",
            "derivative_filter_fct",
            "custom_delay",
            "custom_fct",
            "custom_before_offset",
            "custom_after_offset",
            "numerical_filter",
        }
    ),
    frozenset({"cleaner", "external_name", "name"}),
    frozenset({"cleaner"}),
)
