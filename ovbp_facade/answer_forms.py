"""Strict mode's check: is an answer in the form its kind declares in the spec?

The spec says, per answer schema, what a complete answer carries (`x-always-sent`) and, per field, its
form in each answer kind (`x-forms`: a foreign key nested in list and retrieve answers but an id in
create and update ones, `rights` filled in retrieve answers only...). The client reads every form
whatever the mode; strict mode (`Client(strict=True)`, which the sandbox's own tests use) refuses an
answer that is not exactly its declared form, so that a stand-in platform cannot drift from the spec.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

from generated_client.typed.views import ALWAYS_SENT, ANSWER_FORMS, WIRE_ORDER
from generated_client.types import Unset

__all__ = ["ANSWER_KINDS", "answer_kind", "form_problems"]

ANSWER_KINDS = ("list", "retrieve", "create", "partial_update")


def answer_kind(function: Callable[..., Any]) -> str:
    """The answer kind of a generated operation function, from its module's name (`gates_partial_update`);
    a custom action (`attach_new_oftp_account`, `action`...) answers through the flat serializer, as an
    update does (odjango's viewsets)."""
    operation = function.__module__.rsplit(".", 1)[-1]
    for kind in ANSWER_KINDS:
        if operation.endswith(f"_{kind}"):
            return kind
    return "partial_update"


def _form_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return "id"
    if isinstance(value, Mapping) or attrs.has(type(value)):
        return "nested"
    return "value"


def form_problems(model: Any, kind: str, where: str = "") -> list[str]:
    """What differs between a parsed answer and the form of `kind`: missing or unexpected fields, a
    foreign key as an id where the kind nests it or the reverse (the endpoint checks a list's records
    one by one as it reads them)."""
    always = ALWAYS_SENT.get(type(model))
    if always is None:
        return []
    forms = ANSWER_FORMS.get(type(model), {})
    wire: dict[str, Any] = {}
    for key in WIRE_ORDER.get(type(model), ()):
        value = getattr(model, key if hasattr(model, key) else f"{key}_", None)
        if not isinstance(value, Unset):
            wire[key] = value
    problems: list[str] = []
    for key in sorted(always | set(forms)):
        declared = forms.get(key, {}).get(kind, "value")
        if declared == "absent":
            if key in wire:
                problems.append(f"{where}{key} sent, but {kind} answers leave it out")
            continue
        if key not in wire:
            if key in always or declared != "value":
                problems.append(f"{where}{key} missing")
            continue
        sent = _form_of(wire[key])
        if declared in ("id", "nested") and sent not in (declared, "null"):
            problems.append(f"{where}{key} sent as {sent}, {kind} answers send it as {declared}")
        elif declared == "null" and sent != "null":
            problems.append(f"{where}{key} sent as {sent}, {kind} answers send null")
        if sent == "nested" and attrs.has(type(wire[key])):
            problems += form_problems(wire[key], "list", f"{where}{key}.")
    extra = getattr(model, "additional_properties", {})
    problems += [f"{where}{key} is not in the spec" for key in sorted(extra)]
    return problems
