"""HTTP plumbing under the generated client: retries with backoff, error statuses raised as our errors."""

from __future__ import annotations

import email.utils
import logging
import random
import time

import httpx

from generated_client.typed.patterns import SAFE_POST_PATH

from ..errors import APIConnectionError, APITimeoutError, error_for_status
from ..logs import HTTP_LOGGER
from ..run_async import sleep

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRY_STATUSES",
    "AsyncRetryTransport",
    "raise_for_status_hook",
    "retryable",
]

logger = logging.getLogger("ovbp_facade")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
MAX_RETRY_AFTER_S = 60.0


def retryable(request: httpx.Request) -> bool:
    """Idempotent methods, and the POSTs that only read (the spec's `x-safe`: multi_select, list_dir)."""
    method = request.method.upper()
    return method in IDEMPOTENT_METHODS or (
        method == "POST" and SAFE_POST_PATH.search(request.url.path) is not None
    )


def _retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Retries idempotent requests and safe POSTs on connection errors, timeouts, 429 and 502/503/504;
    never a POST that creates or acts.

    Backoff is exponential with full jitter; a Retry-After header on any of those answers is honoured
    (capped at 60 s).
    When retries run out, connection failures become APIConnectionError/APITimeoutError, and the last
    error response is handed back (the response hook then raises the matching HttpError).
    """

    def __init__(
        self,
        wrapped: httpx.AsyncBaseTransport,
        *,
        max_retries: int = 3,
        backoff_base_s: float = 0.5,
        backoff_max_s: float = 20.0,
    ) -> None:
        self._wrapped = wrapped
        self.max_retries = max_retries
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s

    async def _wait_to_retry(self, request: httpx.Request, what: str, attempt: int, delay: float) -> None:
        """One INFO line (what went wrong, which retry, how long), then the wait."""
        logger.info(
            "%s %s %s, retry %d/%d in %.1f s",
            request.method,
            request.url,
            what,
            attempt + 1,
            self.max_retries,
            delay,
        )
        await sleep(delay)

    def _backoff(self, attempt: int) -> float:
        return random.uniform(0, min(self.backoff_max_s, self.backoff_base_s * 2**attempt))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        again = retryable(request)
        attempt = 0
        while True:
            try:
                response = await self._wrapped.handle_async_request(request)
                await response.aread()  # a connection dropped mid-answer fails here, where it can be retried
            except httpx.TransportError as exc:
                if again and attempt < self.max_retries:
                    await self._wait_to_retry(
                        request, f"failed ({type(exc).__name__})", attempt, self._backoff(attempt)
                    )
                    attempt += 1
                    continue
                kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
                tries = f" after {attempt + 1} attempts" if attempt else ""
                raise kind(
                    f"{request.method} {request.url} failed{tries}: {type(exc).__name__}: {exc}"
                ) from exc
            if again and response.status_code in RETRY_STATUSES and attempt < self.max_retries:
                delay = self._backoff(attempt)
                after = _retry_after_seconds(response)
                if after is not None:
                    delay = min(after, MAX_RETRY_AFTER_S)
                await response.aread()
                await response.aclose()
                await self._wait_to_retry(request, f"answered {response.status_code}", attempt, delay)
                attempt += 1
                continue
            HTTP_LOGGER.debug("%s %s -> %d", request.method, request.url, response.status_code)
            return response

    async def aclose(self) -> None:
        """Nothing: the pool under it is shared by a client's `with_options` copies; its owner closes it."""


async def raise_for_status_hook(response: httpx.Response) -> None:
    """httpx response hook: any status >= 400 raises our HttpError before generated code parses the body."""
    if response.status_code < 400:
        return
    await response.aread()
    raise error_for_status(response)
