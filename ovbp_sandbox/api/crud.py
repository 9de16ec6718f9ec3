"""The standard list / retrieve / create / update / destroy routes, the same for every collection."""

from __future__ import annotations

from typing import Any

from ovbp_sandbox.api.context import Ctx, Result
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.errors import ApiError

# Paging as odjango's pagination.py does it: `length` above the maximum is capped, none means the
# maximum, `draw` is echoed (an integer, or null), `empty=true` answers an empty page.
PAGING = ("start", "length", "draw", "empty")
PAGE_MAX = 200


def _cast(value: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "boolean":
        return value.lower() == "true"
    if kind == "integer":
        return int(value)
    return value


def page_bounds(ctx: Ctx) -> tuple[int, int]:
    """(start, length) of the asked page, `length` capped at the page maximum."""
    return ctx.int_query("start", 0), min(ctx.int_query("length", PAGE_MAX), PAGE_MAX)


def paginate(ctx: Ctx, records: list[dict[str, Any]]) -> dict[str, Any]:
    """A list answer: the envelope's keys in the platform's order; both counts are after filtering."""
    start, length = page_bounds(ctx)
    draw = ctx.query.get("draw")
    return {
        "draw": int(draw) if draw else None,
        "recordsTotal": len(records),
        "recordsFiltered": len(records),
        "start": start,
        "data": records[start : start + length],
    }


def list_records(ctx: Ctx) -> Result:
    filters = {
        name: _cast(ctx.query[name], schema)
        for name, schema in ctx.op.query_params.items()
        if name not in PAGING and name in ctx.query
    }
    empty = ctx.query.get("empty", "").lower() == "true"
    records = [] if empty else ctx.platform.find(ctx.collection, ctx.org, filters)
    page = paginate(ctx, records)
    page["data"] = [ctx.platform.present(ctx.collection, rec, "list") for rec in page["data"]]
    return 200, page


def retrieve(ctx: Ctx) -> Result:
    return 200, ctx.platform.present(ctx.collection, ctx.record(), "retrieve")


def _writable(ctx: Ctx) -> set[str]:
    schema = ctx.op.request_schema or {}
    return set(schema.get("properties", {}))


def create(ctx: Ctx) -> Result:
    if ctx.collection == r.ORGANIZATIONS:
        raise ApiError(403, "Organizations are created by the sandbox administrator (ovbp-sandbox add-user).")
    created = ctx.platform.create(ctx.collection, ctx.body, ctx.org, _writable(ctx))
    return 201, ctx.platform.present(ctx.collection, created, "create")


def refuse_put(ctx: Ctx) -> Result:
    """PUT, as odjango's viewsets answer it: forbidden, use PATCH (nothing is read or changed)."""
    raise ApiError(403, "update action forbidden, use partial_update")


def update(ctx: Ctx) -> Result:
    updated = ctx.platform.update(ctx.collection, ctx.id, ctx.body, ctx.org, _writable(ctx))
    return 200, ctx.platform.present(ctx.collection, updated, "partial_update")


def destroy(ctx: Ctx) -> Result:
    ctx.record()
    if ctx.collection == r.ORGANIZATIONS:
        raise ApiError(403, "An organization cannot delete itself.")
    ctx.platform.delete(ctx.collection, ctx.id)
    return 204, None
