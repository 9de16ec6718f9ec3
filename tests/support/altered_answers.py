"""Answers of the platform as they might come one day, made from the sandbox's real answers by a
transport (a required field missing, a field added, an id where the spec says nested, a new enum value,
another datetime format), and the differences `check_platform` must report for them."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

Alter = Callable[[str, Any], Any]


def alter_answers(path: str, answer: Any) -> Any:
    """The platform's answers as they might come one day (list answers hold records under `data`)."""
    data = answer.get("data") if isinstance(answer, dict) else None
    records: list[Any] = data if isinstance(data, list) else [answer]
    for record in records:
        if not isinstance(record, dict):
            continue
        if "/odata/importers/" in path:
            record["energy_class"] = "A+ (since 2026)"  # a field the spec lacks
            if isinstance(record.get("last_run"), str):
                record["last_run"] = "2024-05-01T10:00:00+02:00"  # another datetime format
        if "/odata/series/" in path and "select" not in path:
            record.pop("otsdb_pk", None)  # a field the spec requires
        if "/odata/gates/" in path and "data" in answer and isinstance(record.get("ftp_account"), dict):
            record["ftp_account"] = record["ftp_account"]["id"]  # an id where the spec says nested
        if "/odata/unitcleaners/" in path:
            record["clock"] = "solar"  # a Clock the spec does not know
    return answer


EXPECTED = {
    ("odata/importers", "list", "energy_class", "extra field", "string"),
    ("odata/importers", "retrieve", "energy_class", "extra field", "string"),
    ("odata/importers", "list", "last_run", "datetime format", "0000-00-00T00:00:00+00:00"),
    ("odata/importers", "retrieve", "last_run", "datetime format", "0000-00-00T00:00:00+00:00"),
    ("odata/series", "list", "otsdb_pk", "missing field", "absent"),
    ("odata/series", "retrieve", "otsdb_pk", "missing field", "absent"),
    ("odata/gates", "list", "ftp_account", "form", "id"),
    ("odata/unitcleaners", "list", "clock", "enum value", "solar"),
    ("odata/unitcleaners", "retrieve", "clock", "enum value", "solar"),
}


class Altering(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Real HTTP to the sandbox; each JSON answer passed through `alter`, and remembered as sent."""

    def __init__(self, alter: Alter) -> None:
        self.alter = alter
        self.sent: list[Any] = []
        self.sync, self.asynchronous = httpx.HTTPTransport(), httpx.AsyncHTTPTransport()

    def _altered(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if "json" not in response.headers.get("content-type", ""):
            return response
        answer = self.alter(request.url.path, json.loads(response.content))
        self.sent.append(answer)
        return httpx.Response(response.status_code, json=answer)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.sync.handle_request(request)
        response.read()
        return self._altered(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.asynchronous.handle_async_request(request)
        await response.aread()
        return self._altered(request, response)
