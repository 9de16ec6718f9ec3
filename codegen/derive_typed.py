"""Derive the typed layer (`generated_client/typed/`) from the spec and the freshly generated models.

Run by codegen.sh with its pinned tools: `python derive_typed.py SPEC GENERATED_PACKAGE_DIR`.
It writes, next to openapi-python-client's output:
- `typed/requests.py`: one TypedDict per request body of a create or update (keyword arguments of
  `create(...)` / `update(...)`), with the names each accepts and requires;
- `typed/views.py`: one `<Schema>Fields` view per answer schema: read-only properties typed from
  the generated attrs model (Unset read as None, wire datetimes as datetime, id-or-nested foreign
  keys as the id, nested objects as their own view);
- `typed/operations.py`: one `<Tag>Operations` class per collection, wired to the generated endpoint
  functions by import (list page, retrieve, a typed `create(...)`, update, delete), and one
  `<Schema>Update` mixin per patchable answer (its typed `update(...)`);
- `typed/async_operations.py`: the same for the async client (`Async<Tag>Operations` awaiting the
  generated `asyncio_detailed` functions, `Async<Schema>Update`).
Spec conventions read here: a string property whose description starts with "UTC datetime" is a
datetime; a request property whose description starts with "Id of" also takes a record (its id is sent).
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from spec_reading import Operation, camel, read_operations, ref_name, render_patterns, snake, split_union

HERE = Path(__file__).resolve().parent
PRIMITIVES = {"str", "int", "float", "bool", "Any"}
CRUD = ("list", "create", "retrieve", "partial_update", "destroy")


class Deriver:
    def __init__(self, spec: dict[str, Any], package: Path) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.ops = read_operations(spec)
        sys.path.insert(0, str(package.parent))
        self.models = importlib.import_module(f"{package.name}.models")
        self.model_names = set(self.models.__all__)

    # --- spec facts ----------------------------------------------------------------------------
    def prop(self, schema: str, attr: str) -> dict[str, Any]:
        for name, value in self.schemas[schema].get("properties", {}).items():
            if snake(name) in (attr, attr.rstrip("_")) or name == attr:
                return dict(value)
        raise KeyError(f"{schema}.{attr} not in the spec")

    def is_datetime(self, schema: str, attr: str) -> bool:
        return str(self.prop(schema, attr).get("description", "")).startswith("UTC datetime")

    def is_id(self, schema: str, attr: str) -> bool:
        return str(self.prop(schema, attr).get("description", "")).startswith("Id of")

    def fields(self, schema: str) -> list[tuple[str, str]]:
        """(attribute, annotation text) of a generated model, in the spec's order."""
        cls = getattr(self.models, schema)
        return [(a.name, str(a.type)) for a in cls.__attrs_attrs__ if a.name != "additional_properties"]

    # --- requests.py ---------------------------------------------------------------------------
    def request_bodies(self) -> list[str]:
        names = {
            op.body for ops in self.ops.values() for n, op in ops.items() if n in ("create", "partial_update")
        }
        return sorted(n for n in names if n)

    def request_type(self, schema: str, attr: str, annotation: str) -> str:
        parts = [p for p in split_union(annotation) if p != "Unset"]
        if self.is_id(schema, attr) and "str" in parts:
            parts.insert(parts.index("str") + 1, "HasId")
        if self.is_datetime(schema, attr) and "str" in parts:
            parts.insert(parts.index("str") + 1, "dt.datetime")
        if "None" in parts:
            parts = [p for p in parts if p != "None"] + ["None"]
        return " | ".join(parts)

    def render_requests(self) -> str:
        out = [
            '"""Keyword arguments of create(...) and update(...), one TypedDict per request body (generated)."""',
            "",
            "import datetime as dt",
            "from typing import Any, NamedTuple, Required, TypedDict",
            "",
            "from .support import HasId",
            "",
            "",
            "class Names(NamedTuple):",
            '    """The field names a request body accepts, those it requires, and those that take an id."""',
            "",
            "    allowed: frozenset[str]",
            "    required: frozenset[str]",
            "    ids: frozenset[str]",
            "",
        ]
        for body in self.request_bodies():
            required = set(self.schemas[body].get("required", []))
            out += ["", f"class {body}Fields(TypedDict, total=False):", f'    """Fields of `{body}`."""', ""]
            names = []
            ids = []
            for attr, annotation in self.fields(body):
                if self.is_id(body, attr):
                    ids.append(attr)
                kind = self.request_type(body, attr, annotation)
                names.append(attr)
                out.append(f"    {attr}: Required[{kind}]" if attr in required else f"    {attr}: {kind}")
            allowed = ", ".join(repr(n) for n in names)
            needed = ", ".join(repr(n) for n in names if n in required)
            id_names = ", ".join(repr(n) for n in ids)
            out += [
                "",
                "",
                f"{body}Names = Names(frozenset({{{allowed}}}), frozenset({{{needed}}}), frozenset({{{id_names}}}))",
            ]
        return "\n".join(out) + "\n"

    # --- views.py ------------------------------------------------------------------------------
    def view_schemas(self) -> list[str]:
        skip = {op.body for ops in self.ops.values() for op in ops.values() if op.body}
        return [
            name
            for name, schema in self.schemas.items()
            if schema.get("type") == "object"
            and "properties" in schema
            and name not in skip
            and not name.startswith("Paginated")
            and name != "Error"
            and name in self.model_names
        ]

    def patch_body(self, schema: str) -> str | None:
        bodies = {
            ops["partial_update"].body
            for ops in self.ops.values()
            if "partial_update" in ops and ops.get("retrieve") and ops["retrieve"].answer == schema
        }
        if len(bodies) > 1:
            raise SystemExit(f"{schema} is patched with different bodies {bodies}; cannot type update()")
        return bodies.pop() if bodies else None

    def always_sent(self, schema: str) -> list[str]:
        """Wire names of the fields a complete answer of `schema` carries (`x-always-sent`; else `required`)."""
        spec = self.schemas[schema]
        return sorted(spec.get("x-always-sent", spec.get("required", [])))

    def render_property(self, schema: str, attr: str, annotation: str, views: set[str]) -> list[str]:
        """A typed read-only property. A field the answer lacked reads None when the spec makes it optional,
        and raises (`_missing`, naming it) when complete answers always carry it."""
        parts = split_union(annotation)
        omitted = "Unset" in parts
        nullable = "None" in parts
        base = [p for p in parts if p not in ("Unset", "None")]
        value = f"self._model.{attr}"
        expected = omitted and attr.rstrip("_") in {snake(n) for n in self.always_sent(schema)}
        if expected:  # the view checks presence, then reads it as a required field
            value = f'self._present({value}, "{attr}")'
            omitted = False
        maybe = " | None" if (omitted or nullable) else ""
        models = [p for p in base if p in self.model_names]
        extra: list[str] = []
        if "str" in base and models:  # id or nested object: the id (the nested view in `<attr>_nested`)
            kind = "str" + maybe
            body = f"ref_id({value})" if maybe else f"required_ref_id({value})"
            nested = [m for m in models if m in views]
            if len(nested) == 1:
                extra = [
                    "    @property",
                    f"    def {attr}_nested(self) -> {nested[0]}Fields | None:",
                    f'        """`{attr}` as nested in this answer, or None where the answer sent an id or null."""',
                    f'        return nested_view({nested[0]}Fields, {nested[0]}Model, self._model.{attr}, self, "{attr}")',
                    "",
                ]
        elif base == ["str"] and self.is_datetime(schema, attr):
            kind = "dt.datetime" + maybe
            body = f"utc_datetime({value})"
        elif len(base) == 1 and base[0] in views:
            kind = f"{base[0]}Fields" + maybe
            body = (
                f'{base[0]}Fields({value}, self, "{attr}")'
                if not maybe
                else f'view({base[0]}Fields, {value}, self, "{attr}")'
            )
        elif len(base) == 1 and (m := re.fullmatch(r"list\[(\w+)\]", base[0])) and m.group(1) in views:
            inner = m.group(1)
            kind = f"list[{inner}Fields]" + maybe
            body = (
                f'[{inner}Fields(item, self, "{attr}") for item in {value}]'
                if not maybe
                else f'views({inner}Fields, {value}, self, "{attr}")'
            )
        else:
            kind = " | ".join(base) + maybe
            body = f"optional({value})" if omitted else value
        description = str(self.prop(schema, attr).get("description", "")).split("\n")[0].strip()
        doc = description.replace('"""', "'''").replace("\\", "\\\\") or f"`{attr}` of the answer."
        return [
            "    @property",
            f"    def {attr}(self) -> {kind}:",
            f'        """{doc}"""',
            f"        return {body}",
            "",
            *extra,
        ]

    def answer_forms(self, schema: str) -> dict[str, dict[str, str]]:
        """`x-forms` of each property that has them: field -> answer kind -> form."""
        return {
            name: dict(prop["x-forms"])
            for name, prop in self.schemas[schema].get("properties", {}).items()
            if "x-forms" in prop
        }

    def render_views(self) -> str:
        views = self.view_schemas()
        view_set = set(views)
        imports = sorted(view_set)
        out = [
            '"""Typed read-only views of the generated answer models, one per schema (generated)."""',
            "",
            "from __future__ import annotations",
            "",
            "import datetime as dt",
            "from typing import Any",
            "",
            "from ..models import (",
            *[f"    {name} as {name}Model," for name in imports],
            ")",
            "from .support import (",
            "    ModelView, nested_view, optional, ref_id, required_ref_id, utc_datetime, view, views,",
            ")",
            "",
            "__all__ = [",
            *[f'    "{name}Fields",' for name in views],
            "]",
            "",
        ]
        for name in views:
            description = str(self.schemas[name].get("description", "")).split("\n")[0].strip()
            out += [
                "",
                f"class {name}Fields(ModelView[{name}Model]):",
                f'    """{f"Fields of `{name}` answers. {description}".strip()}"""',
                "",
            ]
            for attr, annotation in self.fields(name):
                out += self.render_property(name, attr, annotation, view_set)
        out += [
            "",
            "# The order of each answer model's wire fields in the spec (the platform's order): model -> keys.",
            "WIRE_ORDER: dict[type[Any], tuple[str, ...]] = {",
            *[
                f"    {name}Model: ({''.join(repr(k) + ', ' for k in self.schemas[name]['properties'])}),"
                for name in views
            ],
            "}",
            "",
            "# What a complete answer carries (the spec's `x-always-sent`): model -> wire keys. Strict mode checks it.",
            "ALWAYS_SENT: dict[type[Any], frozenset[str]] = {",
            *[f"    {name}Model: frozenset({self.always_sent(name)!r})," for name in views],
            "}",
            "",
            "# The form of a field in each answer kind (the spec's `x-forms`): model -> field -> kind -> form.",
            "ANSWER_FORMS: dict[type[Any], dict[str, dict[str, str]]] = {",
            *[f"    {name}Model: {self.answer_forms(name)!r}," for name in views if self.answer_forms(name)],
            "}",
        ]
        return "\n".join(out) + "\n"

    # --- operations.py --------------------------------------------------------------------------
    def collections(self) -> list[tuple[str, dict[str, Operation]]]:
        return [(tag, ops) for tag, ops in sorted(self.ops.items()) if "retrieve" in ops or "list" in ops]

    def render_operations(self, asynchronous: bool = False) -> str:
        """`<Tag>Operations` classes calling `sync_detailed`, or (`asynchronous`) `Async<Tag>Operations`
        classes awaiting `asyncio_detailed`: the same operations for the two clients."""
        prefix, core = ("Async", "AsyncEndpointCore") if asynchronous else ("", "EndpointCore")
        define = "async def" if asynchronous else "def"
        send = "await self._send" if asynchronous else "self._send"
        call = "asyncio_detailed" if asynchronous else "sync_detailed"
        imports: dict[str, set[str]] = {}
        model_imports: set[str] = set()
        request_imports: set[str] = set()
        classes: list[str] = []
        for tag, ops in self.collections():
            model = ops["retrieve"].answer if "retrieve" in ops else None
            if model is None:
                page_schema = ops["list"].answer
                assert page_schema
                model = ref_name(self.schemas[page_schema]["properties"]["data"]["items"])
            assert model
            model_imports.add(model)
            cls = prefix + camel(tag) + "Operations"
            path = (ops.get("list") or ops["retrieve"]).path
            if "retrieve" in ops and "list" not in ops:
                path = path.rsplit("/", 1)[0]
            lines = [
                "",
                "",
                f"class {cls}({core}[R, {model}]):",
                f'    """`{path}`: the generated operations of tag `{tag}`."""',
                "",
                f'    path = "{path}"',
                f"    model = {model}",
            ]
            if "list" in ops:
                lines.append(f"    filter_names = {tuple(ops['list'].query)!r}")
            for name in CRUD:
                if name in ops:
                    imports.setdefault(tag, set()).add(ops[name].module)
            if "list" in ops:
                page = ops["list"].answer
                assert page
                model_imports.add(page)
                lines += [
                    "",
                    f"    {define} _fetch_page(",
                    "        self, start: int, length: int, filters: Mapping[str, Any]",
                    f"    ) -> tuple[list[{model}], int | None]:",
                    f"        answer = {send}({ops['list'].module}.{call}, client=self._api, "
                    "start=start, length=length, **filters)",
                    f"        page = self._expect(answer, {page})",
                    "        return page.data, optional(page.records_filtered)",
                ]
            if "retrieve" in ops:
                lines += [
                    "",
                    f"    {define} _fetch_one(self, record_id: str) -> {model}:",
                    f"        answer = {send}({ops['retrieve'].module}.{call}, record_id, client=self._api)",
                    f"        return self._expect(answer, {model})",
                ]
            if "create" in ops:
                body = ops["create"].body
                answer_model = ops["create"].answer or model
                assert body
                request_imports.update({f"{body}Fields", f"{body}Names"})
                model_imports.update({body, answer_model})
                lines += [
                    "",
                    f"    {define} create(self, **fields: Unpack[{body}Fields]) -> R:",
                    f'        """Create a record (POST `{path}/`); unknown or missing names raise ValueError."""',
                    f'        wire = check_fields("{path} create", fields, *{body}Names)',
                    f"        body = {body}.from_dict(wire)",
                    f"        answer = {send}({ops['create'].module}.{call}, client=self._api, body=body)",
                    f"        return self._record(self._expect(answer, {answer_model}))",
                ]
            if "partial_update" in ops:
                body = ops["partial_update"].body
                assert body
                request_imports.add(f"{body}Names")
                model_imports.add(body)
                lines += [
                    "",
                    f"    {define} _send_update(self, record_id: str, fields: Mapping[str, object]) -> {model}:",
                    f'        wire = check_fields("{path} update", fields, {body}Names.allowed, frozenset(), {body}Names.ids)',
                    f"        body = {body}.from_dict(wire)",
                    f"        answer = {send}({ops['partial_update'].module}.{call}, record_id, "
                    "client=self._api, body=body)",
                    f"        return self._expect(answer, {model})",
                ]
            if "destroy" in ops:
                lines += [
                    "",
                    f"    {define} _send_destroy(self, record_id: str) -> None:",
                    f"        {send}({ops['destroy'].module}.{call}, record_id, client=self._api)",
                ]
            classes.append("\n".join(lines))
        for schema in self.view_schemas():
            body = self.patch_body(schema)
            if body is None:
                continue
            request_imports.add(f"{body}Fields")
            mixin = f"{prefix}{schema}Update"
            assert mixin not in self.model_names, f"{mixin} is a model name too"
            classes.append(
                "\n".join(
                    [
                        "",
                        "",
                        f"class {mixin}({prefix}Updatable):",
                        f'    """The typed `update(...)` of `{schema}` records."""',
                        "",
                        f"    {define} update(self, **fields: Unpack[{body}Fields]) -> None:",
                        '        """PATCH these fields on the platform, then read the answer."""',
                        f"        {'await ' if asynchronous else ''}self._update(fields)",
                    ]
                )
            )
        out = [
            '"""The collections\' operations, wired to the generated endpoint functions by import (generated)."""',
            "",
            "from __future__ import annotations",
            "",
            "from collections.abc import Mapping",
            "from typing import Any, TypeVar, Unpack",
            "",
        ]
        for tag in sorted(imports):
            out.append(f"from ..api.{tag} import {', '.join(sorted(imports[tag]))}")
        out += [
            "from ..models import " + ", ".join(sorted(model_imports)),
            "from .requests import " + ", ".join(sorted(request_imports)),
            f"from .support import {core}, {prefix}Updatable, check_fields, optional",
            "",
            'R = TypeVar("R")',
        ]
        return "\n".join(out) + "\n".join(classes) + "\n"


def main() -> None:
    spec_path, package = Path(sys.argv[1]), Path(sys.argv[2])
    spec = YAML(typ="safe").load(spec_path.read_text())
    deriver = Deriver(spec, package)
    target = package / "typed"
    target.mkdir(exist_ok=True)
    shutil.copyfile(HERE / "templates" / "support.py", target / "support.py")
    (target / "__init__.py").write_text(
        '"""Typed layer derived from the spec by codegen/derive_typed.py: views, request fields, operations."""\n'
    )
    (target / "requests.py").write_text(deriver.render_requests())
    (target / "views.py").write_text(deriver.render_views())
    (target / "operations.py").write_text(deriver.render_operations())
    (target / "async_operations.py").write_text(deriver.render_operations(asynchronous=True))
    (target / "patterns.py").write_text(render_patterns(spec))
    # the spec itself, for the client's check of the platform's answers (ovbp_facade/platform_check.py)
    (package / "openapi.json").write_text(json.dumps(spec, indent=1, ensure_ascii=False, default=str) + "\n")


if __name__ == "__main__":
    main()
