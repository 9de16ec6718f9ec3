"""The real FTP server: ftputil uploads to a gate account, list_dir sees the files, homes confine."""

from __future__ import annotations

import ftplib
from pathlib import Path
from typing import Any

import ftputil
import ftputil.session
import pytest
from pyftpdlib.handlers import FTPHandler

from ovbp_sandbox import Sandbox
from tests.ovbp_sandbox.helpers import Api, new_project


def ftp_host(account: dict[str, Any], password: str) -> ftputil.FTPHost:
    factory = ftputil.session.session_factory(port=account["port"])
    return ftputil.FTPHost(account["host"], account["login"], password, session_factory=factory)


def _gate_account(api: Api) -> tuple[dict[str, Any], str]:
    project = new_project(api)
    gate = api.ok("POST", "/odata/gates/", 201, json={"project": project["odata"], "name": "g"})
    account = api.ok("POST", f"/odata/gate_ftp_accounts/{gate['ftp_account']}/attach_new_oftp_account/", 201)
    password = api.ok("GET", f"/odata/gate_ftp_accounts/{account['id']}/password/")["password"]
    return account, password


def test_upload_with_ftputil_then_list_dir(api: Api, sandbox: Sandbox, tmp_path: Path) -> None:
    account, password = _gate_account(api)
    assert account["port"] == sandbox.ftp_port
    with ftp_host(account, password) as host:
        with host.open("first.json", "w") as f:
            f.write('{"a": {"0": 1}}')
        host.makedirs("sub/deeper")
        with host.open("sub/deeper/second.csv", "wb") as fb:
            fb.write(b"x;y\n1;2\n")
        assert sorted(host.listdir("/")) == ["first.json", "sub"]
    base = f"/odata/gate_ftp_accounts/{account['id']}/list_dir/"
    listing = api.ok("POST", base, json={"path": "/", "root_dir_path": "/"})
    entries = {e["name"]: e for e in listing["data"]}
    assert entries["first.json"]["type"] == "file" and entries["first.json"]["size"] == 15
    assert entries["first.json"]["path"] == "first.json" and entries["first.json"]["mdate"].endswith("Z")
    assert entries["sub"]["type"] == "dir"
    deeper = api.ok("POST", base, json={"path": "deeper", "root_dir_path": "/sub"})["data"]
    assert [(e["name"], e["path"]) for e in deeper] == [("second.csv", "sub/deeper/second.csv")]
    assert api.ok("POST", base, params={"start": 1, "length": 1}, json={"path": "/"})["data"] == [
        entries["sub"]
    ]
    for path, root in (("..", "/"), ("../..", "/"), ("x", "/../../"), ("/sub/../../etc", "/")):
        response = api.post(base, json={"path": path, "root_dir_path": root})
        assert response.status_code == 400, (path, root)
        assert "path" in response.json()
    assert api.post(base, json={"path": "missing"}).status_code == 404
    # the file is on disk in the gate's home, and comes back over FTP unchanged
    home = sandbox.data_dir / "ftp" / "gates" / account["id"]
    assert (home / "first.json").read_text() == '{"a": {"0": 1}}'
    with ftp_host(account, password) as host:
        host.download("sub/deeper/second.csv", str(tmp_path / "second.csv"))
    assert (tmp_path / "second.csv").read_bytes() == b"x;y\n1;2\n"


def test_ftp_logins_are_confined_and_checked(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    # pyftpdlib waits 3 s before refusing a login (against password guessing); the refusal is what is
    # checked here, so the wait is made short
    monkeypatch.setattr(FTPHandler, "auth_failed_timeout", 0.05)
    account, password = _gate_account(api)
    other, other_password = _gate_account(api)
    with ftp_host(other, other_password) as host, host.open("secret.txt", "w") as f:
        f.write("other's")
    with ftp_host(account, password) as host:
        host.chdir("/")
        host.chdir("..")  # stays at the home's root
        assert host.getcwd() == "/"
        assert host.listdir("/") == []
        assert not host.path.exists("../" + other["id"] + "/secret.txt")
    with pytest.raises(ftputil.error.PermanentError):
        ftp_host(account, "wrong password")
    with pytest.raises(ftplib.error_perm):
        session = ftplib.FTP()
        session.connect(account["host"], account["port"])
        try:
            session.login("anonymous", "")
        finally:
            session.close()


def test_user_ftp_account_works(api: Api) -> None:
    me = api.ok("GET", "/oteams/users/me/")
    odata_user = api.ok("GET", f"/odata/users/{me['odata']}/")
    account = api.ok("GET", f"/odata/user_ftp_accounts/{odata_user['ftp_account']}/")
    password = api.ok("GET", f"/odata/user_ftp_accounts/{account['id']}/password/")["password"]
    # not under series_exports/: a file there would be the newest "export" of every later test's download
    with ftp_host(account, password) as host:
        host.makedirs("uploads", exist_ok=True)
        with host.open("uploads/notes.bin", "wb") as f:
            f.write(b"PK")
    listing = api.ok("POST", f"/odata/user_ftp_accounts/{account['id']}/list_dir/", json={"path": "uploads"})
    assert "uploads/notes.bin" in [e["path"] for e in listing["data"]]
