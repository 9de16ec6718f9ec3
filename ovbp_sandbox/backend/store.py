"""The sandbox's SQLite database: every record of every collection, plus credentials.

Records are kept generically as their wire dicts (JSON text) so the HTTP layer answers exactly what
was stored; one SQLite file in WAL mode lets the HTTP threads, the FTP thread and the engine's
workers read concurrently while writes are serialized by ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import json
import pathlib
import secrets
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from typing import Any

from ovbp_sandbox.login_guard import LoginGuard, LoginThrottled

WIRE_DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    organization_id TEXT,
    data TEXT NOT NULL,
    UNIQUE (collection, id)
);
CREATE INDEX IF NOT EXISTS records_by_org ON records (collection, organization_id);
CREATE TABLE IF NOT EXISTS credentials (
    login TEXT PRIMARY KEY,
    user_id TEXT NOT NULL UNIQUE,
    organization_id TEXT NOT NULL,
    salt BLOB NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS ftp_uploads (
    path TEXT PRIMARY KEY,
    state TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS ftp_logins (
    account_id TEXT PRIMARY KEY,
    collection TEXT NOT NULL,
    login TEXT NOT NULL UNIQUE,
    password TEXT NOT NULL,
    home TEXT NOT NULL
);
"""

_PBKDF2_ITERATIONS = 60_000


def utcnow_wire() -> str:
    """Now, as the platform writes datetimes on the wire."""
    return dt.datetime.now(dt.UTC).strftime(WIRE_DATETIME_FORMAT)


_DUMMY_SALT = b"\x00" * 16  # an unknown login's password is hashed too, against nothing


def _hash_password(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, _PBKDF2_ITERATIONS)


def _sql_value(value: Any) -> Any:
    """Python value -> what ``json_extract`` gives back for it."""
    if isinstance(value, bool):
        return int(value)
    return value


class Store:
    """Thread-safe access to the sandbox database (one connection per thread)."""

    def __init__(self, path: pathlib.Path) -> None:
        self.path = pathlib.Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._all_connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self._verified: dict[tuple[str, str], tuple[str, str]] = {}
        self.logins = LoginGuard()  # failed logins of the API, the dashboard and the FTP server
        with self.transaction() as conn:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)

    # -- connections and transactions -------------------------------------------------------------
    def connection(self) -> sqlite3.Connection:
        """This thread's connection (autocommit mode: reads outside transactions see committed data)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30.0)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
            self._local.depth = 0
            with self._connections_lock:
                self._all_connections.append(conn)
        return conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on error); nested calls join the outer one."""
        conn = self.connection()
        if self._local.depth > 0:
            self._local.depth += 1
            try:
                yield conn
            finally:
                self._local.depth -= 1
            return
        conn.execute("BEGIN IMMEDIATE")
        self._local.depth = 1
        try:
            yield conn
        except BaseException:
            self._local.depth = 0
            conn.execute("ROLLBACK")
            raise
        self._local.depth = 0
        conn.execute("COMMIT")

    def close(self) -> None:
        """Close every connection opened by any thread."""
        with self._connections_lock:
            for conn in self._all_connections:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._all_connections.clear()
        self._local = threading.local()

    def _conn(self, conn: sqlite3.Connection | None) -> sqlite3.Connection:
        return conn if conn is not None else self.connection()

    # -- records -----------------------------------------------------------------------------------
    def get(self, collection: str, record_id: str) -> dict[str, Any] | None:
        row = (
            self.connection()
            .execute("SELECT data FROM records WHERE collection = ? AND id = ?", (collection, record_id))
            .fetchone()
        )
        return None if row is None else dict(json.loads(row[0]))

    def find(self, collection: str, **filters: Any) -> list[dict[str, Any]]:
        """Records of ``collection`` whose wire fields equal ``filters``, in creation order."""
        return self.find_in(collection, None, **filters)

    def find_in(self, collection: str, organization_id: str | None, **filters: Any) -> list[dict[str, Any]]:
        """Like :meth:`find`, restricted to one organization when ``organization_id`` is given."""
        sql = ["SELECT data FROM records WHERE collection = ?"]
        args: list[Any] = [collection]
        if organization_id is not None:
            sql.append("AND organization_id = ?")
            args.append(organization_id)
        for field, value in filters.items():
            path = "$." + json.dumps(field)
            if value is None:
                sql.append("AND json_extract(data, ?) IS NULL")
                args.append(path)
            else:
                sql.append("AND json_extract(data, ?) = ?")
                args.extend([path, _sql_value(value)])
        sql.append("ORDER BY seq")
        rows = self.connection().execute(" ".join(sql), args).fetchall()
        return [dict(json.loads(row[0])) for row in rows]

    def count(self, collection: str, organization_id: str | None = None) -> int:
        if organization_id is None:
            row = (
                self.connection()
                .execute("SELECT COUNT(*) FROM records WHERE collection = ?", (collection,))
                .fetchone()
            )
        else:
            row = (
                self.connection()
                .execute(
                    "SELECT COUNT(*) FROM records WHERE collection = ? AND organization_id = ?",
                    (collection, organization_id),
                )
                .fetchone()
            )
        return int(row[0])

    def insert(
        self,
        collection: str,
        record: dict[str, Any],
        *,
        organization_id: str | None,
        conn: sqlite3.Connection | None = None,
    ) -> dict[str, Any]:
        """Store a new record; assigns ``id`` (uuid4) and ``rights`` (None) when missing."""
        record_id = record.get("id") or str(uuid.uuid4())
        stored = {"id": record_id, "rights": record.get("rights"), **record}
        stored["id"] = record_id
        with self._write(conn) as c:
            c.execute(
                "INSERT INTO records (collection, id, organization_id, data) VALUES (?, ?, ?, ?)",
                (collection, stored["id"], organization_id, json.dumps(stored)),
            )
        return stored

    def update(
        self,
        collection: str,
        record_id: str,
        changes: dict[str, Any],
        conn: sqlite3.Connection | None = None,
    ) -> dict[str, Any]:
        """Merge ``changes`` into a record and return it; KeyError if it does not exist."""
        with self._write(conn) as c:
            row = c.execute(
                "SELECT data FROM records WHERE collection = ? AND id = ?", (collection, record_id)
            ).fetchone()
            if row is None:
                raise KeyError(f"{collection}/{record_id}")
            record: dict[str, Any] = json.loads(row[0])
            record.update(changes)
            record["id"] = record_id
            c.execute(
                "UPDATE records SET data = ? WHERE collection = ? AND id = ?",
                (json.dumps(record), collection, record_id),
            )
        return record

    def delete(self, collection: str, record_id: str, conn: sqlite3.Connection | None = None) -> None:
        with self._write(conn) as c:
            c.execute("DELETE FROM records WHERE collection = ? AND id = ?", (collection, record_id))

    def organization_of(self, collection: str, record_id: str) -> str | None:
        row = (
            self.connection()
            .execute(
                "SELECT organization_id FROM records WHERE collection = ? AND id = ?", (collection, record_id)
            )
            .fetchone()
        )
        return None if row is None else row[0]

    @contextlib.contextmanager
    def _write(self, conn: sqlite3.Connection | None) -> Iterator[sqlite3.Connection]:
        if conn is not None:
            yield conn
        else:
            with self.transaction() as c:
                yield c

    # -- HTTP Basic credentials ------------------------------------------------------------------
    def set_credentials(
        self,
        login: str,
        password: str,
        *,
        user_id: str,
        organization_id: str,
        conn: sqlite3.Connection | None = None,
    ) -> None:
        """Create or replace a user's login and (salted, hashed) password."""
        salt = secrets.token_bytes(16)
        with self._write(conn) as c:
            c.execute(
                "INSERT OR REPLACE INTO credentials (login, user_id, organization_id, salt, hash)"
                " VALUES (?, ?, ?, ?, ?)",
                (login, user_id, organization_id, salt, _hash_password(password, salt)),
            )
        self._verified = {k: v for k, v in self._verified.items() if k[0] != login}

    def check_credentials(self, login: str, password: str, address: str = "") -> tuple[str, str] | None:
        """(user id, organization id) when the login and password match, else None.

        An unknown login costs what a wrong password does (a hash against a dummy), so answers do not
        tell which logins exist; repeated failures slow their login and address (`login_guard.py`:
        `LoginThrottled` says how long to wait)."""
        verdict = self.logins.check(login, address)
        if not verdict.allowed:
            raise LoginThrottled(verdict.retry_after_s)
        digest = hashlib.sha256(password.encode()).hexdigest()
        cached = self._verified.get((login, digest))
        if cached is not None:
            self.logins.succeeded(login, address)
            return cached
        row = (
            self.connection()
            .execute("SELECT user_id, organization_id, salt, hash FROM credentials WHERE login = ?", (login,))
            .fetchone()
        )
        user_id, organization_id, salt, expected = row if row is not None else ("", "", _DUMMY_SALT, b"")
        matches = hmac.compare_digest(_hash_password(password, bytes(salt)), bytes(expected))
        if row is None or not matches:
            self.logins.failed(login, address)
            return None
        self.logins.succeeded(login, address)
        result = (str(user_id), str(organization_id))
        self._verified[(login, digest)] = result
        return result

    def login_exists(self, login: str) -> bool:
        row = self.connection().execute("SELECT 1 FROM credentials WHERE login = ?", (login,)).fetchone()
        return row is not None

    # -- FTP logins (passwords served back by the `password` action, so kept retrievable) ---------
    def set_ftp_login(
        self,
        account_id: str,
        *,
        collection: str,
        login: str,
        password: str,
        home: str,
        conn: sqlite3.Connection | None = None,
    ) -> None:
        with self._write(conn) as c:
            c.execute(
                "INSERT OR REPLACE INTO ftp_logins (account_id, collection, login, password, home)"
                " VALUES (?, ?, ?, ?, ?)",
                (account_id, collection, login, password, home),
            )

    def ftp_login_of_account(self, account_id: str) -> dict[str, str] | None:
        return self._ftp_login_where("account_id", account_id)

    def ftp_login(self, login: str) -> dict[str, str] | None:
        return self._ftp_login_where("login", login)

    def _ftp_login_where(self, column: str, value: str) -> dict[str, str] | None:
        assert column in ("account_id", "login")  # a column name, never user input
        query = f"SELECT account_id, collection, login, password, home FROM ftp_logins WHERE {column} = ?"
        row = self.connection().execute(query, (value,)).fetchone()
        return None if row is None else _ftp_row(row)

    # -- uploads the FTP server has not received whole (files an import must not read yet) ----------
    def set_upload(self, path: str, state: str) -> None:
        """`state`: `receiving` (an upload in progress) or `incomplete` (cut off, until replaced)."""
        with self._write(None) as c:
            c.execute("INSERT OR REPLACE INTO ftp_uploads (path, state) VALUES (?, ?)", (path, state))

    def clear_upload(self, path: str) -> None:
        with self._write(None) as c:
            c.execute("DELETE FROM ftp_uploads WHERE path = ?", (path,))

    def move_upload(self, source: str, target: str) -> None:
        with self._write(None) as c:
            c.execute("DELETE FROM ftp_uploads WHERE path = ?", (target,))
            c.execute("UPDATE ftp_uploads SET path = ? WHERE path = ?", (target, source))

    def uploads(self) -> dict[str, str]:
        """Path -> state of every upload not received whole."""
        rows = self.connection().execute("SELECT path, state FROM ftp_uploads").fetchall()
        return {str(path): str(state) for path, state in rows}

    def uploads_interrupted(self) -> None:
        """At start: an upload still `receiving` was cut off by the stop; it is `incomplete` now."""
        with self._write(None) as c:
            c.execute("UPDATE ftp_uploads SET state = 'incomplete' WHERE state = 'receiving'")

    def delete_ftp_login(self, account_id: str, conn: sqlite3.Connection | None = None) -> None:
        with self._write(conn) as c:
            c.execute("DELETE FROM ftp_logins WHERE account_id = ?", (account_id,))


def _ftp_row(row: tuple[Any, ...]) -> dict[str, str]:
    keys = ("account_id", "collection", "login", "password", "home")
    return {k: str(v) for k, v in zip(keys, row, strict=True)}
