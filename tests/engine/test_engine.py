"""The engine on a real Store (SQLite), real files in a gate's FTP home and real script subprocesses.

Records are set up as the API would store them; the guide's scenario is replayed end to end.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import pathlib
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import orjson
import pandas as pd
import pytest

from ovbp_facade.guide_scripts import ANALYSIS_SCRIPT, IMPORTER_SCRIPT
from ovbp_sandbox.engine import Engine
from ovbp_sandbox.engine.generator_state import output_series
from ovbp_sandbox.engine.worker import CRASH_MESSAGE
from ovbp_sandbox.errors import InvalidOptions
from ovbp_sandbox.records import registry as r
from ovbp_sandbox.records import series_points
from ovbp_sandbox.records.store import Store

ORG = "org-1"
FAILING_PARSE = """
def parse(content_bytes, rel_path, **tools):
    return helper(content_bytes)

def helper(content):
    raise ValueError("cannot read " + str(len(content)) + " bytes")
"""


def guide_file(start: str = "2012-01-01") -> str:
    df = pd.DataFrame(
        dict(a=[1] * 24, b=[2] * 24, c=[3] * 24), index=pd.date_range(start, periods=24, freq="h")
    )
    return df.to_json(date_format="iso")


@dataclass
class World:
    store: Store
    engine: Engine
    ftp_root: pathlib.Path
    home: pathlib.Path
    project: str
    importer: dict[str, Any]
    cleaner: dict[str, Any]

    def insert(self, collection: str, record: dict[str, Any]) -> dict[str, Any]:
        return self.store.insert(collection, record, organization_id=ORG)

    def run(
        self, collection: str, record_id: str, name: str = "run", partial: str | None = None
    ) -> dict[str, Any]:
        task = self.engine.submit_generator_action(collection, record_id, name, partial)
        assert task["base"]["status"] == "pending"
        assert self.engine.wait_idle(60)
        tasks = {r.IMPORTERS: r.IMPORTER_TASKS, r.CLEANERS: r.CLEANER_TASKS, r.ANALYSES: r.ANALYSIS_TASKS}
        done = self.store.get(tasks[collection], task["id"])
        assert done is not None
        return done

    def series(self, generator_id: str) -> dict[str, dict[str, Any]]:
        return {s["name"]: s for s in self.store.find(r.SERIES, generator=generator_id)}

    def points(self, series_id: str, **params: str) -> pd.Series:
        answer = self.engine.reads.select(series_id, params)
        return pd.Series(answer["data"], index=pd.to_datetime(answer["index"], unit="ms"), dtype="float64")


@pytest.fixture
def world(tmp_path: pathlib.Path) -> Iterator[World]:
    store = Store(tmp_path / "sandbox.sqlite3")
    ftp_root = tmp_path / "ftp"
    project = store.insert(r.ODATA_PROJECTS, {"name": "doc"}, organization_id=ORG)["id"]
    account = store.insert(
        r.GATE_FTP_ACCOUNTS,
        {"protocol": "ftp", "host": None, "port": None, "login": None},
        organization_id=ORG,
    )
    gate = store.insert(
        r.GATES,
        {
            "project": project,
            "name": "gate",
            "comment": "",
            "ftp_account": account["id"],
            "base_feeder": None,
        },
        organization_id=ORG,
    )
    home = ftp_root / "gates" / account["id"]
    home.mkdir(parents=True)
    importer = store.insert(
        r.IMPORTERS,
        {
            **r.DEFAULTS[r.IMPORTERS],
            "name": "importer-a",
            "project": project,
            "gate": gate["id"],
            "parse_script": IMPORTER_SCRIPT,
        },
        organization_id=ORG,
    )
    cleaner = store.insert(
        r.CLEANERS,
        {
            **r.DEFAULTS[r.CLEANERS],
            "name": "importer-a",
            "project": project,
            "related_importer": importer["id"],
        },
        organization_id=ORG,
    )
    engine = Engine(store, tmp_path, ftp_root, script_timeout_s=30)
    engine.start()
    try:
        yield World(store, engine, ftp_root, home, project, importer, cleaner)
    finally:
        engine.stop()
        store.close()


def write(path: pathlib.Path, text: str, mtime: float) -> None:
    path.write_text(text)
    os.utime(path, (mtime, mtime))


def configure_cleaner(w: World) -> None:
    for name in ("a", "b", "c"):
        uc = w.insert(
            r.UNITCLEANERS,
            {
                **r.DEFAULTS[r.UNITCLEANERS],
                "cleaner": w.cleaner["id"],
                "external_name": name,
                "name": f"{name}-cleaned",
                "freq": "1H",
            },
        )
        w.engine.validate(r.UNITCLEANERS, uc)
        w.engine.on_record_changed(r.UNITCLEANERS, uc["id"])


def test_guide_scenario(world: World) -> None:
    w = world
    write(w.home / "first.json", guide_file(), time.time() - 100)
    task = w.run(r.IMPORTERS, w.importer["id"])
    assert task["base"]["status"] == "finished", task
    assert task["target"] == w.importer["id"] and task["base"]["end_date"]
    importer = w.store.get(r.IMPORTERS, w.importer["id"])
    assert importer is not None
    assert importer["last_imported_path"] == "first.json" and importer["latest_imported_mdate"].endswith("Z")
    assert importer["last_run"] is not None
    raw = w.series(w.importer["id"])
    assert sorted(raw) == ["a", "b", "c"]
    assert {s["generator_model"] for s in raw.values()} == {"importer"}
    assert sorted(s["name"] for s in w.store.find(r.IMPORTER_SERIES, generator=w.importer["id"])) == [
        "a",
        "b",
        "c",
    ]
    c = w.points(raw["c"]["otsdb_pk"], end="2012-01-01 04:00:00")
    assert c.tolist() == [3.0] * 5 and c.index[0] == pd.Timestamp("2012-01-01")
    window = w.points(raw["a"]["id"], start="2012-01-01T06:00:00", end="2012-01-01T12:00:00")
    assert window.tolist() == [1.0] * 7

    # a second run imports nothing new
    assert w.run(r.IMPORTERS, w.importer["id"])["base"]["status"] == "finished"
    assert len(w.points(raw["a"]["id"])) == 24

    # unitcleaners: the cleaner recomputes on its own shortly after
    configure_cleaner(w)
    # importer series point at their unitcleaner at once (before the debounced run)
    assert all(s["unitcleaner"] for s in w.store.find(r.IMPORTER_SERIES, generator=w.importer["id"]))
    assert w.engine.wait_idle(60)
    cleaned = w.series(w.cleaner["id"])
    assert sorted(cleaned) == ["a-cleaned", "b-cleaned", "c-cleaned"]
    a_cleaned = w.points(cleaned["a-cleaned"]["id"])
    assert a_cleaned.index[0] == pd.Timestamp("2012-01-01 01:00")
    assert a_cleaned.index[-1] == pd.Timestamp("2012-01-02 00:00") and (a_cleaned == 1.0).all()
    assert all(s["unitcleaner"] for s in w.store.find(r.IMPORTER_SERIES, generator=w.importer["id"]))
    assert w.store.find(r.CLEANER_TASKS, target=w.cleaner["id"])[0]["base"]["status"] == "finished"

    # analysis
    analysis = w.insert(r.ANALYSES, {**r.DEFAULTS[r.ANALYSES], "name": "analysis-a", "project": w.project})
    config = w.insert(
        r.ANALYSIS_CONFIGS,
        {
            **r.DEFAULTS[r.ANALYSIS_CONFIGS],
            "analysis": analysis["id"],
            "input_freq": "3H",
            "output_freq": "3H",
            "script": ANALYSIS_SCRIPT,
        },
    )
    w.engine.validate(r.ANALYSIS_CONFIGS, config)
    w.store.update(r.ANALYSES, analysis["id"], {"analysisconfig": config["id"]})
    for name in ("a-cleaned", "b-cleaned"):
        w.insert(
            r.ANALYSIS_INPUTS,
            {
                "analysis": analysis["id"],
                "input_series_generator": w.cleaner["id"],
                "input_series_name": name,
                "column_name": name,
            },
        )
    w.insert(
        r.ANALYSIS_OUTPUTS,
        {
            **r.DEFAULTS[r.ANALYSIS_OUTPUTS],
            "analysis": analysis["id"],
            "name": "a-output",
            "resample_rule": "mean",
            "unit": "°C",
        },
    )
    assert w.run(r.ANALYSES, analysis["id"])["base"]["status"] == "finished"
    outputs = w.series(analysis["id"])
    assert list(outputs) == ["a-output"] and outputs["a-output"]["generator_model"] == "analysis"
    out = w.points(outputs["a-output"]["id"])
    assert list(out.index) == list(pd.date_range("2012-01-01 03:00", "2012-01-01 18:00", freq="3h"))
    assert (out == 1.5).all()

    # a new file: the importer run is followed by the cleaner and the (active) analysis on their own
    write(w.home / "second.json", guide_file("2012-01-02"), time.time() - 50)
    assert w.run(r.IMPORTERS, w.importer["id"])["base"]["status"] == "finished"
    assert w.engine.wait_idle(60)
    out = w.points(outputs["a-output"]["id"])
    assert out.index[-1] == pd.Timestamp("2012-01-02 18:00") and len(out) == 14
    assert all(
        t["base"]["status"] == "finished" for t in w.store.find(r.ANALYSIS_TASKS, target=analysis["id"])
    )

    # multi_select shares the cap and names the series
    by_pk = {s["otsdb_pk"]: s["id"] for s in [*raw.values(), outputs["a-output"]]}
    multi = w.engine.reads.multi_select(by_pk, {"end": "2012-01-01 04:00:00"})
    assert {v["name"] for v in multi.values()} == {"a", "b", "c", "a-output"}
    assert multi[outputs["a-output"]["otsdb_pk"]]["data"] == [1.5]

    # export into the user's FTP home
    user_account = w.insert(
        r.USER_FTP_ACCOUNTS, {"protocol": "ftp", "host": None, "port": None, "login": None}
    )
    odata_user = w.insert(r.ODATA_USERS, {"ftp_account": user_account["id"]})
    user = w.insert(r.USERS, {"username": "me", "odata": odata_user["id"]})
    all_series = [*raw.values(), *cleaned.values(), outputs["a-output"]]
    task = w.engine.submit_export(
        user["id"],
        {"series": [s["id"] for s in all_series], "out_mode": "series", "sep": ",", "decimal": "."},
    )
    assert w.engine.wait_idle(60)
    done = w.store.get(r.SERIES_EXPORT_TASKS, task["id"])
    assert done is not None and done["base"]["status"] == "finished", done
    (zip_path,) = (w.ftp_root / "users" / user_account["id"] / "series_exports").iterdir()
    with zipfile.ZipFile(zip_path) as archive:
        names = sorted(archive.namelist())
        frame = pd.read_csv(io.BytesIO(archive.read("a output [analysis=analysis a].csv")), index_col=0)
    assert names == sorted(
        [f"{x} [importer=importer a].csv" for x in "abc"]
        + [f"{x} cleaned [cleaner=importer a].csv" for x in "abc"]
        + ["a output [analysis=analysis a].csv"]
    )
    assert frame.iloc[:, 0].tolist() == [1.5] * 14


def test_failing_parse_keeps_earlier_data(world: World) -> None:
    w = world
    write(w.home / "first.json", guide_file(), time.time() - 100)
    assert w.run(r.IMPORTERS, w.importer["id"])["base"]["status"] == "finished"
    w.store.update(r.IMPORTERS, w.importer["id"], {"parse_script": FAILING_PARSE})
    write(w.home / "second.json", guide_file("2012-01-02"), time.time() - 50)
    task = w.run(r.IMPORTERS, w.importer["id"])
    assert task["base"]["status"] == "failed"
    assert "second.json" in task["base"]["message"] and "ValueError: cannot read" in task["base"]["message"]
    (notification,) = w.store.find(r.NOTIFICATIONS, generator=w.importer["id"])
    assert notification["resolved"] is False and notification["project"] == w.project
    assert "Traceback" in notification["content"] and "in helper" in notification["content"]
    importer = w.store.get(r.IMPORTERS, w.importer["id"])
    assert importer is not None and importer["last_imported_path"] == "first.json"
    a = w.series(w.importer["id"])["a"]
    assert len(w.points(a["id"])) == 24

    # fixed script: the failed file is imported next time
    w.store.update(r.IMPORTERS, w.importer["id"], {"parse_script": IMPORTER_SCRIPT})
    assert w.run(r.IMPORTERS, w.importer["id"])["base"]["status"] == "finished"
    assert len(w.points(a["id"])) == 48


def test_clear_and_reset(world: World) -> None:
    w = world
    write(w.home / "first.json", guide_file(), time.time() - 100)
    w.run(r.IMPORTERS, w.importer["id"])
    a = w.series(w.importer["id"])["a"]
    assert (
        w.run(r.IMPORTERS, w.importer["id"], "clear", "2012-01-01T12:00:00.000000Z")["base"]["status"]
        == "finished"
    )
    # 12:00 UTC is 13:00 in Paris (the series' local time): 00:00..12:00 stay
    assert w.points(a["id"]).index[-1] == pd.Timestamp("2012-01-01 12:00")
    assert len(w.points(a["id"])) == 13
    importer = w.store.get(r.IMPORTERS, w.importer["id"])
    assert importer is not None and importer["last_imported_path"] == "first.json" and importer["last_clear"]
    assert w.run(r.IMPORTERS, w.importer["id"], "clear")["base"]["status"] == "finished"
    assert w.points(a["id"]).empty
    importer = w.store.get(r.IMPORTERS, w.importer["id"])
    assert importer is not None and importer["last_imported_path"] is None
    assert w.run(r.IMPORTERS, w.importer["id"], "reset")["base"]["status"] == "finished"
    assert len(w.points(a["id"])) == 24


def test_validation(world: World) -> None:
    e = world.engine
    with pytest.raises(InvalidOptions) as info:
        e.validate(r.UNITCLEANERS, {**r.DEFAULTS[r.UNITCLEANERS], "freq": "1M", "filter_fct": "x"})
    assert set(info.value.errors) == {"freq", "filter_fct"}
    with pytest.raises(InvalidOptions) as info:
        e.validate(r.IMPORTERS, {"crontab": "0 0 1 1 *"})
    assert "crontab" in info.value.errors
    with pytest.raises(InvalidOptions) as info:
        e.validate(r.BASE_FEEDERS, {"crontab": "0 0 0 * * *", "timezone": "Paris"})
    assert "timezone" in info.value.errors
    with pytest.raises(InvalidOptions) as info:
        e.validate(
            r.ANALYSIS_CONFIGS,
            {
                "input_freq": "3X",
                "output_freq": "3H",
                "wait_offset": "0H",
                "clock": "tzt",
                "output_timezone": "UTC",
            },
        )
    assert set(info.value.errors) == {"input_freq"}
    with pytest.raises(InvalidOptions):
        e.validate(r.ANALYSIS_OUTPUTS, {"resample_rule": "avg"})
    with pytest.raises(InvalidOptions):
        e.validate("select", {"resample": "1Q"})
    e.validate(r.IMPORTERS, {**r.DEFAULTS[r.IMPORTERS]})
    with pytest.raises(InvalidOptions) as info:
        e.validate(r.IMPORTERS, {**r.DEFAULTS[r.IMPORTERS], "root_dir_path": "/../other"})
    assert "root_dir_path" in info.value.errors
    with pytest.raises(InvalidOptions):
        e.submit_generator_action(r.IMPORTERS, world.importer["id"], "explode", None)


def test_crash_recovery_and_feed(tmp_path: pathlib.Path) -> None:
    store = Store(tmp_path / "sandbox.sqlite3")
    base = {
        "status": "running",
        "creation_date": "2020-01-01T00:00:00.000000Z",
        "start_date": None,
        "end_date": None,
        "message": "",
    }
    running = store.insert(r.IMPORTER_TASKS, {"target": "x", "base": base}, organization_id=ORG)
    pending = store.insert(
        r.SERIES_EXPORT_TASKS, {"target": None, "base": {**base, "status": "pending"}}, organization_id=ORG
    )
    engine = Engine(store, tmp_path, tmp_path / "ftp", script_timeout_s=5)
    engine.start()
    try:
        for collection, task in ((r.IMPORTER_TASKS, running), (r.SERIES_EXPORT_TASKS, pending)):
            failed = store.get(collection, task["id"])
            assert failed is not None and failed["base"]["status"] == "failed"
            assert failed["base"]["message"] == CRASH_MESSAGE
        feeder = store.insert(
            r.BASE_FEEDERS, {**r.DEFAULTS[r.BASE_FEEDERS], "gate": "g"}, organization_id=ORG
        )
        task = engine.submit_feed(feeder["id"])
        assert engine.wait_idle(10)
        done = store.get(r.BASE_FEEDER_TASKS, task["id"])
        assert done is not None and done["base"]["status"] == "finished"
    finally:
        engine.stop()
        store.close()


def test_deleting_a_unitcleaner_drops_its_series(world: World) -> None:
    w = world
    write(w.home / "first.json", guide_file(), time.time() - 100)
    w.run(r.IMPORTERS, w.importer["id"])
    configure_cleaner(w)
    assert w.engine.wait_idle(60)
    cleaned = w.series(w.cleaner["id"])
    (uc,) = w.store.find(r.UNITCLEANERS, cleaner=w.cleaner["id"], name="c-cleaned")
    w.store.delete(r.UNITCLEANERS, uc["id"])
    w.engine.on_record_deleted(r.UNITCLEANERS, uc)
    (c_series,) = w.store.find(r.IMPORTER_SERIES, generator=w.importer["id"], external_name="c")
    assert c_series["unitcleaner"] is None
    assert w.engine.wait_idle(60)
    assert sorted(w.series(w.cleaner["id"])) == ["a-cleaned", "b-cleaned"]
    with w.store.transaction() as conn:
        assert series_points.read_points(conn, cleaned["c-cleaned"]["id"]).empty


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
    analysis = w.insert(r.ANALYSES, {**r.DEFAULTS[r.ANALYSES], "name": "analysis-a", "project": w.project})
    config = w.insert(
        r.ANALYSIS_CONFIGS,
        {
            **r.DEFAULTS[r.ANALYSIS_CONFIGS],
            "analysis": analysis["id"],
            "input_freq": "3H",
            "output_freq": "3H",
            "wait_offset": "0H",
            "script": ANALYSIS_SCRIPT,
        },
    )
    w.store.update(r.ANALYSES, analysis["id"], {"analysisconfig": config["id"]})
    w.insert(
        r.ANALYSIS_INPUTS,
        {
            "analysis": analysis["id"],
            "input_series_generator": w.importer["id"],
            "input_series_name": "b",
            "column_name": "b",
        },
    )
    w.insert(
        r.ANALYSIS_OUTPUTS,
        {
            **r.DEFAULTS[r.ANALYSIS_OUTPUTS],
            "analysis": analysis["id"],
            "name": "a-output",
            "resample_rule": "mean",
        },
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
    analysis = w.insert(r.ANALYSES, {**r.DEFAULTS[r.ANALYSES], "name": "daily", "project": w.project})
    config = w.insert(
        r.ANALYSIS_CONFIGS,
        {
            **r.DEFAULTS[r.ANALYSIS_CONFIGS],
            "analysis": analysis["id"],
            "input_freq": "1D",
            "output_freq": "1D",
            "wait_offset": "0H",
            "clock": clock,
            "script": "def analyze(df, **tools):\n    return df\n",
        },
    )
    w.store.update(r.ANALYSES, analysis["id"], {"analysisconfig": config["id"]})
    w.insert(
        r.ANALYSIS_INPUTS,
        {
            "analysis": analysis["id"],
            "input_series_generator": w.importer["id"],
            "input_series_name": "b",
            "column_name": "b",
        },
    )
    w.insert(
        r.ANALYSIS_OUTPUTS,
        {**r.DEFAULTS[r.ANALYSIS_OUTPUTS], "analysis": analysis["id"], "name": "b", "resample_rule": "mean"},
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
