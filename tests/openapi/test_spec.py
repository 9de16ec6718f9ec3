"""The spec is valid OpenAPI 3.1 and follows the conventions the generated client relies on."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "ovbp.yaml"
HTTP_METHODS = {"get", "put", "post", "delete", "patch"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open() as f:
        loaded: dict[str, Any] = yaml.safe_load(f)
    return loaded


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def walk(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found.extend(walk(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(walk(value))
    return found


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_every_path_ends_with_a_slash(spec: dict[str, Any]) -> None:
    assert [p for p in spec["paths"] if not p.endswith("/")] == []


def test_every_operation_has_a_tag_and_a_snake_case_operation_id(spec: dict[str, Any]) -> None:
    ids = []
    for path, method, op in operations(spec):
        assert op.get("tags"), f"{method} {path} has no tag"
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op["operationId"]), op["operationId"]
        ids.append(op["operationId"])
    assert len(ids) == len(set(ids))
    for expected in [
        "importers_list",
        "importers_retrieve",
        "importers_run_action",
        "series_select",
        "series_multi_select",
        "series_export",
        "gate_ftp_accounts_attach_new_oftp_account",
    ]:
        assert expected in ids


def test_every_operation_documents_the_error_responses(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        # PUT is refused before anything is read (odjango's viewsets): 401 or 403 only, or 404 for a URL
        # naming no record
        codes = ("401", "403") if method == "put" else ("400", "401", "403", "404")
        for code in codes:
            assert code in op["responses"], f"{method} {path} lacks {code}"
        if method == "put":
            assert set(op["responses"]) == {"401", "403", "404", "429"} and "requestBody" not in op, path
        # a body past the sandbox's limit (ovbp_sandbox/http_limits.py) is answered 413
        assert ("413" in op["responses"]) == ("requestBody" in op), f"{method} {path}: 413 iff a body"


def test_no_inline_object_schemas_in_bodies_and_responses(spec: dict[str, Any]) -> None:
    responses = spec["components"]["responses"]
    for path, method, op in operations(spec):
        bodies = [op["requestBody"]] if "requestBody" in op else []
        for response in op["responses"].values():
            bodies.append(responses[response["$ref"].rsplit("/", 1)[1]] if "$ref" in response else response)
        for body in bodies:
            for media in body.get("content", {}).values():
                assert set(media["schema"]) == {"$ref"}, f"{method} {path} has an inline schema"


def test_nullables_are_written_the_3_1_way(spec: dict[str, Any]) -> None:
    assert [n for n in walk(spec) if "nullable" in n] == []


def test_every_collection_is_paginated_with_start_and_length(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for path, _method, op in operations(spec):
        if not op["operationId"].endswith("_list"):
            continue
        names = {p["name"] for p in op["parameters"]}
        assert {"start", "length"} <= names, path
        ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        page = schemas[ref.rsplit("/", 1)[1]]
        # odjango's envelope, in its order; only `data` is required of answers (tolerant reading)
        assert list(page["properties"]) == ["draw", "recordsTotal", "recordsFiltered", "start", "data"]
        assert page["required"] == ["data"]
        assert {"draw", "empty"} <= names, path


def test_the_collections_of_the_wire_format_are_all_there(spec: dict[str, Any]) -> None:
    collections = {
        "oteams/organizations",
        "oteams/projects",
        "oteams/users",
        "odata/users",
        "odata/user_ftp_accounts",
        "odata/projects",
        "odata/gates",
        "odata/gate_ftp_accounts",
        "odata/base_feeders",
        "odata/generic_basic_feeders",
        "odata/static_webservice_feeder",
        "odata/importers",
        "odata/importer_series",
        "odata/cleaners",
        "odata/unitcleaners",
        "odata/analyses",
        "odata/analysis_configs",
        "odata/analysis_inputs",
        "odata/analysis_outputs",
        "odata/series",
        "odata/notifications",
        "odata/base_feeder_tasks",
        "odata/importer_tasks",
        "odata/cleaner_tasks",
        "odata/analysis_tasks",
        "odata/series_export_tasks",
    }
    for collection in collections:
        assert f"/{collection}/" in spec["paths"], collection
        assert f"/{collection}/{{id}}/" in spec["paths"], collection
