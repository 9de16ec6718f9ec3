"""Gates as data loggers use them: every uploaded file imported once and whole, whatever the FTP client.

Uploads go over the sandbox's real FTP server, with Python's ftplib (commands as clients send them:
MFMT, REST/APPE, RNFR/RNTO, ABOR) and, where installed, curl and lftp as loggers' scripts call them.
"""

from __future__ import annotations

import ftplib
import io
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ovbp_facade import Gate, Importer, Organization, Project, Series

PARSE = """
import io
import pandas as pd

def parse(content_bytes, rel_path, **tools):
    return pd.read_csv(io.BytesIO(content_bytes), index_col=0, parse_dates=True)
"""


def rows(day: str, value: float, hours: int = 24) -> bytes:
    """A logger's CSV: `hours` hourly rows of `value` from `day` on."""
    stamps = pd.date_range(day, periods=hours, freq="h")
    return ("time,temp\n" + "".join(f"{t:%Y-%m-%d %H:%M:%S},{value}\n" for t in stamps)).encode()


@dataclass
class Logger:
    """A gate with its importer, and an FTP session on the gate as a logger opens one."""

    project: Project
    gate: Gate
    importer: Importer
    host: str
    port: int
    login: str
    password: str

    @classmethod
    def in_new_project(
        cls, organization: Organization, prefix: str, auto_partial_reset: bool = False
    ) -> Logger:
        """A new project whose gate's internal FTP account feeds an importer (run by hand, not by crontab)."""
        project = organization.create_project(f"{prefix}-{uuid.uuid4().hex[:8]}")
        gate = project.create_gate("logger")
        account = gate.attach_internal_ftp_account()
        importer = project.create_importer("logger")
        importer.configure(
            gate, parse_script=PARSE, crontab="0 0 0 1 1 *", auto_partial_reset=auto_partial_reset
        )
        login, password = account.login or "", account.get_password()
        return cls(project, gate, importer, account.host or "", account.port or 21, login, password)

    def ftp(self) -> ftplib.FTP:
        session = ftplib.FTP()
        session.connect(self.host, self.port, timeout=30)
        session.login(self.login, self.password)
        return session

    def upload(self, name: str, content: bytes, *, mdate: str | None = None) -> None:
        with self.ftp() as session:
            session.storbinary(f"STOR {name}", io.BytesIO(content))
            if mdate is not None:  # as lftp put, lftp mirror -R and ncftpput set the local file's time
                session.sendcmd(f"MFMT {mdate} {name}")

    def run(self) -> str:
        return self.importer.run().wait_for_completion(period=100, timeout=60, raise_if_problem=False)

    def points(self) -> pd.Series:
        found = self.importer.list_all_output_series()
        if not found:
            return pd.Series(dtype="float64")
        (series,) = found
        return series.select_data()

    def notifications(self) -> list[str]:
        return [n.name or "" for n in self.project.list_all_notifications()]

    def clean_hourly(self) -> Series:
        """The importer's cleaner makes hourly `temp-cleaned` of `temp` and runs once; the cleaned series."""
        cleaner = self.importer.get_cleaner()
        cleaner.create_unitcleaner("temp", "temp-cleaned", freq="1H")
        cleaner.run().wait_for_completion(period=100, timeout=60)
        return self.importer.client.series.list_all(filter_by={"generator": cleaner.id})[0]


@pytest.fixture
def logger(organization: Organization) -> Iterator[Logger]:
    yield Logger.in_new_project(organization, "pickup")


def test_a_file_dated_before_the_last_import_is_imported(logger: Logger) -> None:
    logger.upload("day1.csv", rows("2024-01-01", 1.0))
    logger.upload("day2.csv", rows("2024-01-02", 2.0))
    assert logger.run() == "finished" and len(logger.points()) == 48
    logger.upload("day0.csv", rows("2023-12-31", 0.0), mdate="20200101000000")  # its local time, years ago
    assert logger.run() == "finished"
    assert len(logger.points()) == 72 and logger.points()["2023-12-31"].eq(0.0).all()


def test_files_of_one_second_and_names_sorting_first_are_all_imported(logger: Logger) -> None:
    for name in ("m.csv", "z.csv"):
        logger.upload(name, rows(f"2024-02-{1 if name == 'm.csv' else 2:02d}", 1.0), mdate="20240301120000")
    assert logger.run() == "finished" and len(logger.points()) == 48
    logger.upload("a.csv", rows("2024-02-03", 3.0), mdate="20240301120000")  # same second, sorts first
    assert logger.run() == "finished" and len(logger.points()) == 72


def test_an_upload_in_progress_is_left_for_a_later_run(logger: Logger) -> None:
    content = rows("2024-03-01", 7.0, hours=2000)
    with logger.ftp() as session:
        channel = session.transfercmd("STOR slow.csv")
        channel.sendall(content[: len(content) // 3])  # a third written, the logger still sending
        assert logger.run() == "finished" and logger.points().empty  # not read mid-way
        channel.sendall(content[len(content) // 3 :])
        channel.close()
        session.voidresp()
    assert logger.run() == "finished"
    assert len(logger.points()) == 2000 and logger.notifications() == []


def test_an_upload_cut_off_waits_until_replaced_without_a_false_notification(logger: Logger) -> None:
    content = rows("2024-04-01", 4.0, hours=2000)
    with logger.ftp() as session:
        channel = session.transfercmd("STOR cut.csv")
        channel.sendall(content[: len(content) // 2])
        session.abort()  # ABOR: the server received it incompletely
        channel.close()
    assert logger.run() == "finished" and logger.points().empty and logger.notifications() == []
    logger.upload("cut.csv", content)  # sent again, whole
    assert logger.run() == "finished" and len(logger.points()) == 2000


def test_a_resumed_upload_is_read_once_whole(logger: Logger) -> None:
    content = rows("2024-05-01", 5.0, hours=500)
    with logger.ftp() as session:
        session.storbinary("STOR resumed.csv", io.BytesIO(content[:1000]))
        session.storbinary("APPE resumed.csv", io.BytesIO(content[1000:]))  # as curl -C - appends
    assert logger.run() == "finished" and len(logger.points()) == 500


def test_a_temporary_name_renamed_when_done_raises_no_notification(logger: Logger) -> None:
    logger.upload("day.csv.tmp", rows("2024-06-01", 6.0))
    logger.upload(".day2.csv.part", b"half a line,")
    assert logger.run() == "finished" and logger.points().empty and logger.notifications() == []
    with logger.ftp() as session:
        session.rename("day.csv.tmp", "day.csv")
    assert logger.run() == "finished" and len(logger.points()) == 24
    assert logger.run() == "finished" and len(logger.points()) == 24  # once: nothing new


def test_a_corrected_file_replaces_its_values_downstream_too(logger: Logger) -> None:
    logger.upload("day.csv", rows("2024-07-01", 1.0))
    logger.run()
    cleaned = logger.clean_hourly()
    logger.upload("day.csv", rows("2024-07-01", 9.0))  # same name, corrected values
    assert logger.run() == "finished"
    assert logger.points().eq(9.0).all() and len(logger.points()) == 24
    assert _settled(lambda: cleaned.select_data().eq(9.0).all())
    # a touched file (same content, new time) is not read again
    with logger.ftp() as session:
        session.sendcmd("MFMT 20240801000000 day.csv")
    assert logger.run() == "finished"
    logger.importer.reload()
    assert logger.importer.latest_imported_mdate is not None


def test_auto_partial_reset_makes_the_series_what_the_files_hold_now(logger: Logger) -> None:
    logger.importer.update(auto_partial_reset=True)
    logger.upload("day.csv", rows("2024-08-01", 1.0))
    logger.upload("next.csv", rows("2024-08-02", 2.0))
    logger.run()
    logger.upload("day.csv", rows("2024-08-01", 3.0, hours=12))  # corrected: half the rows
    assert logger.run() == "finished"
    points = logger.points()
    assert len(points) == 36 and points["2024-08-01"].eq(3.0).all() and points["2024-08-02"].eq(2.0).all()


def test_without_auto_partial_reset_rows_a_file_dropped_stay(logger: Logger) -> None:
    logger.upload("day.csv", rows("2024-09-01", 1.0))
    logger.run()
    logger.upload("day.csv", rows("2024-09-01", 3.0, hours=12))
    logger.run()
    points = logger.points()
    assert len(points) == 24 and points.iloc[:12].eq(3.0).all() and points.iloc[12:].eq(1.0).all()


def test_files_that_stop_arriving_are_notified_once(logger: Logger) -> None:
    logger.importer.update(notify_missing_files_nb=2)
    logger.upload("day.csv", rows("2024-10-01", 1.0))
    logger.run()
    logger.run()
    assert not [n for n in logger.notifications() if n.startswith("Missing files")]
    logger.run()
    logger.run()
    assert len([n for n in logger.notifications() if n.startswith("Missing files")]) == 1


def test_max_ante_scanned_files_nb_bounds_how_far_back_a_run_looks(logger: Logger) -> None:
    logger.importer.update(max_ante_scanned_files_nb=1)
    for day in range(1, 4):
        logger.upload(f"d{day}.csv", rows(f"2024-11-0{day}", 1.0), mdate=f"202411{day:02d}000000")
    logger.run()
    logger.upload("d1.csv", rows("2024-11-01", 5.0), mdate="20241101000000")  # two files before the last
    logger.upload("d2.csv", rows("2024-11-02", 5.0), mdate="20241102000000")  # the one just before it
    logger.run()
    points = logger.points()
    assert points["2024-11-01"].eq(1.0).all() and points["2024-11-02"].eq(5.0).all()


def test_an_importer_clear_reaches_its_cleaned_series(logger: Logger) -> None:
    logger.upload("day.csv", rows("2024-12-01", 1.0))
    logger.run()
    cleaned = logger.clean_hourly()
    assert len(cleaned.select_data()) == 24
    logger.importer.clear(partial_instant="2024-12-01T12:00:00").wait_for_completion(period=100, timeout=60)
    assert _settled(lambda: len(cleaned.select_data()) == 12)
    logger.importer.clear().wait_for_completion(period=100, timeout=60)
    assert _settled(lambda: cleaned.select_data().empty)


def _settled(check: Callable[[], object], timeout_s: float = 30.0) -> bool:
    """Whether `check()` holds within the timeout (the engine runs downstream tasks on its own)."""
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


# -- the FTP clients loggers' scripts call ---------------------------------------------------------
def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed: apt-get install {name} (CI installs it)")
    return found


def test_curl_uploads_resumes_and_renames(logger: Logger, tmp_path: Path) -> None:
    curl = _tool("curl")
    url = f"ftp://{logger.host}:{logger.port}/"
    auth = f"{logger.login}:{logger.password}"
    local = tmp_path / "day.csv"
    content = rows("2025-01-01", 1.0, hours=300)
    local.write_bytes(content[:2000])
    subprocess.run([curl, "-sS", "-u", auth, "-T", str(local), url + "day.csv.tmp"], check=True)
    assert logger.run() == "finished" and logger.points().empty  # a temporary name
    local.write_bytes(content)
    subprocess.run([curl, "-sS", "-u", auth, "-C", "-", "-T", str(local), url + "day.csv.tmp"], check=True)
    subprocess.run(
        [curl, "-sS", "-u", auth, url, "-Q", "-RNFR day.csv.tmp", "-Q", "-RNTO day.csv", "-o", "/dev/null"],
        check=True,
    )
    assert logger.run() == "finished" and len(logger.points()) == 300 and logger.notifications() == []


def test_lftp_put_and_mirror_keep_old_times_and_every_file_is_imported(
    logger: Logger, tmp_path: Path
) -> None:
    lftp = _tool("lftp")
    folder = tmp_path / "logger"
    folder.mkdir()
    for day in (3, 4):
        (folder / f"day{day}.csv").write_bytes(rows(f"2025-02-0{day}", float(day)))
    login = f"open -u {logger.login},{logger.password} -p {logger.port} {logger.host}"
    settings = "set ftp:passive-mode on; set net:max-retries 1; set net:timeout 10"
    subprocess.run([lftp, "-c", f"{settings}; {login}; mirror -R {folder} /"], check=True, timeout=60)
    assert logger.run() == "finished" and len(logger.points()) == 48
    old = tmp_path / "day1.csv"  # a file the logger kept back, dated days before the others
    old.write_bytes(rows("2025-02-01", 1.0))
    subprocess.run(["touch", "-d", "2025-02-01 00:00:00", str(old)], check=True)
    subprocess.run([lftp, "-c", f"{settings}; {login}; put {old}"], check=True, timeout=60)
    assert logger.run() == "finished" and len(logger.points()) == 72


# -- any schedule ------------------------------------------------------------------------------------
upload_steps = st.tuples(
    st.just("upload"),
    st.integers(0, 3),  # which of four daily files
    st.integers(1, 9),  # its value
    st.sampled_from([6, 24]),  # rows: a corrected file may hold fewer
    st.sampled_from([None, "20200101000000", "20990101000000"]),  # MFMT: none, far past, far future
)
schedules = st.lists(st.one_of(upload_steps, st.just(("run",))), min_size=1, max_size=7)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(schedule=schedules)
def test_any_schedule_of_uploads_and_runs_ends_with_what_the_files_hold(
    organization: Organization, schedule: list[tuple[object, ...]]
) -> None:
    logger = Logger.in_new_project(organization, "schedule", auto_partial_reset=True)
    held: dict[int, bytes] = {}
    for step in schedule:
        if step[0] == "run":
            logger.run()
            continue
        _, day, value, hours, mdate = step
        content = rows(f"2025-03-0{int(str(day)) + 1}", float(str(value)), hours=int(str(hours)))
        logger.upload(f"day{day}.csv", content, mdate=None if mdate is None else str(mdate))
        held[int(str(day))] = content
    assert logger.run() == "finished"
    expected = (
        pd.concat(
            [
                pd.read_csv(io.BytesIO(content), index_col=0, parse_dates=True)["temp"]
                for content in held.values()
            ]
        ).sort_index()
        if held
        else pd.Series(dtype="float64")
    )
    got = logger.points()
    assert list(got.index) == list(expected.index)  # no point lost or doubled
    assert got.to_numpy().tolist() == expected.to_numpy().tolist()
