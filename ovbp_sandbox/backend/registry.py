"""What the sandbox knows about each collection: defaults, foreign keys, owned records, cascades.

Kept as plain data so the generic CRUD routes (api/crud.py) and the record rules (backend/platform_rules.py)
stay short; the wire field lists themselves come from the spec.
"""

from __future__ import annotations

from typing import Any

from ovbp_sandbox.spec_file import spec_dict

ORGANIZATIONS = "oteams/organizations"
PROJECTS = "oteams/projects"
USERS = "oteams/users"
ODATA_USERS = "odata/users"
USER_FTP_ACCOUNTS = "odata/user_ftp_accounts"
ODATA_PROJECTS = "odata/projects"
GATES = "odata/gates"
GATE_FTP_ACCOUNTS = "odata/gate_ftp_accounts"
BASE_FEEDERS = "odata/base_feeders"
GENERIC_BASIC_FEEDERS = "odata/generic_basic_feeders"
STATIC_WEBSERVICE_FEEDERS = "odata/static_webservice_feeder"
IMPORTERS = "odata/importers"
IMPORTER_SERIES = "odata/importer_series"
CLEANERS = "odata/cleaners"
UNITCLEANERS = "odata/unitcleaners"
ANALYSES = "odata/analyses"
ANALYSIS_CONFIGS = "odata/analysis_configs"
ANALYSIS_INPUTS = "odata/analysis_inputs"
ANALYSIS_OUTPUTS = "odata/analysis_outputs"
SERIES = "odata/series"
NOTIFICATIONS = "odata/notifications"
BASE_FEEDER_TASKS = "odata/base_feeder_tasks"
IMPORTER_TASKS = "odata/importer_tasks"
CLEANER_TASKS = "odata/cleaner_tasks"
ANALYSIS_TASKS = "odata/analysis_tasks"
SERIES_EXPORT_TASKS = "odata/series_export_tasks"

GENERATORS = (IMPORTERS, CLEANERS, ANALYSES)

# Fields every new record of a collection starts with (the request body overrides them).
DEFAULTS: dict[str, dict[str, Any]] = {
    ORGANIZATIONS: {"comment": "", "control_affiliations": False, "log_activity": False, "ftp_account": None},
    PROJECTS: {
        "odata": None,
        "obuildings": None,
        "is_visible": True,
        "comment": "",
        "private_comment": "",
        "display_buildings": False,
    },
    ODATA_PROJECTS: {"mail_alerts_activated": False},
    GATES: {"comment": "", "ftp_account": None, "base_feeder": None},
    BASE_FEEDERS: {
        "timezone": "Europe/Paris",
        "crontab": "0 0 0 * * *",
        "active": False,
        "child_id": None,
        "child_model": None,
    },
    GENERIC_BASIC_FEEDERS: {"script": ""},
    STATIC_WEBSERVICE_FEEDERS: {"url": ""},
    # with the spec's defaults of the fields a request leaves out (ImporterRequest's `default`s)
    IMPORTERS: {
        "active": False,
        "model": "importer",
        "last_run": None,
        "last_clear": None,
        "last_imported_path": None,
        "latest_imported_mdate": None,
    },
    CLEANERS: {"comment": "", "model": "cleaner", "last_run": None, "last_clear": None},
    # the fields a request leaves out take the spec's defaults (UnitcleanerRequest's `default`s)
    UNITCLEANERS: {"active": True, "input_series": None, "last_run": None, "last_clear": None},
    ANALYSES: {
        "analysisconfig": None,
        "active": True,
        "is_obsolete": False,
        "unresolved_notifications_nb": 0,
        "comment": "",
        "model": "analysis",
        "last_run": None,
        "last_clear": None,
    },
    ANALYSIS_CONFIGS: {
        "output_tags": [],
        "clock": "tzt",
        "output_timezone": "Europe/Paris",
        "start_with_first": False,
        "wait_for_last": False,
        "custom_before_offset": None,
        "custom_after_offset": None,
        "before_offset_strict_mode": False,
        "with_tags": False,
        "script_method": "array",
        "wait_offset": "6H",
        "custom_delay": None,
    },
    ANALYSIS_INPUTS: {},
    ANALYSIS_OUTPUTS: {"label": "", "unit": "", "numerical_filter": None},
}

# Writable foreign keys: field -> collections the id may point to (the record must be visible).


def request_defaults(schema: str) -> dict[str, Any]:
    """The `default` of each property of a request schema of the spec: what the platform takes for a
    field a request leaves out."""
    properties = spec_dict()["components"]["schemas"][schema]["properties"]
    return {name: spec["default"] for name, spec in properties.items() if "default" in spec}


DEFAULTS[IMPORTERS].update(request_defaults("ImporterRequest"))
DEFAULTS[UNITCLEANERS].update(request_defaults("UnitcleanerRequest"))

FOREIGN_KEYS: dict[str, dict[str, tuple[str, ...]]] = {
    PROJECTS: {"organization": (ORGANIZATIONS,)},
    GATES: {"project": (ODATA_PROJECTS,)},
    BASE_FEEDERS: {"gate": (GATES,)},
    GENERIC_BASIC_FEEDERS: {"base_feeder": (BASE_FEEDERS,)},
    STATIC_WEBSERVICE_FEEDERS: {"base_feeder": (BASE_FEEDERS,)},
    IMPORTERS: {"project": (ODATA_PROJECTS,), "gate": (GATES,)},
    UNITCLEANERS: {"cleaner": (CLEANERS,)},
    ANALYSES: {"project": (ODATA_PROJECTS,)},
    ANALYSIS_CONFIGS: {"analysis": (ANALYSES,)},
    ANALYSIS_INPUTS: {"analysis": (ANALYSES,), "input_series_generator": GENERATORS},
    ANALYSIS_OUTPUTS: {"analysis": (ANALYSES,)},
}

# The foreign key a new record takes its organization from.
ORGANIZATION_FROM: dict[str, str] = {
    PROJECTS: "organization",
    GATES: "project",
    BASE_FEEDERS: "gate",
    GENERIC_BASIC_FEEDERS: "base_feeder",
    STATIC_WEBSERVICE_FEEDERS: "base_feeder",
    IMPORTERS: "project",
    UNITCLEANERS: "cleaner",
    ANALYSES: "project",
    ANALYSIS_CONFIGS: "analysis",
    ANALYSIS_INPUTS: "analysis",
    ANALYSIS_OUTPUTS: "analysis",
}

# Records a record owns through one of its own fields (deleted with it): field -> collection.
OWNED: dict[str, dict[str, str]] = {
    PROJECTS: {"odata": ODATA_PROJECTS},
    GATES: {"ftp_account": GATE_FTP_ACCOUNTS, "base_feeder": BASE_FEEDERS},
    ANALYSES: {"analysisconfig": ANALYSIS_CONFIGS},
    ODATA_USERS: {"ftp_account": USER_FTP_ACCOUNTS},
}

# Records pointing at a record: (collection, field, "delete" | "null").
DEPENDENTS: dict[str, tuple[tuple[str, str, str], ...]] = {
    ODATA_PROJECTS: (
        (GATES, "project", "delete"),
        (IMPORTERS, "project", "delete"),
        (CLEANERS, "project", "delete"),
        (ANALYSES, "project", "delete"),
        (SERIES, "project", "delete"),
        (NOTIFICATIONS, "project", "delete"),
    ),
    GATES: ((IMPORTERS, "gate", "null"), (BASE_FEEDERS, "gate", "delete")),
    BASE_FEEDERS: (
        (GENERIC_BASIC_FEEDERS, "base_feeder", "delete"),
        (STATIC_WEBSERVICE_FEEDERS, "base_feeder", "delete"),
        (BASE_FEEDER_TASKS, "target", "delete"),
        (GATES, "base_feeder", "null"),
    ),
    GENERIC_BASIC_FEEDERS: ((BASE_FEEDERS, "child_id", "null"),),
    STATIC_WEBSERVICE_FEEDERS: ((BASE_FEEDERS, "child_id", "null"),),
    IMPORTERS: (
        (CLEANERS, "related_importer", "delete"),
        (IMPORTER_SERIES, "generator", "delete"),
        (SERIES, "generator", "delete"),
        (IMPORTER_TASKS, "target", "delete"),
        (NOTIFICATIONS, "generator", "delete"),
        (ANALYSIS_INPUTS, "input_series_generator", "delete"),
    ),
    CLEANERS: (
        (UNITCLEANERS, "cleaner", "delete"),
        (SERIES, "generator", "delete"),
        (CLEANER_TASKS, "target", "delete"),
        (NOTIFICATIONS, "generator", "delete"),
        (ANALYSIS_INPUTS, "input_series_generator", "delete"),
    ),
    UNITCLEANERS: ((IMPORTER_SERIES, "unitcleaner", "null"),),
    ANALYSES: (
        (ANALYSIS_CONFIGS, "analysis", "delete"),
        (ANALYSIS_INPUTS, "analysis", "delete"),
        (ANALYSIS_OUTPUTS, "analysis", "delete"),
        (SERIES, "generator", "delete"),
        (ANALYSIS_TASKS, "target", "delete"),
        (NOTIFICATIONS, "generator", "delete"),
        (ANALYSIS_INPUTS, "input_series_generator", "delete"),
    ),
    ANALYSIS_CONFIGS: ((ANALYSES, "analysisconfig", "null"),),
}


def target_of(collection: str, field: str) -> str:
    """The collection a foreign key of `collection` points to (one it owns, or the first it may name):
    where answers nest it (the spec's `x-forms` say which), the nested record comes from there."""
    owned = OWNED.get(collection, {}).get(field)
    return owned if owned is not None else FOREIGN_KEYS[collection][field][0]


FULL_RIGHTS = {"can_delete": True, "can_read": True, "can_admin": True, "can_write": True}

FTP_ACCOUNT_COLLECTIONS = (USER_FTP_ACCOUNTS, GATE_FTP_ACCOUNTS)
FEEDER_CHILD_MODELS = {
    GENERIC_BASIC_FEEDERS: "genericbasicfeeder",
    STATIC_WEBSERVICE_FEEDERS: "staticwebservicefeeder",
}
