"""The spec as openapi-python-client reads it: `openapi/ovbp.yaml` without `format: uuid` and `default`.

Ids are UUIDs on the platform, and the spec says so where clients send them, so that the sandbox and
schemathesis check them. In Python they stay `str`, as `record.id` was in ovbpclient: the generator
would otherwise type every path id and foreign key `uuid.UUID` and parse answers with `UUID(...)`,
refusing an id the platform sends in another form. A `default` is what the platform takes for a field
left out (the sandbox reads it there); the generator would fill it into every request body, so the
client would send values nobody gave. Run by codegen.sh: `generator_spec.py SPEC OUT`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from ruamel.yaml import YAML


def without(node: Any, unwanted: Callable[[str, Any], bool], in_properties: bool = False) -> Any:
    """`node` without the keys `unwanted` picks (a property of that name is kept)."""
    if isinstance(node, dict):
        return {
            k: without(v, unwanted, k == "properties" and not in_properties)
            for k, v in node.items()
            if in_properties or not unwanted(k, v)
        }
    if isinstance(node, list):
        return [without(v, unwanted) for v in node]
    return node


def for_the_generator(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec without `format: uuid`, and its schemas without their `default`."""
    spec = without(spec, lambda k, v: k == "format" and v == "uuid")
    schemas = spec["components"]["schemas"]
    spec["components"]["schemas"] = without(schemas, lambda k, v: k == "default", in_properties=True)
    return spec


def main(spec_path: str, out_path: str) -> None:
    with open(spec_path, encoding="utf-8") as f:
        spec = YAML(typ="safe").load(f)
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(for_the_generator(spec), f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
