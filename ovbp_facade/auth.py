"""Where the login and password come from: auth file/buffer, environment, or an interactive prompt."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from .errors import AuthFileError

__all__ = ["DEFAULT_URL", "Credentials", "read_auth_text", "resolve_credentials", "resolve_url"]

DEFAULT_URL = "https://data.openergy.fr/api/v2"
EXPECTED_FORMAT = "a text file of two lines: line 1 the login, line 2 the password"

AuthSource = str | os.PathLike[str] | IO[str] | IO[bytes]


@dataclass(frozen=True)
class Credentials:
    """Login and password; the password is kept out of repr so it never reaches logs or tracebacks."""

    login: str
    password: str = field(repr=False)
    source: str = "argument"

    def __repr__(self) -> str:
        return f"Credentials(login={self.login!r}, password='***', source={self.source!r})"


@dataclass(frozen=True)
class ClientSource:
    """How to build a client again in another process (a dask worker): its URL and where its
    credentials come from (an auth file, or the environment), never the password itself."""

    url: str
    auth_path: str | None  # None: the worker's own OVBP_LOGIN/OVBP_PASSWORD or OVBP_AUTH_PATH
    verify_ssl: bool | str = True  # or a CA bundle path
    timeout: float = 30.0


def read_auth_text(text: str, source: str) -> Credentials:
    """Parse an auth file's text: first non-stripped line login, second password (each stripped, CRLF ok)."""
    lines = [line.strip() for line in text.strip().splitlines()]
    if len(lines) < 2 or not lines[0] or not lines[1]:
        what = "is empty" if not text.strip() else "has fewer than two non-empty lines"
        raise AuthFileError(f"auth {source} {what}; expected {EXPECTED_FORMAT}.")
    return Credentials(lines[0], lines[1], source)


def _read_source(auth: AuthSource) -> Credentials:
    if isinstance(auth, str | os.PathLike):
        path = Path(auth)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise AuthFileError(f"auth file '{path}' does not exist; expected {EXPECTED_FORMAT}.") from None
        except OSError as exc:
            raise AuthFileError(f"auth file '{path}' could not be read ({exc.strerror}).") from None
        return read_auth_text(raw.decode("utf-8-sig", errors="replace"), f"file '{path}'")
    content = auth.read()
    text = content.decode("utf-8-sig", errors="replace") if isinstance(content, bytes) else content
    name = getattr(auth, "name", None)
    return read_auth_text(text, f"buffer '{name}'" if isinstance(name, str) else "buffer")


def resolve_credentials(
    auth: AuthSource | None,
    env: Mapping[str, str] | None = None,
    *,
    interactive: bool | None = None,
) -> Credentials:
    """Credentials from, in order: the argument, OVBP_LOGIN/OVBP_PASSWORD, OVBP_AUTH_PATH, a tty prompt."""
    env = os.environ if env is None else env
    if auth is not None:
        return _read_source(auth)
    login, password = env.get("OVBP_LOGIN", "").strip(), env.get("OVBP_PASSWORD", "").strip()
    if login and password:
        return Credentials(login, password, "environment")
    if login or password:
        raise AuthFileError("set both OVBP_LOGIN and OVBP_PASSWORD (only one of them is set).")
    auth_path = env.get("OVBP_AUTH_PATH", "").strip()
    if auth_path:
        return _read_source(auth_path)
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    if not interactive:
        raise AuthFileError(
            "no credentials: pass an auth file path or buffer (" + EXPECTED_FORMAT + "), "
            "or set OVBP_LOGIN and OVBP_PASSWORD, or OVBP_AUTH_PATH (stdin is not a terminal, so no prompt)."
        )
    login = input("Login: ").strip()
    password = getpass.getpass().strip()
    if not login or not password:
        raise AuthFileError("login and password must not be empty.")
    return Credentials(login, password, "prompt")


def resolve_url(url: str | None, env: Mapping[str, str] | None = None) -> str:
    """The API base URL: the argument, else OVBP_URL, else the production platform; no trailing slash.

    A URL carrying `login:password@` is refused (without echoing it): the URL shows up in every error
    message, log line and repr, so credentials must come from the auth file or the environment.
    """
    env = os.environ if env is None else env
    source = "url"
    chosen = url
    if not chosen:
        source, chosen = "OVBP_URL", env.get("OVBP_URL", "").strip()
    chosen = chosen or DEFAULT_URL
    if "@" in urlsplit(chosen).netloc:
        raise AuthFileError(
            f"the API address ({source}) must not hold a login or password (user:password@host): "
            "give credentials through the auth file, or OVBP_LOGIN/OVBP_PASSWORD."
        )
    return chosen.rstrip("/")
