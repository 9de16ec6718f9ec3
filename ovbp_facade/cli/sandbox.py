"""`ovbp sandbox ...`: hand over to `ovbp-sandbox` (the local platform), or say which extra installs it.

The facade never imports the sandbox: the handover runs its command in this process' place.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from importlib import metadata

import typer

from .session import CliError

__all__ = ["missing_sandbox_requirements", "register"]

EXTRA = "sandbox"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_OF_EXTRA = re.compile(r"""extra\s*==\s*["']sandbox["']""")


def _installed(name: str) -> bool:
    try:
        metadata.version(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def missing_sandbox_requirements(
    requirements: Sequence[str] | None = None, installed: Callable[[str], bool] = _installed
) -> list[str]:
    """The distributions of the `ovbp[sandbox]` extra that are not installed (from ovbp's metadata)."""
    if requirements is None:
        try:
            requirements = metadata.requires("ovbp") or []
        except metadata.PackageNotFoundError:  # run from a source tree: let the handover tell
            return []
    missing: list[str] = []
    for requirement in requirements:
        requirement_name, _, marker = requirement.partition(";")
        found = _NAME.match(requirement_name)
        if found and _OF_EXTRA.search(marker) and not installed(found[1]) and found[1] not in missing:
            missing.append(found[1])
    return missing


def sandbox(ctx: typer.Context) -> None:
    """Run the local sandbox platform: `ovbp sandbox serve ...` is `ovbp-sandbox serve ...`."""
    missing = missing_sandbox_requirements()
    if missing:
        raise CliError(
            f"ovbp sandbox needs the sandbox extra: pip install 'ovbp[{EXTRA}]' "
            f"(not installed: {', '.join(missing)})"
        )
    command = [sys.executable, "-m", "ovbp_sandbox.cli", *ctx.args]
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name == "posix":
        os.execv(sys.executable, command)  # signals (Ctrl-C on `serve`) go straight to the sandbox
    raise typer.Exit(subprocess.call(command))  # pragma: no cover - Windows


def register(app: typer.Typer) -> None:
    app.command(
        name="sandbox",
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
        add_help_option=False,
    )(sandbox)
