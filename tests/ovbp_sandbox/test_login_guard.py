"""Logins: an unknown one costs what a wrong password costs, and failures slow only who repeats them."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest
from pyftpdlib.authorizers import AuthenticationFailed

from ovbp_sandbox import Sandbox
from ovbp_sandbox.backend import store as store_module
from ovbp_sandbox.ftp_server import StoreAuthorizer
from ovbp_sandbox.login_guard import LoginGuard
from tests.ovbp_sandbox.helpers import read_auth


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_failures_past_the_free_ones_wait_longer_and_longer_per_login() -> None:
    clock = Clock()
    guard = LoginGuard(free_per_login=3, free_per_address=100, clock=clock)
    for _ in range(3):
        assert guard.check("eve", "10.0.0.1").allowed
        guard.failed("eve", "10.0.0.1")
    assert guard.check("eve", "10.0.0.1").allowed  # three free failures
    guard.failed("eve", "10.0.0.1")
    assert guard.check("eve", "10.0.0.1").retry_after_s == 1
    assert guard.check("eve", "10.0.0.2").allowed  # guesses elsewhere do not lock its owner out
    assert guard.check("alice", "10.0.0.1").allowed  # others are not slowed
    clock.now += 1.5
    guard.failed("eve", "10.0.0.1")
    assert guard.check("eve", "10.0.0.1").retry_after_s == 2  # doubled
    for _ in range(20):
        clock.now += 20
        guard.failed("eve", "10.0.0.1")
    assert guard.check("eve", "10.0.0.1").retry_after_s == 60  # at most a minute
    guard.succeeded("eve", "10.0.0.1")
    assert guard.check("eve", "10.0.0.1").allowed


def test_an_address_trying_many_logins_is_slowed_too() -> None:
    guard = LoginGuard(free_per_login=100, free_per_address=5, clock=Clock())
    for n in range(6):
        guard.failed(f"guess-{n}", "10.9.9.9")
    assert not guard.check("guess-new", "10.9.9.9").allowed and guard.check("guess-new", "10.0.0.1").allowed


def test_an_unknown_login_costs_a_password_hash_as_a_wrong_password_does(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert sandbox.store is not None
    hashed: list[Any] = []
    real = store_module._hash_password

    def counted(password: str, salt: bytes) -> bytes:
        hashed.append(salt)
        return real(password, salt)

    monkeypatch.setattr(store_module, "_hash_password", counted)
    login = read_auth(sandbox.auth_path)[0]
    assert sandbox.store.check_credentials(login, "wrong", "10.1.1.1") is None
    assert sandbox.store.check_credentials(f"nobody-{uuid.uuid4().hex}", "wrong", "10.1.1.1") is None
    assert len(hashed) == 2  # one PBKDF2 each: the answers take the same time


def test_the_api_answers_429_with_retry_after_and_other_users_go_on(sandbox: Sandbox) -> None:
    guesser = f"guess-{uuid.uuid4().hex[:8]}"
    with httpx.Client(base_url=sandbox.url, timeout=30) as http:
        statuses = [http.get("/oteams/users/me/", auth=(guesser, "wrong")).status_code for _ in range(12)]
        assert statuses == [401] * 11 + [429]  # ten free failures; the eleventh starts the wait
        slowed = http.get("/oteams/users/me/", auth=(guesser, "wrong"))
        assert slowed.status_code == 429 and int(slowed.headers["Retry-After"]) >= 1
        assert "Too many failed logins" in slowed.json()["detail"]
        assert http.get("/oteams/users/me/", auth=read_auth(sandbox.auth_path)).status_code == 200


def test_the_ftp_server_slows_a_guessed_login_the_same_way(sandbox: Sandbox) -> None:
    assert sandbox.store is not None
    authorizer = StoreAuthorizer(sandbox.store)

    class Handler:
        remote_ip = "10.2.2.2"

    login = f"gate-guess-{uuid.uuid4().hex[:6]}"
    for _ in range(11):
        with pytest.raises(AuthenticationFailed, match="Authentication failed"):
            authorizer.validate_authentication(login, "wrong", Handler())
    with pytest.raises(AuthenticationFailed, match="Too many failed logins"):
        authorizer.validate_authentication(login, "wrong", Handler())


def test_the_dashboard_slows_a_guessed_login_as_the_api_does_and_its_owner_goes_on(sandbox: Sandbox) -> None:
    guesser = f"board-guess-{uuid.uuid4().hex[:8]}"
    with httpx.Client(base_url=sandbox.dashboard_url, timeout=30) as http:
        statuses = [http.get("/", auth=(guesser, "wrong")).status_code for _ in range(12)]
        assert statuses == [401] * 11 + [429]
        assert int(http.get("/", auth=(guesser, "wrong")).headers["Retry-After"]) >= 1
        assert http.get("/", auth=read_auth(sandbox.auth_path)).status_code == 200


def test_a_changed_password_is_checked_anew_not_served_from_the_cache(sandbox: Sandbox) -> None:
    login = f"changer-{uuid.uuid4().hex[:8]}@localhost"
    old = read_auth(sandbox.add_user("Changers", login, "first-password"))
    with httpx.Client(base_url=sandbox.url, timeout=30) as http:
        assert http.get("/oteams/users/me/", auth=old).status_code == 200  # now cached as verified
        assert sandbox.store is not None
        user_id, organization_id = sandbox.store.check_credentials(*old) or ("", "")
        sandbox.store.set_credentials(
            login, "second-password", user_id=user_id, organization_id=organization_id
        )
        assert http.get("/oteams/users/me/", auth=old).status_code == 401
        assert http.get("/oteams/users/me/", auth=(login, "second-password")).status_code == 200
