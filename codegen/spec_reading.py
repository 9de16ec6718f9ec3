"""What codegen reads from the spec: its operations by tag, schema names, and its string grammars.

Imported by derive_typed.py (both run as scripts from this folder by codegen.sh).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# Query parameters of every list (odjango's pagination.py): the client pages with them; not filters.
PAGING = ("start", "length", "draw", "empty")


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def camel(tag: str) -> str:
    """A tag's class-name form (`gate_ftp_accounts` -> `GateFtpAccounts`), as every derived class names it."""
    return "".join(part.capitalize() for part in tag.split("_"))


def split_union(annotation: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in annotation:
        depth += char == "["
        depth -= char == "]"
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return parts


@dataclass
class Operation:
    tag: str
    name: str  # list, create, retrieve, partial_update, destroy, ...
    path: str
    body: str | None
    answer: str | None
    query: list[str] = field(default_factory=list)

    @property
    def module(self) -> str:
        return f"{self.tag}_{self.name}"


def ref_name(schema: dict[str, Any] | None) -> str | None:
    if not schema:
        return None
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if ref else None


def read_operations(spec: dict[str, Any]) -> dict[str, dict[str, Operation]]:
    by_tag: dict[str, dict[str, Operation]] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            tag = op["tags"][0]
            name = op["operationId"][len(tag) + 1 :]
            body = None
            if "requestBody" in op:
                body = ref_name(op["requestBody"]["content"].get("application/json", {}).get("schema"))
            answer = None
            for status in ("200", "201"):
                content = op.get("responses", {}).get(status, {}).get("content", {})
                if "application/json" in content:
                    answer = ref_name(content["application/json"].get("schema"))
            query = [
                p["name"]
                for p in op.get("parameters", [])
                if p.get("in") == "query" and p["name"] not in PAGING
            ]
            by_tag.setdefault(tag, {})[name] = Operation(tag, name, path.strip("/"), body, answer, query)
    return by_tag


def safe_post_paths(spec: dict[str, Any]) -> list[str]:
    """The path templates of the POST operations marked `x-safe` (they only read), in spec order."""
    return [path for path, item in spec["paths"].items() if item.get("post", {}).get("x-safe")]


def _path_regex(template: str) -> str:
    """A path template as a regex: `{id}` matches one path segment."""
    return "".join(
        "[^/]+" if part.startswith("{") else re.escape(part)
        for part in re.split(r"(\{[^}]+\})", template)
        if part
    )


def render_patterns(spec: dict[str, Any]) -> str:
    """The `pattern` (compiled) and `examples` of each string component schema (the generator drops them),
    and the paths of the safe POST operations (`x-safe`)."""
    out = [
        '"""String grammars the spec gives its component schemas (e.g. `Frequency`), and the paths of the POST',
        'operations that only read (`x-safe`), compiled."""',
        "",
        "import re",
        "",
    ]
    for name, schema in sorted(spec["components"]["schemas"].items()):
        if schema.get("type") == "string" and "pattern" in schema:
            out.append(f"{snake(name).upper()}_PATTERN = re.compile({schema['pattern']!r})")
            if schema.get("examples"):
                out.append(f"{snake(name).upper()}_EXAMPLES = {tuple(str(e) for e in schema['examples'])!r}")
    alternatives = "|".join(_path_regex(template) for template in safe_post_paths(spec))
    out += [
        "#: the end of the URL path of a POST that only reads, whatever the base URL: a client may retry it",
        f"SAFE_POST_PATH = re.compile({f'(?:{alternatives})$'!r})",
    ]
    return "\n".join(out) + "\n"
