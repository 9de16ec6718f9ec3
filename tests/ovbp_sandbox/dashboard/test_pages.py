"""The dashboard's pages over plain HTTP, on the shared sandbox after the guide: what they show, who may
see them, and that none of them writes."""

from __future__ import annotations

import html
import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pytest

from ovbp_facade import Client
from ovbp_sandbox import Sandbox
from ovbp_sandbox.backend import registry as r
from tests.ovbp_sandbox.dashboard.boards import BIG_POINTS, BigSeries, Board, Failing

WRITES = ("POST", "PUT", "PATCH", "DELETE")


def plot_data(page: str) -> dict[str, Any]:
    """The plot's data as the page hands it to dashboard.js."""
    found = re.search(r'<script type="application/json" id="plot-data">(.*?)</script>', page, re.S)
    assert found, "no plot data in the page"
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def text_of(page: str) -> str:
    """The page's visible text, tags dropped and whitespace collapsed (to assert on what a person reads)."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def guide_pages(board: Board) -> list[str]:
    results = board.guide.results
    analysis_series = results.analysis.list_all_output_series()[0]
    return [
        "/",
        f"/projects/{results.project.id}",
        f"/projects/{results.project.id}/series",
        f"/projects/{results.project.id}/notifications",
        f"/gates/{results.gate.id}",
        f"/importers/{results.importer.id}",
        f"/cleaners/{results.cleaner.id}",
        f"/analyses/{results.analysis.id}",
        f"/series/{analysis_series.id}",
        f"/plot?series={analysis_series.id}",
        f"/points?series={analysis_series.id}",
    ]


def test_the_index_shows_the_organization_and_the_guide_project(board: Board, pages: httpx.Client) -> None:
    page = pages.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Organization Sandbox" in text_of(page.text)
    assert f'href="/projects/{board.guide.results.project.id}"' in page.text


def test_the_pipeline_page_names_each_step_with_its_state(board: Board, pages: httpx.Client) -> None:
    results = board.guide.results
    page = pages.get(f"/projects/{results.project.id}").text
    for kind, record in (
        ("gate", results.gate),
        ("importer", results.importer),
        ("cleaner", results.cleaner),
        ("analysis", results.analysis),
    ):
        assert f'data-kind="{kind}" data-name="{record.name}"' in page, kind
    assert f'href="/importers/{results.importer.id}"' in page
    shown = text_of(page)
    assert "last task: finished" in shown and "active: yes" in shown and "active: no" in shown
    assert "unresolved notifications: 0" in shown
    assert page.count('class="edge"') == 3  # gate -> importer -> cleaner -> analysis


def test_a_failure_shows_on_the_pipeline_and_its_traceback_on_the_importer_page(
    failing: Failing, pages: httpx.Client
) -> None:
    pipeline = text_of(pages.get(f"/projects/{failing.project.id}").text)
    assert "last task: failed" in pipeline and "unresolved notifications: 1" in pipeline
    page = pages.get(f"/importers/{failing.importer.id}").text
    shown = text_of(page)
    assert 'raise RuntimeError("Kaboom while parsing " + rel_path)' in html.unescape(page)  # the script
    assert "Traceback" in shown and "RuntimeError: Kaboom while parsing broken.csv" in shown
    assert "failed" in shown
    notes = pages.get(f"/projects/{failing.project.id}/notifications").text
    link = re.search(r'href="(/notifications/[^"]+)"', notes)
    assert link, notes
    detail = text_of(pages.get(link.group(1)).text)
    assert "Kaboom while parsing broken.csv" in detail and "resolved: no" in detail


def test_the_gate_page_lists_its_ftp_files(board: Board, pages: httpx.Client, sandbox: Sandbox) -> None:
    shown = text_of(pages.get(f"/gates/{board.guide.results.gate.id}").text)
    assert "first.json" in shown and "importer-a" in shown
    assert f"127.0.0.1:{sandbox.ftp_port}" in shown


def test_the_series_page_plots_the_guide_values_with_their_table(board: Board, pages: httpx.Client) -> None:
    results = board.guide.results
    series = results.analysis.list_all_output_series()[0]
    page = pages.get(f"/series/{series.id}").text
    (trace,) = plot_data(page)["series"]
    expected = results.analysis_df[series.name].dropna()
    assert pd.DatetimeIndex(trace["x"]).equals(pd.DatetimeIndex(expected.index))
    assert trace["y"] == expected.tolist()
    assert trace["count"] == trace["shown"] == len(expected)
    shown = text_of(page)
    first, last = expected.index[0], expected.index[-1]
    assert f"{len(expected)} {first} {expected.iloc[0]} {last} {expected.iloc[-1]}" in shown


def test_several_series_on_one_plot_and_a_time_range(board: Board, pages: httpx.Client) -> None:
    importer_series = board.guide.results.importer.list_all_output_series()
    query = "&".join(f"series={s.id}" for s in importer_series)
    data = plot_data(pages.get(f"/plot?{query}&start=2012-01-01 06:00&end=2012-01-01 12:00").text)
    frame = board.guide.results.importer_df  # the guide read these series from 06:00 to 12:00
    assert [t["name"] for t in data["series"]] == [s.name for s in importer_series]
    for trace in data["series"]:
        assert trace["x"][0] == "2012-01-01T06:00:00" and trace["x"][-1] == "2012-01-01T12:00:00"
        assert trace["y"] == frame[trace["name"]].tolist()


def test_a_million_points_are_drawn_as_each_slice_s_extremes(
    big_series: BigSeries, pages: httpx.Client
) -> None:
    page = pages.get(f"/series/{big_series.series_id}").text
    (trace,) = plot_data(page)["series"]
    assert trace["count"] == BIG_POINTS and 2 < trace["shown"] <= 4002
    assert max(trace["y"]) == 5.0 and min(trace["y"]) == pytest.approx(-1.0, abs=1e-5)  # the spike is kept
    assert trace["x"][0] == "2020-01-01T00:00:00" and trace["x"][-1] == str(
        big_series.values.index[-1]
    ).replace(" ", "T")
    assert f"{BIG_POINTS:,}" in text_of(page)
    zoomed = pages.get(
        "/points", params={"series": big_series.series_id, "start": "2020-01-02", "end": "2020-01-02 00:59"}
    ).json()["series"][0]
    assert zoomed["count"] == zoomed["shown"] == 60  # a zoom fine enough shows every point


def test_pages_need_a_login_and_ask_the_browser_for_one(board: Board) -> None:
    page = httpx.get(board.url + "projects/" + board.guide.results.project.id)
    assert page.status_code == 401 and page.headers["www-authenticate"].startswith("Basic")
    wrong = httpx.get(board.url, auth=(board.auth[0], "not the password"))
    assert wrong.status_code == 401


def test_another_organization_sees_none_of_it(
    board: Board, other_auth: tuple[str, str], other_client: Client
) -> None:
    with board.client(other_auth) as intruder:
        for url in guide_pages(board)[1:]:
            assert intruder.get(url).status_code == 404, url
        assert board.guide.results.project.name not in intruder.get("/").text
    theirs = other_client.get_organization("Intruders").create_project("their own")
    with board.client() as mine:
        answer = mine.get(f"/projects/{theirs.id}")
        assert answer.status_code == 404 and "Not found" in answer.text


def test_no_page_accepts_a_write(board: Board, pages: httpx.Client, sandbox: Sandbox) -> None:
    assert sandbox.store is not None
    before = {c: sandbox.store.count(c) for c in (r.PROJECTS, r.IMPORTERS, r.IMPORTER_TASKS, r.SERIES)}
    for url in [*guide_pages(board), "/static/dashboard.js", "/nowhere"]:
        assert pages.head(url).status_code in (200, 404), url
        for method in WRITES:
            answer = pages.request(method, url, json={"name": "x"})
            assert answer.status_code == 405, (method, url, answer.status_code)
        page = pages.get(url)
        assert not re.search(r"<form[^>]*method=\"(?!get)", page.text, re.I), url  # forms only GET
    assert {c: sandbox.store.count(c) for c in before} == before


def test_pages_let_no_script_of_the_user_run(board: Board, pages: httpx.Client) -> None:
    page = pages.get(f"/importers/{board.guide.results.importer.id}")
    policy = page.headers["content-security-policy"]
    assert (
        "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    )


def test_plotly_js_is_served_from_the_installed_package(pages: httpx.Client) -> None:
    spec = importlib.util.find_spec("plotly")
    assert spec is not None and spec.origin is not None
    bundled = Path(spec.origin).parent / "package_data" / "plotly.min.js"
    served = pages.get("/static/plotly.min.js")
    assert served.status_code == 200 and served.content == bundled.read_bytes()
    assert "plotly" in str(served.headers["content-type"]) or "javascript" in served.headers["content-type"]
