"""Detail and list actions: run/clear/reset, active, feed, FTP password and listing, series reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ovbp_sandbox import ftp_accounts
from ovbp_sandbox import registry as r
from ovbp_sandbox.context import Ctx, Result
from ovbp_sandbox.errors_http import ApiError
from ovbp_sandbox.routes_crud import paginate
from ovbp_sandbox.spec import body_defaults

_SELECT_EXCLUDED = ("length",)


def generator_action(ctx: Ctx) -> Result:
    ctx.record()
    assert ctx.record_id is not None
    task = ctx.engine.submit_generator_action(
        ctx.collection, ctx.record_id, ctx.body["name"], ctx.body.get("partial_instant")
    )
    return 201, task


def set_active(ctx: Ctx) -> Result:
    ctx.record()
    assert ctx.record_id is not None
    value = bool(ctx.body["value"])
    ctx.platform.set_fields(ctx.collection, ctx.record_id, {"active": value})
    return 200, {"value": value}


def feed(ctx: Ctx) -> Result:
    ctx.record()
    assert ctx.record_id is not None
    return 201, ctx.engine.submit_feed(ctx.record_id)


def _ftp_login(ctx: Ctx) -> dict[str, str]:
    ctx.record()
    assert ctx.record_id is not None
    login = ctx.platform.store.ftp_login_of_account(ctx.record_id)
    if login is None:
        raise ApiError(400, "This FTP account has no sandbox FTP login yet: attach one first.")
    return login


def password(ctx: Ctx) -> Result:
    return 200, {"password": _ftp_login(ctx)["password"]}


def list_dir(ctx: Ctx) -> Result:
    login = _ftp_login(ctx)
    body = body_defaults(ctx.op.request_schema, ctx.body)
    entries = ftp_accounts.list_dir(Path(login["home"]), body["path"], body.get("root_dir_path") or "/")
    return 200, paginate(ctx, entries, len(entries))


def attach_new_oftp_account(ctx: Ctx) -> Result:
    ctx.record()
    assert ctx.record_id is not None
    account = ctx.platform.attach_ftp_account(ctx.collection, ctx.record_id)
    return 201, ctx.platform.present(ctx.collection, account, detail=True)


def users_me(ctx: Ctx) -> Result:
    user = ctx.platform.store.get(r.USERS, ctx.principal.user_id)
    if user is None:
        raise ApiError(404)
    return 200, ctx.platform.present(r.USERS, user, detail=True)


def _select_params(ctx: Ctx) -> dict[str, str]:
    return {k: v for k, v in ctx.query.items() if k in ctx.op.query_params and k not in _SELECT_EXCLUDED}


def series_select(ctx: Ctx) -> Result:
    ctx.record()
    assert ctx.record_id is not None
    engine = ctx.engine
    encoded = getattr(engine, "select_json", None)  # pre-encoded JSON: much faster on 1e6 points
    if encoded is not None:
        return 200, bytes(encoded(ctx.record_id, _select_params(ctx)))
    return 200, engine.select(ctx.record_id, _select_params(ctx))


def series_multi_select(ctx: Ctx) -> Result:
    by_pk: dict[str, str] = {}
    unknown: list[str] = []
    for pk in ctx.body["otsdb_pk"]:
        found = ctx.platform.store.find_in(r.SERIES, ctx.org, otsdb_pk=pk)
        if found:
            by_pk[pk] = found[0]["id"]
        else:
            unknown.append(pk)
    if unknown:
        raise ApiError(400, {"otsdb_pk": [f"Unknown series otsdb_pk: {pk!r}." for pk in unknown]})
    engine = ctx.engine
    encoded = getattr(engine, "multi_select_json", None)
    if encoded is not None:
        return 200, bytes(encoded(by_pk, _select_params(ctx)))
    return 200, engine.multi_select(by_pk, _select_params(ctx))


def series_export(ctx: Ctx) -> Result:
    body: dict[str, Any] = body_defaults(ctx.op.request_schema, ctx.body)
    errors = []
    for series_id in body["series"]:
        found = ctx.platform.store.get(r.SERIES, series_id)
        if found is None or ctx.platform.store.organization_of(r.SERIES, series_id) != ctx.org:
            errors.append(f'Invalid pk "{series_id}" - object does not exist.')
    if errors:
        raise ApiError(400, {"series": errors})
    return 201, ctx.engine.submit_export(ctx.principal.user_id, body)
