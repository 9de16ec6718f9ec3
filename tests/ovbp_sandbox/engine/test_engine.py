"""The engine on a real Store (SQLite), real files in a gate's FTP home and real script subprocesses.

Records are set up as the API would store them; the guide's scenario is replayed end to end.
"""

from __future__ import annotations

import io
import pathlib
import time
import zipfile

import pandas as pd
import pytest

from ovbp_facade.guide_scripts import ANALYSIS_SCRIPT, IMPORTER_SCRIPT
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend import series_points
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.engine import Engine
from ovbp_sandbox.engine.worker import CRASH_MESSAGE
from ovbp_sandbox.errors import InvalidOptions
from tests.ovbp_sandbox.engine.engine_world import (
    FAILING_PARSE,
    ORG,
    World,
    configure_cleaner,
    guide_file,
    write,
)


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
    analysis, _ = w.add_analysis(
        "analysis-a",
        {"input_freq": "3H", "output_freq": "3H", "script": ANALYSIS_SCRIPT},
        [(w.cleaner["id"], name) for name in ("a-cleaned", "b-cleaned")],
        [{"name": "a-output", "resample_rule": "mean", "unit": "°C"}],
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
