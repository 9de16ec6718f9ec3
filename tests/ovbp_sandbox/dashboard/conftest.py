"""Fixtures of the dashboard's tests: its address and users on the shared sandbox (after the guide ran),
a series of a million points, a failing importer, and a headless Chromium (skipped when absent).

The browser tests are marked `browser`: `make test-browser` and `make test-all` run them, `make test`
leaves them out (and says so in its summary, with whether Chromium is there).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import numpy as np
import pandas as pd
import pytest
from selenium import webdriver

from ovbp_facade import Client, Organization
from ovbp_sandbox import Sandbox
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend import series_points
from ovbp_sandbox.backend.generator_records import output_series
from tests.ovbp_sandbox.dashboard.boards import BIG_POINTS, FAILING_SCRIPT, BigSeries, Board, Failing
from tests.ovbp_sandbox.dashboard.browser import chromium, chromium_missing
from tests.ovbp_sandbox.helpers import read_auth
from tests.support.sandboxes import GuideRun


@pytest.fixture(scope="session")
def board(sandbox: Sandbox, guide: GuideRun) -> Board:
    return Board(sandbox.dashboard_url, read_auth(sandbox.auth_path), guide)


@pytest.fixture(scope="session")
def other_auth(other_auth_path: Path) -> tuple[str, str]:
    """A user of the second organization."""
    return read_auth(other_auth_path)


@pytest.fixture(scope="session")
def pages(board: Board) -> Iterator[httpx.Client]:
    with board.client() as http:
        yield http


@pytest.fixture(scope="session")
def big_series(sandbox: Sandbox, organization: Organization) -> BigSeries:
    """A series of a million one-minute points (a sine with one spike), written straight into the store."""
    project = organization.create_project("dashboard big series")
    importer = project.create_importer("big importer")
    index = pd.date_range("2020-01-01", periods=BIG_POINTS, freq="min")
    values = pd.Series(np.sin(np.arange(BIG_POINTS) / 1440.0 * 2 * np.pi), index=index)
    values.iloc[123_457] = 5.0
    assert sandbox.platform is not None
    store = sandbox.platform.store
    record = store.get(r.IMPORTERS, importer.id)
    assert record is not None
    with store.transaction() as conn:
        series = output_series(store, conn, generator_collection=r.IMPORTERS, generator=record, name="big")
        series_points.append_points(conn, series["id"], values)
    return BigSeries(project, str(series["id"]), values)


@pytest.fixture(scope="session")
def failing(client: Client, organization: Organization) -> Failing:
    """A project whose importer's parse script raises: a failed task and an unresolved notification."""
    project = organization.create_project("dashboard failing importer")
    gate = project.create_gate("failing gate")
    gate.attach_internal_ftp_account()
    with gate.get_ftputil_client() as ftp, ftp.open("broken.csv", "w") as f:
        f.write("not,parsed\n")
    importer = project.create_importer("failing importer")
    importer.configure(gate, parse_script=FAILING_SCRIPT, crontab="0 0 0 1 1 *")
    status = importer.run().wait_for_completion(period=100, raise_if_problem=False, timeout=60)
    assert status == "failed", status
    return Failing(project, importer)


# ----------------------------------------------------------------------------------------- the browser


@pytest.fixture(scope="session")
def browser(sandbox: Sandbox) -> Iterator[webdriver.Chrome]:
    """Headless Chromium logged in as the sandbox's default user (skips when Chromium is absent)."""
    missing = chromium_missing()
    if missing is not None:
        pytest.skip(missing)
    with chromium(*read_auth(sandbox.auth_path)) as driver:
        yield driver


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """Say plainly when the browser tests were skipped for want of Chromium, and how to get it."""
    skipped = terminalreporter.stats.get("skipped", [])
    if not any("browser" in getattr(report, "keywords", {}) for report in skipped):
        return
    missing = chromium_missing()
    if missing is not None:
        terminalreporter.write_line(f"dashboard browser tests skipped: {missing}")
