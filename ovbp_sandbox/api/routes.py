"""Which handler serves each operation of the spec: standard operations by method and path, actions by name.

A list path (``/odata/gates/``) and a detail path (``/odata/gates/{id}/``) mean the same five
operations for every collection; every other operation is named in ``ACTION_HANDLERS``. An operation
that fits neither is refused when the app is built, so a new action in the spec cannot go unserved.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ovbp_sandbox.api import actions, crud
from ovbp_sandbox.api.context import Ctx, Result
from ovbp_sandbox.api.spec import Operation

Handler = Callable[[Ctx], Result]

ACTION_HANDLERS: dict[str, Handler] = {
    "users_me": actions.users_me,
    "importers_run_action": actions.generator_action,
    "cleaners_run_action": actions.generator_action,
    "analyses_run_action": actions.generator_action,
    "importers_set_active": actions.set_active,
    "analyses_set_active": actions.set_active,
    "base_feeders_set_active": actions.set_active,
    "base_feeders_feed": actions.feed,
    "user_ftp_accounts_password": actions.password,
    "gate_ftp_accounts_password": actions.password,
    "user_ftp_accounts_list_dir": actions.list_dir,
    "gate_ftp_accounts_list_dir": actions.list_dir,
    "gate_ftp_accounts_attach_new_oftp_account": actions.attach_new_oftp_account,
    "gate_ftp_accounts_partial_update": actions.configure_external_ftp_account,
    "unitcleaners_set_active": actions.set_active,
    "series_select": actions.series_select,
    "series_multi_select": actions.series_multi_select,
    "series_export": actions.series_export,
}

STANDARD_HANDLERS: dict[tuple[str, str], Handler] = {
    ("list", "GET"): crud.list_records,
    ("list", "POST"): crud.create,
    ("detail", "GET"): crud.retrieve,
    ("detail", "PUT"): crud.refuse_put,
    ("detail", "PATCH"): crud.update,
    ("detail", "DELETE"): crud.destroy,
}

_LIST_PATH = re.compile(r"^/(?:oteams|odata)/\w+/$")
_DETAIL_PATH = re.compile(r"^/(?:oteams|odata)/\w+/\{id\}/$")


def path_kind(path: str) -> str | None:
    """``list`` for a collection's path, ``detail`` for one record's, None for anything else."""
    if _LIST_PATH.match(path):
        return "list"
    if _DETAIL_PATH.match(path):
        return "detail"
    return None


def handler_for(op: Operation) -> Handler:
    if op.operation_id in ACTION_HANDLERS:
        return ACTION_HANDLERS[op.operation_id]
    kind = path_kind(op.path)
    handler = STANDARD_HANDLERS.get((kind or "", op.method.upper()))
    if handler is None:
        raise LookupError(
            f"no handler for operation {op.operation_id} ({op.method.upper()} {op.path}): "
            "name it in ACTION_HANDLERS"
        )
    return handler


def collection_of(path: str) -> str:
    """``/odata/gates/{id}/list_dir/`` -> ``odata/gates``."""
    return re.split(r"/\{id\}", path.strip("/"))[0]
