"""The OpenAPI spec the sandbox serves, and the request validation done against it.

Routes, list filters and request checks all come from the spec (spec_file.py), so the sandbox cannot
drift from the generated client.
"""

from __future__ import annotations

import collections
import copy
import functools
import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest

from ovbp_sandbox.spec_file import spec_dict

API_PREFIX = "/api/v2"
_VALIDATION_HOST = "http://sandbox"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the routes need to know about it."""

    path: str  # e.g. "/odata/gates/{id}/"
    method: str  # lower case
    operation_id: str
    query_params: dict[str, dict[str, Any]]  # name -> schema
    request_schema: dict[str, Any] | None  # resolved body schema, if any


def resolve(node: Any) -> Any:
    """Follow a local ``$ref`` (one level)."""
    if isinstance(node, dict) and "$ref" in node:
        target: Any = spec_dict()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return target
    return node


@functools.cache
def operations() -> tuple[Operation, ...]:
    found: list[Operation] = []
    for path, item in spec_dict()["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [resolve(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
            query = {p["name"]: resolve(p.get("schema", {})) for p in params if p["in"] == "query"}
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            found.append(
                Operation(
                    path=path,
                    method=method,
                    operation_id=op["operationId"],
                    query_params=query,
                    request_schema=resolve(body["schema"]) if body else None,
                )
            )
    return tuple(found)


@functools.cache
def _validator() -> OpenAPI:
    spec = copy.deepcopy(spec_dict())
    spec["servers"] = [{"url": _VALIDATION_HOST + API_PREFIX}]
    # empty query values never reach the validator (normalize_query drops them), so `allowEmptyValue`,
    # which openapi-core warns about on every request, is not needed there
    for item in spec["paths"].values():
        for op in [item, *(item.get(m, {}) for m in HTTP_METHODS)]:
            for parameter in op.get("parameters", []):
                parameter.pop("allowEmptyValue", None)
    # the spec itself is checked by tests/openapi/test_spec.py; validating it again here costs ~1 s a start
    return OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))


def openapi() -> OpenAPI:
    """openapi-core's view of the spec, with a server URL matching :func:`validation_request`."""
    return _validator()


def normalize_query(query: Mapping[str, str]) -> dict[str, str]:
    """Python-formatted booleans (``True``/``False``) as JSON ones: the platform accepts both.

    Empty values (``?name=``) count as not given, as django-filter does.
    """
    return {k: {"True": "true", "False": "false"}.get(v, v) for k, v in query.items() if v != ""}


def validation_request(
    op: Operation,
    *,
    path: str,
    path_params: dict[str, str],
    query: Mapping[str, str],
    headers: Mapping[str, str],
    body: bytes | None,
) -> MockRequest:
    return MockRequest(
        _VALIDATION_HOST,
        op.method,
        API_PREFIX + path,
        path_pattern=API_PREFIX + op.path,
        args=dict(query),
        view_args=path_params,
        headers=dict(headers),
        data=body,
        content_type="application/json",
    )


_MEMO_SIZE = 4096
_MEMO_BODY_LIMIT = 4096
_memo: collections.OrderedDict[tuple[object, ...], dict[str, list[str]]] = collections.OrderedDict()
_memo_lock = threading.Lock()


def request_errors(
    op: Operation,
    *,
    path: str,
    path_params: dict[str, str],
    query: Mapping[str, str],
    body: bytes | None,
) -> dict[str, list[str]]:
    """DRF-style errors (field -> messages) for a request breaking the spec; empty when it is fine.

    Validation is a pure function of the request, and clients repeat requests (polling tasks, paging
    the same lists), so small requests' results are memoized: validating is most of a request's cost.
    """
    if body is not None and len(body) > _MEMO_BODY_LIMIT:
        return _validate(op, path=path, path_params=path_params, query=query, body=body)
    key = (op.operation_id, path, tuple(sorted(query.items())), body)
    with _memo_lock:
        found = _memo.get(key)
        if found is not None:
            _memo.move_to_end(key)
            return {name: list(messages) for name, messages in found.items()}
    errors = _validate(op, path=path, path_params=path_params, query=query, body=body)
    with _memo_lock:
        _memo[key] = {name: list(messages) for name, messages in errors.items()}
        if len(_memo) > _MEMO_SIZE:
            _memo.popitem(last=False)
    return errors


def _validate(
    op: Operation,
    *,
    path: str,
    path_params: dict[str, str],
    query: Mapping[str, str],
    body: bytes | None,
) -> dict[str, list[str]]:
    # security is checked by the app itself, before validation
    mock = validation_request(
        op,
        path=path,
        path_params=path_params,
        query=query,
        headers={"Authorization": "Basic checked"},
        body=body,
    )
    errors: dict[str, list[str]] = {}
    # validation only (no unmarshalling): half the time of unmarshal_request, same errors
    for error in openapi().request_validator.iter_errors(mock):
        _collect(error, query, errors)
    return errors


def _collect(error: BaseException, query: Mapping[str, str], errors: dict[str, list[str]]) -> None:
    nested = getattr(error, "errors", None)
    if nested is not None and not hasattr(error, "name"):
        for sub in nested:
            _collect(sub, query, errors)
        return
    name = getattr(error, "name", None)
    cause = error.__cause__
    schema_errors = getattr(cause, "schema_errors", None)
    if name is not None:
        value = query.get(name)
        if schema_errors:
            for se in schema_errors:
                errors.setdefault(name, []).append(f"{value!r} is not allowed: {se.message}.")
        elif "Missing" in type(error).__name__:
            errors.setdefault(name, []).append("This query parameter is required.")
        else:
            errors.setdefault(name, []).append(f"{value!r} is not valid for this parameter ({cause}).")
        return
    if schema_errors is None:
        message = str(error)
        if "Missing" in type(error).__name__:
            errors.setdefault("non_field_errors", []).append("A JSON body is required.")
        else:
            errors.setdefault("non_field_errors", []).append(message)
        return
    for se in schema_errors:
        _schema_error(se, errors)


def _schema_error(se: Any, errors: dict[str, list[str]]) -> None:
    path = [str(p) for p in se.path]
    if se.validator == "required" and isinstance(se.instance, dict):
        for field in se.validator_value:
            if field not in se.instance:
                key = ".".join([*path, field])
                errors.setdefault(key, []).append("This field is required.")
        return
    if not path:
        kind = type(se.instance).__name__
        errors.setdefault("non_field_errors", []).append(
            f"Invalid data. Expected a JSON object, but got {kind}: {se.message}."
        )
        return
    key = path[0]
    where = "".join(f"[{p}]" for p in path[1:])
    value = json.dumps(se.instance)[:200]
    errors.setdefault(key, []).append(f"{where}{value} is not allowed: {_readable(se.message)}.")


def _readable(message: str) -> str:
    return re.sub(r"\s+", " ", message)[:500]


def body_defaults(schema: dict[str, Any] | None, body: dict[str, Any]) -> dict[str, Any]:
    """``body`` with the schema's top-level defaults filled in (for action bodies)."""
    if not schema:
        return dict(body)
    filled = dict(body)
    for name, prop in schema.get("properties", {}).items():
        prop = resolve(prop)
        if name not in filled and "default" in prop:
            filled[name] = prop["default"]
    return filled
