"""Running `ovbp` against the session's sandbox: as a real process (`ovbp`), or in this process (`cli`).

Every command runs at least once as a process, the way people run it; the variants of a command run in
this process through `ovbp_facade.cli.main`, which is the same code without a second of start-up each.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator, Mapping

import pytest

from ovbp_facade import Organization, Project
from ovbp_facade.cli import main
from ovbp_facade.guide_scripts import IMPORTER_SCRIPT
from ovbp_sandbox import Sandbox

from .commands import BROKEN_SCRIPT, OVBP, WIDE, Ran, Runner, clean_environment, upload


@pytest.fixture(scope="session")
def ovbp(sandbox: Sandbox) -> Runner:
    """`ovbp ARGS` as a process, with OVBP_URL and OVBP_AUTH_PATH of the session's sandbox."""

    def run(*args: str, env: Mapping[str, str] | None = None) -> Ran:
        done = subprocess.run(
            [str(OVBP), *args],
            env={**clean_environment(sandbox), **(env or {})},
            capture_output=True,
            text=True,
            timeout=120,
        )
        return Ran(done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture
def cli(sandbox: Sandbox, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Runner:
    """`ovbp --url URL --auth PATH ARGS` in this process (`env` is set for the run)."""
    for name in [n for n in os.environ if n.startswith("OVBP_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("COLUMNS", str(WIDE))

    def run(*args: str, env: Mapping[str, str] | None = None) -> Ran:
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        capsys.readouterr()
        code = main(["--url", sandbox.url, "--auth", str(sandbox.auth_path), *args])
        out, err = capsys.readouterr()
        return Ran(code, out, err)

    return run


@pytest.fixture(scope="session")
def pipeline(organization: Organization) -> Iterator[Project]:
    """A project of the CLI tests: a gate with the guide's file, `importer-a` (run once, its cleaner
    configured) and `broken`, an importer whose script always fails."""
    project = organization.create_project(f"cli-{uuid.uuid4().hex[:8]}")
    gate = project.create_gate("gate")
    gate.attach_internal_ftp_account()
    upload(project, "gate")
    importer = project.create_importer("importer-a")
    importer.configure(gate, parse_script=IMPORTER_SCRIPT)
    importer.run().wait_for_completion(period=100, timeout=60)
    cleaner = project.get_cleaner("importer-a")
    for name in ("a", "b", "c"):
        cleaner.create_unitcleaner(name, name=f"{name}-cleaned", freq="1H")
    project.create_importer("broken").configure(gate, parse_script=BROKEN_SCRIPT)
    yield project


@pytest.fixture(scope="session")
def pipeline_name(pipeline: Project) -> str:
    return pipeline.name
