"""Records against the sandbox: shortcuts, lookups, typed fields, update/reload/delete, pagination."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from ovbp_facade import (
    BadRequestError,
    Client,
    Gate,
    Importer,
    MultipleRecordsReturnedError,
    NotFoundError,
    Organization,
    Project,
    RecordDoesNotExistError,
)


def test_organization_and_project_shortcuts(client: Client, organization: Organization) -> None:
    assert organization.name == "Sandbox"
    assert repr(organization) == f"<oteams/organizations: Sandbox ({organization.id})>"
    project = organization.get_or_create_project("shortcuts")
    assert organization.get_or_create_project("shortcuts") == project
    assert client.get_project("Sandbox", "shortcuts").id == project.id
    assert project in organization.list_all_projects()
    assert repr(project) == f"<oteams/projects: shortcuts ({project.id})>"
    odata = project.get_odata_project()
    assert odata.id == project.odata_id and odata.name == "shortcuts"


def test_missing_records_name_what_was_looked_up(client: Client, organization: Organization) -> None:
    with pytest.raises(RecordDoesNotExistError, match=r"organization.*'Nope'"):
        client.get_organization("Nope")
    with pytest.raises(RecordDoesNotExistError, match=r"project.*'missing-project'"):
        organization.get_project("missing-project")
    with pytest.raises(NotFoundError):
        client.importers.retrieve("00000000-0000-0000-0000-000000000000")


def test_importer_lifecycle(client: Client, project: Project) -> None:
    gate = project.create_gate("gate", comment="documentation gate")
    assert isinstance(gate, Gate) and gate.name == "gate" and gate.comment == "documentation gate"
    importer = project.create_importer("importer-a", comment="doc")
    assert isinstance(importer, Importer)
    assert repr(importer) == f"<odata/importers: importer-a ({importer.id})>"
    assert importer.active is False
    importer.configure(gate, parse_script="def parse(b, p, **t): pass", crontab="0 0 0 1 1 *")
    assert importer.gate == gate.id and importer.crontab == "0 0 0 1 1 *"
    importer.reload()
    assert importer.data["parse_script"] == "def parse(b, p, **t): pass"
    assert project.get_importer("importer-a").id == importer.id
    cleaner = project.get_cleaner("importer-a")
    assert cleaner.related_importer == importer.id
    assert [i.id for i in project.list_all_importers()] == [importer.id]
    importer.activate()
    assert importer.active is True
    assert client.importers.retrieve(importer.id).active is True
    importer.deactivate()
    assert importer.active is False
    importer.update(comment="changed")
    assert importer.comment == "changed"
    importer.delete()
    with pytest.raises(RecordDoesNotExistError):
        project.get_importer("importer-a")


def test_bad_values_show_server_messages(project: Project) -> None:
    importer = project.create_importer("validated")
    with pytest.raises(BadRequestError) as info:
        importer.update(crontab="not a crontab")
    assert info.value.status == 400
    assert "crontab" in str(info.value)


def test_datetimes_parsed_like_old_client(client: Client, project: Project) -> None:
    importer = project.create_importer("dates")
    for key, value in importer.data.items():
        if isinstance(value, str):
            assert not value.endswith("Z") or "." not in value, key
    record = client.importers.data_to_record({**importer.data, "last_run": "2020-04-16T15:14:59.248897Z"})
    assert record.last_run == dt.datetime(2020, 4, 16, 15, 14, 59, 248897)


def test_pagination_list_iter_list_all(
    client: Client, project: Project, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="ovbp_facade")
    names = [f"g{i:03d}" for i in range(410)]
    for name in names:
        project.create_gate(name)
    filter_by = {"project": project.odata_id}
    assert len(client.gates.list(filter_by=filter_by)) == 200
    assert len(client.gates.list(start=400, limit=200, filter_by=filter_by)) == 10
    assert sorted(g.name for g in client.gates.iter(filter_by)) == names
    every = client.gates.list_all(filter_by, progress=True)
    assert sorted(g.name for g in every) == names
    assert len({g.id for g in every}) == 410
    assert any("fetching 410 records in 3 pages" in r.getMessage() for r in caplog.records)
    assert len(project.list_all_gates()) == 410


def test_duplicates_raise_multiple(client: Client, project: Project) -> None:
    project.create_gate("twin")
    try:
        project.create_gate("twin")
    except BadRequestError:
        pytest.skip("the platform refuses duplicate gate names")
    with pytest.raises(MultipleRecordsReturnedError):
        project.get_gate("twin")
    with pytest.raises(
        MultipleRecordsReturnedError, match=r"odata/gates: 2 records with name 'twin' in project"
    ):
        project.get_or_create_gate("twin")
    assert len(project.list_all_gates()) == 2


def test_list_action_and_detail_action(client: Client, project: Project) -> None:
    importer = project.create_importer("expert")
    page = client.importers.list_action("get", "", params={"project": project.odata_id})
    assert [d["id"] for d in page["data"]] == [importer.id]
    assert client.series.list_action("post", "multi_select", data={"otsdb_pk": []}) == {}
    raw = client.importers.list_action("get", "", params={"project": project.odata_id}, return_json=False)
    assert isinstance(raw, bytes) and importer.id.encode() in raw
    answer = importer.detail_action("patch", "active", data={"value": True})
    assert answer == {"value": True} or answer.get("active") is True
    assert client.importers.retrieve(importer.id).active is True


def test_users_me_and_ftp(client: Client) -> None:
    me = client.users.retrieve("me")
    account = me.get_odata_ftp_account()
    assert account.protocol == "ftp"
    assert account.get_password()
    entries = account.list_dir()
    assert all(e.type in ("file", "dir") for e in entries)
