"""`check_platform` / `ovbp check-platform`: the sandbox answers as the spec says; answers altered the way
a platform may change (a required field missing, a field added, an id where the spec says nested, a new
enum value, another datetime format) are each reported once, with no value of theirs; the merge patch,
applied, makes the report clean; recorded shapes replay to the same report. Both clients."""

from __future__ import annotations

import json
import re
import runpy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ovbp_facade import AsyncClient, Client
from ovbp_facade.json_values import JsonValue
from ovbp_facade.platform_check import load_spec, merge_patch
from ovbp_sandbox import Sandbox
from tests.support.altered_answers import EXPECTED, Altering, alter_answers
from tests.support.sandboxes import GuideRun

from .both_clients import Kind, run, settle

ROOT = Path(__file__).resolve().parents[2]
#: the merge codegen/apply_patch.py applies to openapi/ovbp.yaml (RFC 7386)
APPLY_PATCH = runpy.run_path(str(ROOT / "codegen" / "apply_patch.py"), run_name="ovbp_tests")


def client_of(kind: Kind, sandbox: Sandbox, transport: Any) -> Any:
    cls = Client if kind == "sync" else AsyncClient
    return cls(sandbox.auth_path, url=sandbox.url, transport=transport)


def check(kind: Kind, client: Any, **options: Any) -> Any:
    from ovbp_facade import async_tools, tools

    async def body() -> Any:
        tool = tools.check_platform if kind == "sync" else async_tools.check_platform
        report = await settle(tool(client, **options))
        await settle(client.close())
        return report

    return run(body)


def found(report: Any) -> set[tuple[str, str, str, str, str]]:
    return {(d.collection, d.answer, d.field, d.kind, d.found) for d in report.differences}


def strings(value: JsonValue) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, str):
        yield value


def keys(value: JsonValue) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from keys(item)


@pytest.fixture
def altering() -> Altering:
    return Altering(alter_answers)


def test_the_sandbox_answers_as_the_spec_says(kind: Kind, sandbox: Sandbox, guide: GuideRun) -> None:
    report = check(kind, client_of(kind, sandbox, None))
    assert report.differences == []
    assert len(report.answers_read) >= 20 and report.answers_read["odata/series"] >= 3


def test_each_change_of_the_answers_is_reported_once_and_no_value_with_it(
    kind: Kind, sandbox: Sandbox, guide: GuideRun, altering: Altering
) -> None:
    report = check(kind, client_of(kind, sandbox, altering))
    assert found(report) == EXPECTED
    assert len(report.differences) == len(EXPECTED)
    shown = json.dumps(report.as_json())
    enum_values = {"solar"}  # the values of enum fields are the only ones a report names
    leaked = {s for s in strings(altering.sent) if len(s) >= 3 and s not in enum_values and f'"{s}"' in shown}
    assert leaked == set()


def test_the_merge_patch_applied_makes_the_report_clean_but_for_datetime_formats(
    kind: Kind, sandbox: Sandbox, guide: GuideRun
) -> None:
    spec = load_spec()
    report = check(kind, client_of(kind, sandbox, Altering(alter_answers)))
    patch = merge_patch(spec, report)
    patched = APPLY_PATCH["merge"](json.loads(json.dumps(spec)), json.loads(json.dumps(patch)))
    assert isinstance(patched, dict)
    again = check(kind, client_of(kind, sandbox, Altering(alter_answers)), spec=patched)
    # a datetime format is the client's parser's business, not the spec's: the patch leaves it reported
    assert found(again) == {d for d in EXPECTED if d[3] == "datetime format"}
    assert spec == load_spec()  # the patch is applied to a copy


def test_recorded_shapes_replay_to_the_same_report(
    kind: Kind, sandbox: Sandbox, guide: GuideRun, tmp_path: Path
) -> None:
    altering = Altering(alter_answers)
    live = check(kind, client_of(kind, sandbox, altering), record_dir=tmp_path)
    fixtures = [json.loads(p.read_text()) for p in sorted(tmp_path.glob("*.json"))]
    assert len(fixtures) >= 20
    recorded = json.dumps(fixtures)
    # kept: the values of enum fields (the spec's known values, and the new one) and the field names
    spec: Any = load_spec()
    kept = {"solar"} | {
        str(v) for schema in spec["components"]["schemas"].values() for v in schema.get("enum", [])
    }
    kept |= {key for answer in altering.sent for key in keys(answer)}
    for value in {s for s in strings(altering.sent) if len(s) >= 4} - kept:
        assert f'"{value}"' not in recorded, value

    def replay(request: httpx.Request) -> httpx.Response:
        for fixture in fixtures:
            template = re.escape(fixture["path_template"]).replace(re.escape("{id}"), "[^/]+")
            if re.fullmatch(f".*{template}", request.url.path):
                return httpx.Response(200, json=fixture["answer"])
        return httpx.Response(404, json={"detail": "Not found."})

    replayed = check(kind, client_of(kind, sandbox, httpx.MockTransport(replay)))
    assert found(replayed) == found(live)


def test_the_command_says_no_difference_and_writes_an_empty_patch(
    sandbox: Sandbox, guide: GuideRun, tmp_path: Path
) -> None:
    from ovbp_facade.cli import main

    patch = tmp_path / "patch.json"
    args = [
        "--url",
        sandbox.url,
        "--auth",
        str(sandbox.auth_path),
        "check-platform",
        "--write-patch",
        str(patch),
    ]
    assert main(args) == 0
    assert json.loads(patch.read_text()) == {}
