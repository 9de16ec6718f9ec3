"""``Sandbox``: the whole local platform in one process (HTTP + FTP + engine) on 127.0.0.1.

Used by tests as a context manager and by the ``ovbp-sandbox serve`` command; everything lives
under the data directory so a restart on the same directory keeps records, points and files.
"""

from __future__ import annotations

import re
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType

import uvicorn
from starlette.types import Receive, Scope, Send

from ovbp_sandbox.api.app import build_app
from ovbp_sandbox.api.faults import FaultCounters, FaultInjector, FaultSettings
from ovbp_sandbox.api.spec import API_PREFIX
from ovbp_sandbox.backend.ftp_accounts import new_password
from ovbp_sandbox.backend.platform_rules import Platform
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.dashboard import with_dashboard
from ovbp_sandbox.engine import Engine
from ovbp_sandbox.ftp_server import FtpServerThread
from ovbp_sandbox.http_limits import BoundedHttp, bounded_heads
from ovbp_sandbox.login_guard import LoginGuard

LOCALHOST = "127.0.0.1"
DEFAULT_LOGIN = "sandbox@localhost"


def write_auth_file(path: Path, login: str, password: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{login}\n{password}\n", encoding="utf-8")
    path.chmod(0o600)
    return path


async def _unstarted_app(scope: Scope, receive: Receive, send: Send) -> None:
    raise RuntimeError("the sandbox is not started")


class Sandbox:
    """The local OVBP platform: ``with Sandbox() as sb: ... sb.url, sb.auth_path``."""

    def __init__(
        self,
        data_dir: Path | None = None,
        organization: str = "Sandbox",
        *,
        host: str = LOCALHOST,
        port: int = 0,
        ftp_port: int = 0,
        allow_remote: bool = False,
        faults: FaultSettings | None = None,
        script_timeout_s: float = 60.0,
        login_guard: LoginGuard | None = None,
    ) -> None:
        if host != LOCALHOST and not allow_remote:
            raise ValueError(f"refusing to bind {host!r}: only {LOCALHOST} unless allow_remote=True")
        self._temp_dir: str | None = None
        if data_dir is None:
            self._temp_dir = tempfile.mkdtemp(prefix="ovbp-sandbox-")
            data_dir = Path(self._temp_dir)
        self.data_dir = Path(data_dir).resolve()
        self.organization = organization
        self.host = host
        self._port = port
        self._ftp_port = ftp_port
        self._login_guard = login_guard  # how failed logins are slowed (login_guard.py); None: the default
        self.ftp_root = self.data_dir / "ftp"
        self.auth_path = self.data_dir / "auth.txt"
        self.store: Store | None = None
        self._engine: Engine | None = None
        self.platform: Platform | None = None
        self._ftp: FtpServerThread | None = None
        self._http: uvicorn.Server | None = None
        self._http_thread: threading.Thread | None = None
        self._faults = FaultInjector(_unstarted_app, faults)
        self._script_timeout_s = script_timeout_s
        self.port = 0

    # -- addresses --------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{API_PREFIX}"

    @property
    def dashboard_url(self) -> str:
        """The read-only pages (pipelines, tasks, notifications, series plots), on the API's port."""
        return f"http://{self.host}:{self.port}/"

    @property
    def ftp_host(self) -> str:
        return self.host

    @property
    def ftp_port(self) -> int:
        return self._ftp.port if self._ftp is not None else 0

    @property
    def engine(self) -> Engine:
        """The processing engine (tests call `sb.engine.wait_idle(timeout)`)."""
        if self._engine is None:
            raise RuntimeError("the sandbox is not started")
        return self._engine

    # -- fault injection ------------------------------------------------------------------------
    def set_faults(self, settings: FaultSettings) -> None:
        """From now on, fail `settings.rate` of the matching API requests (503 or dropped connection)."""
        self._faults.configure(settings)

    @property
    def fault_counters(self) -> FaultCounters:
        return self._faults.counters

    # -- lifecycle --------------------------------------------------------------------------------
    def start(self) -> Sandbox:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.ftp_root.mkdir(parents=True, exist_ok=True)
        store = self.store = Store(self.data_dir / "sandbox.sqlite3")
        if self._login_guard is not None:
            store.logins = self._login_guard
        self._ftp = FtpServerThread(store, self.host, self._ftp_port)
        engine = self._engine = Engine(
            store, self.data_dir, self.ftp_root, script_timeout_s=self._script_timeout_s
        )
        platform = self.platform = Platform(
            store,
            self.ftp_root,
            engine=engine,
            ftp_port=lambda: self.ftp_port,
            ftp_host=LOCALHOST if self.host in ("0.0.0.0", "::", "") else self.host,
        )
        self._bootstrap(platform)
        engine.start()
        self._ftp.start()
        self._start_http(platform)
        return self

    def _bootstrap(self, platform: Platform) -> None:
        org = platform.create_organization(self.organization)
        if platform.store.login_exists(DEFAULT_LOGIN) and self.auth_path.exists():
            return
        password = new_password()
        platform.set_user_password(org["id"], DEFAULT_LOGIN, password)
        write_auth_file(self.auth_path, DEFAULT_LOGIN, password)

    def _start_http(self, platform: Platform) -> None:
        # IPPROTO_TCP given explicitly: asyncio only sets TCP_NODELAY on such sockets (40 ms per request
        # otherwise, from Nagle's algorithm meeting delayed ACKs on keep-alive connections)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self._port))
        self.port = int(sock.getsockname()[1])
        self._faults.app = build_app(platform)
        app = bounded_heads(with_dashboard(self._faults, platform, API_PREFIX))  # faults stay the API's
        config = uvicorn.Config(
            app,
            http=BoundedHttp,  # size and time limits on request heads (http_limits.py)
            log_level="warning",
            lifespan="off",
            access_log=False,
            timeout_keep_alive=30,
        )
        server = self._http = uvicorn.Server(config)
        thread = self._http_thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="ovbp-sandbox-http", daemon=True
        )
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the sandbox HTTP server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        if self._http is not None:
            self._http.should_exit = True
        if self._http_thread is not None:
            self._http_thread.join(timeout=15)
        if self._ftp is not None:
            self._ftp.stop()
        if self._engine is not None:
            self._engine.stop()
        if self.store is not None:
            self.store.close()
        self._http = self._http_thread = self._ftp = None
        if self._temp_dir is not None:
            shutil.rmtree(self._temp_dir, ignore_errors=True)
            self._temp_dir = None

    def __enter__(self) -> Sandbox:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- users --------------------------------------------------------------------------------------
    def add_user(self, organization: str, login: str, password: str | None = None) -> Path:
        """Another user (in ``organization``, created if needed); returns the auth file written."""
        if self.platform is None:
            raise RuntimeError("start the sandbox first")
        return add_user(self.platform, self.data_dir, organization, login, password)


def auth_file_for(data_dir: Path, login: str) -> Path:
    return data_dir / f"auth-{re.sub(r'[^A-Za-z0-9@._-]', '_', login)}.txt"


def add_user(platform: Platform, data_dir: Path, organization: str, login: str, password: str | None) -> Path:
    org = platform.create_organization(organization)
    password = password or new_password()
    platform.create_user(org["id"], login, password)
    return write_auth_file(auth_file_for(data_dir, login), login, password)
