"""What every `ovbp` command shares: the global options, the client, output (tables, JSON), errors.

Results go to stdout (a table, or JSON with `--json`), everything else (progress, notes, errors) to
stderr. An expected failure is one line on stderr and exit code 1; `--debug` adds the traceback and a
log line per request. The password is never taken as an argument, so it cannot show in a process list.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import sys
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import typer
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .._sync.client import Client
from .._sync.records import Organization, Project
from ..errors import AuthenticationError, OVBPClientError
from ..wire import to_wire

__all__ = ["EXIT_FAILED", "CliError", "Session", "session_of"]

EXIT_FAILED = 1
EXIT_INTERRUPTED = 130
PIPE_WIDTH = 200  # a table piped to a file or a pager is not folded at 80 columns


class CliError(Exception):
    """An expected failure: its message is the one line printed; `details` follow it on stderr."""

    def __init__(self, message: str, details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.details = list(details)


def _console(stderr: bool) -> Console:
    console = Console(stderr=stderr, highlight=False, soft_wrap=False, emoji=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = PIPE_WIDTH
    return console


@dataclass
class Session:
    """The global options of one `ovbp` run, and the client made from them on first use."""

    url: str | None = None
    auth: Path | None = None
    json: bool = False
    debug: bool = False
    out: Console = field(default_factory=lambda: _console(stderr=False))
    err: Console = field(default_factory=lambda: _console(stderr=True))
    _client: Client | None = None
    _log_handler: logging.Handler | None = None
    _log_level: int = logging.NOTSET

    # -- setup ---------------------------------------------------------------------------------
    def start(self, *, url: str | None, auth: Path | None, json_output: bool, debug: bool) -> None:
        self.url, self.auth, self.json, self.debug = url, auth, json_output, debug
        if debug:
            handler = logging.StreamHandler(sys.stderr)
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            facade = logging.getLogger("ovbp_facade")
            self._log_handler, self._log_level = handler, facade.level
            facade.addHandler(handler)
            facade.setLevel(logging.DEBUG)  # one line per HTTP request, never its headers

    @property
    def client(self) -> Client:
        """The client of `--url` / `--auth`, else the facade's own resolution (OVBP_URL, OVBP_LOGIN...)."""
        if self._client is None:
            self._client = Client(None if self.auth is None else str(self.auth), url=self.url)
        return self._client

    def close(self) -> None:
        """Close the client and take the --debug log handler off again (main() may run in a process
        that goes on)."""
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._log_handler is not None:
            facade = logging.getLogger("ovbp_facade")
            facade.removeHandler(self._log_handler)
            facade.setLevel(self._log_level)
            self._log_handler = None

    @property
    def progress(self) -> bool:
        """Progress is drawn on a terminal only, and never under --json (stdout stays machine-readable)."""
        return self.err.is_terminal and not self.json

    # -- lookups -------------------------------------------------------------------------------
    def organization(self, name: str | None) -> Organization:
        """The organization named `name`; without a name, the only one the user reaches."""
        if name is not None:
            return self.client.get_organization(name)
        reachable = self.client.organizations.list_all()
        if len(reachable) == 1:
            return reachable[0]
        names = ", ".join(sorted(o.name for o in reachable)) or "none"
        raise typer.BadParameter(f"give the organization (you reach {names})", param_hint="--org")

    def project(self, organization: str | None, name: str | None) -> Project:
        if name is None:
            raise typer.BadParameter("give the project's name", param_hint="--project")
        return self.organization(organization).get_project(name)

    # -- output --------------------------------------------------------------------------------
    def emit(self, value: object) -> None:
        """One JSON document on a line of stdout (datetimes in the platform's wire form)."""
        sys.stdout.write(json.dumps(to_wire(value), ensure_ascii=False) + "\n")
        sys.stdout.flush()

    def table(self, columns: Sequence[str], rows: Iterable[Sequence[object]], *, header: bool = True) -> None:
        table = Table(*columns, box=box.SIMPLE, show_edge=False, show_header=header)
        for row in rows:
            table.add_row(*(Text(cell_text(value)) for value in row))  # names are text, never markup
        self.out.print(table)

    def say(self, text: str) -> None:
        """A human line on stdout (nothing under --json: the JSON document says it)."""
        if not self.json:
            self.out.print(text, markup=False)

    def note(self, text: str) -> None:
        """A human line on stderr, also under --json."""
        self.err.print(text, markup=False, style="dim")

    @contextlib.contextmanager
    def status(self, text: str) -> Iterator[None]:
        """A spinner with elapsed time while a long step runs, on a terminal only."""
        if not self.progress:
            yield
            return
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with Progress(
            SpinnerColumn(),
            TextColumn("{task.description}", markup=False),
            TimeElapsedColumn(),
            console=self.err,
            transient=True,
        ) as progress:
            progress.add_task(text, total=None)
            yield

    # -- failures ------------------------------------------------------------------------------
    def report(self, exc: BaseException) -> int:
        """Print an error as one line on stderr (the traceback too under --debug); the exit code."""
        if isinstance(exc, KeyboardInterrupt):
            self.err.print("ovbp: interrupted", markup=False)
            return EXIT_INTERRUPTED
        if self.debug:
            self.err.print("".join(traceback.format_exception(exc)).rstrip(), markup=False, soft_wrap=True)
        message = one_line(describe(exc))
        self.err.print(f"ovbp: error: {message}", markup=False, style="bold red", soft_wrap=True)
        for line in exc.details if isinstance(exc, CliError) else ():
            self.err.print(line, markup=False, soft_wrap=True)
        if not self.debug and not isinstance(exc, OVBPClientError | CliError | ValueError | OSError):
            self.err.print("(run with --debug for the traceback)", markup=False, style="dim")
        return EXIT_FAILED


def session_of(ctx: typer.Context) -> Session:
    """The session the root callback filled in."""
    found = ctx.find_object(Session)
    if found is None:  # pragma: no cover - main() always passes one
        raise RuntimeError("ovbp commands run under ovbp_facade.cli.main")
    return found


def describe(exc: BaseException) -> str:
    """What to tell about an error: the facade's messages are written for people already."""
    if isinstance(exc, AuthenticationError) and exc.status == 401:
        where = urlsplit(exc.url)
        return (
            f"{where.scheme}://{where.netloc} refused the credentials (HTTP {exc.status}: "
            f"{exc.message.rstrip('.')}): check --auth, or OVBP_LOGIN / OVBP_PASSWORD / OVBP_AUTH_PATH"
        )
    if isinstance(exc, ImportError) and not isinstance(exc, ModuleNotFoundError):
        return str(exc)
    if isinstance(exc, OSError) and exc.filename is not None:
        return f"{exc.filename}: {exc.strerror or exc}"
    text = str(exc) or type(exc).__name__
    return (
        text if isinstance(exc, OVBPClientError | CliError | ValueError) else f"{type(exc).__name__}: {text}"
    )


def one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def cell_text(value: object) -> str:
    """A table cell: datetimes to the minute (UTC), booleans as yes/no, nothing as '-'."""
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)
