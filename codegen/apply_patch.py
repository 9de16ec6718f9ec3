"""Apply a JSON Merge Patch (RFC 7386) to openapi/ovbp.yaml, keeping its layout and comments:
`.codegen-venv/bin/python codegen/apply_patch.py PATCH.json` (the patch `ovbp check-platform
--write-patch` writes), then `./codegen.sh`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "ovbp.yaml"


def merge(target: Any, patch: Any) -> Any:
    """Objects merge member by member, null removes a member, anything else replaces."""
    if not isinstance(patch, dict):
        return patch
    if not isinstance(target, dict):
        target = {}
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = merge(target.get(key), value)
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    from ruamel.yaml import YAML  # the codegen environment's (merge alone needs nothing but Python)

    yaml = YAML()
    yaml.width = 120
    yaml.indent(mapping=2, sequence=2, offset=0)
    yaml.preserve_quotes = True
    spec = yaml.load(SPEC.read_text(encoding="utf-8"))
    merge(spec, json.loads(Path(argv[0]).read_text(encoding="utf-8")))
    with SPEC.open("w", encoding="utf-8") as out:
        yaml.dump(spec, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
