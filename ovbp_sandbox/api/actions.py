"""Action routes (run/clear/reset, active, feed, FTP password and listing, series reads): one call each."""

from __future__ import annotations

from typing import Any

from ovbp_sandbox.api.context import Ctx, Result
from ovbp_sandbox.api.crud import page_bounds
from ovbp_sandbox.api.spec import body_defaults
from ovbp_sandbox.backend import ftp_accounts
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend.answer_forms import ACTION_KIND

_SELECT_EXCLUDED = ("length",)


def generator_action(ctx: Ctx) -> Result:
    ctx.record()
    task = ctx.engine.submit_generator_action(
        ctx.collection, ctx.id, ctx.body["name"], ctx.body.get("partial_instant")
    )
    return 201, task


def set_active(ctx: Ctx) -> Result:
    ctx.record()
    value = bool(ctx.body["value"])
    ctx.platform.set_fields(ctx.collection, ctx.id, {"active": value})
    return 200, {"value": value}


def feed(ctx: Ctx) -> Result:
    ctx.record()
    return 201, ctx.engine.submit_feed(ctx.id)


def password(ctx: Ctx) -> Result:
    ctx.record()
    return 200, {"password": ctx.platform.ftp_password(ctx.id)}


def list_dir(ctx: Ctx) -> Result:
    ctx.record()
    home = ctx.platform.ftp_home(ctx.collection, ctx.id)
    body = body_defaults(ctx.op.request_schema, ctx.body)
    entries = ftp_accounts.list_dir(home, body["path"], body.get("root_dir_path") or "/")
    start, length = page_bounds(ctx)
    total = len(entries)
    return 200, {"data": entries[start : start + length], "recordsTotal": total, "recordsFiltered": total}


def attach_new_oftp_account(ctx: Ctx) -> Result:
    ctx.record()
    account = ctx.platform.attach_ftp_account(ctx.collection, ctx.id)
    return 201, ctx.platform.present(ctx.collection, account, ACTION_KIND)


def configure_external_ftp_account(ctx: Ctx) -> Result:
    ctx.record()
    account = ctx.platform.configure_external_ftp(ctx.id, dict(ctx.body))
    return 200, ctx.platform.present(ctx.collection, account, "partial_update")


def users_me(ctx: Ctx) -> Result:
    """The caller's own user, answered as its retrieve (clients ask for it as `users/{id}` with `me`)."""
    return 200, ctx.platform.present(
        r.USERS, ctx.platform.visible(r.USERS, ctx.principal.user_id, ctx.org), "retrieve"
    )


def _select_params(ctx: Ctx) -> dict[str, str]:
    return {k: v for k, v in ctx.query.items() if k in ctx.op.query_params and k not in _SELECT_EXCLUDED}


def series_select(ctx: Ctx) -> Result:
    ctx.record()
    return 200, ctx.engine.select_json(ctx.id, _select_params(ctx))


def series_multi_select(ctx: Ctx) -> Result:
    by_pk = ctx.platform.series_ids_by_pk(ctx.org, ctx.body["otsdb_pk"])
    return 200, ctx.engine.multi_select_json(by_pk, _select_params(ctx))


def series_export(ctx: Ctx) -> Result:
    body: dict[str, Any] = body_defaults(ctx.op.request_schema, ctx.body)
    ctx.platform.check_series_ids(ctx.org, body["series"])
    return 201, ctx.engine.submit_export(ctx.principal.user_id, body)
