"""AsyncClient against the sandbox: the user guide in async form, the sync client's answers, no blocking.

The guide's async run starts from nothing, in an organization of its own, and must print and return
what the sync run (the session's `guide`) does. Large answers are parsed, and FTP is spoken, in worker
threads: the event loop's thread never does that work.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import ovbp_facade._async.records.ftp_accounts as async_ftp
import ovbp_facade._async.records.series as async_series
from ovbp_facade import AsyncClient, AsyncProject, AsyncTask, Client, Project, async_tools, tools
from ovbp_facade.demo import Results, async_walkthrough
from ovbp_facade.run_async import PARSE_IN_THREAD_BYTES
from ovbp_sandbox import Sandbox
from tests.support.sandboxes import GuideRun
from tests.support.series_seed import ramp, seed

ASYNC_ORGANIZATION = "Async guide"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
WHEN = re.compile(r"datetime\.datetime\([^)]*\)|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[.\d]*Z?")


@pytest.fixture(scope="module")
def async_auth(sandbox: Sandbox) -> Path:
    return sandbox.add_user(ASYNC_ORGANIZATION, "async-guide@localhost")


@pytest.fixture(scope="module")
def async_guide(
    sandbox: Sandbox, async_auth: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Results, str]:
    """The walkthrough with AsyncClient, from nothing (a new organization); its results and output."""

    async def walk() -> object:
        async with AsyncClient(async_auth, url=sandbox.url) as client:
            return await async_walkthrough(client, tmp_path_factory.mktemp("async-guide"), ASYNC_ORGANIZATION)

    with contextlib.redirect_stdout(io.StringIO()) as printed:
        results = asyncio.run(walk())
    return results, printed.getvalue()  # type: ignore[return-value]


def comparable(text: str) -> str:
    """Output with record ids and dates taken out: what the guide prints that must not differ."""
    return WHEN.sub("<when>", UUID.sub("<id>", text))


def test_the_async_guide_prints_and_returns_what_the_sync_guide_does(
    guide: GuideRun, async_guide: tuple[Results, str]
) -> None:
    sync, (run, printed) = guide.results, async_guide
    assert comparable(printed).replace(ASYNC_ORGANIZATION, "Sandbox") == comparable(guide.printed)
    for frame in ("importer_df", "cleaner_df", "analysis_df", "exported_frame"):
        pd.testing.assert_frame_equal(getattr(run, frame), getattr(sync, frame))
    pd.testing.assert_series_equal(run.series_0_se, sync.series_0_se)
    assert [se.name for se in run.exported_series] == [se.name for se in sync.exported_series]
    assert sorted(run.project_series_names) == sorted(sync.project_series_names)
    assert {run.importer_task.status, run.cleaner_task.status, run.analysis_task.status} == {"finished"}
    assert isinstance(run.project, AsyncProject) and run.project.id != sync.project.id


def test_async_with_closes_the_connections(sandbox: Sandbox) -> None:
    async def session() -> AsyncClient:
        async with AsyncClient(sandbox.auth_path, url=sandbox.url) as client:
            me = await client.get_me()
            assert me.username and (await client.get_organization("Sandbox")).name == "Sandbox"
        return client

    client = asyncio.run(session())
    assert repr(client).startswith("<ovbp_facade.AsyncClient ")
    assert client._http.is_closed


@pytest.fixture
def wide(sandbox: Sandbox, client: Client, project: Project) -> list[str]:
    """Twelve series of 2,000 hourly points each and one of 60,000 (an answer parsed off the loop)."""
    index = pd.date_range("2021-01-01", periods=2_000, freq="h")
    points = {f"s{i:02d}": ramp(index) * (i + 1) for i in range(12)}
    points["long"] = ramp(pd.date_range("2021-01-01", periods=60_000, freq="min"))
    return [se.id for se in seed(sandbox, client, project, points, "importer")]


def test_concurrent_selects_equal_the_sync_ones(
    sandbox: Sandbox, client: Client, wide: list[str], tmp_path: Path
) -> None:
    sync_series = [client.series.retrieve(i) for i in wide]
    expected = [se.select_data() for se in sync_series]
    together = client.series.select_data(sync_series)

    async def read() -> tuple[list[pd.Series], pd.DataFrame, pd.DataFrame]:
        async with AsyncClient(sandbox.auth_path, url=sandbox.url) as aclient:
            series = list(await asyncio.gather(*(aclient.series.retrieve(i) for i in wide)))
            one_by_one = await asyncio.gather(*(se.select_data() for se in series))
            frame = await aclient.series.select_data(series)
            whole = await aclient.series.select_all(series, window="5D", concurrency=3, progress=True)
            await aclient.series.select_all_to_parquet(series, tmp_path / "async.parquet", window="5D")
            return list(one_by_one), frame, whole

    one_by_one, frame, whole = asyncio.run(read())
    for got, want in zip(one_by_one, expected, strict=True):
        pd.testing.assert_series_equal(got, want)
    pd.testing.assert_frame_equal(frame, together)
    pd.testing.assert_frame_equal(whole, client.series.select_all(sync_series, window="5D"), check_freq=False)
    client.series.select_all_to_parquet(sync_series, tmp_path / "sync.parquet", window="5D")
    assert pq.read_table(tmp_path / "async.parquet").equals(pq.read_table(tmp_path / "sync.parquet"))


def parse_threads(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[str]:
    """Wrap a parser the async facade calls, noting the thread each call ran in."""
    threads: list[str] = []
    parser: Callable[..., object] = getattr(module, name)

    def noted(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return parser(*args, **kwargs)

    monkeypatch.setattr(module, name, noted)
    return threads


def test_large_answers_are_parsed_off_the_event_loop(
    sandbox: Sandbox, wide: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = parse_threads(monkeypatch, async_series, "series_from_select")

    async def read() -> tuple[str, int, int]:
        async with AsyncClient(sandbox.auth_path, url=sandbox.url) as aclient:
            short, long = await aclient.series.retrieve(wide[0]), await aclient.series.retrieve(wide[-1])
            assert long.name == "long"
            small, large = await short.select_data(), await long.select_data()
            return threading.current_thread().name, len(small), len(large)

    loop_thread, small, large = asyncio.run(read())
    assert (small, large) == (2_000, 60_000)
    assert 60_000 * 20 > PARSE_IN_THREAD_BYTES > 2_000 * 40  # one answer below the threshold, one above
    assert threads[0] == loop_thread and threads[1] != loop_thread


def test_ftp_is_spoken_in_a_worker_thread(
    sandbox: Sandbox, guide: GuideRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = parse_threads(monkeypatch, async_ftp, "open_ftputil_host")

    async def listing() -> tuple[str, list[str]]:
        async with AsyncClient(sandbox.auth_path, url=sandbox.url) as aclient:
            gate = await aclient.gates.retrieve(guide.results.gate.id)
            host = await gate.get_ftputil_client()
            names = await asyncio.to_thread(host.listdir, "/")
            await asyncio.to_thread(host.close)
            return threading.current_thread().name, names

    loop_thread, names = asyncio.run(listing())
    assert "first.json" in names
    assert len(threads) == 1 and threads[0] != loop_thread


def download_files(folder: Path) -> Iterator[tuple[str, object]]:
    for path in sorted(folder.rglob("*.json")):
        data = json.loads(path.read_text())
        data.pop("downloaded_at", None)
        yield str(path.relative_to(folder)), data


def test_async_tools_download_and_restore_as_the_sync_ones(
    sandbox: Sandbox, client: Client, guide: GuideRun, tmp_path: Path
) -> None:
    tools.download_project(client.projects.retrieve(guide.results.project.id), tmp_path / "sync")

    async def download_then_restore() -> tuple[int, int]:
        async with AsyncClient(sandbox.auth_path, url=sandbox.url) as aclient:
            project = await aclient.projects.retrieve(guide.results.project.id)
            await async_tools.download_project(project, tmp_path / "async")
            first = await async_tools.restore_project(
                aclient, tmp_path / "async", "Sandbox", "restored-async"
            )
            again = await async_tools.restore_project(
                aclient, tmp_path / "async", "Sandbox", "restored-async"
            )
            return len(first.changes), len(again.changes)

    created, repeated = asyncio.run(download_then_restore())
    assert dict(download_files(tmp_path / "async")) == dict(download_files(tmp_path / "sync"))
    assert created > 5 and repeated == 0  # the second restore finds everything in place
    restored = client.get_project("Sandbox", "restored-async")
    assert sorted(i.name for i in restored.list_all_importers()) == ["importer-a"]


def test_tasks_are_awaited_to_their_end(sandbox: Sandbox, wide: list[str]) -> None:
    async def clear_and_wait() -> tuple[object, str, int]:
        async with AsyncClient(sandbox.auth_path, url=sandbox.url) as aclient:
            se = await aclient.series.retrieve(wide[0])
            importer = await aclient.importers.retrieve(se.generator)
            task = await importer.clear()
            status = await task.wait_for_completion(period=200, timeout=60)
            return task, status, len(await se.select_data())

    task, status, left = asyncio.run(clear_and_wait())
    assert isinstance(task, AsyncTask) and status == "finished" and left == 0
