"""Credentials resolution: auth files/buffers, environment, prompt refusal, password never shown."""

from __future__ import annotations

import io
import pathlib

import pytest

from ovbp_facade import AuthFileError, Client
from ovbp_facade.auth import DEFAULT_URL, Credentials, resolve_credentials, resolve_url

SECRET = "s3cr3t-P4ss"


def test_file_path_with_crlf_and_spaces(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "auth.txt"
    path.write_bytes(f"  alice \r\n {SECRET}\r\nignored\r\n".encode())
    creds = resolve_credentials(str(path), env={})
    assert (creds.login, creds.password) == ("alice", SECRET)
    creds = resolve_credentials(path, env={})
    assert creds.login == "alice"


def test_text_and_bytes_buffers() -> None:
    assert resolve_credentials(io.StringIO(f"bob\n{SECRET}\n"), env={}).login == "bob"
    assert resolve_credentials(io.BytesIO(f"bob\n{SECRET}".encode()), env={}).password == SECRET


@pytest.mark.parametrize("content", ["", "\n\n", "only-login\n", "login\n   \n"])
def test_bad_files_name_the_file_and_format(tmp_path: pathlib.Path, content: str) -> None:
    path = tmp_path / "auth.txt"
    path.write_text(content)
    with pytest.raises(AuthFileError) as info:
        resolve_credentials(str(path), env={})
    text = str(info.value)
    assert str(path) in text
    assert "line 1 the login, line 2 the password" in text


def test_missing_file(tmp_path: pathlib.Path) -> None:
    with pytest.raises(AuthFileError, match="does not exist"):
        resolve_credentials(str(tmp_path / "nope.txt"), env={})


def test_environment_variables(tmp_path: pathlib.Path) -> None:
    creds = resolve_credentials(None, env={"OVBP_LOGIN": "carol", "OVBP_PASSWORD": SECRET}, interactive=False)
    assert (creds.login, creds.password, creds.source) == ("carol", SECRET, "environment")
    path = tmp_path / "a.txt"
    path.write_text(f"dave\n{SECRET}\n")
    assert resolve_credentials(None, env={"OVBP_AUTH_PATH": str(path)}, interactive=False).login == "dave"
    with pytest.raises(AuthFileError, match="both"):
        resolve_credentials(None, env={"OVBP_LOGIN": "x"}, interactive=False)


def test_no_credentials_and_no_tty_is_an_error() -> None:
    with pytest.raises(AuthFileError, match="OVBP_LOGIN"):
        resolve_credentials(None, env={}, interactive=False)


def test_prompt_when_interactive(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("builtins.input", lambda prompt: "erin ")
    monkeypatch.setattr("getpass.getpass", lambda *a, **k: SECRET)
    creds = resolve_credentials(None, env={}, interactive=True)
    assert (creds.login, creds.password) == ("erin", SECRET)


def test_password_never_in_repr(tmp_path: pathlib.Path) -> None:
    creds = Credentials("frank", SECRET)
    assert SECRET not in repr(creds) and SECRET not in str(creds)
    path = tmp_path / "auth.txt"
    path.write_text(f"frank\n{SECRET}\n")
    client = Client(str(path), url="http://127.0.0.1:9/api/v2")
    assert SECRET not in repr(client)
    assert SECRET not in repr(vars(client))
    client.close()


def test_url_resolution() -> None:
    assert resolve_url(None, env={}) == DEFAULT_URL
    assert resolve_url(None, env={"OVBP_URL": "http://127.0.0.1:1/api/v2/"}) == "http://127.0.0.1:1/api/v2"
    assert resolve_url("http://x/api/v2", env={"OVBP_URL": "http://y"}) == "http://x/api/v2"
