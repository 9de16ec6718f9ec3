"""Persistence across restarts, and the ``ovbp-sandbox`` command as a real subprocess."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import ftputil
import ftputil.session
import httpx

from tests.ovbp_sandbox.helpers import Api, new_project, read_auth
from tests.support.sandboxes import SandboxFactory

READY = re.compile(
    r"^ovbp-sandbox ready url=(http://127\.0\.0\.1:\d+/api/v2) ftp=127\.0\.0\.1:(\d+) auth=(.+?)"
    r" dashboard=(http://127\.0\.0\.1:\d+/)$"
)


def test_restart_keeps_records_users_and_ftp_files(make_sandbox: SandboxFactory, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with make_sandbox(data_dir=data_dir) as sb, Api(sb.url, read_auth(sb.auth_path)) as api:
        project = new_project(api, "kept")
        gate = api.ok("POST", "/odata/gates/", 201, json={"project": project["odata"], "name": "g"})
        account = api.ok(
            "POST", f"/odata/gate_ftp_accounts/{gate['ftp_account']}/attach_new_oftp_account/", 201
        )
        password = api.ok("GET", f"/odata/gate_ftp_accounts/{account['id']}/password/")["password"]
        factory = ftputil.session.session_factory(port=account["port"])
        host = ftputil.FTPHost("127.0.0.1", account["login"], password, session_factory=factory)
        with host, host.open("kept.txt", "w") as f:
            f.write("still here")
        other_auth = sb.add_user("Second org", "second@localhost", "pw-second")
        auth_text = sb.auth_path.read_text()
    with make_sandbox(data_dir=data_dir) as sb, Api(sb.url, read_auth(sb.auth_path)) as api:
        assert sb.auth_path.read_text() == auth_text
        assert api.ok("GET", f"/oteams/projects/{project['id']}/")["name"] == "kept"
        assert api.ok("GET", f"/odata/gates/{gate['id']}/")["ftp_account"]["id"] == account["id"]
        again = api.ok("GET", f"/odata/gate_ftp_accounts/{account['id']}/")
        assert again["login"] == account["login"] and again["port"] == sb.ftp_port
        factory = ftputil.session.session_factory(port=sb.ftp_port)
        host = ftputil.FTPHost("127.0.0.1", account["login"], password, session_factory=factory)
        with host, host.open("kept.txt") as f:
            assert f.read() == "still here"
        assert read_auth(other_auth) == ("second@localhost", "pw-second")
        with Api(sb.url, read_auth(other_auth)) as second:
            assert second.ok("GET", "/oteams/organizations/")["data"][0]["name"] == "Second org"
            assert second.get(f"/oteams/projects/{project['id']}/").status_code == 404


def _start_cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ovbp_sandbox.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _read_line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.2)
        if ready:
            return process.stdout.readline()
        if process.poll() is not None:
            break
    raise AssertionError("no ready line; stderr: " + (process.stderr.read() if process.stderr else ""))


def test_cli_serve_prints_ready_line_and_stops_on_sigterm(tmp_path: Path) -> None:
    data_dir = tmp_path / "cli-data"
    process = _start_cli("serve", "--data-dir", str(data_dir), "--port", "0", "--organization", "Acme")
    try:
        line = _read_line(process, 60).rstrip("\n")
        match = READY.match(line)
        assert match, line
        url, ftp_port, auth_path = match.group(1), int(match.group(2)), Path(match.group(3))
        assert auth_path == (data_dir / "auth.txt").resolve()
        login, password = read_auth(auth_path)
        me = httpx.get(url + "/oteams/organizations/", auth=(login, password), timeout=30)
        assert me.status_code == 200 and me.json()["data"][0]["name"] == "Acme"
        dashboard = match.group(4)
        assert dashboard == url.removesuffix("api/v2")
        page = httpx.get(dashboard, auth=(login, password), timeout=30)
        assert page.status_code == 200 and "Organization Acme" in page.text
        assert ftp_port > 0
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    # add-user on the same data dir, then a restart sees the new user
    user_args = ["--organization", "Acme", "--login", "bob@localhost", "--password", "bob-pw"]
    added = subprocess.run(
        [sys.executable, "-m", "ovbp_sandbox.cli", "add-user", "--data-dir", str(data_dir), *user_args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    auth_file = Path(added.stdout.strip())
    assert auth_file.name == "auth-bob@localhost.txt" and read_auth(auth_file) == ("bob@localhost", "bob-pw")
    process = _start_cli("serve", "--data-dir", str(data_dir), "--port", "0")
    try:
        match = READY.match(_read_line(process, 60).rstrip("\n"))
        assert match
        me = httpx.get(match.group(1) + "/oteams/users/me/", auth=("bob@localhost", "bob-pw"), timeout=30)
        assert me.status_code == 200 and me.json()["username"] == "bob@localhost"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_cli_refuses_remote_binding_without_flag(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ovbp_sandbox.cli", "serve", "--data-dir", str(tmp_path), "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "--allow-remote" in result.stderr
