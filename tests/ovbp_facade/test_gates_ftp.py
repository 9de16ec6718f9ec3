"""Gates over real FTP: internal account attachment, ftputil upload, API listing, base feeders."""

from __future__ import annotations

import pytest

from ovbp_facade import BaseFeeder, Client, GateFtpAccount, Project, Task


def test_attach_upload_and_list(client: Client, project: Project) -> None:
    gate = project.create_gate("gate", comment="documentation gate")
    account = gate.attach_internal_ftp_account()
    assert isinstance(account, GateFtpAccount)
    assert account.host and account.port and account.login
    assert gate.get_ftp_account().id == account.id
    with gate.get_ftputil_client() as ftp_client:
        with ftp_client.open("first.json", "w") as f:
            f.write('{"a": {"1325376000000": 1}}')
        ftp_client.makedirs("sub/dir", exist_ok=True)
        with ftp_client.open("sub/dir/second.csv", "w") as f:
            f.write("x")
        assert sorted(ftp_client.listdir(".")) == ["first.json", "sub"]
    entries = {e.name: e for e in gate.get_ftp_account().list_dir()}
    assert entries["first.json"].type == "file"
    assert entries["sub"].type == "dir"
    nested = account.list_dir(path="sub/dir")
    assert [(e.name, e.type) for e in nested] == [("second.csv", "file")]


def test_ftputil_refuses_unconfigured_account(client: Client, project: Project) -> None:
    gate = project.create_gate("bare")
    account = gate.get_ftp_account()
    if account.host:
        pytest.skip("the platform configures gate FTP accounts on creation")
    with pytest.raises(ValueError, match="not configured"):
        account.get_ftputil_client()


def test_base_feeder(client: Client, project: Project) -> None:
    gate = project.create_gate("fed")
    assert gate.get_base_feeder() is None
    with pytest.raises(RuntimeError, match="no base_feeder"):
        gate.run()
    gate.deactivate()  # silently nothing
    feeder = gate.create_base_feeder(timezone="Europe/Paris", crontab="0 0 * * * *")
    assert isinstance(feeder, BaseFeeder) and feeder.gate == gate.id
    gate.reload()
    got = gate.get_base_feeder()
    assert got is not None and got.id == feeder.id
    gate.activate()
    assert client.base_feeders.retrieve(feeder.id).active is True
    gate.deactivate()
    assert client.base_feeders.retrieve(feeder.id).active is False
    task = gate.run()
    assert isinstance(task, Task)
    assert task.endpoint is client.base_feeder_tasks
    # the sandbox's feeders fetch nothing: the feed task finishes (docs/guides/sandbox.md)
    assert task.wait_for_completion(200, timeout=60) == "finished"
