"""The facade's entry point: credentials, one pooled HTTP client with retries, and the endpoints."""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable
from typing import IO, Any

import httpx
import orjson

from generated_client.client import Client as GeneratedClient
from generated_client.types import Response

from .auth import AuthSource, Credentials, resolve_credentials, resolve_url
from .endpoints import Endpoint
from .errors import OVBPClientError
from .records.analyses import Analysis, AnalysisConfig, AnalysisInput, AnalysisOutput
from .records.cleaners import Cleaner, Unitcleaner
from .records.ftp import FtpAccount, GateFtpAccount
from .records.gates import BaseFeeder, FeederChild, Gate
from .records.generators import Importer, ImporterSeries
from .records.lookup import get_one
from .records.oteams import OdataProject, OdataUser, Organization, Project, User
from .records.series import Notification, Series
from .records.tasks import Task
from .series_endpoint import SeriesEndpoint
from .transport import RetryTransport, raise_for_status_hook

__all__ = ["Client"]

logger = logging.getLogger("ovbp_facade")


class Client:
    """Typed client of the Openergy Virtual Building Platform (drop-in for ovbpclient's Client).

    Credentials: `auth_buffer_or_path` (auth file path or open buffer: line 1 login, line 2 password),
    else OVBP_LOGIN/OVBP_PASSWORD, else OVBP_AUTH_PATH, else an interactive prompt on a terminal.
    `url` defaults to OVBP_URL, else https://data.openergy.fr/api/v2.
    """

    def __init__(
        self,
        auth_buffer_or_path: str | os.PathLike[str] | IO[str] | IO[bytes] | None = None,
        url: str | None = None,
        verify_ssl: bool = True,
        *,
        timeout: float = 30.0,
        max_retries: int = 3,
        retry_backoff_s: float = 0.5,
        max_connections: int = 10,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        source: AuthSource | None = auth_buffer_or_path
        self._credentials: Credentials = resolve_credentials(source)
        self.url = resolve_url(url)
        self.login = self._credentials.login
        base = transport or httpx.HTTPTransport(
            verify=verify_ssl, limits=httpx.Limits(max_connections=max_connections)
        )
        self._generated = GeneratedClient(
            base_url=self.url,
            timeout=httpx.Timeout(timeout),
            verify_ssl=verify_ssl,
            raise_on_unexpected_status=False,
            httpx_args={
                "auth": httpx.BasicAuth(self._credentials.login, self._credentials.password),
                "event_hooks": {"response": [raise_for_status_hook]},
                "transport": RetryTransport(base, max_retries=max_retries, backoff_base_s=retry_backoff_s),
            },
        )
        self._http: httpx.Client = self._generated.get_httpx_client()

        def endpoint(path: str, tag: str, model: str, cls: type[Any]) -> Any:
            return Endpoint(self, path, tag, model, cls)

        # team side
        self.organizations: Endpoint[Organization] = endpoint(
            "oteams/organizations", "organizations", "Organization", Organization
        )
        self.projects: Endpoint[Project] = endpoint("oteams/projects", "projects", "Project", Project)
        self.users: Endpoint[User] = endpoint("oteams/users", "users", "User", User)
        # data side
        self.odata_users: Endpoint[OdataUser] = endpoint("odata/users", "odata_users", "OdataUser", OdataUser)
        self.user_ftp_accounts: Endpoint[FtpAccount] = endpoint(
            "odata/user_ftp_accounts", "user_ftp_accounts", "FtpAccount", FtpAccount
        )
        self.odata_projects: Endpoint[OdataProject] = endpoint(
            "odata/projects", "odata_projects", "OdataProject", OdataProject
        )
        self.gates: Endpoint[Gate] = endpoint("odata/gates", "gates", "Gate", Gate)
        self.base_feeders: Endpoint[BaseFeeder] = endpoint(
            "odata/base_feeders", "base_feeders", "BaseFeeder", BaseFeeder
        )
        self.generic_basic_feeders: Endpoint[FeederChild] = endpoint(
            "odata/generic_basic_feeders", "generic_basic_feeders", "GenericBasicFeeder", FeederChild
        )
        self.static_webservice_feeders: Endpoint[FeederChild] = endpoint(
            "odata/static_webservice_feeder",
            "static_webservice_feeders",
            "StaticWebserviceFeeder",
            FeederChild,
        )
        self.gate_ftp_accounts: Endpoint[GateFtpAccount] = endpoint(
            "odata/gate_ftp_accounts", "gate_ftp_accounts", "FtpAccount", GateFtpAccount
        )
        self.importers: Endpoint[Importer] = endpoint("odata/importers", "importers", "Importer", Importer)
        self.importer_series: Endpoint[ImporterSeries] = endpoint(
            "odata/importer_series", "importer_series", "ImporterSeries", ImporterSeries
        )
        self.cleaners: Endpoint[Cleaner] = endpoint("odata/cleaners", "cleaners", "Cleaner", Cleaner)
        self.unitcleaners: Endpoint[Unitcleaner] = endpoint(
            "odata/unitcleaners", "unitcleaners", "Unitcleaner", Unitcleaner
        )
        self.analyses: Endpoint[Analysis] = endpoint("odata/analyses", "analyses", "Analysis", Analysis)
        self.analysis_configs: Endpoint[AnalysisConfig] = endpoint(
            "odata/analysis_configs", "analysis_configs", "AnalysisConfig", AnalysisConfig
        )
        self.analysis_inputs: Endpoint[AnalysisInput] = endpoint(
            "odata/analysis_inputs", "analysis_inputs", "AnalysisInput", AnalysisInput
        )
        self.analysis_outputs: Endpoint[AnalysisOutput] = endpoint(
            "odata/analysis_outputs", "analysis_outputs", "AnalysisOutput", AnalysisOutput
        )
        self.series: SeriesEndpoint = SeriesEndpoint(self, "odata/series", "series", "Series", Series)
        self.notifications: Endpoint[Notification] = endpoint(
            "odata/notifications", "notifications", "Notification", Notification
        )
        # tasks
        self.base_feeder_tasks: Endpoint[Task] = endpoint(
            "odata/base_feeder_tasks", "base_feeder_tasks", "Task", Task
        )
        self.importer_tasks: Endpoint[Task] = endpoint("odata/importer_tasks", "importer_tasks", "Task", Task)
        self.cleaner_tasks: Endpoint[Task] = endpoint("odata/cleaner_tasks", "cleaner_tasks", "Task", Task)
        self.analysis_tasks: Endpoint[Task] = endpoint("odata/analysis_tasks", "analysis_tasks", "Task", Task)
        self.series_export_tasks: Endpoint[Task] = endpoint(
            "odata/series_export_tasks", "series_export_tasks", "Task", Task
        )

    def __repr__(self) -> str:
        return f"<ovbp_facade.Client {self.login}@{self.url}>"

    # --- lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        """Close the pooled HTTP connections."""
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing used by endpoints and records -------------------------------------------------
    def _call(self, function: Callable[..., Response[Any]], *args: Any, **kwargs: Any) -> Any:
        """Run a generated `sync_detailed` function; errors were already raised by the response hook."""
        response = function(*args, client=self._generated, **kwargs)
        status = int(response.status_code)
        if status >= 400:  # pragma: no cover - the hook raises first
            raise OVBPClientError(f"unexpected HTTP {status}")
        if status == 204:
            return None
        if response.parsed is None:
            # a 2xx the spec does not list (e.g. 200 instead of 201): still use the JSON body
            return _RawAnswer.from_content(response.content, status)
        return response.parsed

    def _raw_call(self, tag: str, op_module: str, *args: Any, **kwargs: Any) -> bytes:
        """Send a generated operation's request and return the raw body (fast path for large answers)."""
        module = importlib.import_module(f"generated_client.api.{tag}.{op_module}")
        request_kwargs: dict[str, Any] = module._get_kwargs(*args, **kwargs)
        response = self._http.request(**request_kwargs)
        return response.content

    # --- shortcuts ------------------------------------------------------------------------------
    def get_organization(self, name: str) -> Organization:
        """The organization named `name` (RecordDoesNotExistError if none)."""
        return get_one(self.organizations, "organization", {"name": name}, f"name '{name}'")

    def get_project(self, organization_name: str, project_name: str) -> Project:
        return self.get_organization(organization_name).get_project(project_name)

    def get_me(self) -> User:
        """The logged-in user."""
        return self.users.retrieve("me")


class _RawAnswer:
    """Stand-in for a generated model when the platform answered an unlisted 2xx status."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    @classmethod
    def from_content(cls, content: bytes, status: int) -> _RawAnswer:
        try:
            data = orjson.loads(content) if content else {}
        except orjson.JSONDecodeError:
            raise OVBPClientError(
                f"unexpected HTTP {status} answer from the platform: {content[:200]!r}"
            ) from None
        if not isinstance(data, dict):
            raise OVBPClientError(f"unexpected HTTP {status} answer from the platform: {content[:200]!r}")
        return cls(data)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)

    def __getattr__(self, item: str) -> Any:
        if item.startswith("__"):
            raise AttributeError(item)
        try:
            return self._data[item]
        except KeyError:
            raise AttributeError(item) from None
