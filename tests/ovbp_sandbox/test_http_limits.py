"""Requests past the sandbox's size and time limits get an answer saying which limit, never a reset.

Sent over raw sockets where a client library would refuse to send them (a 1 MB request line), with
curl and httpx where users would, and through the facade.
"""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from ovbp_facade import BadRequestError, Client, RequestTooLargeError
from ovbp_sandbox import Sandbox, http_limits
from ovbp_sandbox.http_limits import MAX_BODY_BYTES, MAX_HEAD_BYTES, MAX_TARGET_BYTES
from tests.ovbp_sandbox.helpers import read_auth

ORGANIZATIONS = "/api/v2/oteams/organizations/"


def _address(sandbox: Sandbox) -> tuple[str, int]:
    parts = urlsplit(sandbox.url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


def _exchange(sandbox: Sandbox, chunks: list[bytes], pause_s: float = 0.0) -> bytes:
    """Send `chunks` on one connection (stopping quietly if the server stops reading), then read it all."""
    with socket.create_connection(_address(sandbox), timeout=30) as sock:
        try:
            for chunk in chunks:
                sock.sendall(chunk)
                time.sleep(pause_s)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = b""
        while data := sock.recv(65536):
            answer += data
        return answer


def _status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1])


def _raw(sandbox: Sandbox) -> httpx.Client:
    return httpx.Client(base_url=sandbox.url, auth=read_auth(sandbox.auth_path), timeout=60)


def test_a_megabyte_request_line_is_answered_414_not_reset(sandbox: Sandbox) -> None:
    line = b"GET " + ORGANIZATIONS.encode() + b"?name=" + b"a" * 1_000_000 + b" HTTP/1.1\r\n"
    chunks = [line[i : i + 65536] for i in range(0, len(line), 65536)]
    answer = _exchange(sandbox, [*chunks, b"Host: x\r\n\r\n"])
    assert _status(answer) == 414, answer[:200]
    assert f"limited to {MAX_TARGET_BYTES} bytes".encode() in answer


def test_curl_gets_414_for_a_megabyte_query(sandbox: Sandbox, tmp_path: Path) -> None:
    login, password = read_auth(sandbox.auth_path)
    value = tmp_path / "name.txt"  # a 1 MB URL does not fit on a command line: curl reads the query's value
    value.write_text("a" * 1_000_000)
    command = ["curl", "-sS", "-u", f"{login}:{password}", "-G", "--data-urlencode", f"name@{value}"]
    done = subprocess.run(
        [*command, "-w", "\n%{http_code}", f"{sandbox.url}/oteams/organizations/"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    body, code = done.stdout.rsplit("\n", 1)
    assert code == "414" and "paths and queries are limited" in body


def test_a_query_past_the_limit_is_414_through_httpx_and_the_facade(sandbox: Sandbox, client: Client) -> None:
    with _raw(sandbox) as raw:
        answer = raw.get("/oteams/organizations/", params={"name": "a" * MAX_TARGET_BYTES})
        assert answer.status_code == 414 and "limited to" in answer.json()["detail"]
        fits = raw.get("/oteams/organizations/", params={"name": "a" * (MAX_TARGET_BYTES - 100)})
        assert fits.status_code == 200
    with pytest.raises(RequestTooLargeError) as info:
        client.organizations.list(filter_by={"name": "a" * MAX_TARGET_BYTES})
    assert info.value.status == 414 and isinstance(info.value, BadRequestError)


def test_headers_past_the_limit_are_431_whole_or_streamed(sandbox: Sandbox) -> None:
    many = {f"x-filler-{i}": "b" * 1000 for i in range(MAX_HEAD_BYTES // 1000 + 2)}
    with _raw(sandbox) as raw:
        answer = raw.get("/oteams/organizations/", headers=many)
        assert answer.status_code == 431 and "headers together" in answer.json()["detail"]
    head = b"GET " + ORGANIZATIONS.encode() + b" HTTP/1.1\r\nHost: x\r\n"
    fillers = [b"x-filler-%d: %s\r\n" % (i, b"b" * 1000) for i in range(100)]
    streamed = _exchange(sandbox, [head, *fillers, b"\r\n"], pause_s=0.001)
    assert _status(streamed) == 431, streamed[:200]


def test_a_body_past_the_limit_is_413_and_creates_nothing(sandbox: Sandbox, client: Client) -> None:
    before = len(client.projects.list_all())
    body = b'{"name": "big", "comment": "' + b"c" * MAX_BODY_BYTES + b'"}'
    with _raw(sandbox) as raw:
        answer = raw.post("/oteams/projects/", content=body, headers={"content-type": "application/json"})
        assert answer.status_code == 413 and str(MAX_BODY_BYTES) in answer.json()["detail"]
        chunked = raw.post(
            "/oteams/projects/",
            content=iter([body[i : i + (1 << 20)] for i in range(0, len(body), 1 << 20)]),
            headers={"content-type": "application/json"},
        )  # no Content-Length: counted as it comes
        assert chunked.status_code == 413
    assert len(client.projects.list_all()) == before


def test_a_half_sent_head_is_answered_408_and_others_are_served_meanwhile(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(http_limits, "HEAD_TIMEOUT_S", 1.0)
    answers: list[bytes] = []
    began = time.monotonic()

    def slow() -> None:
        with socket.create_connection(_address(sandbox), timeout=30) as sock:
            sock.sendall(b"GET " + ORGANIZATIONS.encode() + b" HTTP/1.1\r\nHost: x\r\n")  # never ends
            answers.append(sock.recv(65536))

    slowpokes = [threading.Thread(target=slow) for _ in range(20)]
    for thread in slowpokes:
        thread.start()
    with _raw(sandbox) as raw:
        assert raw.get("/oteams/organizations/").status_code == 200
    for thread in slowpokes:
        thread.join(timeout=30)
    waited = time.monotonic() - began
    assert [_status(a) for a in answers] == [408] * 20
    assert b"within 1 s" in answers[0] and 1.0 <= waited < 10
