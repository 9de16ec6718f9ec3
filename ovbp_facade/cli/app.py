"""The `ovbp` command: global options, the commands of each module, and the exit codes.

Exit codes: 0 done, 1 failed (one line on stderr saying why), 2 bad usage, 130 interrupted.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Annotated

import typer

from . import cleaners, listing, platform, projects, runs, sandbox, selection
from .session import Session, session_of

__all__ = ["app", "main"]

app = typer.Typer(
    name="ovbp",
    help="Work with the Openergy Virtual Building Platform from a shell: list, run, select, back up.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
listing.register(app)
runs.register(app)
selection.register(app)
app.add_typer(cleaners.app, name="cleaner")
app.add_typer(projects.app, name="project")
sandbox.register(app)
platform.register(app)


def _version(shown: bool) -> None:
    if shown:
        try:
            version = metadata.version("ovbp")
        except metadata.PackageNotFoundError:  # pragma: no cover - run from a source tree
            version = "unknown (not installed)"
        typer.echo(f"ovbp {version}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    url: Annotated[
        str | None, typer.Option(help="the platform's API URL (default: OVBP_URL, else the production one)")
    ] = None,
    auth: Annotated[
        Path | None,
        typer.Option(
            help="auth file: line 1 login, line 2 password "
            "(default: OVBP_LOGIN and OVBP_PASSWORD, else OVBP_AUTH_PATH)",
            dir_okay=False,
        ),
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="machine-readable output on stdout (JSON), no progress")
    ] = False,
    debug: Annotated[bool, typer.Option(help="tracebacks, and a log line per request on stderr")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="print the version and exit")
    ] = False,
) -> None:
    """Global options go before the command: `ovbp --json ls projects --org ORG`."""
    session_of(ctx).start(url=url, auth=auth, json_output=json_output, debug=debug)


def main(argv: Sequence[str] | None = None) -> int:
    """The console script: run one command; an error is reported once, with its exit code."""
    session = Session()
    command = typer.main.get_command(app)
    try:
        command.main(args=None if argv is None else list(argv), prog_name="ovbp", obj=session)
    except SystemExit as done:
        code = done.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except (Exception, KeyboardInterrupt) as exc:  # told once, in one line (a traceback too with --debug)
        return session.report(exc)
    finally:
        session.close()
    return 0  # pragma: no cover - standalone click always exits


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
