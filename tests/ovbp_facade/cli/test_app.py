"""The `ovbp` command itself: help, version, completion, exit codes of bad usage, progress only on a
terminal, and the handover to `ovbp-sandbox`."""

from __future__ import annotations

import io
import subprocess
import sys
from importlib import metadata

from rich.console import Console

from ovbp_facade.cli.sandbox import missing_sandbox_requirements
from ovbp_facade.cli.session import Session
from ovbp_sandbox import Sandbox

from .commands import Ran, Runner, clean_environment

# each command, and the start of its one-line description as `ovbp --help` lists it
COMMANDS = {
    "whoami": "Show the login, the platform's URL",
    "ls": "List organizations, projects, gates",
    "run": "Run an importer, cleaner or analysis now",
    "select": "Write every point of some series",
    "sandbox": "Run the local sandbox platform",
    "cleaner": "A cleaner's configuration as an Excel workbook",
    "project": "Back a project's pipeline up to a folder",
}


def test_help_lists_every_command_with_a_line(ovbp: Runner) -> None:
    ran = ovbp("--help")
    assert ran.code == 0, ran.err
    lines = [line.strip("│ ") for line in ran.out.split("Commands")[1].splitlines()]
    for command, description in COMMANDS.items():
        assert any(line.startswith(f"{command} ") and description in line for line in lines), command
    for option in ("--url", "--auth", "--json", "--debug", "--version", "--install-completion"):
        assert option in ran.out
    groups = " ".join(lines)
    assert "excel-export" in groups and "excel-import" in groups  # the groups name their commands
    assert "(download)" in groups and "(restore)" in groups


def test_version(cli: Runner) -> None:
    assert cli("--version") == Ran(0, f"ovbp {metadata.version('ovbp')}\n", "")


def test_bad_usage_exits_2_and_names_what_is_allowed(sandbox: Sandbox, cli: Runner) -> None:
    """As a process, through `python -m ovbp_facade.cli`, the module form of the command."""
    done = subprocess.run(
        [sys.executable, "-m", "ovbp_facade.cli", "ls", "gatez"],
        env=clean_environment(sandbox),
        capture_output=True,
        text=True,
        timeout=60,
    )
    ran = Ran(done.returncode, done.stdout, done.stderr)
    assert ran.code == 2 and ran.out == ""
    assert "'gatez' is not one of 'organizations', 'projects'" in ran.said
    assert "Traceback" not in ran.err
    assert cli("ls", "gates", "--unresolved").code == 2
    assert cli("select", "a", "--out", "a.txt", "--project", "p").code == 2
    assert cli("select", "a", "--out", "a.csv", "--project", "p", "--start", "last week").code == 2
    assert cli("frobnicate").code == 2
    missing = cli("ls", "gates")
    assert missing.code == 2 and "Invalid value for --project: give the project's name" in missing.said


def test_shell_completion_completes_the_kinds_to_list(cli: Runner) -> None:
    ran = cli(env={"_OVBP_COMPLETE": "complete_bash", "COMP_WORDS": "ovbp ls n", "COMP_CWORD": "2"})
    assert ran.code == 0 and ran.out.split() == ["notifications"]


def test_sandbox_hands_over_to_ovbp_sandbox(ovbp: Runner) -> None:
    ran = ovbp("sandbox", "add-user", "--help")
    assert ran.code == 0 and ran.out.startswith("usage: ovbp-sandbox add-user")


def test_without_the_extra_sandbox_says_which_to_install() -> None:
    requirements = [
        "httpx<1,>=0.27",
        'starlette>=0.37; extra == "sandbox"',
        'uvicorn>=0.29; extra == "sandbox"',
    ]
    requirements.append('dask[dataframe]>=2024.8; extra == "dask"')
    assert missing_sandbox_requirements(requirements, installed=lambda name: name == "uvicorn") == [
        "starlette"
    ]
    assert missing_sandbox_requirements(requirements, installed=lambda name: True) == []
    assert missing_sandbox_requirements() == []  # this environment has the extra


def test_progress_is_drawn_on_a_terminal_only_and_never_under_json() -> None:
    def session(terminal: bool, json_output: bool) -> tuple[Session, io.StringIO]:
        drawn = io.StringIO()
        err = Console(file=drawn, force_terminal=terminal, width=80)
        made = Session(err=err)
        made.start(url=None, auth=None, json_output=json_output, debug=False)
        return made, drawn

    for terminal, json_output, expected in ((True, False, True), (True, True, False), (False, False, False)):
        made, drawn = session(terminal, json_output)
        assert made.progress is expected
        with made.status("waiting for it"):
            pass
        assert ("waiting for it" in drawn.getvalue()) is expected


def test_an_unexpected_error_is_one_line_with_a_hint_and_a_traceback_under_debug() -> None:
    def told(debug: bool) -> str:
        drawn = io.StringIO()
        made = Session(err=Console(file=drawn, width=80))
        made.start(url=None, auth=None, json_output=False, debug=debug)
        try:
            raise RuntimeError("boom\nsecond line")
        except RuntimeError as exc:
            assert made.report(exc) == 1
        finally:
            made.close()
        return drawn.getvalue()

    assert (
        told(debug=False)
        == "ovbp: error: RuntimeError: boom second line\n(run with --debug for the traceback)\n"
    )
    traced = told(debug=True)
    assert traced.startswith("Traceback (most recent call last):") and "raise RuntimeError" in traced
    assert traced.endswith("ovbp: error: RuntimeError: boom second line\n")
