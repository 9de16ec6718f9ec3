"""Secrets stay secret: no HTTP or FTP password in any log record (client and in-process sandbox, DEBUG),
in output, in a client's repr or in an exception; and the sandbox binds 127.0.0.1 unless told otherwise.

(The CLI side of the binding rule, `--host 0.0.0.0` without `--allow-remote` -> exit 2 naming the flag,
is tests/ovbp_sandbox/test_restart_and_cli.py::test_cli_refuses_remote_binding_without_flag.)
"""

from __future__ import annotations

import base64
import logging
import pathlib
import uuid

import pytest

from ovbp_facade import (
    AuthenticationError,
    BadRequestError,
    Client,
    NotFoundError,
    OVBPClientError,
)
from ovbp_sandbox import Sandbox

HTTP_SECRET = f"http-Secret-{uuid.uuid4().hex}"
WRONG_SECRET = f"wrong-Secret-{uuid.uuid4().hex}"
LOGGERS = ("", "ovbp_facade", "ovbp_sandbox", "httpx", "httpcore", "uvicorn", "uvicorn.error", "pyftpdlib")


def test_passwords_never_reach_logs_reprs_or_errors(
    sandbox: Sandbox,
    tmp_path: pathlib.Path,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    login = f"secrets-{uuid.uuid4().hex[:6]}@localhost"
    auth = sandbox.add_user("Sandbox", login, password=HTTP_SECRET)
    errors: list[OVBPClientError] = []
    secrets = [HTTP_SECRET, WRONG_SECRET, base64.b64encode(f"{login}:{HTTP_SECRET}".encode()).decode()]
    with Client(str(auth), url=sandbox.url) as client:
        assert client.get_me().username == login
        project = client.get_organization("Sandbox").create_project(f"secrets-{uuid.uuid4().hex[:6]}")
        gate = project.create_gate("gate")
        account = gate.attach_internal_ftp_account()
        ftp_secret = account.get_password()
        user_account = client.get_me().get_odata_ftp_account()
        user_ftp_secret = user_account.get_password()
        secrets += [ftp_secret, user_ftp_secret]
        local = tmp_path / "upload.csv"
        local.write_text("a,b\n1,2\n")
        with gate.get_ftputil_client() as host:
            host.upload(str(local), "upload.csv")
            with host.open("second.txt", "w") as f:
                f.write("x")
            assert sorted(host.listdir(".")) == ["second.txt", "upload.csv"]
        with user_account.get_ftputil_client() as host:
            host.listdir(".")
        # failing requests of each kind
        with pytest.raises(NotFoundError) as not_found:
            client.gates.retrieve(str(uuid.uuid4()))
        with pytest.raises(BadRequestError) as bad:
            project.create_importer("imp").configure(crontab="not a crontab")
        errors += [not_found.value, bad.value]
        texts = [repr(client), repr(vars(client)), repr(account), repr(account.data), repr(user_account.data)]
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(f"{login}\n{WRONG_SECRET}\n")
    with Client(str(wrong), url=sandbox.url) as intruder, pytest.raises(AuthenticationError) as unauthorized:
        intruder.get_me()
    errors.append(unauthorized.value)
    texts += [repr(intruder), repr(vars(intruder))]
    for error in errors:
        texts += [str(error), repr(error), repr(vars(error))]
    logged = [
        f"{record.name} {record.getMessage()} {record.args!r} {record.exc_text or ''}"
        for record in caplog.records
    ]
    captured = capfd.readouterr()
    # both sides were really captured at DEBUG: the client's HTTP stack and the sandbox's FTP server
    names = {record.name.split(".")[0] for record in caplog.records}
    # (httpx's own request lines are held back for the facade's requests, which it logs itself at DEBUG)
    assert {"ovbp_facade", "httpcore", "pyftpdlib"} <= names, names
    assert any(record.name == "ovbp_facade.http" for record in caplog.records)
    assert any("PASS" in line for line in logged)  # the FTP logins were logged, masked
    for secret in secrets:
        for text in [*texts, *logged, caplog.text, captured.out, captured.err]:
            assert secret not in text, f"a password leaked into: {text[:300]}"


def test_credentials_in_the_url_are_refused_without_being_echoed(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A password put in the URL would reach every error message, log line and repr: refused up front."""
    host_part = sandbox.url.split("://", 1)[1]
    for url in (f"http://someone:{HTTP_SECRET}@{host_part}", f"http://{HTTP_SECRET}@{host_part}"):
        with pytest.raises(OVBPClientError) as info:
            Client(str(sandbox.auth_path), url=url)
        assert "auth file" in str(info.value) and HTTP_SECRET not in repr(info.value)
        monkeypatch.setenv("OVBP_URL", url)
        with pytest.raises(OVBPClientError) as info:
            Client(str(sandbox.auth_path))
        assert "OVBP_URL" in str(info.value) and HTTP_SECRET not in repr(info.value)
        monkeypatch.delenv("OVBP_URL")


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10", "localhost"])
def test_sandbox_refuses_other_addresses_without_allow_remote(host: str, tmp_path: pathlib.Path) -> None:
    with pytest.raises(ValueError, match="allow_remote") as info:
        Sandbox(tmp_path, host=host)
    assert host in str(info.value)
    assert list(tmp_path.iterdir()) == []  # refused before creating anything


def test_sandbox_serves_on_loopback_only(sandbox: Sandbox) -> None:
    assert sandbox.url.startswith("http://127.0.0.1:")
    assert sandbox.ftp_host == "127.0.0.1"
