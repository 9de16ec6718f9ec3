"""The engine over time: encoded selects, the crontab scheduler, failing analyses, stops, clocks, resets."""

from __future__ import annotations

import datetime as dt
import pathlib
import time

import numpy as np
import orjson
import pandas as pd
import pytest

from ovbp_facade.guide_scripts import ANALYSIS_SCRIPT
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend import series_points
from ovbp_sandbox.backend.generator_records import output_series
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.engine import Engine
from tests.ovbp_sandbox.engine.engine_world import ORG, World, guide_file, write


def test_select_json_matches_select_and_is_fast(world: World) -> None:
    w = world
    index = pd.date_range("2000-01-01", periods=1_000_000, freq="min")
    with w.store.transaction() as conn:
        series = output_series(
            w.store, conn, generator_collection=r.IMPORTERS, generator=w.importer, name="big"
        )
        values = np.random.default_rng(0).random(len(index))
        values[5] = np.nan
        series_points.append_points(conn, series["id"], pd.Series(values, index=index))
    body = w.engine.select_json(series["id"], {})
    decoded = orjson.loads(body)
    assert len(decoded["index"]) == 1_000_000 and decoded["data"][5] is None
    small = {"start": "2000-01-01 00:00:00", "end": "2000-01-01T00:09:00"}
    assert orjson.loads(w.engine.select_json(series["id"], small)) == w.engine.reads.select(
        series["id"], small
    )
    multi = orjson.loads(w.engine.multi_select_json({"pk": series["id"]}, small))
    assert multi == w.engine.reads.multi_select({"pk": series["id"]}, small)


def test_crontab_scheduler_runs_active_importers(world: World, tmp_path: pathlib.Path) -> None:
    w = world
    # a second engine, not started: only this test drives its scheduler, with chosen clock times
    engine = Engine(w.store, tmp_path, w.ftp_root, script_timeout_s=30)
    w.store.update(r.IMPORTERS, w.importer["id"], {"active": True, "crontab": "0 0 12 1 1 *"})
    start = dt.datetime(2030, 1, 1, 10, 59, 30, tzinfo=dt.UTC)  # 11:59:30 in Paris
    engine.scheduler.tick(start)  # learns the next fire time: 12:00:00 Paris = 11:00:00 UTC
    engine.scheduler.tick(start + dt.timedelta(seconds=20))
    assert w.store.find(r.IMPORTER_TASKS, target=w.importer["id"]) == []
    engine.scheduler.tick(start + dt.timedelta(seconds=31))
    (task,) = w.store.find(r.IMPORTER_TASKS, target=w.importer["id"])
    assert task["base"]["status"] == "pending"
    engine.scheduler.tick(start + dt.timedelta(seconds=40))  # fires once per crontab time
    assert len(w.store.find(r.IMPORTER_TASKS, target=w.importer["id"])) == 1
    w.store.update(r.IMPORTERS, w.importer["id"], {"active": False})
    engine.scheduler.tick(start + dt.timedelta(days=365))
    assert len(w.store.find(r.IMPORTER_TASKS, target=w.importer["id"])) == 1
    engine.stop()


def test_failing_analysis_notifies_and_keeps_outputs(world: World) -> None:
    w = world
    write(w.home / "first.json", guide_file(), time.time() - 100)
    w.run(r.IMPORTERS, w.importer["id"])
    analysis, config = w.add_analysis(
        "analysis-a",
        {"input_freq": "3H", "output_freq": "3H", "wait_offset": "0H", "script": ANALYSIS_SCRIPT},
        [(w.importer["id"], "b")],
        [{"name": "a-output", "resample_rule": "mean"}],
    )
    assert w.run(r.ANALYSES, analysis["id"])["base"]["status"] == "finished"
    output = w.series(analysis["id"])["a-output"]
    before = w.points(output["id"])
    assert (before == 2.0).all() and len(before) == 8
    w.store.update(
        r.ANALYSIS_CONFIGS, config["id"], {"script": "def analyze(df, **tools):\n    return df['nope']\n"}
    )
    task = w.run(r.ANALYSES, analysis["id"])
    assert task["base"]["status"] == "failed"
    assert task["base"]["message"] == "analyze raised KeyError: 'nope'"
    (notification,) = w.store.find(r.NOTIFICATIONS, generator=analysis["id"], resolved=False)
    assert "Traceback" in notification["content"] and "df['nope']" in notification["content"]
    stored = w.store.get(r.ANALYSES, analysis["id"])
    assert stored is not None and stored["unresolved_notifications_nb"] == 1
    pd.testing.assert_series_equal(w.points(output["id"]), before)


def test_stop_kills_a_running_script(tmp_path: pathlib.Path) -> None:
    store = Store(tmp_path / "sandbox.sqlite3")
    account = store.insert(r.GATE_FTP_ACCOUNTS, {"protocol": "ftp"}, organization_id=ORG)
    gate = store.insert(
        r.GATES, {"project": "p", "name": "g", "ftp_account": account["id"]}, organization_id=ORG
    )
    home = tmp_path / "ftp" / "gates" / account["id"]
    home.mkdir(parents=True)
    (home / "f.csv").write_text("x")
    endless = "def parse(c, p, **t):\n    while True:\n        pass\n"
    importer = store.insert(
        r.IMPORTERS,
        {**r.DEFAULTS[r.IMPORTERS], "name": "i", "project": "p", "gate": gate["id"], "parse_script": endless},
        organization_id=ORG,
    )
    engine = Engine(store, tmp_path, tmp_path / "ftp", script_timeout_s=120)
    engine.start()
    task = engine.submit_generator_action(r.IMPORTERS, importer["id"], "run", None)
    deadline = time.monotonic() + 20
    while (store.get(r.IMPORTER_TASKS, task["id"]) or {})["base"]["status"] != "running":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(0.5)  # let the script start
    started = time.monotonic()
    engine.stop()
    assert time.monotonic() - started < 15
    done = store.get(r.IMPORTER_TASKS, task["id"])
    assert done is not None and done["base"]["status"] == "failed"
    assert "shutting down" in done["base"]["message"]
    store.close()


@pytest.mark.parametrize(("clock", "first"), [("tzt", "2012-01-01 00:00"), ("gmt", "2012-01-01 01:00")])
def test_analysis_clock(world: World, clock: str, first: str) -> None:
    w = world
    write(w.home / "first.json", guide_file(), time.time() - 100)
    w.run(r.IMPORTERS, w.importer["id"])
    script = "def analyze(df, **tools):\n    return df\n"
    analysis, _ = w.add_analysis(
        "daily",
        {"input_freq": "1D", "output_freq": "1D", "wait_offset": "0H", "clock": clock, "script": script},
        [(w.importer["id"], "b")],
        [{"name": "b", "resample_rule": "mean"}],
    )
    assert w.run(r.ANALYSES, analysis["id"])["base"]["status"] == "finished"
    out = w.points(w.series(analysis["id"])["b"]["id"])
    # daily intervals end at midnight of the clock: Paris midnight (tzt) or UTC midnight = 01:00 Paris (gmt)
    assert out.index[0] == pd.Timestamp(first) and out.iloc[0] == 2.0


def test_partial_reset_reimports_what_it_cleared(world: World) -> None:
    """Regression: reset(partial_instant) on an importer holding all 48 points of its files kept 25."""
    w = world
    write(w.home / "first.json", guide_file(), time.time() - 200)
    write(w.home / "second.json", guide_file("2012-01-02"), time.time() - 100)
    w.run(r.IMPORTERS, w.importer["id"])
    a = w.series(w.importer["id"])["a"]
    before = w.points(a["id"])
    assert len(before) == 48
    task = w.run(r.IMPORTERS, w.importer["id"], "reset", "2012-01-01T23:00:00.000000Z")  # 00:00 in Paris
    assert task["base"]["status"] == "finished"
    after = w.points(a["id"])
    pd.testing.assert_series_equal(after, before)  # every point back, none doubled
    importer = w.store.get(r.IMPORTERS, w.importer["id"])
    assert importer is not None and importer["last_imported_path"] == "second.json"
    # a partial clear (not a reset) keeps the import position: the cleared points stay cleared
    w.run(r.IMPORTERS, w.importer["id"], "clear", "2012-01-01T23:00:00.000000Z")
    w.run(r.IMPORTERS, w.importer["id"])
    assert len(w.points(a["id"])) == 24


def test_a_naive_partial_instant_is_the_series_local_time(world: World) -> None:
    """Regression: a naive instant was read as UTC, so clearing from 12:00 cleared from 13:00 Paris on."""
    w = world
    write(w.home / "first.json", guide_file(), time.time() - 100)
    w.run(r.IMPORTERS, w.importer["id"])
    a = w.series(w.importer["id"])["a"]
    w.run(r.IMPORTERS, w.importer["id"], "clear", "2012-01-01T12:00:00")
    assert w.points(a["id"]).index[-1] == pd.Timestamp("2012-01-01 11:00")  # 12:00 local on is cleared
    w.run(r.IMPORTERS, w.importer["id"], "clear", "2012-01-01T09:00:00+00:00")  # aware: 10:00 in Paris
    assert w.points(a["id"]).index[-1] == pd.Timestamp("2012-01-01 09:00")
