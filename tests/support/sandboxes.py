"""What tests know of the sandboxes the fixtures give them (tests/conftest.py)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import httpx

from ovbp_facade.demo import Results
from ovbp_sandbox import LoginGuard, Sandbox

OTHER_ORGANIZATION = "Intruders"  # the organization of `other_client`'s user


class SandboxFactory(Protocol):
    def __call__(
        self,
        *,
        data_dir: Path | None = None,
        script_timeout_s: float = 60.0,
        login_guard: LoginGuard | None = None,
    ) -> Sandbox: ...


@dataclass(frozen=True)
class GuideRun:
    """The walkthrough's run of the session: its results, what it printed and what it logged at INFO."""

    results: Results
    printed: str
    records: list[logging.LogRecord]


class RecordingTransport(httpx.BaseTransport):
    """Real HTTP to the sandbox, remembering (method, path) of every request: tests count writes with it,
    or prove that a call made no request at all."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.requests: list[tuple[str, str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append((request.method, request.url.path))
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()

    def writes(self, fragment: str) -> list[tuple[str, str]]:
        return [(m, p) for m, p in self.requests if m in ("POST", "PATCH", "PUT", "DELETE") and fragment in p]
