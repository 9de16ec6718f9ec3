"""Typed read-only views of the generated answer models, one per schema (generated)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..models import (
    ActiveState as ActiveStateModel,
)
from ..models import (
    Analysis as AnalysisModel,
)
from ..models import (
    AnalysisConfig as AnalysisConfigModel,
)
from ..models import (
    AnalysisInput as AnalysisInputModel,
)
from ..models import (
    AnalysisOutput as AnalysisOutputModel,
)
from ..models import (
    BaseFeeder as BaseFeederModel,
)
from ..models import (
    Cleaner as CleanerModel,
)
from ..models import (
    CleanerRequest as CleanerRequestModel,
)
from ..models import (
    DirEntry as DirEntryModel,
)
from ..models import (
    DirListing as DirListingModel,
)
from ..models import (
    FtpAccount as FtpAccountModel,
)
from ..models import (
    FtpPassword as FtpPasswordModel,
)
from ..models import (
    Gate as GateModel,
)
from ..models import (
    GenericBasicFeeder as GenericBasicFeederModel,
)
from ..models import (
    Importer as ImporterModel,
)
from ..models import (
    ImporterSeries as ImporterSeriesModel,
)
from ..models import (
    NamedSeriesData as NamedSeriesDataModel,
)
from ..models import (
    Notification as NotificationModel,
)
from ..models import (
    OdataProject as OdataProjectModel,
)
from ..models import (
    OdataUser as OdataUserModel,
)
from ..models import (
    Organization as OrganizationModel,
)
from ..models import (
    Project as ProjectModel,
)
from ..models import (
    RecordRef as RecordRefModel,
)
from ..models import (
    Rights as RightsModel,
)
from ..models import (
    Series as SeriesModel,
)
from ..models import (
    SeriesData as SeriesDataModel,
)
from ..models import (
    StaticWebserviceFeeder as StaticWebserviceFeederModel,
)
from ..models import (
    Task as TaskModel,
)
from ..models import (
    TaskBase as TaskBaseModel,
)
from ..models import (
    Unitcleaner as UnitcleanerModel,
)
from ..models import (
    User as UserModel,
)
from .support import (
    ModelView,
    nested_view,
    optional,
    ref_id,
    required_ref_id,
    utc_datetime,
    view,
)

__all__ = [
    "RightsFields",
    "FtpAccountFields",
    "TaskBaseFields",
    "TaskFields",
    "RecordRefFields",
    "OrganizationFields",
    "ProjectFields",
    "UserFields",
    "OdataUserFields",
    "OdataProjectFields",
    "GateFields",
    "BaseFeederFields",
    "GenericBasicFeederFields",
    "StaticWebserviceFeederFields",
    "ImporterFields",
    "ImporterSeriesFields",
    "CleanerFields",
    "CleanerRequestFields",
    "UnitcleanerFields",
    "AnalysisFields",
    "AnalysisConfigFields",
    "AnalysisInputFields",
    "AnalysisOutputFields",
    "SeriesFields",
    "NotificationFields",
    "ActiveStateFields",
    "FtpPasswordFields",
    "DirEntryFields",
    "DirListingFields",
    "SeriesDataFields",
    "NamedSeriesDataFields",
]


class RightsFields(ModelView[RightsModel]):
    """Fields of `Rights` answers. The caller's rights on a record."""

    @property
    def can_read(self) -> bool:
        """`can_read` of the answer."""
        return self._model.can_read

    @property
    def can_write(self) -> bool:
        """`can_write` of the answer."""
        return self._model.can_write

    @property
    def can_admin(self) -> bool:
        """`can_admin` of the answer."""
        return self._model.can_admin

    @property
    def can_delete(self) -> bool:
        """`can_delete` of the answer."""
        return self._model.can_delete


class FtpAccountFields(ModelView[FtpAccountModel]):
    """Fields of `FtpAccount` answers. An FTP account (a user's own, or a gate's). Until an account is attached or configured its host is `""` (the old client tests `host == ""`); null is read the same way."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def protocol(self) -> str:
        """Known values: `ftp`, `sftp`, `ftps`."""
        return self._present(self._model.protocol, "protocol")

    @property
    def host(self) -> str | None:
        """`host` of the answer."""
        return self._present(self._model.host, "host")

    @property
    def port(self) -> int | None:
        """`port` of the answer."""
        return self._present(self._model.port, "port")

    @property
    def login(self) -> str | None:
        """`login` of the answer."""
        return self._present(self._model.login, "login")


class TaskBaseFields(ModelView[TaskBaseModel]):
    """Fields of `TaskBase` answers. The state of a task."""

    @property
    def status(self) -> str:
        """Known values: `pending`, `running`, `finished`, `failed`, `refused`, `cancelled`, `server_error`, `not_found`. Clients poll while it is `pending` or `running`."""
        return self._model.status

    @property
    def creation_date(self) -> dt.datetime:
        """UTC datetime, `%Y-%m-%dT%H:%M:%S.%fZ`."""
        return utc_datetime(self._model.creation_date)

    @property
    def start_date(self) -> dt.datetime | None:
        """UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null."""
        return utc_datetime(self._model.start_date)

    @property
    def end_date(self) -> dt.datetime | None:
        """UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null."""
        return utc_datetime(self._model.end_date)

    @property
    def message(self) -> str:
        """Why the task failed, empty otherwise."""
        return self._model.message


class TaskFields(ModelView[TaskModel]):
    """Fields of `Task` answers. A run of a generator, a feeder or an export; its state is under `base`."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def base(self) -> TaskBaseFields:
        """`base` of the answer."""
        return TaskBaseFields(self._present(self._model.base, "base"), self, "base")

    @property
    def target(self) -> str | None:
        """Id of the record the task runs on (importer, cleaner, analysis or base feeder; null for exports), or null. (its id; read nested too)"""
        return ref_id(self._present(self._model.target, "target"))

    @property
    def target_nested(self) -> RecordRefFields | None:
        """`target` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.target, self, "target"
        )


class RecordRefFields(ModelView[RecordRefModel]):
    """Fields of `RecordRef` answers. A record named inside another answer rather than by its id alone, as some answers nest a foreign key: its id, and where sent its name and model (2017-18 answers nest a generator as `{id, model, name}` and an importer's gate as `{id, name}`)."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def name(self) -> str | None:
        """`name` of the answer."""
        return optional(self._model.name)

    @property
    def model(self) -> str | None:
        """Known values: `importer`, `cleaner`, `analysis`."""
        return optional(self._model.model)


class OrganizationFields(ModelView[OrganizationModel]):
    """Fields of `Organization` answers. An organization: owns projects and users."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def name(self) -> str:
        """`name` of the answer."""
        return self._present(self._model.name, "name")

    @property
    def comment(self) -> str:
        """`comment` of the answer."""
        return self._present(self._model.comment, "comment")

    @property
    def control_affiliations(self) -> bool:
        """`control_affiliations` of the answer."""
        return self._present(self._model.control_affiliations, "control_affiliations")

    @property
    def log_activity(self) -> bool:
        """`log_activity` of the answer."""
        return self._present(self._model.log_activity, "log_activity")

    @property
    def ftp_account(self) -> str | None:
        """Id of the organization's FTP account, or null. (its id; read nested too)"""
        return ref_id(self._present(self._model.ftp_account, "ftp_account"))

    @property
    def ftp_account_nested(self) -> RecordRefFields | None:
        """`ftp_account` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields,
            RecordRefModel,
            self._model.ftp_account,
            self,
            "ftp_account",
        )


class ProjectFields(ModelView[ProjectModel]):
    """Fields of `Project` answers. A team project of an organization; `odata` is its odata project."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def odata(self) -> str | None:
        """The odata project holding the project's data, as an id (every answer of the sandbox, as the guide shows) or nested; null when none."""
        return ref_id(self._present(self._model.odata, "odata"))

    @property
    def odata_nested(self) -> OdataProjectFields | None:
        """`odata` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            OdataProjectFields, OdataProjectModel, self._model.odata, self, "odata"
        )

    @property
    def obuildings(self) -> str | None:
        """Id of the obuildings project, or null. (its id; read nested too)"""
        return ref_id(self._present(self._model.obuildings, "obuildings"))

    @property
    def obuildings_nested(self) -> RecordRefFields | None:
        """`obuildings` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.obuildings, self, "obuildings"
        )

    @property
    def is_visible(self) -> bool:
        """`is_visible` of the answer."""
        return self._present(self._model.is_visible, "is_visible")

    @property
    def organization(self) -> str:
        """The organization: nested in list and retrieve answers, its id in create and update answers (the flat serializer)."""
        return required_ref_id(self._present(self._model.organization, "organization"))

    @property
    def organization_nested(self) -> OrganizationFields | None:
        """`organization` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            OrganizationFields,
            OrganizationModel,
            self._model.organization,
            self,
            "organization",
        )

    @property
    def name(self) -> str:
        """`name` of the answer."""
        return self._present(self._model.name, "name")

    @property
    def comment(self) -> str:
        """`comment` of the answer."""
        return self._present(self._model.comment, "comment")

    @property
    def private_comment(self) -> str:
        """`private_comment` of the answer."""
        return self._present(self._model.private_comment, "private_comment")

    @property
    def creation_date(self) -> str:
        """Date `YYYY-MM-DD`."""
        return self._present(self._model.creation_date, "creation_date")

    @property
    def display_buildings(self) -> bool:
        """`display_buildings` of the answer."""
        return self._present(self._model.display_buildings, "display_buildings")


class UserFields(ModelView[UserModel]):
    """Fields of `User` answers. A platform user; `odata` is the id of their odata user."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def username(self) -> str:
        """`username` of the answer."""
        return self._present(self._model.username, "username")

    @property
    def email(self) -> str:
        """`email` of the answer."""
        return self._present(self._model.email, "email")

    @property
    def first_name(self) -> str:
        """`first_name` of the answer."""
        return self._present(self._model.first_name, "first_name")

    @property
    def last_name(self) -> str:
        """`last_name` of the answer."""
        return self._present(self._model.last_name, "last_name")

    @property
    def odata(self) -> str | None:
        """The odata user, as an id (every answer of the sandbox) or nested; null when none."""
        return ref_id(self._present(self._model.odata, "odata"))

    @property
    def odata_nested(self) -> OdataUserFields | None:
        """`odata` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            OdataUserFields, OdataUserModel, self._model.odata, self, "odata"
        )


class OdataUserFields(ModelView[OdataUserModel]):
    """Fields of `OdataUser` answers. The data side of a user: `ftp_account` is their personal FTP account, where exports land."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def ftp_account(self) -> str | None:
        """The user's FTP account, as an id (every answer of the sandbox) or nested; null when none."""
        return ref_id(self._present(self._model.ftp_account, "ftp_account"))

    @property
    def ftp_account_nested(self) -> FtpAccountFields | None:
        """`ftp_account` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            FtpAccountFields,
            FtpAccountModel,
            self._model.ftp_account,
            self,
            "ftp_account",
        )


class OdataProjectFields(ModelView[OdataProjectModel]):
    """Fields of `OdataProject` answers. The data side of a team project."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def name(self) -> str:
        """`name` of the answer."""
        return self._present(self._model.name, "name")

    @property
    def mail_alerts_activated(self) -> bool:
        """`mail_alerts_activated` of the answer."""
        return self._present(self._model.mail_alerts_activated, "mail_alerts_activated")


class GateFields(ModelView[GateModel]):
    """Fields of `Gate` answers. A gate receives files on its FTP account. `base_feeder` is an id in lists and a nested object in retrieve answers."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def project(self) -> str:
        """Id of the odata project. (its id; read nested too)"""
        return required_ref_id(self._present(self._model.project, "project"))

    @property
    def project_nested(self) -> RecordRefFields | None:
        """`project` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.project, self, "project"
        )

    @property
    def name(self) -> str:
        """`name` of the answer."""
        return self._present(self._model.name, "name")

    @property
    def comment(self) -> str:
        """`comment` of the answer."""
        return self._present(self._model.comment, "comment")

    @property
    def ftp_account(self) -> str | None:
        """The gate's FTP account: nested in list and retrieve answers (id, protocol, host, port, login; never the password), its id in create and update answers (the flat serializer); null when none."""
        return ref_id(self._present(self._model.ftp_account, "ftp_account"))

    @property
    def ftp_account_nested(self) -> FtpAccountFields | None:
        """`ftp_account` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            FtpAccountFields,
            FtpAccountModel,
            self._model.ftp_account,
            self,
            "ftp_account",
        )

    @property
    def base_feeder(self) -> str | None:
        """The gate's base feeder, nested in retrieve answers, its id in list, create and update answers; null when none."""
        return ref_id(self._present(self._model.base_feeder, "base_feeder"))

    @property
    def base_feeder_nested(self) -> BaseFeederFields | None:
        """`base_feeder` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            BaseFeederFields,
            BaseFeederModel,
            self._model.base_feeder,
            self,
            "base_feeder",
        )


class BaseFeederFields(ModelView[BaseFeederModel]):
    """Fields of `BaseFeeder` answers. A gate's feeder: fills the gate's FTP account on its crontab."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def gate(self) -> str:
        """Id of the gate. (its id; read nested too)"""
        return required_ref_id(self._present(self._model.gate, "gate"))

    @property
    def gate_nested(self) -> RecordRefFields | None:
        """`gate` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.gate, self, "gate"
        )

    @property
    def timezone(self) -> str:
        """`timezone` of the answer."""
        return self._present(self._model.timezone, "timezone")

    @property
    def crontab(self) -> str:
        """Six fields, seconds first: `0 0 0 1 1 *`."""
        return self._present(self._model.crontab, "crontab")

    @property
    def active(self) -> bool:
        """`active` of the answer."""
        return self._present(self._model.active, "active")

    @property
    def child_id(self) -> str | None:
        """Id of the child feeder, or null. (its id; read nested too)"""
        return ref_id(self._present(self._model.child_id, "child_id"))

    @property
    def child_id_nested(self) -> RecordRefFields | None:
        """`child_id` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.child_id, self, "child_id"
        )

    @property
    def child_model(self) -> str | None:
        """Known values: `genericbasicfeeder`, `staticwebservicefeeder`; others may come."""
        return self._present(self._model.child_model, "child_model")


class GenericBasicFeederFields(ModelView[GenericBasicFeederModel]):
    """Fields of `GenericBasicFeeder` answers. A feeder running a user's script."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def base_feeder(self) -> str:
        """Id of the base feeder. (its id; read nested too)"""
        return required_ref_id(self._present(self._model.base_feeder, "base_feeder"))

    @property
    def base_feeder_nested(self) -> RecordRefFields | None:
        """`base_feeder` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields,
            RecordRefModel,
            self._model.base_feeder,
            self,
            "base_feeder",
        )

    @property
    def script(self) -> str:
        """`script` of the answer."""
        return self._present(self._model.script, "script")


class StaticWebserviceFeederFields(ModelView[StaticWebserviceFeederModel]):
    """Fields of `StaticWebserviceFeeder` answers. A feeder downloading a URL (the platform's path is singular)."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def base_feeder(self) -> str:
        """Id of the base feeder. (its id; read nested too)"""
        return required_ref_id(self._present(self._model.base_feeder, "base_feeder"))

    @property
    def base_feeder_nested(self) -> RecordRefFields | None:
        """`base_feeder` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields,
            RecordRefModel,
            self._model.base_feeder,
            self,
            "base_feeder",
        )

    @property
    def url(self) -> str:
        """`url` of the answer."""
        return self._present(self._model.url, "url")


class ImporterFields(ModelView[ImporterModel]):
    """Fields of `Importer` answers. Reads its gate's files through the user's parse script. Creating one also creates its cleaner."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def active(self) -> bool:
        """`active` of the answer."""
        return self._present(self._model.active, "active")

    @property
    def name(self) -> str:
        """`name` of the answer."""
        return self._present(self._model.name, "name")

    @property
    def comment(self) -> str:
        """`comment` of the answer."""
        return self._present(self._model.comment, "comment")

    @property
    def model(self) -> str:
        """Known value: `importer`."""
        return self._present(self._model.model, "model")

    @property
    def crontab(self) -> str:
        """Six fields, seconds first: `0 0 0 1 1 *`."""
        return self._present(self._model.crontab, "crontab")

    @property
    def auto_partial_reset(self) -> bool:
        """`auto_partial_reset` of the answer."""
        return self._present(self._model.auto_partial_reset, "auto_partial_reset")

    @property
    def parse_script(self) -> str:
        """`parse_script` of the answer."""
        return self._present(self._model.parse_script, "parse_script")

    @property
    def root_dir_path(self) -> str:
        """`root_dir_path` of the answer."""
        return self._present(self._model.root_dir_path, "root_dir_path")

    @property
    def re_run_last_file(self) -> bool:
        """`re_run_last_file` of the answer."""
        return self._present(self._model.re_run_last_file, "re_run_last_file")

    @property
    def notify_missing_files_nb(self) -> int:
        """`notify_missing_files_nb` of the answer."""
        return self._present(
            self._model.notify_missing_files_nb, "notify_missing_files_nb"
        )

    @property
    def max_ante_scanned_files_nb(self) -> int:
        """`max_ante_scanned_files_nb` of the answer."""
        return self._present(
            self._model.max_ante_scanned_files_nb, "max_ante_scanned_files_nb"
        )

    @property
    def last_run(self) -> dt.datetime | None:
        """UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null."""
        return utc_datetime(self._present(self._model.last_run, "last_run"))

    @property
    def last_clear(self) -> dt.datetime | None:
        """UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null."""
        return utc_datetime(self._present(self._model.last_clear, "last_clear"))

    @property
    def last_imported_path(self) -> str | None:
        """`last_imported_path` of the answer."""
        return self._present(self._model.last_imported_path, "last_imported_path")

    @property
    def latest_imported_mdate(self) -> dt.datetime | None:
        """UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null."""
        return utc_datetime(
            self._present(self._model.latest_imported_mdate, "latest_imported_mdate")
        )

    @property
    def project(self) -> str:
        """Id of the odata project. (its id; read nested too)"""
        return required_ref_id(self._present(self._model.project, "project"))

    @property
    def project_nested(self) -> RecordRefFields | None:
        """`project` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.project, self, "project"
        )

    @property
    def gate(self) -> str | None:
        """The gate read by the importer: its id (nested as `{id, name}` in answers of 2017-18), or null."""
        return ref_id(self._present(self._model.gate, "gate"))

    @property
    def gate_nested(self) -> RecordRefFields | None:
        """`gate` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.gate, self, "gate"
        )


class ImporterSeriesFields(ModelView[ImporterSeriesModel]):
    """Fields of `ImporterSeries` answers. A raw series of an importer, one per column the parse script returned."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def generator(self) -> str:
        """Id of the importer. (its id; read nested too)"""
        return required_ref_id(self._present(self._model.generator, "generator"))

    @property
    def generator_nested(self) -> RecordRefFields | None:
        """`generator` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.generator, self, "generator"
        )

    @property
    def name(self) -> str:
        """`name` of the answer."""
        return self._present(self._model.name, "name")

    @property
    def external_name(self) -> str:
        """The column name the parse script gave."""
        return self._present(self._model.external_name, "external_name")

    @property
    def unitcleaner(self) -> str | None:
        """Id of the unitcleaner cleaning it (null until configured), or null. (its id; read nested too)"""
        return ref_id(self._present(self._model.unitcleaner, "unitcleaner"))

    @property
    def unitcleaner_nested(self) -> RecordRefFields | None:
        """`unitcleaner` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields,
            RecordRefModel,
            self._model.unitcleaner,
            self,
            "unitcleaner",
        )


class CleanerFields(ModelView[CleanerModel]):
    """Fields of `Cleaner` answers. Cleans the series of one importer (created with it, same name)."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def name(self) -> str:
        """`name` of the answer."""
        return self._present(self._model.name, "name")

    @property
    def comment(self) -> str:
        """`comment` of the answer."""
        return self._present(self._model.comment, "comment")

    @property
    def model(self) -> str:
        """Known value: `cleaner`."""
        return self._present(self._model.model, "model")

    @property
    def last_run(self) -> dt.datetime | None:
        """UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null."""
        return utc_datetime(self._present(self._model.last_run, "last_run"))

    @property
    def last_clear(self) -> dt.datetime | None:
        """UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null."""
        return utc_datetime(self._present(self._model.last_clear, "last_clear"))

    @property
    def project(self) -> str:
        """Id of the odata project. (its id; read nested too)"""
        return required_ref_id(self._present(self._model.project, "project"))

    @property
    def project_nested(self) -> RecordRefFields | None:
        """`project` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.project, self, "project"
        )

    @property
    def related_importer(self) -> str:
        """Id of the importer. (its id; read nested too)"""
        return required_ref_id(
            self._present(self._model.related_importer, "related_importer")
        )

    @property
    def related_importer_nested(self) -> RecordRefFields | None:
        """`related_importer` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields,
            RecordRefModel,
            self._model.related_importer,
            self,
            "related_importer",
        )


class CleanerRequestFields(ModelView[CleanerRequestModel]):
    """Fields of `CleanerRequest` answers. Fields sent to create or replace a Cleaner."""

    @property
    def name(self) -> str:
        """`name` of the answer."""
        return self._model.name

    @property
    def comment(self) -> str | None:
        """`comment` of the answer."""
        return optional(self._model.comment)


class UnitcleanerFields(ModelView[UnitcleanerModel]):
    """Fields of `Unitcleaner` answers. One cleaning rule: turns one importer series into a regular series."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def cleaner(self) -> str:
        """Id of the cleaner. (its id; read nested too)"""
        return required_ref_id(self._present(self._model.cleaner, "cleaner"))

    @property
    def cleaner_nested(self) -> RecordRefFields | None:
        """`cleaner` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.cleaner, self, "cleaner"
        )

    @property
    def external_name(self) -> str:
        """Name of the importer series it cleans."""
        return self._present(self._model.external_name, "external_name")

    @property
    def name(self) -> str:
        """Name of the cleaned series."""
        return self._present(self._model.name, "name")

    @property
    def freq(self) -> str:
        """A `Frequency`."""
        return self._present(self._model.freq, "freq")

    @property
    def input_unit_type(self) -> str:
        """A `UnitType`."""
        return self._present(self._model.input_unit_type, "input_unit_type")

    @property
    def unit_type(self) -> str:
        """A `UnitType`."""
        return self._present(self._model.unit_type, "unit_type")

    @property
    def input_convention(self) -> str:
        """A `Convention`."""
        return self._present(self._model.input_convention, "input_convention")

    @property
    def clock(self) -> str:
        """A `Clock` (`tzt`: local time of `timezone`)."""
        return self._present(self._model.clock, "clock")

    @property
    def timezone(self) -> str:
        """A `Timezone`."""
        return self._present(self._model.timezone, "timezone")

    @property
    def unit(self) -> str:
        """`unit` of the answer."""
        return self._present(self._model.unit, "unit")

    @property
    def label(self) -> str:
        """`label` of the answer."""
        return self._present(self._model.label, "label")

    @property
    def resample_rule(self) -> str:
        """A `ResampleRule`."""
        return self._present(self._model.resample_rule, "resample_rule")

    @property
    def interpolate_limit(self) -> int:
        """`interpolate_limit` of the answer."""
        return self._present(self._model.interpolate_limit, "interpolate_limit")

    @property
    def wait_offset(self) -> str:
        """A `Frequency`."""
        return self._present(self._model.wait_offset, "wait_offset")

    @property
    def input_expected_regular(self) -> bool:
        """`input_expected_regular` of the answer."""
        return self._present(
            self._model.input_expected_regular, "input_expected_regular"
        )

    @property
    def operation_fct(self) -> str | None:
        """`operation_fct` of the answer."""
        return self._present(self._model.operation_fct, "operation_fct")

    @property
    def filter_fct(self) -> str | None:
        """`filter_fct` of the answer."""
        return self._present(self._model.filter_fct, "filter_fct")

    @property
    def derivative_filter_fct(self) -> str | None:
        """`derivative_filter_fct` of the answer."""
        return self._present(self._model.derivative_filter_fct, "derivative_filter_fct")

    @property
    def custom_delay(self) -> str | None:
        """`custom_delay` of the answer."""
        return self._present(self._model.custom_delay, "custom_delay")

    @property
    def custom_fct(self) -> str | None:
        """`custom_fct` of the answer."""
        return self._present(self._model.custom_fct, "custom_fct")

    @property
    def custom_before_offset(self) -> str | None:
        """`custom_before_offset` of the answer."""
        return self._present(self._model.custom_before_offset, "custom_before_offset")

    @property
    def custom_after_offset(self) -> str | None:
        """`custom_after_offset` of the answer."""
        return self._present(self._model.custom_after_offset, "custom_after_offset")

    @property
    def active(self) -> bool:
        """Whether the rule runs (PATCH `unitcleaners/{id}/active/`)."""
        return self._present(self._model.active, "active")

    @property
    def input_series(self) -> str | None:
        """Id of the importer series it cleans, or null. (its id; read nested too)"""
        return ref_id(self._present(self._model.input_series, "input_series"))

    @property
    def input_series_nested(self) -> RecordRefFields | None:
        """`input_series` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields,
            RecordRefModel,
            self._model.input_series,
            self,
            "input_series",
        )

    @property
    def last_run(self) -> dt.datetime | None:
        """UTC datetime of the last run, or null."""
        return utc_datetime(self._present(self._model.last_run, "last_run"))

    @property
    def last_clear(self) -> dt.datetime | None:
        """UTC datetime of the last clear, or null."""
        return utc_datetime(self._present(self._model.last_clear, "last_clear"))

    @property
    def numerical_filter(self) -> str | None:
        """`numerical_filter` of the rule, or null."""
        return self._present(self._model.numerical_filter, "numerical_filter")


class AnalysisFields(ModelView[AnalysisModel]):
    """Fields of `Analysis` answers. Runs the user's analyze script on input series. `analysisconfig` is an id in lists and a nested object in retrieve answers; `is_obsolete` and `unresolved_notifications_nb` are sent in retrieve answers only."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def analysisconfig(self) -> str | None:
        """The analysis config, nested in retrieve answers, its id in list, create and update answers; null until configured."""
        return ref_id(self._present(self._model.analysisconfig, "analysisconfig"))

    @property
    def analysisconfig_nested(self) -> AnalysisConfigFields | None:
        """`analysisconfig` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            AnalysisConfigFields,
            AnalysisConfigModel,
            self._model.analysisconfig,
            self,
            "analysisconfig",
        )

    @property
    def active(self) -> bool:
        """`active` of the answer."""
        return self._present(self._model.active, "active")

    @property
    def is_obsolete(self) -> bool | None:
        """`is_obsolete` of the answer."""
        return optional(self._model.is_obsolete)

    @property
    def unresolved_notifications_nb(self) -> int | None:
        """`unresolved_notifications_nb` of the answer."""
        return optional(self._model.unresolved_notifications_nb)

    @property
    def name(self) -> str:
        """`name` of the answer."""
        return self._present(self._model.name, "name")

    @property
    def comment(self) -> str:
        """`comment` of the answer."""
        return self._present(self._model.comment, "comment")

    @property
    def model(self) -> str:
        """Known value: `analysis`."""
        return self._present(self._model.model, "model")

    @property
    def last_run(self) -> dt.datetime | None:
        """UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null."""
        return utc_datetime(self._present(self._model.last_run, "last_run"))

    @property
    def last_clear(self) -> dt.datetime | None:
        """UTC datetime `%Y-%m-%dT%H:%M:%S.%fZ`, or null."""
        return utc_datetime(self._present(self._model.last_clear, "last_clear"))

    @property
    def project(self) -> str:
        """Id of the odata project. (its id; read nested too)"""
        return required_ref_id(self._present(self._model.project, "project"))

    @property
    def project_nested(self) -> RecordRefFields | None:
        """`project` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.project, self, "project"
        )


class AnalysisConfigFields(ModelView[AnalysisConfigModel]):
    """Fields of `AnalysisConfig` answers. Script and frequencies of an analysis."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def output_tags(self) -> list[Any]:
        """`output_tags` of the answer."""
        return self._present(self._model.output_tags, "output_tags")

    @property
    def clock(self) -> str:
        """A `Clock`."""
        return self._present(self._model.clock, "clock")

    @property
    def output_timezone(self) -> str:
        """`output_timezone` of the answer."""
        return self._present(self._model.output_timezone, "output_timezone")

    @property
    def start_with_first(self) -> bool:
        """`start_with_first` of the answer."""
        return self._present(self._model.start_with_first, "start_with_first")

    @property
    def wait_for_last(self) -> bool:
        """`wait_for_last` of the answer."""
        return self._present(self._model.wait_for_last, "wait_for_last")

    @property
    def input_freq(self) -> str:
        """A `Frequency`."""
        return self._present(self._model.input_freq, "input_freq")

    @property
    def output_freq(self) -> str:
        """A `Frequency`."""
        return self._present(self._model.output_freq, "output_freq")

    @property
    def custom_before_offset(self) -> str | None:
        """`custom_before_offset` of the answer."""
        return self._present(self._model.custom_before_offset, "custom_before_offset")

    @property
    def custom_after_offset(self) -> str | None:
        """`custom_after_offset` of the answer."""
        return self._present(self._model.custom_after_offset, "custom_after_offset")

    @property
    def before_offset_strict_mode(self) -> bool:
        """`before_offset_strict_mode` of the answer."""
        return self._present(
            self._model.before_offset_strict_mode, "before_offset_strict_mode"
        )

    @property
    def with_tags(self) -> bool:
        """`with_tags` of the answer."""
        return self._present(self._model.with_tags, "with_tags")

    @property
    def script(self) -> str:
        """`script` of the answer."""
        return self._present(self._model.script, "script")

    @property
    def script_method(self) -> str:
        """Known value: `array`."""
        return self._present(self._model.script_method, "script_method")

    @property
    def wait_offset(self) -> str:
        """A `Frequency`."""
        return self._present(self._model.wait_offset, "wait_offset")

    @property
    def custom_delay(self) -> str | None:
        """`custom_delay` of the answer."""
        return self._present(self._model.custom_delay, "custom_delay")

    @property
    def analysis(self) -> str:
        """Id of the analysis. (its id; read nested too)"""
        return required_ref_id(self._present(self._model.analysis, "analysis"))

    @property
    def analysis_nested(self) -> RecordRefFields | None:
        """`analysis` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.analysis, self, "analysis"
        )


class AnalysisInputFields(ModelView[AnalysisInputModel]):
    """Fields of `AnalysisInput` answers. One input column of an analysis."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def analysis(self) -> str:
        """Id of the analysis. (its id; read nested too)"""
        return required_ref_id(self._present(self._model.analysis, "analysis"))

    @property
    def analysis_nested(self) -> RecordRefFields | None:
        """`analysis` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.analysis, self, "analysis"
        )

    @property
    def input_series_generator(self) -> str:
        """The generator (importer, cleaner or analysis) producing the series: its id (nested as `{id, model, name}` in answers of 2017-18)."""
        return required_ref_id(
            self._present(self._model.input_series_generator, "input_series_generator")
        )

    @property
    def input_series_generator_nested(self) -> RecordRefFields | None:
        """`input_series_generator` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields,
            RecordRefModel,
            self._model.input_series_generator,
            self,
            "input_series_generator",
        )

    @property
    def input_series_name(self) -> str:
        """`input_series_name` of the answer."""
        return self._present(self._model.input_series_name, "input_series_name")

    @property
    def column_name(self) -> str:
        """`column_name` of the answer."""
        return self._present(self._model.column_name, "column_name")


class AnalysisOutputFields(ModelView[AnalysisOutputModel]):
    """Fields of `AnalysisOutput` answers. One output series of an analysis."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def analysis(self) -> str:
        """Id of the analysis. (its id; read nested too)"""
        return required_ref_id(self._present(self._model.analysis, "analysis"))

    @property
    def analysis_nested(self) -> RecordRefFields | None:
        """`analysis` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.analysis, self, "analysis"
        )

    @property
    def name(self) -> str:
        """`name` of the answer."""
        return self._present(self._model.name, "name")

    @property
    def resample_rule(self) -> str:
        """A `ResampleRule`."""
        return self._present(self._model.resample_rule, "resample_rule")

    @property
    def label(self) -> str:
        """`label` of the answer."""
        return self._present(self._model.label, "label")

    @property
    def unit(self) -> str:
        """`unit` of the answer."""
        return self._present(self._model.unit, "unit")

    @property
    def numerical_filter(self) -> str | None:
        """`numerical_filter` of the answer."""
        return self._present(self._model.numerical_filter, "numerical_filter")


class SeriesFields(ModelView[SeriesModel]):
    """Fields of `Series` answers. An output series of a generator (importer, cleaner or analysis)."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def name(self) -> str:
        """`name` of the answer."""
        return self._model.name

    @property
    def generator(self) -> str:
        """The generator of the series: its id (nested as `{id, model, name}` in answers of 2017-18)."""
        return required_ref_id(self._model.generator)

    @property
    def generator_nested(self) -> RecordRefFields | None:
        """`generator` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.generator, self, "generator"
        )

    @property
    def otsdb_pk(self) -> str:
        """Key of the series in the time-series store, used by select and multi_select."""
        return self._model.otsdb_pk

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def generator_model(self) -> str:
        """Known values: `importer`, `cleaner`, `analysis`."""
        return self._present(self._model.generator_model, "generator_model")

    @property
    def project(self) -> str:
        """Id of the odata project. (its id; read nested too)"""
        return required_ref_id(self._present(self._model.project, "project"))

    @property
    def project_nested(self) -> RecordRefFields | None:
        """`project` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.project, self, "project"
        )

    @property
    def unit(self) -> str:
        """`unit` of the answer."""
        return self._present(self._model.unit, "unit")

    @property
    def label(self) -> str:
        """`label` of the answer."""
        return self._present(self._model.label, "label")

    @property
    def freq(self) -> str | None:
        """A `Frequency`; null for irregular series."""
        return self._present(self._model.freq, "freq")


class NotificationFields(ModelView[NotificationModel]):
    """Fields of `Notification` answers. A problem met by a generator run. The platform names it in `name` (e.g. `Analysis obsolete`), which the repr shows; `title` carries the same text where sent."""

    @property
    def id(self) -> str:
        """UUID of the record."""
        return self._model.id

    @property
    def project(self) -> str:
        """Id of the odata project. (its id; read nested too)"""
        return required_ref_id(self._model.project)

    @property
    def project_nested(self) -> RecordRefFields | None:
        """`project` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.project, self, "project"
        )

    @property
    def name(self) -> str:
        """What happened, e.g. `Analysis obsolete` or `Importer failed`."""
        return self._model.name

    @property
    def resolved(self) -> bool:
        """`resolved` of the answer."""
        return self._model.resolved

    @property
    def rights(self) -> RightsFields | None:
        """The caller's rights on the record, or null."""
        return view(RightsFields, self._model.rights, self, "rights")

    @property
    def generator(self) -> str | None:
        """Id of the generator that raised it, or null. (its id; read nested too)"""
        return ref_id(self._present(self._model.generator, "generator"))

    @property
    def generator_nested(self) -> RecordRefFields | None:
        """`generator` as nested in this answer, or None where the answer sent an id or null."""
        return nested_view(
            RecordRefFields, RecordRefModel, self._model.generator, self, "generator"
        )

    @property
    def title(self) -> str | None:
        """Same text as `name`, where sent."""
        return optional(self._model.title)

    @property
    def content(self) -> str:
        """Details, a traceback for script errors."""
        return self._present(self._model.content, "content")

    @property
    def creation_date(self) -> dt.datetime:
        """UTC datetime, `%Y-%m-%dT%H:%M:%S.%fZ`."""
        return utc_datetime(self._present(self._model.creation_date, "creation_date"))


class ActiveStateFields(ModelView[ActiveStateModel]):
    """Fields of `ActiveState` answers. The active state after a change."""

    @property
    def value(self) -> bool:
        """`value` of the answer."""
        return self._model.value


class FtpPasswordFields(ModelView[FtpPasswordModel]):
    """Fields of `FtpPassword` answers. An FTP account's password."""

    @property
    def password(self) -> str:
        """`password` of the answer."""
        return self._model.password


class DirEntryFields(ModelView[DirEntryModel]):
    """Fields of `DirEntry` answers. One entry of a listed directory."""

    @property
    def name(self) -> str:
        """`name` of the answer."""
        return self._model.name

    @property
    def path(self) -> str:
        """Path from the account's home."""
        return self._model.path

    @property
    def type_(self) -> str:
        """Known values: `file`, `dir`."""
        return self._model.type_

    @property
    def size(self) -> int | None:
        """Size in bytes for files."""
        return optional(self._model.size)

    @property
    def mdate(self) -> str | None:
        """Modification datetime, UTC."""
        return optional(self._model.mdate)


class DirListingFields(ModelView[DirListingModel]):
    """Fields of `DirListing` answers. The entries of a directory."""

    @property
    def data(self) -> list[DirEntryFields]:
        """`data` of the answer."""
        return [DirEntryFields(item, self, "data") for item in self._model.data]

    @property
    def records_total(self) -> int | None:
        """`records_total` of the answer."""
        return optional(self._model.records_total)

    @property
    def records_filtered(self) -> int | None:
        """`records_filtered` of the answer."""
        return optional(self._model.records_filtered)


class SeriesDataFields(ModelView[SeriesDataModel]):
    """Fields of `SeriesData` answers. Points of one series: parallel lists of timestamps and values."""

    @property
    def index(self) -> list[int]:
        """Timestamps, milliseconds since the epoch."""
        return self._model.index

    @property
    def data(self) -> list[float | None]:
        """Values; null for missing."""
        return self._model.data


class NamedSeriesDataFields(ModelView[NamedSeriesDataModel]):
    """Fields of `NamedSeriesData` answers. Points of one series of a multi_select, with its name."""

    @property
    def name(self) -> str:
        """`name` of the answer."""
        return self._model.name

    @property
    def index(self) -> list[int]:
        """Timestamps, milliseconds since the epoch."""
        return self._model.index

    @property
    def data(self) -> list[float | None]:
        """Values; null for missing."""
        return self._model.data


# The order of each answer model's wire fields in the spec (the platform's order): model -> keys.
WIRE_ORDER: dict[type[Any], tuple[str, ...]] = {
    RightsModel: (
        "can_read",
        "can_write",
        "can_admin",
        "can_delete",
    ),
    FtpAccountModel: (
        "id",
        "rights",
        "protocol",
        "host",
        "port",
        "login",
    ),
    TaskBaseModel: (
        "status",
        "creation_date",
        "start_date",
        "end_date",
        "message",
    ),
    TaskModel: (
        "id",
        "rights",
        "base",
        "target",
    ),
    RecordRefModel: (
        "id",
        "name",
        "model",
    ),
    OrganizationModel: (
        "id",
        "rights",
        "name",
        "comment",
        "control_affiliations",
        "log_activity",
        "ftp_account",
    ),
    ProjectModel: (
        "id",
        "rights",
        "odata",
        "obuildings",
        "is_visible",
        "organization",
        "name",
        "comment",
        "private_comment",
        "creation_date",
        "display_buildings",
    ),
    UserModel: (
        "id",
        "rights",
        "username",
        "email",
        "first_name",
        "last_name",
        "odata",
    ),
    OdataUserModel: (
        "id",
        "rights",
        "ftp_account",
    ),
    OdataProjectModel: (
        "id",
        "rights",
        "name",
        "mail_alerts_activated",
    ),
    GateModel: (
        "id",
        "rights",
        "project",
        "name",
        "comment",
        "ftp_account",
        "base_feeder",
    ),
    BaseFeederModel: (
        "id",
        "rights",
        "gate",
        "timezone",
        "crontab",
        "active",
        "child_id",
        "child_model",
    ),
    GenericBasicFeederModel: (
        "id",
        "rights",
        "base_feeder",
        "script",
    ),
    StaticWebserviceFeederModel: (
        "id",
        "rights",
        "base_feeder",
        "url",
    ),
    ImporterModel: (
        "id",
        "rights",
        "active",
        "name",
        "comment",
        "model",
        "crontab",
        "auto_partial_reset",
        "parse_script",
        "root_dir_path",
        "re_run_last_file",
        "notify_missing_files_nb",
        "max_ante_scanned_files_nb",
        "last_run",
        "last_clear",
        "last_imported_path",
        "latest_imported_mdate",
        "project",
        "gate",
    ),
    ImporterSeriesModel: (
        "id",
        "rights",
        "generator",
        "name",
        "external_name",
        "unitcleaner",
    ),
    CleanerModel: (
        "id",
        "rights",
        "name",
        "comment",
        "model",
        "last_run",
        "last_clear",
        "project",
        "related_importer",
    ),
    CleanerRequestModel: (
        "name",
        "comment",
    ),
    UnitcleanerModel: (
        "id",
        "rights",
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
        "active",
        "input_series",
        "last_run",
        "last_clear",
        "numerical_filter",
    ),
    AnalysisModel: (
        "id",
        "rights",
        "analysisconfig",
        "active",
        "is_obsolete",
        "unresolved_notifications_nb",
        "name",
        "comment",
        "model",
        "last_run",
        "last_clear",
        "project",
    ),
    AnalysisConfigModel: (
        "id",
        "rights",
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
    ),
    AnalysisInputModel: (
        "id",
        "rights",
        "analysis",
        "input_series_generator",
        "input_series_name",
        "column_name",
    ),
    AnalysisOutputModel: (
        "id",
        "rights",
        "analysis",
        "name",
        "resample_rule",
        "label",
        "unit",
        "numerical_filter",
    ),
    SeriesModel: (
        "id",
        "rights",
        "name",
        "generator",
        "generator_model",
        "otsdb_pk",
        "project",
        "unit",
        "label",
        "freq",
    ),
    NotificationModel: (
        "id",
        "rights",
        "project",
        "generator",
        "name",
        "title",
        "content",
        "resolved",
        "creation_date",
    ),
    ActiveStateModel: ("value",),
    FtpPasswordModel: ("password",),
    DirEntryModel: (
        "name",
        "path",
        "type",
        "size",
        "mdate",
    ),
    DirListingModel: (
        "data",
        "recordsTotal",
        "recordsFiltered",
    ),
    SeriesDataModel: (
        "index",
        "data",
    ),
    NamedSeriesDataModel: (
        "name",
        "index",
        "data",
    ),
}

# What a complete answer carries (the spec's `x-always-sent`): model -> wire keys. Strict mode checks it.
ALWAYS_SENT: dict[type[Any], frozenset[str]] = {
    RightsModel: frozenset(["can_admin", "can_delete", "can_read", "can_write"]),
    FtpAccountModel: frozenset(["host", "id", "login", "port", "protocol"]),
    TaskBaseModel: frozenset(
        ["creation_date", "end_date", "message", "start_date", "status"]
    ),
    TaskModel: frozenset(["base", "id", "target"]),
    RecordRefModel: frozenset(["id"]),
    OrganizationModel: frozenset(
        ["comment", "control_affiliations", "ftp_account", "id", "log_activity", "name"]
    ),
    ProjectModel: frozenset(
        [
            "comment",
            "creation_date",
            "display_buildings",
            "id",
            "is_visible",
            "name",
            "obuildings",
            "odata",
            "organization",
            "private_comment",
        ]
    ),
    UserModel: frozenset(
        ["email", "first_name", "id", "last_name", "odata", "username"]
    ),
    OdataUserModel: frozenset(["ftp_account", "id"]),
    OdataProjectModel: frozenset(["id", "mail_alerts_activated", "name"]),
    GateModel: frozenset(
        ["base_feeder", "comment", "ftp_account", "id", "name", "project"]
    ),
    BaseFeederModel: frozenset(
        ["active", "child_id", "child_model", "crontab", "gate", "id", "timezone"]
    ),
    GenericBasicFeederModel: frozenset(["base_feeder", "id", "script"]),
    StaticWebserviceFeederModel: frozenset(["base_feeder", "id", "url"]),
    ImporterModel: frozenset(
        [
            "active",
            "auto_partial_reset",
            "comment",
            "crontab",
            "gate",
            "id",
            "last_clear",
            "last_imported_path",
            "last_run",
            "latest_imported_mdate",
            "max_ante_scanned_files_nb",
            "model",
            "name",
            "notify_missing_files_nb",
            "parse_script",
            "project",
            "re_run_last_file",
            "root_dir_path",
        ]
    ),
    ImporterSeriesModel: frozenset(
        ["external_name", "generator", "id", "name", "unitcleaner"]
    ),
    CleanerModel: frozenset(
        [
            "comment",
            "id",
            "last_clear",
            "last_run",
            "model",
            "name",
            "project",
            "related_importer",
        ]
    ),
    CleanerRequestModel: frozenset(["name"]),
    UnitcleanerModel: frozenset(
        [
            "active",
            "cleaner",
            "clock",
            "custom_after_offset",
            "custom_before_offset",
            "custom_delay",
            "custom_fct",
            "derivative_filter_fct",
            "external_name",
            "filter_fct",
            "freq",
            "id",
            "input_convention",
            "input_expected_regular",
            "input_series",
            "input_unit_type",
            "interpolate_limit",
            "label",
            "last_clear",
            "last_run",
            "name",
            "numerical_filter",
            "operation_fct",
            "resample_rule",
            "timezone",
            "unit",
            "unit_type",
            "wait_offset",
        ]
    ),
    AnalysisModel: frozenset(
        [
            "active",
            "analysisconfig",
            "comment",
            "id",
            "last_clear",
            "last_run",
            "model",
            "name",
            "project",
        ]
    ),
    AnalysisConfigModel: frozenset(
        [
            "analysis",
            "before_offset_strict_mode",
            "clock",
            "custom_after_offset",
            "custom_before_offset",
            "custom_delay",
            "id",
            "input_freq",
            "output_freq",
            "output_tags",
            "output_timezone",
            "script",
            "script_method",
            "start_with_first",
            "wait_for_last",
            "wait_offset",
            "with_tags",
        ]
    ),
    AnalysisInputModel: frozenset(
        ["analysis", "column_name", "id", "input_series_generator", "input_series_name"]
    ),
    AnalysisOutputModel: frozenset(
        ["analysis", "id", "label", "name", "numerical_filter", "resample_rule", "unit"]
    ),
    SeriesModel: frozenset(
        [
            "freq",
            "generator",
            "generator_model",
            "id",
            "label",
            "name",
            "otsdb_pk",
            "project",
            "unit",
        ]
    ),
    NotificationModel: frozenset(
        ["content", "creation_date", "generator", "id", "project", "resolved"]
    ),
    ActiveStateModel: frozenset(["value"]),
    FtpPasswordModel: frozenset(["password"]),
    DirEntryModel: frozenset(["name", "path", "type"]),
    DirListingModel: frozenset(["data"]),
    SeriesDataModel: frozenset(["data", "index"]),
    NamedSeriesDataModel: frozenset(["data", "index", "name"]),
}

# The form of a field in each answer kind (the spec's `x-forms`): model -> field -> kind -> form.
ANSWER_FORMS: dict[type[Any], dict[str, dict[str, str]]] = {
    FtpAccountModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    TaskModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    OrganizationModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    ProjectModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        },
        "organization": {
            "list": "nested",
            "retrieve": "nested",
            "create": "id",
            "partial_update": "id",
        },
    },
    UserModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    OdataUserModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    OdataProjectModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    GateModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        },
        "ftp_account": {
            "list": "nested",
            "retrieve": "nested",
            "create": "id",
            "partial_update": "id",
        },
        "base_feeder": {
            "list": "id",
            "retrieve": "nested",
            "create": "id",
            "partial_update": "id",
        },
    },
    BaseFeederModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    GenericBasicFeederModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    StaticWebserviceFeederModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    ImporterModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    ImporterSeriesModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    CleanerModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    UnitcleanerModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    AnalysisModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        },
        "analysisconfig": {
            "list": "id",
            "retrieve": "nested",
            "create": "id",
            "partial_update": "id",
        },
        "is_obsolete": {
            "list": "absent",
            "retrieve": "value",
            "create": "absent",
            "partial_update": "absent",
        },
        "unresolved_notifications_nb": {
            "list": "absent",
            "retrieve": "value",
            "create": "absent",
            "partial_update": "absent",
        },
    },
    AnalysisConfigModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    AnalysisInputModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    AnalysisOutputModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    SeriesModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
    NotificationModel: {
        "rights": {
            "list": "null",
            "retrieve": "nested",
            "create": "null",
            "partial_update": "null",
        }
    },
}
