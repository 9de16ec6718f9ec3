"""The routes requests leave by, shared by a client and its `with_options` copies: one connection pool
(direct, through the environment's or the given proxy, or an httpx client of the user's own), each
route wrapped by every client in a retry transport of its own settings."""

from __future__ import annotations

import httpx

from ..network_settings import ProxySetting, VerifySetting, proxy_routes, ssl_verify
from .transport import AsyncRetryTransport

__all__ = ["AsyncClientTransport", "AsyncNetwork"]


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through an httpx client of the user's own: its transport, proxies, certificates, event hooks
    and default headers (those the facade does not set itself); the facade's auth and timeout apply."""

    def __init__(self, http_client: httpx.AsyncClient) -> None:
        self.http_client = http_client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for name, value in self.http_client.headers.items():
            request.headers.setdefault(name, value)
        return await self.http_client.send(request, stream=True, auth=None)

    async def aclose(self) -> None:
        """The user's client stays open: it is theirs to close."""


class AsyncNetwork:
    """The transports of one connection pool, and the retry transports each client puts over them."""

    def __init__(
        self,
        *,
        verify: VerifySetting,
        max_connections: int,
        proxy: ProxySetting | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        given = [name for name, value in (("transport", transport), ("http_client", http_client)) if value]
        if len(given) > 1 or (given and proxy is not None):
            chosen = ", ".join([*given, *(["proxy"] if proxy is not None else [])])
            raise ValueError(f"give one of transport, http_client and proxy, not several ({chosen})")
        self.mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
        if http_client is not None:
            self.default: httpx.AsyncBaseTransport = AsyncClientTransport(http_client)
        elif transport is not None:
            self.default = transport
        else:
            context = ssl_verify(verify)
            limits = httpx.Limits(max_connections=max_connections)
            self.default = httpx.AsyncHTTPTransport(verify=context, limits=limits)
            self.mounts = {
                pattern: None
                if via is None
                else httpx.AsyncHTTPTransport(proxy=via, verify=context, limits=limits)
                for pattern, via in proxy_routes(proxy).items()
            }

    def retrying(
        self, max_retries: int, backoff_base_s: float
    ) -> tuple[AsyncRetryTransport, dict[str, httpx.AsyncBaseTransport | None]]:
        """The default transport and the mounts (httpx's `transport=` and `mounts=`), each with retries."""

        def wrap(transport: httpx.AsyncBaseTransport) -> AsyncRetryTransport:
            return AsyncRetryTransport(transport, max_retries=max_retries, backoff_base_s=backoff_base_s)

        mounts: dict[str, httpx.AsyncBaseTransport | None] = {
            pattern: None if transport is None else wrap(transport)
            for pattern, transport in self.mounts.items()
        }
        return wrap(self.default), mounts

    async def aclose(self) -> None:
        """Close the pool (the owning client does, when it is closed)."""
        for transport in [self.default, *self.mounts.values()]:
            if transport is not None:
                await transport.aclose()
