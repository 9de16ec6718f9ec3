"""SIGKILL in the middle of an import loses nothing imported before, fails the task, duplicates nothing."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from ovbp_facade import Client, Importer
from ovbp_facade.demo import serve_command

READY = re.compile(r"^ovbp-sandbox ready url=(?P<url>\S+) ftp=\S+ auth=(?P<auth>.+?) dashboard=\S+$")
FILES = 8  # the kill comes after 3 are imported: 5 still to import, seconds of margin for it to land
SLOW_PARSE_SCRIPT = """
import time
import pandas as pd

def parse(content_bytes, rel_path, **tools):
    time.sleep(0.25)
    return pd.read_json(content_bytes)
"""


@contextmanager
def serve(data_dir: Path) -> Iterator[tuple[subprocess.Popen[str], Client]]:
    process = subprocess.Popen(
        serve_command(data_dir),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        match = READY.match(process.stdout.readline().strip())
        assert match is not None, "the sandbox did not print its ready line"
        with Client(match["auth"], url=match["url"]) as client:
            yield process, client
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=30)


def day_file(day: int) -> str:
    index = pd.date_range(pd.Timestamp("2012-01-01") + pd.Timedelta(days=day), periods=24, freq="h")
    return pd.DataFrame({"a": [float(day)] * 24}, index=index).to_json(date_format="iso")


def imported_days(importer: Importer) -> int:
    importer.reload()
    path = importer.last_imported_path
    return 0 if path is None else int(path[len("day-") : -len(".json")]) + 1


def test_sigkill_mid_import_keeps_earlier_points_and_next_run_imports_the_rest_once(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    with serve(data_dir) as (process, client):
        project = client.get_organization("Sandbox").create_project("crash")
        gate = project.create_gate("gate")
        gate.attach_internal_ftp_account()
        with gate.get_ftputil_client() as ftp:
            for day in range(FILES):
                with ftp.open(f"day-{day:02d}.json", "w") as f:
                    f.write(day_file(day))
        importer = project.create_importer("importer")
        importer.configure(gate, parse_script=SLOW_PARSE_SCRIPT)
        task = importer.run()
        deadline = time.monotonic() + 120
        while imported_days(importer) < 3:
            assert time.monotonic() < deadline, "the import did not progress"
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)

    with serve(data_dir) as (_, client):
        importer = client.importers.retrieve(importer.id)
        done = imported_days(importer)
        assert 3 <= done < FILES, "the kill did not land mid-import"
        interrupted = client.importer_tasks.retrieve(task.id)
        assert interrupted.status == "failed"

        (series,) = importer.list_all_output_series()
        kept = series.select_data()
        assert len(kept) == 24 * done
        assert kept.index.is_unique
        assert sorted(set(kept.to_list())) == [float(day) for day in range(done)]

        importer.run().wait_for_completion(period=100)
        assert imported_days(importer) == FILES
        everything = series.select_data()
        assert len(everything) == 24 * FILES
        assert everything.index.is_unique
        expected = pd.Series([float(day) for day in range(FILES) for _ in range(24)], index=everything.index)
        pd.testing.assert_series_equal(everything, expected, check_names=False, check_freq=False)
