"""OVBP_LOG=info|debug alone shows the facade's lines on stderr; an application's own logging set-up gets
them once, through its handlers; without it nothing is printed. Each case runs in a fresh interpreter,
with both clients, as a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ovbp_sandbox import Sandbox

from .both_clients import Kind

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import asyncio, logging, sys
from ovbp_facade import AsyncClient, Client

kind, auth, url, setup = sys.argv[1:5]
if setup == "app":
    logging.basicConfig(level=logging.WARNING, format="APP %(levelname)s %(name)s %(message)s")
if kind == "sync":
    with Client(auth, url=url) as client:
        client.get_me()
else:
    async def main():
        async with AsyncClient(auth, url=url) as client:
            await client.get_me()
    asyncio.run(main())
facade = logging.getLogger("ovbp_facade")
print(logging.getLevelName(facade.getEffectiveLevel()), len(facade.handlers))
"""


def run_script(
    kind: Kind, sandbox: Sandbox, ovbp_log: str | None, setup: str = "none"
) -> tuple[str, list[str]]:
    """(stdout: the facade logger's level and handler count, the stderr lines about the request)."""
    env = {k: v for k, v in os.environ.items() if k != "OVBP_LOG"}
    if ovbp_log is not None:
        env["OVBP_LOG"] = ovbp_log
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, kind, str(sandbox.auth_path), sandbox.url, setup],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip(), [line for line in done.stderr.splitlines() if "/oteams/users/me/" in line]


def test_ovbp_log_debug_alone_prints_each_request(kind: Kind, sandbox: Sandbox) -> None:
    state, lines = run_script(kind, sandbox, "debug")
    assert state == "DEBUG 1"
    assert len(lines) == 1 and "DEBUG ovbp_facade.http: GET" in lines[0] and lines[0].endswith("-> 200")


@pytest.mark.parametrize("value", ["info", " INFO "])
def test_ovbp_log_info_shows_the_facades_lines_not_each_request(
    kind: Kind, sandbox: Sandbox, value: str
) -> None:
    assert run_script(kind, sandbox, value) == ("INFO 1", [])


def test_an_applications_logging_gets_each_line_once(kind: Kind, sandbox: Sandbox) -> None:
    state, lines = run_script(kind, sandbox, "debug", setup="app")
    assert state == "DEBUG 0"  # no handler of ours: the application's prints it
    assert len(lines) == 1 and lines[0].startswith("APP DEBUG ovbp_facade.http GET")


@pytest.mark.parametrize("value", [None, "", "verbose"])
def test_without_ovbp_log_nothing_is_printed(kind: Kind, sandbox: Sandbox, value: str | None) -> None:
    assert run_script(kind, sandbox, value) == ("WARNING 0", [])
