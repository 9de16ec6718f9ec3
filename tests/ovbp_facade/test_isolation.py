"""A second organization's user, through the facade, sees nothing of the first one: every id answers
NotFoundError (records, series data, FTP passwords and listings, tasks, exports), lists leave them out,
and FTP logins stay inside their home.

tests/ovbp_sandbox/test_isolation.py already checks the raw HTTP answers for the record kinds and the main
actions; this adds series (select / multi_select), the analysis parts, notifications, every task
collection, user FTP listings holding exports, and the facade's errors on top.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ftplib
import io
import uuid
from collections.abc import Callable, Iterator
from typing import Any, assert_type

import ftputil
import ftputil.error
import pandas as pd
import pytest

from ovbp_facade import (
    BadRequestError,
    Client,
    Endpoint,
    HttpError,
    NotFoundError,
    Organization,
    Record,
    Series,
)
from ovbp_facade.guide_scripts import IMPORTER_SCRIPT
from ovbp_sandbox import Sandbox
from tests.support.sandboxes import OTHER_ORGANIZATION
from tests.support.series_answers import series_answer

ANALYZE = (
    "import pandas as pd\n\ndef analyze(df, **tools):\n    return pd.DataFrame({'o': df.mean(axis=1)})\n"
)
BROKEN = "def parse(content_bytes, rel_path, **tools):\n    raise ValueError('broken on purpose')\n"

World = dict[str, list[Record]]


@pytest.fixture(scope="module")
def world(sandbox: Sandbox, client: Client, organization: Organization) -> Iterator[World]:
    """One of each record kind in the first organization, with data, tasks, a notification and an export."""
    project = organization.create_project(f"iso-{uuid.uuid4().hex[:8]}")
    gate = project.create_gate("gate")
    gate_account = gate.attach_internal_ftp_account()
    index = pd.date_range(dt.datetime(2012, 1, 1), periods=24, freq="h")
    host = gate.get_ftputil_client()
    assert_type(host, ftputil.FTPHost)
    with host, host.open("first.json", "w") as f:
        f.write(pd.DataFrame({"a": [1.0] * 24, "b": [2.0] * 24}, index=index).to_json(date_format="iso"))
    feeder = gate.create_base_feeder()
    importer = project.create_importer("importer")
    importer.configure(gate, parse_script=IMPORTER_SCRIPT)
    first_run = importer.run()
    first_run.wait_for_completion(period=100, timeout=60)
    tasks: list[Record] = [first_run]
    cleaner = importer.get_cleaner()
    unitcleaner = cleaner.create_unitcleaner("a", "a-cleaned", freq="1H")
    tasks.append(cleaner.run())
    analysis = project.create_analysis("analysis")
    inputs: list[Record] = [analysis.create_analysis_input(importer, "a", "a")]
    outputs: list[Record] = [analysis.create_analysis_output("o", "mean")]
    config = analysis.create_analysis_config("3H", "3H", ANALYZE)
    assert sandbox.engine.wait_idle(60)
    tasks.append(analysis.run())
    tasks.append(feeder.feed())
    broken = project.create_importer("broken")
    broken.configure(gate, parse_script=BROKEN)
    tasks.append(broken.run())
    assert sandbox.engine.wait_idle(60)
    series = project.list_all_series()
    assert {"a", "b", "a-cleaned", "o"} <= {se.name for se in series}
    tasks.append(client.series.export_data(series))
    assert sandbox.engine.wait_idle(60)
    notifications = project.list_all_notifications()
    assert notifications
    me = client.get_me()
    odata_user = me.get_odata_user()
    user_account = odata_user.get_ftp_account()
    assert any(e.name.endswith(".zip") for e in user_account.list_dir("series_exports"))
    yield {
        "projects": [project],
        "odata_projects": [project.get_odata_project()],
        "organizations": [organization],
        "users": [me],
        "odata_users": [odata_user],
        "user_ftp_accounts": [user_account],
        "gates": [gate],
        "gate_ftp_accounts": [gate_account],
        "base_feeders": [feeder],
        "importers": [importer, broken],
        "importer_series": list(cleaner.list_all_importer_series()),
        "cleaners": [cleaner],
        "unitcleaners": [unitcleaner],
        "analyses": [analysis],
        "analysis_configs": [config],
        "analysis_inputs": inputs,
        "analysis_outputs": outputs,
        "series": list(series),
        "notifications": list(notifications),
        "tasks": tasks,
    }


def _endpoint(client: Client, name: str, record: Record) -> Endpoint[Any]:
    if name == "tasks":
        endpoint: Endpoint[Any] = getattr(client, record.endpoint.path.split("/")[-1])
        return endpoint
    found: Endpoint[Any] = getattr(client, name)
    return found


def _not_found(action: Callable[[], object], what: str) -> None:
    with pytest.raises(NotFoundError) as info:
        action()
    assert info.value.status == 404, what


def test_every_id_of_the_first_organization_is_not_found(
    client: Client, other_client: Client, world: World
) -> None:
    for name, records in world.items():
        assert records, name
        for record in records:
            endpoint = _endpoint(other_client, name, record)
            _not_found(lambda: endpoint.retrieve(record.id), f"{name} {record.id}")  # noqa: B023
            listed = {r.id for r in endpoint.list_all()}
            assert record.id not in listed, (name, record.id)
            # the owner still sees it
            assert _endpoint(client, name, record).retrieve(record.id).id == record.id


# a writable text field of each collection (unitcleaners and analysis configs have no comment)
CHANGED_FIELD = {"unitcleaners": "label", "analysis_configs": "script"}


def test_changes_and_actions_on_the_first_organization_are_not_found(
    client: Client, other_client: Client, world: World
) -> None:
    def theirs(name: str, index: int = 0) -> Any:
        record = world[name][index]
        return getattr(other_client, name).data_to_record(record.data)

    for name in (
        "projects",
        "gates",
        "importers",
        "cleaners",
        "unitcleaners",
        "analyses",
        "analysis_configs",
    ):
        field = CHANGED_FIELD.get(name, "comment")
        _not_found(lambda: theirs(name).update(**{field: "intruder"}), f"update {name}")  # noqa: B023
        _not_found(lambda: theirs(name).delete(), f"delete {name}")  # noqa: B023
    for name in ("importers", "cleaners", "analyses"):
        for action in ("run", "clear", "reset"):
            _not_found(lambda: getattr(theirs(name), action)(), f"{action} {name}")  # noqa: B023
    _not_found(lambda: theirs("importers").activate(), "activate importer")
    _not_found(lambda: theirs("base_feeders").feed(), "feed")
    _not_found(lambda: theirs("gate_ftp_accounts").attach_new_oftp_account(), "attach")
    for name in ("gate_ftp_accounts", "user_ftp_accounts"):
        _not_found(lambda: theirs(name).get_password(), f"{name} password")  # noqa: B023
        _not_found(lambda: theirs(name).list_dir("/"), f"{name} list_dir")  # noqa: B023
        _not_found(lambda: theirs(name).list_dir("series_exports"), f"{name} exports")  # noqa: B023
    _not_found(lambda: theirs("gates").get_ftputil_client(), "gate ftputil client")
    # nothing changed for the owner
    for name in ("projects", "gates", "importers", "unitcleaners", "analyses", "analysis_configs"):
        record = world[name][0]
        field = CHANGED_FIELD.get(name, "comment")
        assert getattr(client, name).retrieve(record.id).data.get(field) == record.data.get(field)


def test_series_data_of_the_first_organization_is_not_found(
    client: Client, other_client: Client, world: World
) -> None:
    mine: list[Series] = [se for se in world["series"] if isinstance(se, Series)]
    theirs = [other_client.series.data_to_record(se.data) for se in mine]
    for se in theirs:
        _not_found(lambda: se.select_data(), f"select {se.name}")  # noqa: B023
    # ids in a body (multi_select, export) are refused exactly like ids that exist nowhere: no oracle
    ids = [str(uuid.uuid4()) for _ in theirs]
    nowhere = [other_client.series.data_to_record(series_answer(i, i)) for i in ids]
    for call in (other_client.series.select_data, other_client.series.export_data):
        with pytest.raises(HttpError) as info:
            call(theirs)
        with pytest.raises(HttpError) as reference:
            call(nowhere)
        assert info.value.status == reference.value.status and info.value.status in (400, 404)
        assert info.value.message.split(":")[0] == reference.value.message.split(":")[0]
        assert "1.0" not in info.value.message and "2012" not in info.value.message
    assert other_client.series_export_tasks.list_all() == []
    # the owner's data is still there
    assert len(client.series.select_data(mine)) > 0


def test_other_user_sees_only_its_own_exports(other_client: Client, world: World) -> None:
    account = other_client.get_me().get_odata_ftp_account()
    assert account.id != world["user_ftp_accounts"][0].id
    with account.get_ftputil_client() as host:
        assert not host.path.exists("series_exports") or host.listdir("series_exports") == []
        assert host.listdir("/") in ([], ["series_exports"])


def test_ftp_logins_stay_in_their_home(
    sandbox: Sandbox, client: Client, other_client: Client, world: World
) -> None:
    mine = world["gate_ftp_accounts"][0]
    my_user_account = world["user_ftp_accounts"][0]
    gate = (
        other_client.get_organization(OTHER_ORGANIZATION)
        .create_project(f"p-{uuid.uuid4().hex[:6]}")
        .create_gate("g")
    )
    account = gate.attach_internal_ftp_account()
    with account.get_ftputil_client() as host:
        with host.open("own.txt", "w") as f:
            f.write("own file")
        for up in ("..", "../..", "../../..", "/.."):
            host.chdir(up)
            assert host.getcwd() == "/", up
            assert host.listdir(".") == ["own.txt"], up
        outside = [
            f"../{mine.id}/first.json",
            f"/../{mine.id}/first.json",
            f"../../gates/{mine.id}/first.json",
            f"/gates/{mine.id}/first.json",
            f"../../users/{my_user_account.id}/series_exports",
            "../../../sandbox.sqlite3",
            "../../../auth.txt",
        ]
        for path in outside:
            assert not host.path.exists(path), path
            with pytest.raises(ftputil.error.FTPError), host.open(path, "rb") as fb:
                fb.read()
            with pytest.raises(ftputil.error.FTPError):
                host.listdir(path)
    # the same with raw FTP commands (ftputil normalises some paths on the client side)
    session = ftplib.FTP()
    session.connect(str(account.host), int(account.port or 21), timeout=30)
    try:
        session.login(str(account.login), account.get_password())
        for up in ("..", "../..", "/../../.."):
            session.cwd(up)
            assert session.pwd() == "/"
            assert session.nlst(up) in (["own.txt"], [f"{up}/own.txt"]), up
        for path in outside:
            with pytest.raises(ftplib.error_perm):
                session.retrbinary(f"RETR {path}", lambda chunk: None)
        auth_before = sandbox.auth_path.read_bytes()
        for path in outside:  # a write may succeed, but only ever inside the home ("/.." is "/")
            with contextlib.suppress(ftplib.error_perm):
                session.storbinary(f"STOR {path}", io.BytesIO(b"planted by the intruder"))
    finally:
        session.close()
    own_home = (sandbox.ftp_root / "gates" / account.id).resolve()
    planted = [
        p for p in sandbox.data_dir.rglob("*") if p.is_file() and p.read_bytes() == b"planted by the intruder"
    ]
    assert all(p.resolve().is_relative_to(own_home) for p in planted), planted
    assert sandbox.auth_path.read_bytes() == auth_before
    assert (sandbox.data_dir / "sandbox.sqlite3").read_bytes()[:15] == b"SQLite format 3"
    with client.gate_ftp_accounts.retrieve(mine.id).get_ftputil_client() as host:  # the victim's home
        assert sorted(host.listdir("/")) == ["first.json"]
    # the API listing refuses to walk out of the home too
    for path, root in (("..", "/"), ("../..", "/"), ("x", "/../.."), (f"../{mine.id}", "/")):
        with pytest.raises(HttpError) as info:
            account.list_dir(path, root_dir_path=root)
        assert 400 <= info.value.status < 500 and isinstance(info.value, BadRequestError | NotFoundError)
    listed = {e.name for e in account.list_dir("/")}
    assert listed == {"own.txt"} | {p.name for p in planted}, (
        listed
    )  # the planted files are the intruder's own
