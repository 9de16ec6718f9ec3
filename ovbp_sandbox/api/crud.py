"""The standard list / retrieve / create / update / destroy routes, the same for every collection."""

from __future__ import annotations

from typing import Any

from ovbp_sandbox.api.context import Ctx, Result
from ovbp_sandbox.errors import ApiError
from ovbp_sandbox.records import registry as r

_PAGINATION = ("start", "length")


def _cast(value: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "boolean":
        return value.lower() == "true"
    if kind == "integer":
        return int(value)
    return value


def paginate(ctx: Ctx, records: list[dict[str, Any]], total: int) -> dict[str, Any]:
    start = ctx.int_query("start", 0)
    length = min(ctx.int_query("length", 200), 200)
    return {"data": records[start : start + length], "recordsTotal": total, "recordsFiltered": len(records)}


def list_records(ctx: Ctx) -> Result:
    filters = {
        name: _cast(ctx.query[name], schema)
        for name, schema in ctx.op.query_params.items()
        if name not in _PAGINATION and name in ctx.query
    }
    records, total = ctx.platform.find(ctx.collection, ctx.org, filters)
    page = paginate(ctx, records, total)
    page["data"] = [ctx.platform.present(ctx.collection, rec, detail=False) for rec in page["data"]]
    return 200, page


def retrieve(ctx: Ctx) -> Result:
    return 200, ctx.platform.present(ctx.collection, ctx.record(), detail=True)


def _writable(ctx: Ctx) -> set[str]:
    schema = ctx.op.request_schema or {}
    return set(schema.get("properties", {}))


def create(ctx: Ctx) -> Result:
    if ctx.collection == r.ORGANIZATIONS:
        raise ApiError(403, "Organizations are created by the sandbox administrator (ovbp-sandbox add-user).")
    created = ctx.platform.create(ctx.collection, ctx.body, ctx.org, _writable(ctx))
    return 201, ctx.platform.present(ctx.collection, created, detail=True)


def update(ctx: Ctx) -> Result:
    updated = ctx.platform.update(ctx.collection, ctx.id, ctx.body, ctx.org, _writable(ctx))
    return 200, ctx.platform.present(ctx.collection, updated, detail=True)


def destroy(ctx: Ctx) -> Result:
    ctx.record()
    if ctx.collection == r.ORGANIZATIONS:
        raise ApiError(403, "An organization cannot delete itself.")
    ctx.platform.delete(ctx.collection, ctx.id)
    return 204, None
