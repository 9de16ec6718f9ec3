"""Task.wait_for_completion, in both clients: the old positional order, polling that starts fast."""

from __future__ import annotations

import httpx
import pytest

from ovbp_facade import TaskDidNotFinishSuccessfully

from .both_clients import AnyClient, Kind, Script, make_client, record_sleeps, run, settle

CREATED = "2020-04-16T15:14:59.248897Z"


def answer(status: str) -> httpx.Response:
    base = {"status": status, "creation_date": CREATED, "start_date": None, "end_date": None, "message": ""}
    if status == "failed":
        base["message"] = "parse error"
    return httpx.Response(200, json={"id": "t1", "rights": None, "target": None, "base": base})


def client_answering(kind: Kind, *statuses: str) -> tuple[AnyClient, list[httpx.Request]]:
    script = Script(*(answer(s) for s in statuses))
    return make_client(kind, script, max_retries=0), script.requests


async def wait_for_pending_task(client: AnyClient, *args: object, **kwargs: object) -> str:
    base = {
        "status": "pending",
        "creation_date": CREATED,
        "start_date": None,
        "end_date": None,
        "message": "",
    }
    task = client.importer_tasks.data_to_record({"id": "t1", "target": None, "base": base})
    status: str = await settle(task.wait_for_completion(*args, **kwargs))
    return status


def test_the_old_positional_order(kind: Kind, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: wait_for_completion(200, False) read False as a timeout and gave up at once."""
    record_sleeps(monkeypatch)
    client, _ = client_answering(kind, "running", "failed")
    assert run(lambda: wait_for_pending_task(client, 200, False)) == "failed"
    client, _ = client_answering(kind, "failed")
    with pytest.raises(TaskDidNotFinishSuccessfully, match="parse error"):
        run(lambda: wait_for_pending_task(client, 200, True))


def test_polling_starts_fast_and_slows_down_to_the_period(
    kind: Kind, monkeypatch: pytest.MonkeyPatch
) -> None:
    pauses = record_sleeps(monkeypatch)
    client, requests = client_answering(kind, *(["running"] * 8), "finished")
    assert run(lambda: wait_for_pending_task(client, period=500)) == "finished"
    assert len(requests) == 9
    assert pauses[0] == pytest.approx(0.1) and pauses[1] == pytest.approx(0.15)
    assert pauses == sorted(pauses) and max(pauses) == pytest.approx(0.5)  # never above `period`
