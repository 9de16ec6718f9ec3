"""`check_platform`: read a few answers of every collection with the user's own credentials (GETs only)
and report where their shape differs from the spec the client was generated from (platform_check.py)."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import HttpError
from ..json_values import JsonObject, JsonValue
from ..platform_check import PlatformReport, compare_answer, compare_paging, enum_fields, load_spec

if TYPE_CHECKING:
    from .client import AsyncClient

__all__ = ["check_platform"]

SELECT_PATH = "/odata/series/{id}/select/"


def _ref_name(node: Mapping[str, Any]) -> str | None:
    ref = node.get("$ref")
    return None if ref is None else str(ref).rsplit("/", 1)[-1]


def _answer_schema(spec: Mapping[str, Any], path: str) -> str | None:
    operation = spec["paths"].get(path, {}).get("get")
    if operation is None:
        return None
    content = operation["responses"].get("200", {}).get("content", {}).get("application/json", {})
    return _ref_name(content.get("schema", {}))


def collections(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, str, str | None]]:
    """(list path, page schema, record schema, retrieve schema or None) of each listable collection."""
    for path in spec["paths"]:
        page = _answer_schema(spec, path) if "{" not in path else None
        if page is None or not page.startswith("Paginated"):
            continue
        record = _ref_name(spec["components"]["schemas"][page]["properties"]["data"]["items"])
        assert record is not None
        yield path, page, record, _answer_schema(spec, f"{path}{{id}}/")


def _shape(value: JsonValue, kept: AbstractSet[str] = frozenset()) -> JsonValue:
    """A value with nothing of its own left: each string a run of `x` (datetimes: each digit a 0), numbers
    0, booleans false; lists and objects by their members. The strings of the members named in `kept`
    (those holding an enum value) are kept, at any depth."""
    if isinstance(value, dict):
        return {k: v if k in kept and isinstance(v, str) else _shape(v, kept) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v, kept) for v in value[:3]]
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return type(value)(0)
    if isinstance(value, str):
        return re.sub(r"\d", "0", value) if re.match(r"^\d{4}-\d\d-\d\d", value) else "x" * min(len(value), 8)
    return value


class _Reader:
    def __init__(self, client: AsyncClient, record_dir: Path | None) -> None:
        self.client = client
        self.record_dir = record_dir
        self.count = 0

    async def get(self, path: str, params: Mapping[str, str] | None = None) -> JsonValue:
        response = await self.client._http.get(path.lstrip("/"), params=params)
        answer: JsonValue = response.json()
        return answer

    def keep(self, name: str, path: str, answer: JsonValue, kept: AbstractSet[str]) -> None:
        """With --record: the answer's shape (never its values) as a fixture named after the request."""
        if self.record_dir is None:
            return
        self.count += 1
        fixture = {"request": name, "path_template": path, "answer": _shape(answer, kept)}
        target = self.record_dir / f"{self.count:03d}-{re.sub(r'[^a-z_]+', '-', name).strip('-')}.json"
        target.write_text(json.dumps(fixture, indent=1) + "\n", encoding="utf-8")


async def check_platform(
    client: AsyncClient,
    *,
    records: int = 3,
    spec: JsonObject | None = None,
    record_dir: str | os.PathLike[str] | None = None,
) -> PlatformReport:
    """Read `records` records of each collection the user can see (list and detail answers, their paging,
    a few points of one series) and report where their shape differs from the spec; `record_dir` keeps
    each answer's shape (never its values) as a JSON fixture."""
    spec = spec if spec is not None else load_spec()
    folder = None if record_dir is None else Path(record_dir)
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    reader = _Reader(client, folder)
    report = PlatformReport()
    for path, page_schema, record_schema, retrieve_schema in collections(spec):
        collection = path.strip("/")
        try:
            page = await reader.get(path, {"start": "0", "length": str(records)})
        except HttpError:
            report.answers_read[collection] = 0
            continue
        if not isinstance(page, dict):
            continue
        enums = enum_fields(spec, record_schema)
        retrieve_enums = set() if retrieve_schema is None else enum_fields(spec, retrieve_schema)
        reader.keep(f"{collection} list", path, page, enums)
        report.schemas[(collection, "paging")] = page_schema
        report.schemas[(collection, "list")] = record_schema
        report.add(compare_paging(spec, collection, page_schema, page))
        data = page.get("data")
        items = [item for item in data if isinstance(item, dict)][:records] if isinstance(data, list) else []
        read = 1
        for item in items:
            report.add(compare_answer(spec, collection, "list", record_schema, item))
            record_id = item.get("id")
            if retrieve_schema is None or not isinstance(record_id, str):
                continue
            detail = await reader.get(f"{path}{record_id}/")
            read += 1
            if isinstance(detail, dict):
                reader.keep(f"{collection} retrieve", f"{path}{{id}}/", detail, retrieve_enums)
                report.schemas[(collection, "retrieve")] = retrieve_schema
                report.add(compare_answer(spec, collection, "retrieve", retrieve_schema, detail))
        if path == SELECT_PATH.split("{")[0] and items and isinstance(items[0].get("id"), str):
            select_schema = _answer_schema(spec, SELECT_PATH)
            points = await reader.get(f"{path}{items[0]['id']}/select/", {"max_rows_nb": "5"})
            read += 1
            if select_schema is not None and isinstance(points, dict):
                reader.keep("odata/series select", SELECT_PATH, points, set())
                report.schemas[(collection, "select")] = select_schema
                report.add(compare_answer(spec, collection, "select", select_schema, points))
        report.answers_read[collection] = read
    return report
