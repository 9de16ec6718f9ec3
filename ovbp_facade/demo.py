"""The user guide, end to end: `python -m ovbp_facade.demo [--async] [--url URL --auth PATH] [--data-dir D]`.

With no URL it starts a local sandbox (the `ovbp-sandbox serve` command, in its own process) and runs
against it. The steps (`ovbp_facade/_async/walkthrough.py`, written once) use only the public facade
API, the way the guide's reader would, and wait on tasks instead of sleeping; `--async` runs them with
AsyncClient under asyncio.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from ovbp_facade import AsyncClient, Client
from ovbp_facade._async.walkthrough import walkthrough as async_walkthrough
from ovbp_facade._sync.walkthrough import (
    ANALYSIS_NAME,
    GATE_NAME,
    IMPORTER_NAME,
    ORGANIZATION_NAME,
    PROJECT_NAME,
    Results,
    walkthrough,
)

__all__ = [
    "ANALYSIS_NAME",
    "GATE_NAME",
    "IMPORTER_NAME",
    "ORGANIZATION_NAME",
    "PROJECT_NAME",
    "Results",
    "async_walkthrough",
    "local_sandbox",
    "main",
    "walkthrough",
]

READY_LINE = re.compile(
    r"^ovbp-sandbox ready url=(?P<url>\S+) ftp=\S+ auth=(?P<auth>.+?)(?: dashboard=(?P<dashboard>\S+))?$"
)


def serve_command(data_dir: Path) -> list[str]:
    """`ovbp-sandbox serve` on `data_dir`, on free loopback ports (its ready line says which)."""
    return [
        sys.executable,
        "-m",
        "ovbp_sandbox.cli",
        "serve",
        "--data-dir",
        str(data_dir),
        "--port",
        "0",
        "--ftp-port",
        "0",
    ]


@contextlib.contextmanager
def local_sandbox(data_dir: Path) -> Iterator[tuple[str, Path]]:
    """Starts `ovbp-sandbox serve` on free loopback ports; yields (url, auth path)."""
    command = [*serve_command(data_dir), "--organization", ORGANIZATION_NAME]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        match = READY_LINE.match(line)
        if match is None:
            raise RuntimeError(f"the sandbox did not start (exit code {process.poll()}, said {line!r})")
        yield match["url"], Path(match["auth"])
    finally:
        process.terminate()
        process.wait(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ovbp_facade.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a platform's API URL; without it a local sandbox is started")
    parser.add_argument("--auth", type=Path, help="auth file (line 1 login, line 2 password) for --url")
    parser.add_argument("--organization", default=ORGANIZATION_NAME, help="organization holding the project")
    parser.add_argument(
        "--data-dir", type=Path, help="the local sandbox's data directory (default: temporary)"
    )
    parser.add_argument("--workdir", type=Path, help="where the Excel file goes (default: temporary)")
    parser.add_argument(
        "--async", dest="use_async", action="store_true", help="run the guide with AsyncClient"
    )
    args = parser.parse_args(argv)
    if args.url is not None and args.auth is None:
        parser.error("--url needs --auth")
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request drowns the walkthrough
    pd.set_option("display.width", 120)

    with contextlib.ExitStack() as stack:
        work_dir = args.workdir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="ovbp-demo-")))
        work_dir.mkdir(parents=True, exist_ok=True)
        if args.url is None:
            data_dir = args.data_dir or Path(
                stack.enter_context(tempfile.TemporaryDirectory(prefix="ovbp-sandbox-"))
            )
            url, auth_path = stack.enter_context(local_sandbox(data_dir))
        else:
            url, auth_path = args.url, args.auth
        if args.use_async:
            asyncio.run(run_async(str(auth_path), url, work_dir, args.organization))
        else:
            client = stack.enter_context(contextlib.closing(Client(str(auth_path), url=url)))
            walkthrough(client, work_dir, args.organization)
    return 0


async def run_async(auth_path: str, url: str, work_dir: Path, organization: str) -> None:
    async with AsyncClient(auth_path, url=url) as client:
        await async_walkthrough(client, work_dir, organization)


if __name__ == "__main__":
    sys.exit(main())
