"""The spec as openapi-python-client reads it: `openapi/ovbp.yaml` with `format: uuid` left out.

Ids are UUIDs on the platform, and the spec says so where clients send them, so that the sandbox and
schemathesis check them. In Python they stay `str`, as `record.id` was in ovbpclient: the generator
would otherwise type every path id and foreign key `uuid.UUID` and parse answers with `UUID(...)`,
refusing an id the platform sends in another form. Run by codegen.sh: `generator_spec.py SPEC OUT`.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from ruamel.yaml import YAML


def without_uuid_format(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: without_uuid_format(v) for k, v in node.items() if not (k == "format" and v == "uuid")}
    if isinstance(node, list):
        return [without_uuid_format(v) for v in node]
    return node


def main(spec_path: str, out_path: str) -> None:
    with open(spec_path, encoding="utf-8") as f:
        spec = YAML(typ="safe").load(f)
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(without_uuid_format(spec), f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
