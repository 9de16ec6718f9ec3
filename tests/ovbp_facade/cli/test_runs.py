"""`ovbp run`: a run shows its progress on a terminal, a failed one exits 1 printing its notification."""

from __future__ import annotations

import os
import pty
import subprocess

from ovbp_facade import Project
from ovbp_sandbox import Sandbox

from .commands import OVBP, Runner, clean_environment


def run_on_a_terminal(sandbox: Sandbox, *args: str) -> tuple[int, str, bytes]:
    """`ovbp ARGS` with stderr on a pseudo-terminal and stdout on a pipe: (exit code, stdout, terminal)."""
    leader, follower = pty.openpty()
    with subprocess.Popen(
        [str(OVBP), *args],
        env={**clean_environment(sandbox), "TERM": "xterm"},
        stdout=subprocess.PIPE,
        stderr=follower,
        text=True,
    ) as process:
        os.close(follower)
        drawn = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closes with the process
                break
            if not chunk:
                break
            drawn += chunk
        out = process.stdout.read() if process.stdout else ""
    os.close(leader)
    return process.wait(), out, drawn


def test_a_run_waited_for_on_a_terminal_shows_its_progress(sandbox: Sandbox, pipeline: Project) -> None:
    code, out, drawn = run_on_a_terminal(
        sandbox, "run", "importer", "importer-a", "--project", pipeline.name, "--wait"
    )
    assert code == 0, drawn
    assert out.startswith("importer 'importer-a': finished in ") and "(task " in out
    assert b"importer 'importer-a': running" in drawn and b"\x1b[" in drawn  # the spinner, drawn on stderr


def test_a_failed_run_exits_1_with_its_notification(ovbp: Runner, cli: Runner, pipeline: Project) -> None:
    ran = ovbp("run", "importer", "broken", "--project", pipeline.name, "--wait")
    assert ran.code == 1 and ran.out == ""
    first, *rest = ran.err.splitlines()
    assert first.startswith("ovbp: error: importer 'broken' failed (task ")
    assert "parse raised ValueError: no parser for first.json" in first
    assert rest[0].startswith("notification ") and rest[0].endswith(": Script error in broken")
    assert "Traceback (most recent call last):" in rest and rest[-1] == "ValueError: no parser for first.json"

    as_json = cli("--json", "run", "importer", "broken", "--project", pipeline.name, "--timeout", "60")
    assert as_json.code == 1
    outcome = as_json.json()
    assert (outcome["kind"], outcome["name"], outcome["status"]) == ("importer", "broken", "failed")
    assert outcome["notification"]["title"] == "Script error in broken"
    assert "ValueError: no parser for first.json" in outcome["notification"]["content"]
    assert as_json.err.startswith("ovbp: error: importer 'broken' failed")

    unresolved = cli("--json", "ls", "notifications", "--unresolved", "--project", pipeline.name).json_lines()
    assert outcome["notification"]["id"] in {n["id"] for n in unresolved}
    assert {n["generator"] for n in unresolved} == {pipeline.get_importer("broken").id}


def test_a_run_not_waited_for_gives_its_task(cli: Runner, pipeline: Project) -> None:
    started = cli("--json", "run", "cleaner", "importer-a", "--project", pipeline.name).json()
    assert started["status"] in ("pending", "running", "finished") and started["seconds"] is None
    task = pipeline.client.cleaner_tasks.retrieve(started["task"])
    assert task.wait_for_completion(period=100, timeout=60) == "finished"

    said = cli("run", "analysis", "nothing-like-it", "--project", pipeline.name)
    assert said.code == 1 and said.out == ""
    assert said.err == (
        f"ovbp: error: odata/analyses: no record with name 'nothing-like-it' in project '{pipeline.name}'\n"
    )


def test_a_run_still_going_at_the_timeout_exits_1(cli: Runner, pipeline: Project) -> None:
    """`broken` runs its script in a process of its own: it is still going a millisecond later."""
    ran = cli("run", "importer", "broken", "--project", pipeline.name, "--timeout", "0.001")
    assert ran.code == 1
    assert (
        ran.err.startswith("ovbp: error: importer 'broken' is still ")
        and "it goes on on the platform" in ran.err
    )
    importer = pipeline.get_importer("broken")
    for task in pipeline.client.importer_tasks.list_all(filter_by={"target": importer.id}):
        task.wait_for_completion(period=100, raise_if_problem=False, timeout=60)
