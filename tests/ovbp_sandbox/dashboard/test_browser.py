"""The dashboard in headless Chromium: what a person sees after running the user guide.

Marked `browser` (run by `make test-browser` and `make test-all`); skipped, saying why, without Chromium.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pandas as pd
import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.ovbp_sandbox.dashboard.boards import BIG_POINTS, BigSeries, Board
from tests.ovbp_sandbox.dashboard.browser import chromium, chromium_missing, screenshot, wait_for_plot

MISSING = chromium_missing()
pytestmark = [pytest.mark.browser, pytest.mark.skipif(MISSING is not None, reason=str(MISSING))]

PLOT_TRACES = (
    "return document.getElementById('plot').data.map(t => ({name: t.name, x: [...t.x], y: [...t.y]}))"
)


def open_page(driver: webdriver.Chrome, board: Board, path: str) -> None:
    driver.get(board.url + path.lstrip("/"))


def traces(driver: webdriver.Chrome) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = driver.execute_script(PLOT_TRACES)
    return found


def console_log(driver: webdriver.Chrome) -> list[dict[str, Any]]:
    """What the page wrote to the console, and its failed loads (selenium leaves `get_log` untyped)."""
    get_log = cast(Callable[[str], list[dict[str, Any]]], driver.get_log)
    return get_log("browser")


def cell(driver: webdriver.Chrome, series_id: str, role: str) -> str:
    return str(
        driver.find_element(By.CSS_SELECTOR, f'tr[data-series="{series_id}"] [data-role="{role}"]').text
    )


def test_the_pipeline_page_draws_each_step_of_the_guide(
    browser: webdriver.Chrome, board: Board, tmp_path: Path
) -> None:
    results = board.guide.results
    open_page(browser, board, f"/projects/{results.project.id}")
    nodes = browser.find_elements(By.CSS_SELECTOR, "svg#pipeline a.node")
    drawn = {(n.get_attribute("data-kind"), n.get_attribute("data-name")) for n in nodes}
    assert drawn == {
        ("gate", results.gate.name),
        ("importer", results.importer.name),
        ("cleaner", results.cleaner.name),
        ("analysis", results.analysis.name),
    }
    visible = browser.find_element(By.ID, "pipeline").text
    for name in (results.gate.name, results.importer.name, results.analysis.name):
        assert name in visible
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg#pipeline path.edge")) == 3
    assert screenshot(browser, tmp_path / "pipeline.png").stat().st_size > 10_000
    importer_node = next(n for n in nodes if n.get_attribute("data-kind") == "importer")
    importer_node.click()
    WebDriverWait(browser, 10).until(lambda d: "/importers/" in d.current_url)
    assert "Importer importer-a" in browser.find_element(By.TAG_NAME, "h1").text


def test_a_series_page_plots_the_guide_values(
    browser: webdriver.Chrome, board: Board, tmp_path: Path
) -> None:
    results = board.guide.results
    series = results.analysis.list_all_output_series()[0]
    open_page(browser, board, f"/series/{series.id}")
    wait_for_plot(browser)
    (trace,) = traces(browser)
    expected = results.analysis_df[series.name].dropna()
    assert trace["name"] == f"{series.name} (°C)"
    assert pd.DatetimeIndex(trace["x"]).equals(pd.DatetimeIndex(expected.index))
    assert trace["y"] == expected.tolist()
    lines = browser.find_elements(By.CSS_SELECTOR, "#plot .scatterlayer .trace path.js-line")
    assert lines and lines[0].get_attribute("d"), "plotly drew no line"
    assert cell(browser, series.id, "count") == str(len(expected))
    assert screenshot(browser, tmp_path / "series.png").stat().st_size > 10_000
    assert not [e for e in console_log(browser) if e["level"] == "SEVERE"]


def test_zooming_asks_for_the_visible_range_at_full_resolution(
    browser: webdriver.Chrome, board: Board, big_series: BigSeries, tmp_path: Path
) -> None:
    open_page(browser, board, f"/series/{big_series.series_id}")
    wait_for_plot(browser)
    (trace,) = traces(browser)
    assert 2 < len(trace["x"]) <= 4002 and max(trace["y"]) == 5.0
    assert cell(browser, big_series.series_id, "count") == f"{BIG_POINTS:,}"
    screenshot(browser, tmp_path / "big-series.png")
    browser.execute_script(
        "Plotly.relayout('plot', {'xaxis.range': ['2020-01-02 00:00:00', '2020-01-02 01:00:00']})"
    )
    WebDriverWait(browser, 30).until(lambda d: cell(d, big_series.series_id, "count") == "61")
    (zoomed,) = traces(browser)
    expected = big_series.values["2020-01-02 00:00":"2020-01-02 01:00"]
    assert zoomed["y"] == pytest.approx(expected.tolist())
    assert cell(browser, big_series.series_id, "shown") == "61"


def test_another_organization_s_project_is_not_found(
    browser: webdriver.Chrome, board: Board, other_auth: tuple[str, str]
) -> None:
    with chromium(*other_auth) as intruder:
        open_page(intruder, board, f"/projects/{board.guide.results.project.id}")
        assert intruder.find_element(By.TAG_NAME, "h1").text == "404 · Not found"
        assert board.guide.results.gate.name not in intruder.page_source


WRITE_FROM_THE_PAGE = """
const done = arguments[arguments.length - 1];
Promise.all(["POST", "PUT", "PATCH", "DELETE"].map(
    (method) => fetch(window.location.href, {method: method, body: "{}"}).then((r) => r.status)
)).then(done);
"""


def test_no_page_accepts_a_write(browser: webdriver.Chrome, board: Board) -> None:
    results = board.guide.results
    for path in (
        "/",
        f"/projects/{results.project.id}",
        f"/projects/{results.project.id}/series",
        f"/gates/{results.gate.id}",
        f"/analyses/{results.analysis.id}",
    ):
        open_page(browser, board, path)
        forms = browser.find_elements(By.TAG_NAME, "form")
        assert all((f.get_attribute("method") or "get").lower() == "get" for f in forms), path
        assert browser.execute_async_script(WRITE_FROM_THE_PAGE) == [405, 405, 405, 405], path
