"""Broken parse and analysis scripts: the task fails (id and status in the error), an unresolved notification
gives the reason, data imported or analysed before stays exactly as it was, and the sandbox keeps serving.

They run on a sandbox of their own giving scripts SCRIPT_TIMEOUT_S (not the default 60 s), so an endless
loop is stopped within seconds; the good scripts of the setup take well under a second.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pytest

from ovbp_facade import (
    Analysis,
    BadRequestError,
    Client,
    Gate,
    Importer,
    Project,
    Series,
    Task,
    TaskDidNotFinishSuccessfully,
)
from ovbp_facade.guide_scripts import ANALYSIS_SCRIPT, IMPORTER_SCRIPT
from ovbp_sandbox import Sandbox
from tests.support.sandboxes import SandboxFactory

# the endless cases wait this long; tests/ovbp_sandbox/engine/test_scripts.py stops one in 3 s too
SCRIPT_TIMEOUT_S = 3.0


def _script(function: str, body: str) -> str:
    signature = "content_bytes, rel_path, **tools" if function == "parse" else "df, **tools"
    return f"import pandas as pd\n\ndef {function}({signature}):\n{body}\n"


# case -> (script body, a word the failure reason must contain)
BROKEN: dict[str, tuple[str, str]] = {
    "syntax-error": ("    return pd.DataFrame(\n", "syntax error"),
    "exception": ("    raise RuntimeError('Kaboom in the script')", "kaboom in the script"),
    "wrong-return-type": ("    return 42", "must return a pandas dataframe"),
    "huge-allocation": ("    block = bytearray(64 * 1024**3)\n    return block", "memory"),
}
ENDLESS = ("    while True:\n        pass", f"longer than {SCRIPT_TIMEOUT_S:g} s")


@dataclass
class World:
    sandbox: Sandbox
    client: Client
    project: Project
    gate: Gate
    importer: Importer
    analysis: Analysis
    importer_series: list[Series]
    analysis_series: list[Series]
    importer_frame: pd.DataFrame
    analysis_frame: pd.DataFrame


def _upload(gate: Gate, name: str, day: int) -> None:
    index = pd.date_range(dt.datetime(2012, 1, 1 + day), periods=24, freq="h")
    frame = pd.DataFrame({"a": [1.0 + day] * 24, "b": [2.0 + day] * 24}, index=index)
    with gate.get_ftputil_client() as ftp, ftp.open(name, "w") as f:
        f.write(frame.to_json(date_format="iso"))


def _finished(task: Task, sandbox: Sandbox) -> None:
    assert task.wait_for_completion(period=100, timeout=120) == "finished"
    assert sandbox.engine.wait_idle(120)


@pytest.fixture(scope="module")
def world(make_sandbox: SandboxFactory) -> Iterator[World]:
    with (
        make_sandbox(script_timeout_s=SCRIPT_TIMEOUT_S) as sandbox,
        Client(sandbox.auth_path, url=sandbox.url) as client,
    ):
        yield _build_world(sandbox, client)


def _build_world(sandbox: Sandbox, client: Client) -> World:
    project = client.get_organization("Sandbox").create_project(f"scripts-{uuid.uuid4().hex[:8]}")
    gate = project.create_gate("gate")
    gate.attach_internal_ftp_account()
    _upload(gate, "day-0.json", 0)
    importer = project.create_importer("importer")
    importer.configure(gate, parse_script=IMPORTER_SCRIPT)
    _finished(importer.run(), sandbox)
    importer_series = sorted(importer.list_all_output_series(), key=lambda se: se.name)
    assert [se.name for se in importer_series] == ["a", "b"]
    analysis = project.create_analysis("analysis")
    analysis.create_analysis_input(importer, "a", "a")
    analysis.create_analysis_input(importer, "b", "b")
    analysis.create_analysis_output("a-output", "mean")
    analysis.create_analysis_config("3H", "3H", ANALYSIS_SCRIPT)
    _finished(analysis.run(), sandbox)
    analysis_series = analysis.list_all_output_series()
    importer_frame = client.series.select_data(importer_series)
    analysis_frame = client.series.select_data(analysis_series)
    assert len(importer_frame) == 24 and len(analysis_frame) > 0
    return World(
        sandbox,
        client,
        project,
        gate,
        importer,
        analysis,
        importer_series,
        analysis_series,
        importer_frame,
        analysis_frame,
    )


def _check_failed_and_nothing_lost(world: World, task: Task, generator_id: str, reason: str) -> None:
    client = world.client
    with pytest.raises(TaskDidNotFinishSuccessfully) as info:
        task.wait_for_completion(period=100, timeout=180)
    assert info.value.task_id == task.id and info.value.status == "failed"
    assert task.id in str(info.value) and "failed" in str(info.value)
    assert reason in str(info.value).lower(), str(info.value)  # the user sees why without digging
    assert world.sandbox.engine.wait_idle(120)
    notes = [
        n
        for n in world.project.list_all_notifications(resolved=False)
        if n.data.get("generator") == generator_id
        and reason in f"{n.data.get('title')} {n.data.get('content')}".lower()
    ]
    assert notes, f"no unresolved notification of {generator_id} mentions {reason!r}"
    # earlier data intact, and the sandbox still answers
    pd.testing.assert_frame_equal(client.series.select_data(world.importer_series), world.importer_frame)
    pd.testing.assert_frame_equal(client.series.select_data(world.analysis_series), world.analysis_frame)
    assert client.get_organization("Sandbox").name == "Sandbox"


def _parse_case(world: World, case: str, body: str, reason: str) -> None:
    world.importer.configure(parse_script=_script("parse", body))
    _upload(world.gate, f"bad-{case}.json", 5)  # a new file, so the run has something to parse
    _check_failed_and_nothing_lost(world, world.importer.run(), world.importer.id, reason)
    world.importer.reload()
    assert world.importer.last_imported_path == "day-0.json"  # the failed file is not marked imported


def _analysis_case(world: World, body: str, reason: str) -> None:
    client = world.client
    config = world.analysis.get_analysis_config()
    assert config is not None
    config.update(script=_script("analyze", body))
    before = client.analyses.retrieve(world.analysis.id).unresolved_notifications_nb
    _check_failed_and_nothing_lost(world, world.analysis.run(), world.analysis.id, reason)
    after = client.analyses.retrieve(world.analysis.id).unresolved_notifications_nb
    assert before is not None and after is not None and after > before


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_parse_script(world: World, case: str) -> None:
    _parse_case(world, case, *BROKEN[case])


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_analysis_script(world: World, case: str) -> None:
    _analysis_case(world, *BROKEN[case])


def test_endless_parse_script_is_stopped(world: World) -> None:
    _parse_case(world, "endless", *ENDLESS)


def test_endless_analysis_script_is_stopped(world: World) -> None:
    _analysis_case(world, *ENDLESS)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("resample_rule", "medianish"),
        ("convention", "middle"),
        ("resample", "1X"),
        ("start", "not a date"),
        ("end", "2012-13-45"),
        ("clock", "sundial"),
        ("max_rows_nb", 0),
    ],
)
def test_bad_select_options_are_refused_naming_the_option(world: World, option: str, value: str) -> None:
    client = world.client
    arguments: dict[str, Any] = {"resample": "3h", option: value}
    with pytest.raises(BadRequestError) as info:
        client.series.select_data(world.importer_series, **arguments)
    assert info.value.status == 400 and option in str(info.value)
    with pytest.raises(BadRequestError, match=option):
        world.importer_series[0].select_data(**arguments)
    pd.testing.assert_frame_equal(client.series.select_data(world.importer_series), world.importer_frame)
