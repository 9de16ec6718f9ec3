"""The facade's entry point: credentials, one pooled HTTP client with retries, and the endpoints."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import IO, Any

import httpx

from generated_client.client import Client as GeneratedClient
from generated_client.types import Response

from ..auth import AuthSource, ClientSource, Credentials, resolve_credentials, resolve_url
from ..errors import AuthFileError, OVBPClientError
from ..logs import log_requests_at_debug
from ..run_async import Eventually
from ..wire import RawAnswer
from .collection_endpoints import AsyncCollections
from .records.lookup import get_one
from .records.oteams import AsyncOrganization, AsyncProject, AsyncUser
from .transport import AsyncRetryTransport, raise_for_status_hook

__all__ = ["AsyncClient"]

logger = logging.getLogger("ovbp_facade")


class AsyncClient(AsyncCollections):
    """Typed client of the Openergy Virtual Building Platform: `Client` is the drop-in for ovbpclient's
    Client, `AsyncClient` the same for asyncio code (every call that asks the platform is awaited).

    Credentials: `auth_buffer_or_path` (auth file path or open buffer: line 1 login, line 2 password),
    else OVBP_LOGIN/OVBP_PASSWORD, else OVBP_AUTH_PATH, else an interactive prompt on a terminal.
    `url` defaults to OVBP_URL, else https://data.openergy.fr/api/v2.
    Answers are read in every form the platform may send them; `strict=True` instead refuses an answer
    that is not exactly the form the spec declares for its kind (`AnswerFormError`).
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
        transport: httpx.AsyncBaseTransport | None = None,
        strict: bool = False,
    ) -> None:
        source: AuthSource | None = auth_buffer_or_path
        self._credentials: Credentials = resolve_credentials(source)
        self.url = resolve_url(url)
        # a file or the environment can be read again in another process; a buffer or a prompt cannot
        self._source: ClientSource | None = None
        if isinstance(source, str | os.PathLike):
            self._source = ClientSource(self.url, os.path.abspath(source), verify_ssl, timeout)
        elif source is None and self._credentials.source != "prompt":
            self._source = ClientSource(self.url, None, verify_ssl, timeout)
        self.login = self._credentials.login
        # strict: refuse answers not in the form the spec declares for their kind (answer_forms.py);
        # by default every form the platform may send is read
        self.strict = strict
        base = transport or httpx.AsyncHTTPTransport(
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
                "transport": AsyncRetryTransport(
                    base, max_retries=max_retries, backoff_base_s=retry_backoff_s
                ),
            },
        )
        self._http: httpx.AsyncClient = self._generated.get_async_httpx_client()
        log_requests_at_debug(self.url)

        self._open_collections(self)  # one attribute per collection of the spec (collection_endpoints.py)

    def __repr__(self) -> str:
        return f"<ovbp_facade.{type(self).__name__} {self.login}@{self.url}>"

    # --- lifecycle ------------------------------------------------------------------------------
    async def close(self) -> None:
        """Close the pooled HTTP connections."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # --- plumbing used by endpoints and records -------------------------------------------------
    async def _call(
        self, function: Callable[..., Eventually[Response[Any]]], *args: Any, **kwargs: Any
    ) -> Any:
        """Run a generated endpoint function; errors were already raised by the response hook."""
        kwargs.setdefault("client", self._generated)
        response = await function(*args, **kwargs)
        status = int(response.status_code)
        if status >= 400:  # pragma: no cover - the hook raises first
            raise OVBPClientError(f"unexpected HTTP {status}")
        if status == 204:
            return None
        if response.parsed is None:
            # a 2xx the spec does not list (e.g. 200 instead of 201): still use the JSON body
            return RawAnswer.from_content(response.content, status)
        return response.parsed

    @property
    def source(self) -> ClientSource:
        """How another process (a dask worker) builds this client again: URL and credentials' origin."""
        if self._source is None:
            raise AuthFileError(
                "this client's credentials came from a buffer or a prompt, which another process cannot "
                "read again: give the client an auth file path, or set OVBP_LOGIN and OVBP_PASSWORD"
            )
        return self._source

    @classmethod
    def from_source(cls, source: ClientSource) -> AsyncClient:
        """A client built from a ClientSource (in a dask worker, for instance)."""
        return cls(source.auth_path, url=source.url, verify_ssl=source.verify_ssl, timeout=source.timeout)

    async def _raw_call(self, get_kwargs: Callable[..., dict[str, Any]], *args: Any, **kwargs: Any) -> bytes:
        """Send a generated operation's request (its `_get_kwargs`) and return the raw body.

        The fast path for large answers: no model of a million points is built.
        """
        request_kwargs = get_kwargs(*args, **kwargs)
        response = await self._http.request(**request_kwargs)
        return response.content

    # --- shortcuts ------------------------------------------------------------------------------
    async def get_organization(self, name: str) -> AsyncOrganization:
        """The organization named `name` (RecordDoesNotExistError if none)."""
        return await get_one(self.organizations, {"name": name}, f"name '{name}'")

    async def get_project(self, organization_name: str, project_name: str) -> AsyncProject:
        organization = await self.get_organization(organization_name)
        return await organization.get_project(project_name)

    async def get_me(self) -> AsyncUser:
        """The logged-in user."""
        return await self.users.retrieve("me")
