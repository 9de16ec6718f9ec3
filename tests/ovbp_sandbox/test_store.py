"""The Store keeps wire dicts, filters on fields, joins transactions and survives threads."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from ovbp_sandbox.backend.store import Store, utcnow_wire


def test_insert_get_find_update_delete(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    a = store.insert("odata/gates", {"name": "a", "active": True, "base_feeder": None}, organization_id="o1")
    b = store.insert("odata/gates", {"name": "b", "active": False, "base_feeder": "x"}, organization_id="o2")
    assert a["rights"] is None and len(a["id"]) == 36
    assert store.get("odata/gates", a["id"]) == a
    assert store.get("odata/gates", "nope") is None
    assert [r["name"] for r in store.find("odata/gates")] == ["a", "b"]
    assert store.find("odata/gates", active=True) == [a]
    assert store.find("odata/gates", base_feeder=None) == [a]
    assert store.find_in("odata/gates", "o2") == [b]
    assert store.count("odata/gates") == 2 and store.count("odata/gates", "o1") == 1
    assert store.organization_of("odata/gates", b["id"]) == "o2"
    changed = store.update("odata/gates", a["id"], {"name": "a2"})
    assert changed["name"] == "a2" and store.get("odata/gates", a["id"]) == changed
    store.delete("odata/gates", a["id"])
    assert store.get("odata/gates", a["id"]) is None
    with pytest.raises(KeyError):
        store.update("odata/gates", a["id"], {})
    store.close()


def test_transaction_rolls_back_and_nests(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    with pytest.raises(RuntimeError), store.transaction() as conn:
        store.insert("c", {"name": "x"}, organization_id=None, conn=conn)
        with store.transaction():
            store.insert("c", {"name": "y"}, organization_id=None)
        raise RuntimeError
    assert store.find("c") == []
    with store.transaction() as conn:
        store.insert("c", {"name": "z"}, organization_id=None, conn=conn)
    other = Store(tmp_path / "db.sqlite3")  # another handle on the file sees the committed row
    assert [r["name"] for r in other.find("c")] == ["z"]
    other.close()
    store.close()


def test_concurrent_writers(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")

    def work() -> None:
        for i in range(30):
            store.insert("c", {"i": i}, organization_id=None)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert store.count("c") == 120
    store.close()


def test_credentials_and_ftp_logins(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    store.set_credentials("me@x", "secret", user_id="u1", organization_id="o1")
    assert store.check_credentials("me@x", "secret") == ("u1", "o1")
    assert store.check_credentials("me@x", "wrong") is None
    assert store.check_credentials("other", "secret") is None
    store.set_ftp_login("acc", collection="odata/gate_ftp_accounts", login="g1", password="pw", home="/h")
    assert store.ftp_login("g1") == store.ftp_login_of_account("acc")
    assert store.ftp_login("g1") == {
        "account_id": "acc",
        "collection": "odata/gate_ftp_accounts",
        "login": "g1",
        "password": "pw",
        "home": "/h",
    }
    store.delete_ftp_login("acc")
    assert store.ftp_login("g1") is None
    assert utcnow_wire().endswith("Z")
    store.close()
