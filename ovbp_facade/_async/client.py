"""The facade's entry point: credentials, one pooled HTTP client with retries, and the endpoints."""

from __future__ import annotations

import copy
import logging
import os
import ssl
from collections.abc import Callable, Mapping
from typing import IO, Any, Self

import httpx

from generated_client.client import Client as GeneratedClient
from generated_client.types import Response

from ..auth import AuthSource, ClientSource, Credentials, resolve_credentials, resolve_url
from ..errors import AuthFileError, OVBPClientError
from ..logs import log_requests_at_debug
from ..network_settings import ProxySetting, VerifySetting
from ..run_async import Eventually
from ..version import USER_AGENT
from ..wire import RawAnswer
from .collection_endpoints import AsyncCollections
from .network import AsyncNetwork
from .records.lookup import get_one
from .records.oteams import AsyncOrganization, AsyncProject, AsyncUser
from .transport import raise_for_status_hook

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

    Network: requests go through the environment's proxies (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY, NO_PROXY)
    unless `proxy=` names one for all; `verify_ssl` takes a CA bundle path (or SSL_CERT_FILE / SSL_CERT_DIR
    name one); `http_client=` sends through an httpx client of your own (its proxies, certificates, hooks
    and headers); `default_headers=` adds a site's own headers. Retries (`max_retries`) apply on every
    route; `with_options()` gives a copy with another timeout or retry budget on the same connections.
    """

    def __init__(
        self,
        auth_buffer_or_path: str | os.PathLike[str] | IO[str] | IO[bytes] | None = None,
        url: str | None = None,
        verify_ssl: VerifySetting = True,
        *,
        timeout: float = 30.0,
        max_retries: int = 3,
        retry_backoff_s: float = 0.5,
        max_connections: int = 10,
        proxy: ProxySetting | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        strict: bool = False,
    ) -> None:
        source: AuthSource | None = auth_buffer_or_path
        self._credentials: Credentials = resolve_credentials(source)
        self.url = resolve_url(url)
        # a file or the environment can be read again in another process; a buffer, a prompt or an
        # SSLContext cannot
        self._source: ClientSource | str = (
            "its credentials came from a buffer or a prompt, which another process cannot read again: "
            "give the client an auth file path, or set OVBP_LOGIN and OVBP_PASSWORD"
        )
        portable_verify = (
            verify_ssl if isinstance(verify_ssl, bool | ssl.SSLContext) else os.fspath(verify_ssl)
        )
        if isinstance(portable_verify, ssl.SSLContext):
            self._source = "an SSLContext cannot be sent to another process: give verify_ssl a CA bundle path"
        elif isinstance(source, str | os.PathLike):
            self._source = ClientSource(self.url, os.path.abspath(source), portable_verify, timeout)
        elif source is None and self._credentials.source != "prompt":
            self._source = ClientSource(self.url, None, portable_verify, timeout)
        self.login = self._credentials.login
        # strict: refuse answers not in the form the spec declares for their kind (answer_forms.py);
        # by default every form the platform may send is read
        self.strict = strict
        # the proxies (given, or the environment's) and certificates, or the user's own transport or client
        self._network = AsyncNetwork(
            verify=verify_ssl,
            max_connections=max_connections,
            proxy=proxy,
            transport=transport,
            http_client=http_client,
        )
        self._owns_network = True  # with_options copies share it; the client that made it closes it
        headers = httpx.Headers({"User-Agent": USER_AGENT})
        headers.update(default_headers or {})
        self._headers = dict(headers.items())
        self._timeout = timeout
        self._max_retries = max_retries
        self._retry_backoff_s = retry_backoff_s
        self._connect()
        log_requests_at_debug(self.url)

    def _connect(self) -> None:
        """The generated client over the network's routes, with this client's timeout and retries; and one
        attribute per collection of the spec (collection_endpoints.py), bound to this client."""
        transport, mounts = self._network.retrying(self._max_retries, self._retry_backoff_s)
        self._generated = GeneratedClient(
            base_url=self.url,
            timeout=httpx.Timeout(self._timeout),
            headers=self._headers,
            raise_on_unexpected_status=False,
            httpx_args={
                "auth": httpx.BasicAuth(self._credentials.login, self._credentials.password),
                "event_hooks": {"response": [raise_for_status_hook]},
                "transport": transport,
                "mounts": mounts,
            },
        )
        self._http: httpx.AsyncClient = self._generated.get_async_httpx_client()
        self._open_collections(self)

    def with_options(self, *, timeout: float | None = None, max_retries: int | None = None) -> Self:
        """This client with another timeout (seconds) or retry budget, sharing its connection pool and its
        login: `client.with_options(timeout=300).series.select_data(many_series)` for one long read while
        every other call keeps the client's own. Closing the copy leaves the pool open for the client."""
        other = copy.copy(self)
        other._owns_network = False
        other._timeout = self._timeout if timeout is None else timeout
        other._max_retries = self._max_retries if max_retries is None else max_retries
        other._connect()
        return other

    def __repr__(self) -> str:
        return f"<ovbp_facade.{type(self).__name__} {self.login}@{self.url}>"

    # --- lifecycle ------------------------------------------------------------------------------
    async def close(self) -> None:
        """Close the pooled HTTP connections (a `with_options` copy leaves them to its client)."""
        await self._http.aclose()
        if self._owns_network:
            await self._network.aclose()

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
        if isinstance(self._source, str):
            raise AuthFileError(f"this client cannot be built again in another process: {self._source}")
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
