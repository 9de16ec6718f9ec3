"""The form of each field in each answer kind, read from the spec (`x-forms`), as odjango serializes.

The platform's REST layer (openergy/odjango, `rest_framework/viewset.py`) answers retrieve requests with
a nested serializer, lists with a list serializer, and create, update and every custom action with a
flat one (foreign keys as ids, `rights` null). The spec says, field by field, which form each kind
takes; the sandbox answers exactly that, and the client's strict mode checks it.
"""

from __future__ import annotations

import functools
from typing import Any

from ovbp_sandbox.spec_file import spec_dict

__all__ = ["ACTION_KIND", "KINDS", "field_forms"]

KINDS = ("list", "retrieve", "create", "partial_update")
ACTION_KIND = "partial_update"  # custom actions answer through the flat serializer


@functools.cache
def field_forms(collection: str) -> dict[str, dict[str, str]]:
    """`collection`'s answer fields that have forms: field -> answer kind -> `id` | `nested` | `null` |
    `value` | `absent`."""
    item = spec_dict()["paths"].get(f"/{collection}/{{id}}/", {})
    schema: Any = item.get("get", {}).get("responses", {}).get("200", {})
    schema = schema.get("content", {}).get("application/json", {}).get("schema", {})
    name = str(schema.get("$ref", "")).rsplit("/", 1)[-1]
    properties = spec_dict()["components"]["schemas"].get(name, {}).get("properties", {})
    return {field: dict(prop["x-forms"]) for field, prop in properties.items() if "x-forms" in prop}
