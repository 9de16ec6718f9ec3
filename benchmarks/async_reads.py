"""AsyncClient against Client, side by side in one run: `python -m benchmarks.async_reads`.

- 50 series selected one by one: the sync client's calls one after another, the async client's all at
  once (`asyncio.gather`, at most `max_connections`=10 requests in flight, its default);
- one `select_data` of 1,000,000 points with each client.

The sandbox serves from a process of its own (`ovbp-sandbox serve`), as the platform does from another
machine. On loopback a select is answered in about 2 ms, so there is little for concurrency to hide on
2 cores; the platform is reached over a network. The 50 selects are therefore measured at three round
trips: none (loopback), 10 ms and 30 ms, the sandbox adding that delay to every answer
(`--fault-delay`). Each figure is the median of several runs, sync and async runs alternating.
"""

from __future__ import annotations

import asyncio
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from ovbp_facade import AsyncClient, Client
from ovbp_sandbox import Sandbox

from .range_reads import frame_of, seed

READY = re.compile(r"^ovbp-sandbox ready url=(?P<url>\S+) ftp=\S+ auth=(?P<auth>\S+)")
SERIES = 50
POINTS_EACH = 5_000  # 10-minute data, about 35 days
DELAYS_S = (0.0, 0.010, 0.030)
REPEAT = 5


def prepare(data_dir: Path) -> dict[str, list[str]]:
    """Seed the data once (50 series, and one of 1e6 points), in-process; the ids of each set."""
    with Sandbox(data_dir=data_dir) as sandbox:
        client = Client(str(sandbox.auth_path), url=sandbox.url)
        project = client.get_organization("Sandbox").create_project("async-bench")
        many = seed(sandbox, client, project, "many", frame_of(SERIES, POINTS_EACH, "10min"))
        big = seed(sandbox, client, project, "big", frame_of(1, 1_000_000, "min"))
        client.close()
        return {"many": [se.id for se in many], "big": [se.id for se in big]}


@contextmanager
def served(data_dir: Path, delay_s: float) -> Iterator[tuple[str, str]]:
    """`ovbp-sandbox serve` on the data, answering `delay_s` late; yields (url, auth path)."""
    command = [sys.executable, "-m", "ovbp_sandbox.cli", "serve", "--data-dir", str(data_dir), "--port", "0"]
    command += ["--fault-delay", str(delay_s)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        match = READY.match(process.stdout.readline().strip())
        assert match is not None, "the sandbox did not start"
        yield match["url"], match["auth"]
    finally:
        process.terminate()
        process.wait(timeout=30)


def median_s(runs: list[float]) -> float:
    return statistics.median(runs)


def timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def compare(url: str, auth: str, ids: list[str]) -> tuple[float, float]:
    """Median seconds of the sync client's selects one after another and the async client's together."""
    client = Client(auth, url=url)
    sync_series = [client.series.retrieve(i) for i in ids]
    sync_frames = [se.select_data() for se in sync_series]  # warm: connections, the sandbox's caches

    async def together(aclient: AsyncClient) -> list[pd.Series]:
        series = await asyncio.gather(*(aclient.series.retrieve(i) for i in ids))
        began = time.perf_counter()
        frames = await asyncio.gather(*(se.select_data() for se in series))
        elapsed = time.perf_counter() - began
        async_runs.append(elapsed)
        return list(frames)

    async def rounds() -> None:
        async with AsyncClient(auth, url=url) as aclient:
            frames = await together(aclient)  # warm
            async_runs.clear()
            for got, want in zip(frames, sync_frames, strict=True):
                pd.testing.assert_series_equal(got, want)
            for _ in range(REPEAT):
                sync_runs.append(
                    await asyncio.to_thread(timed, lambda: [se.select_data() for se in sync_series])
                )
                await together(aclient)

    sync_runs: list[float] = []
    async_runs: list[float] = []
    asyncio.run(rounds())
    client.close()
    return median_s(sync_runs), median_s(async_runs)


def one_big_select(url: str, auth: str, series_id: str) -> tuple[float, float]:
    """Median seconds of one select_data of 1e6 points, sync then async, alternating."""
    client = Client(auth, url=url)
    series = client.series.retrieve(series_id)
    sync_runs: list[float] = []
    async_runs: list[float] = []

    async def rounds() -> None:
        async with AsyncClient(auth, url=url) as aclient:
            aseries = await aclient.series.retrieve(series_id)
            for _ in range(REPEAT + 1):
                sync_runs.append(timed(series.select_data))
                began = time.perf_counter()
                points = await aseries.select_data()
                async_runs.append(time.perf_counter() - began)
                assert len(points) == 1_000_000

    asyncio.run(rounds())
    client.close()
    return median_s(sync_runs[1:]), median_s(async_runs[1:])  # the first of each warms up


def main() -> None:
    # exactly the platform's cap: each select of the big series warns that it may have been cut
    warnings.filterwarnings("ignore", message="series 's000' came back with 1000000 points")
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as work:
        data_dir = Path(work) / "data"
        ids = prepare(data_dir)
        print(f"{SERIES} series of {POINTS_EACH} points, selected one by one (median of {REPEAT})")
        print(
            f"{'round trip':>10} | {'sync, one after another':>24} | {'async, gather':>14} | {'speed-up':>8}"
        )
        for delay in DELAYS_S:
            with served(data_dir, delay) as (url, auth):
                sync_s, async_s = compare(url, auth, ids["many"])
            figures[f"gather_{int(delay * 1000)}ms"] = {"sync_s": sync_s, "async_s": async_s}
            print(
                f"{delay * 1000:>8.0f}ms | {sync_s:>22.3f} s | {async_s:>12.3f} s | {sync_s / async_s:>7.1f}x"
            )
        with served(data_dir, 0.0) as (url, auth):
            sync_s, async_s = one_big_select(url, auth, ids["big"][0])
        figures["one_select_1e6"] = {"sync_s": sync_s, "async_s": async_s}
        print(
            f"one select_data of 1e6 points: sync {sync_s:.2f} s, async {async_s:.2f} s "
            f"(async/sync {async_s / sync_s:.2f})"
        )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
