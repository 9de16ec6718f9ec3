"""How the platform's answers differ from the spec the client was generated from (`ovbp check-platform`).

Read-only: a few records of each collection (list and detail answers), their paging, a few points of one
series. What is compared is the answers' shape only: field names, JSON types, nesting forms, enum values
of the fields the spec declares as enums, datetime formats. No other value is kept or reported.
`merge_patch` turns the differences into a JSON Merge Patch (RFC 7386) of the spec: applied
(codegen/apply_patch.py), and the client regenerated, the spec says what the platform answers now.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Any

from .json_values import JsonObject, JsonValue

__all__ = [
    "Difference",
    "PlatformReport",
    "compare_answer",
    "compare_paging",
    "enum_fields",
    "load_spec",
    "merge_patch",
]

#: the platform's datetime form (`%Y-%m-%dT%H:%M:%S.%fZ`, the fraction optional)
WIRE_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
#: an answer field the spec documents as one of its enum schemas: "A `Clock` ..."
ENUM_MENTION = re.compile(r"^A `(\w+)`")
PAGING = "paging"


@dataclasses.dataclass(frozen=True, order=True)
class Difference:
    """One way an answer differs from the spec: where (collection, answer kind, field) and how."""

    collection: str  # the collection's path, e.g. `odata/importers`
    answer: str  # `list`, `retrieve`, `paging` or `select`
    field: str
    kind: str  # `extra field`, `missing field`, `type`, `form`, `enum value`, `datetime format`
    spec: str  # what the spec says
    found: str  # what came: a JSON type, a form, an enum value, a datetime's shape

    def as_json(self) -> dict[str, str]:
        return dataclasses.asdict(self)


@dataclasses.dataclass
class PlatformReport:
    """The differences found, each once, and how many answers of each collection were read."""

    differences: list[Difference] = dataclasses.field(default_factory=list)
    answers_read: dict[str, int] = dataclasses.field(default_factory=dict)
    #: (collection, answer kind) -> the schema each answer was held against
    schemas: dict[tuple[str, str], str] = dataclasses.field(default_factory=dict)

    def add(self, differences: Iterator[Difference]) -> None:
        for difference in differences:
            if difference not in self.differences:
                self.differences.append(difference)

    def as_json(self) -> JsonObject:
        return {
            "differences": [dict(d.as_json()) for d in sorted(self.differences)],
            "answers_read": dict(self.answers_read),
        }


def load_spec() -> JsonObject:
    """The spec the client was generated from (generated_client/openapi.json, written by codegen)."""
    text = resources.files("generated_client").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: JsonObject = json.loads(text)
    return spec


def _schema(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        node = spec["components"]["schemas"][str(node["$ref"]).rsplit("/", 1)[-1]]
    return node


def _alternatives(spec: Mapping[str, Any], node: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    node = _schema(spec, node)
    if "anyOf" in node or "oneOf" in node:
        return [alt for sub in node.get("anyOf", node.get("oneOf", [])) for alt in _alternatives(spec, sub)]
    return [node]


def json_type(value: JsonValue) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def allowed_types(spec: Mapping[str, Any], node: Mapping[str, Any]) -> set[str]:
    """The JSON types a property may hold (an integer is a number too)."""
    found: set[str] = set()
    for alt in _alternatives(spec, node):
        kind = alt.get("type", "object" if "properties" in alt else None)
        if kind is None:
            return {"null", "boolean", "integer", "number", "string", "array", "object"}
        found.update([kind] if isinstance(kind, str) else kind)
    return found | ({"integer"} if "number" in found else set())


def _form(value: JsonValue, absent: bool) -> str:
    if absent:
        return "absent"
    if value is None:
        return "null"
    return {"string": "id", "object": "nested"}.get(json_type(value), "value")


def _enum_of(spec: Mapping[str, Any], node: Mapping[str, Any]) -> tuple[str, list[str]] | None:
    """The enum schema a property is documented as (its own, a $ref, or "A `Name`"), and its values."""
    if "$ref" in node:
        name = str(node["$ref"]).rsplit("/", 1)[-1]
        values = spec["components"]["schemas"][name].get("enum")
        return (name, [str(v) for v in values]) if values else None
    if "enum" in node:
        return "enum", [str(v) for v in node["enum"]]
    mention = ENUM_MENTION.match(str(node.get("description", "")))
    if mention:
        target = spec["components"]["schemas"].get(mention[1], {})
        if target.get("enum"):
            return mention[1], [str(v) for v in target["enum"]]
    return None


def enum_fields(spec: Mapping[str, Any], schema_name: str) -> set[str]:
    """The properties of a schema that hold one of the spec's enum values."""
    properties = spec["components"]["schemas"][schema_name].get("properties", {})
    return {name for name, node in properties.items() if _enum_of(spec, node) is not None}


def _datetime_shape(value: str) -> str:
    """A datetime's shape, not its value: each digit a 0 (`2020-04-16T15:14:59Z`: `0000-00-00T00:00:00Z`)."""
    return re.sub(r"\d", "0", value)


def compare_answer(
    spec: Mapping[str, Any], collection: str, answer: str, schema_name: str, record: Mapping[str, JsonValue]
) -> Iterator[Difference]:
    """The differences between one record of an answer and its schema."""
    schema = spec["components"]["schemas"][schema_name]
    properties: Mapping[str, Any] = schema.get("properties", {})
    for name in record:
        if name not in properties:
            yield Difference(
                collection, answer, name, "extra field", "not in the spec", json_type(record[name])
            )
    for name in schema.get("required", []):
        if name not in record:
            yield Difference(collection, answer, name, "missing field", "required", "absent")
    for name, node in properties.items():
        absent = name not in record
        value = record.get(name)
        declared = node.get("x-forms", {}).get(answer)
        form = _form(value, absent)
        nullable = form == "null" and "null" in allowed_types(spec, node)  # no record to show, in any form
        if declared is not None and form != declared and not nullable:
            yield Difference(collection, answer, name, "form", declared, form)
            continue
        if absent:
            continue
        allowed = allowed_types(spec, node)
        if json_type(value) not in allowed:
            yield Difference(collection, answer, name, "type", " or ".join(sorted(allowed)), json_type(value))
            continue
        enum = _enum_of(spec, node)
        if enum is not None and isinstance(value, str) and value not in enum[1]:
            yield Difference(collection, answer, name, "enum value", f"a {enum[0]}", value)
        is_datetime = "UTC datetime" in str(node.get("description", ""))
        if isinstance(value, str) and is_datetime and not WIRE_DATETIME.match(value):
            shape = _datetime_shape(value)
            yield Difference(collection, answer, name, "datetime format", "%Y-%m-%dT%H:%M:%S.%fZ", shape)


def compare_paging(
    spec: Mapping[str, Any], collection: str, schema_name: str, page: Mapping[str, JsonValue]
) -> Iterator[Difference]:
    """The differences between a list answer's paging fields and its page schema."""
    for difference in compare_answer(
        spec, collection, PAGING, schema_name, {k: v for k, v in page.items() if k != "data"}
    ):
        if difference.field != "data":
            yield difference
    if not isinstance(page.get("data"), list):
        yield Difference(collection, PAGING, "data", "type", "array", json_type(page.get("data")))


def merge_patch(spec: Mapping[str, Any], report: PlatformReport) -> JsonObject:
    """A JSON Merge Patch of the spec that makes it say what the report's answers say."""
    patch: dict[str, Any] = {}

    def schema_patch(name: str) -> dict[str, Any]:
        found: dict[str, Any] = (
            patch.setdefault("components", {}).setdefault("schemas", {}).setdefault(name, {})
        )
        return found

    for d in sorted(report.differences):
        name = report.schemas[(d.collection, d.answer)]
        schema = spec["components"]["schemas"][name]
        target = schema_patch(name)
        if d.kind == "extra field":
            target.setdefault("properties", {})[d.field] = {
                "type": [d.found, "null"] if d.found != "null" else "null"
            }
        elif d.kind == "missing field":
            required = target.get("required", list(schema.get("required", [])))
            target["required"] = [n for n in required if n != d.field]
        elif d.kind == "form":
            forms = dict(schema["properties"][d.field].get("x-forms", {}))
            forms.update(target.get("properties", {}).get(d.field, {}).get("x-forms", {}))
            forms[d.answer] = d.found
            prop = target.setdefault("properties", {}).setdefault(d.field, {})
            prop["x-forms"] = forms
            if d.found == "nested" and "object" not in allowed_types(spec, schema["properties"][d.field]):
                prop.update(_widened(schema["properties"][d.field], "object"))
        elif d.kind == "type":
            target.setdefault("properties", {})[d.field] = _widened(schema["properties"][d.field], d.found)
        elif d.kind == "enum value":
            enum = _enum_of(spec, schema["properties"][d.field])
            assert enum is not None
            if enum[0] == "enum":
                values = target.setdefault("properties", {}).setdefault(d.field, {}).get("enum", enum[1])
                target["properties"][d.field]["enum"] = [
                    *values,
                    *([d.found] if d.found not in values else []),
                ]
            else:
                values = schema_patch(enum[0]).get("enum", enum[1])
                schema_patch(enum[0])["enum"] = [*values, *([d.found] if d.found not in values else [])]
    return _pruned(patch)


def _pruned(patch: dict[str, Any]) -> dict[str, Any]:
    """The patch without the empty objects left by differences it cannot express (datetime formats)."""
    kept: dict[str, Any] = {}
    for key, value in patch.items():
        if isinstance(value, dict):
            value = _pruned(value)
            if not value:
                continue
        kept[key] = value
    return kept


def _widened(node: Mapping[str, Any], found: str) -> dict[str, Any]:
    """A property that also takes `found`, its description kept (a merge patch replaces whole values)."""
    kept = {k: v for k, v in node.items() if k not in ("type", "anyOf", "oneOf", "$ref", "description")}
    alternatives = [dict(a) for a in node.get("anyOf", [])] or [
        {k: v for k, v in node.items() if k in ("type", "$ref")}
    ]
    patched: dict[str, Any] = {"anyOf": [*alternatives, {"type": found}], **kept}
    if "description" in node:
        patched["description"] = node["description"]
    for key in ("type", "$ref"):
        if key in node:
            patched[key] = None  # removed: the alternatives hold it
    return patched
