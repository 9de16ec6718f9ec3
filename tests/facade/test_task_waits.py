"""Task.wait_for_completion: the old client's positional order, and polling that starts fast."""

from __future__ import annotations

import time

import httpx
import pytest

from ovbp_facade import Client, Task, TaskDidNotFinishSuccessfully

from .test_transport_faults import Script, make_client

CREATED = "2020-04-16T15:14:59.248897Z"


def answer(status: str) -> httpx.Response:
    base = {"status": status, "creation_date": CREATED, "start_date": None, "end_date": None, "message": ""}
    if status == "failed":
        base["message"] = "parse error"
    return httpx.Response(200, json={"id": "t1", "rights": None, "target": None, "base": base})


def client_answering(*statuses: str) -> tuple[Client, list[httpx.Request]]:
    script = Script(*(answer(s) for s in statuses))
    return make_client(script, max_retries=0), script.requests


def pending_task(client: Client) -> Task:
    base = {
        "status": "pending",
        "creation_date": CREATED,
        "start_date": None,
        "end_date": None,
        "message": "",
    }
    return client.importer_tasks.data_to_record({"id": "t1", "target": None, "base": base})


def test_the_old_positional_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: wait_for_completion(200, False) read False as a timeout and gave up at once."""
    monkeypatch.setattr(time, "sleep", lambda s: None)
    client, _ = client_answering("running", "failed")
    assert pending_task(client).wait_for_completion(200, False) == "failed"
    client, _ = client_answering("failed")
    with pytest.raises(TaskDidNotFinishSuccessfully, match="parse error"):
        pending_task(client).wait_for_completion(200, True)


def test_polling_starts_fast_and_slows_down_to_the_period(monkeypatch: pytest.MonkeyPatch) -> None:
    pauses: list[float] = []
    monkeypatch.setattr(time, "sleep", pauses.append)
    client, requests = client_answering(*(["running"] * 8), "finished")
    assert pending_task(client).wait_for_completion(period=500) == "finished"
    assert len(requests) == 9
    assert pauses[0] == pytest.approx(0.1) and pauses[1] == pytest.approx(0.15)
    assert pauses == sorted(pauses) and max(pauses) == pytest.approx(0.5)  # never above `period`
