"""A real FTP server (pyftpdlib) in a thread, logins and homes read from the Store.

Every attached gate or user FTP account is a login confined to its home directory; passive data
connections are opened on 127.0.0.1 too. ftputil (the client scripts use) talks to it unchanged.
"""

from __future__ import annotations

import hmac
import logging
import threading
from pathlib import Path
from typing import Any

from pyftpdlib.authorizers import AuthenticationFailed
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.ioloop import IOLoop
from pyftpdlib.servers import FTPServer

from ovbp_sandbox.backend.store import Store

_PERMS = "elradfmwMT"
# a handler of our own stops pyftpdlib from installing its stderr one, which logs every FTP command
logging.getLogger("pyftpdlib").addHandler(logging.NullHandler())
logging.getLogger("pyftpdlib").setLevel(logging.WARNING)


class StoreAuthorizer:
    """pyftpdlib authorizer whose users are the Store's FTP logins."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _login(self, username: str) -> dict[str, str]:
        found = self.store.ftp_login(username)
        if found is None:
            raise AuthenticationFailed("Authentication failed.")
        return found

    def validate_authentication(self, username: str, password: str, handler: Any) -> None:
        """As the API checks logins: failures slow their login and address (login_guard.py)."""
        address = str(getattr(handler, "remote_ip", "") or "")
        guard = self.store.logins
        verdict = guard.check(username, address)
        if not verdict.allowed:
            raise AuthenticationFailed(f"Too many failed logins; try again in {verdict.retry_after_s} s.")
        found = self.store.ftp_login(username)
        expected = found["password"] if found is not None else ""
        if found is None or not hmac.compare_digest(expected.encode(), password.encode()):
            guard.failed(username, address)
            raise AuthenticationFailed("Authentication failed.")
        guard.succeeded(username, address)

    def get_home_dir(self, username: str) -> str:
        home = Path(self._login(username)["home"])
        home.mkdir(parents=True, exist_ok=True)
        return str(home)

    def has_user(self, username: str) -> bool:
        return self.store.ftp_login(username) is not None

    def has_perm(self, username: str, perm: str, path: str | None = None) -> bool:
        if path is None:
            return perm in _PERMS
        home = Path(self._login(username)["home"]).resolve()
        target = Path(path).resolve()
        return perm in _PERMS and (target == home or home in target.parents)

    def get_perms(self, username: str) -> str:
        return _PERMS

    def get_msg_login(self, username: str) -> str:
        return "Welcome to the OVBP sandbox."

    def get_msg_quit(self, username: str) -> str:
        return "Goodbye."

    def impersonate_user(self, username: str, password: str) -> None:
        return None

    def terminate_impersonation(self, username: str) -> None:
        return None


class UploadTrackingHandler(FTPHandler):  # type: ignore[misc]  # pyftpdlib ships no types
    """Tells the Store which uploads are in progress or were cut off, so that imports leave them.

    pyftpdlib calls `on_file_received` when a STOR/APPE/STOU ends whole and `on_incomplete_file_received`
    when its data connection ends early; a rename carries the state to the new name, a delete drops it.
    """

    store: Store

    def ftp_STOR(self, file: str, mode: str = "w") -> Any:
        self.store.set_upload(str(Path(file).resolve()), "receiving")
        opened = super().ftp_STOR(file, mode)
        if opened is None:  # refused before any byte: nothing is being received
            self.store.clear_upload(str(Path(file).resolve()))
        return opened

    def on_file_received(self, file: str) -> None:
        self.store.clear_upload(str(Path(file).resolve()))

    def on_incomplete_file_received(self, file: str) -> None:
        self.store.set_upload(str(Path(file).resolve()), "incomplete")

    def ftp_RNTO(self, path: str) -> Any:
        renamed = super().ftp_RNTO(path)
        if renamed:
            source, target = renamed
            self.store.move_upload(str(Path(source).resolve()), str(Path(target).resolve()))
        return renamed

    def ftp_DELE(self, path: str) -> Any:
        answer = super().ftp_DELE(path)
        self.store.clear_upload(str(Path(path).resolve()))
        return answer


class FtpServerThread:
    """Runs the FTP server on ``host:port`` (0 = a free port) until :meth:`stop`."""

    def __init__(self, store: Store, host: str = "127.0.0.1", port: int = 0) -> None:
        store.uploads_interrupted()
        handler: Any = type("SandboxFTPHandler", (UploadTrackingHandler,), {"store": store})
        handler.authorizer = StoreAuthorizer(store)
        handler.banner = "OVBP sandbox FTP server ready."
        handler.permit_foreign_addresses = False
        # an IOLoop of its own: pyftpdlib's default is process-wide, and closing it would stop
        # every other Sandbox of the process
        self._server = FTPServer((host, port), handler, ioloop=IOLoop())
        self.host, self.port = self._server.address[0], int(self._server.address[1])
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="ovbp-sandbox-ftp", daemon=True)

    def _serve(self) -> None:
        while not self._stopping.is_set():
            self._server.ioloop.loop(0.1, blocking=False)
        self._server.close_all()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=10)
