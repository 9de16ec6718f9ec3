"""The platform's own answer forms, replayed through a mock transport with both clients.

Each answer below has the shape a public source shows (the answer-forms table of docs/guides/sandbox.md
names them):
the flat create answer of odjango's viewsets (foreign keys as ids, `rights` null), list answers with
only the fields the guide prints, the 2017-18 nested forms of a generator (`{id, model, name}`) and of
an importer's gate (`{id, name}`), an FTP account not configured yet (`host` ""). Ids are made up.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from ovbp_facade import (
    AnswerFieldMissingError,
    AnswerFormError,
    FtpAccountNotConfiguredError,
    FtpProtocolError,
    OVBPClientError,
)

from .both_clients import AnyClient, Kind, make_client, run, settle

ORG = "00000000-0000-4000-8000-000000000001"
PROJECT = "00000000-0000-4000-8000-000000000002"
ODATA = "00000000-0000-4000-8000-000000000003"
GATE = "00000000-0000-4000-8000-000000000004"
ACCOUNT = "00000000-0000-4000-8000-000000000005"
IMPORTER = "00000000-0000-4000-8000-000000000006"

ORGANIZATION_ANSWER = {
    "id": ORG,
    "rights": None,
    "name": "Openergy",
    "comment": "",
    "control_affiliations": False,
    "log_activity": False,
    "ftp_account": "00000000-0000-4000-8000-00000000000a",
}
# a project as the 2020 guide prints it (openergy/ovbpclient doc-users.md @ 7068005): organization nested
PROJECT_LISTED = {
    "id": PROJECT,
    "rights": None,
    "is_visible": True,
    "name": "Ovbpclient documentation",
    "comment": "",
    "private_comment": "",
    "display_buildings": False,
    "odata": ODATA,
    "obuildings": None,
    "organization": ORGANIZATION_ANSWER,
    "creation_date": "2020-04-09",
}
# odjango's flat serializer answers a create: the gate's account as an id, no base feeder yet
# (openergy/ovbpclient openergy/copy/copy_dev.py @ 6410c67)
GATE_CREATED = {
    "id": GATE,
    "rights": None,
    "project": ODATA,
    "name": "gate",
    "comment": "documentation gate",
    "ftp_account": ACCOUNT,
    "base_feeder": None,
}
ACCOUNT_ATTACHED = {
    "id": ACCOUNT,
    "rights": None,
    "protocol": "ftp",
    "host": "ftp.example",
    "port": 21,
    "login": "l1",
}
ACCOUNT_UNCONFIGURED = {
    "id": ACCOUNT,
    "rights": None,
    "protocol": "ftp",
    "host": "",
    "port": None,
    "login": None,
}


def page(*records: Any, total: int | None = None) -> dict[str, Any]:
    return {
        "data": list(records),
        "recordsTotal": total or len(records),
        "recordsFiltered": total or len(records),
    }


Routes = dict[tuple[str, str], Any]


def platform(
    routes: Routes, seen: list[tuple[str, str]] | None = None
) -> Callable[[httpx.Request], httpx.Response]:
    """Answers `(method, path below /api/v2)` from `routes` (a value, or a function of the request)."""

    def handle(request: httpx.Request) -> httpx.Response:
        key = (request.method, request.url.path.removeprefix("/api/v2"))
        if seen is not None:
            seen.append(key)
        if key not in routes:
            return httpx.Response(404, json={"detail": f"not routed in the test: {key}"})
        answer = routes[key]
        body = answer(request) if callable(answer) else answer
        return httpx.Response(201 if request.method == "POST" else 200, json=body)

    return handle


def project_of(client: AnyClient) -> Any:
    return client.projects.data_to_record(PROJECT_LISTED)


def test_a_created_gate_attaches_its_account_from_the_id_form_and_keeps_it(kind: Kind) -> None:
    seen: list[tuple[str, str]] = []
    routes: Routes = {
        ("POST", "/odata/gates/"): GATE_CREATED,
        ("POST", f"/odata/gate_ftp_accounts/{ACCOUNT}/attach_new_oftp_account/"): ACCOUNT_ATTACHED,
    }

    async def body() -> None:
        client = make_client(kind, platform(routes, seen))
        gate = await settle(project_of(client).create_gate("gate", comment="documentation gate"))
        assert gate.ftp_account == ACCOUNT and gate.ftp_account_nested is None  # the id form
        account = await settle(gate.attach_internal_ftp_account())
        assert account.host == "ftp.example" and account.login == "l1"
        # the guide's next step opens the gate's FTP: the configured account, no request for it
        held = await settle(gate.get_ftp_account())
        assert held.host == "ftp.example" and held.id == ACCOUNT
        assert seen == [
            ("POST", "/odata/gates/"),
            ("POST", f"/odata/gate_ftp_accounts/{ACCOUNT}/attach_new_oftp_account/"),
        ]

    run(body)


def test_a_gate_answer_in_every_form_gives_its_account(kind: Kind) -> None:
    nested = {**GATE_CREATED, "ftp_account": ACCOUNT_ATTACHED}
    partial = {**GATE_CREATED, "ftp_account": {"id": ACCOUNT}}
    routes: Routes = {("GET", f"/odata/gate_ftp_accounts/{ACCOUNT}/"): ACCOUNT_ATTACHED}

    async def body() -> None:
        client = make_client(kind, platform(routes))
        for answer in (GATE_CREATED, nested, partial):
            gate = client.gates.data_to_record(answer)
            assert gate.ftp_account == ACCOUNT
            account = await settle(gate.get_ftp_account())
            assert account.id == ACCOUNT and account.login == "l1"  # a partial form is completed by id
        assert client.gates.data_to_record({**GATE_CREATED, "ftp_account": None}).ftp_account is None

    run(body)


def test_an_unconfigured_account_is_an_ovbp_error_saying_what_to_do(kind: Kind) -> None:
    async def body() -> None:
        client = make_client(kind, platform({}))
        for host in ("", None):
            account = client.gate_ftp_accounts.data_to_record({**ACCOUNT_UNCONFIGURED, "host": host})
            with pytest.raises(FtpAccountNotConfiguredError, match="attach") as info:
                await settle(account.get_ftputil_client())
            assert isinstance(info.value, OVBPClientError) and isinstance(info.value, ValueError)
        sftp = client.gate_ftp_accounts.data_to_record({**ACCOUNT_ATTACHED, "protocol": "sftp"})
        with pytest.raises(FtpProtocolError, match="sftp"):
            await settle(sftp.get_ftputil_client())

    run(body)


# series and notifications with only what public answers show
SERIES_SHOWN = [
    {
        "id": f"00000000-0000-4000-8000-0000000001{i:02d}",
        "name": f"s{i}",
        "generator": IMPORTER,
        "otsdb_pk": f"pk{i}",
    }
    for i in range(3)
]
NOTIFICATION_SHOWN = {
    "id": "00000000-0000-4000-8000-000000000201",
    "name": "Analysis obsolete",
    "resolved": False,
    "project": ODATA,
}


def test_lists_of_sparse_records_load_and_a_lacking_field_is_named_when_read(kind: Kind) -> None:
    importers = [
        {
            "id": f"00000000-0000-4000-8000-0000000003{i:02d}",
            "name": f"i{i}",
            "crontab": "0 0 0 1 1 *",
            "gate": None,
        }
        for i in range(3)
    ]
    del importers[1]["crontab"]
    routes: Routes = {
        ("GET", "/odata/series/"): page(*SERIES_SHOWN),
        ("GET", "/odata/notifications/"): page(NOTIFICATION_SHOWN),
        ("GET", "/odata/importers/"): page(*importers),
    }

    async def body() -> None:
        client = make_client(kind, platform(routes))
        project = project_of(client)
        series = await settle(project.list_all_series())
        assert [s.name for s in series] == ["s0", "s1", "s2"] and series[0].generator == IMPORTER
        with pytest.raises(AnswerFieldMissingError, match=r"odata/series.*'unit'") as info:
            series[0].unit  # noqa: B018
        assert info.value.kind == "odata/series" and info.value.field == "unit"
        (notification,) = await settle(project.list_all_notifications())
        assert repr(notification) == f"<odata/notifications: Analysis obsolete ({NOTIFICATION_SHOWN['id']})>"
        assert notification.resolved is False and notification.title is None
        listed = await settle(project.list_all_importers())
        assert [i.name for i in listed] == ["i0", "i1", "i2"] and listed[0].crontab == "0 0 0 1 1 *"
        with pytest.raises(AnswerFieldMissingError, match="crontab"):
            listed[1].crontab  # noqa: B018

    run(body)


def test_the_2017_nested_forms_read_as_ids_with_the_nested_record_at_hand(kind: Kind) -> None:
    generator = {"id": IMPORTER, "model": "importer", "name": "importer a"}
    routes: Routes = {
        ("GET", "/odata/series/"): page({**SERIES_SHOWN[0], "generator": generator}),
        ("GET", "/odata/importers/"): page(
            {"id": IMPORTER, "name": "importer a", "gate": {"id": GATE, "name": "gate"}}
        ),
        ("GET", "/odata/analysis_inputs/"): page(
            {
                "id": "00000000-0000-4000-8000-000000000401",
                "analysis": "a1",
                "input_series_generator": generator,
                "input_series_name": "s0",
                "column_name": "x",
            }
        ),
    }

    async def body() -> None:
        client = make_client(kind, platform(routes))
        (series,) = await settle(client.series.list())
        assert series.generator == IMPORTER
        assert series.generator_nested is not None and series.generator_nested.model == "importer"
        (importer,) = await settle(client.importers.list())
        assert (
            importer.gate == GATE and importer.gate_nested is not None and importer.gate_nested.name == "gate"
        )
        (item,) = await settle(client.analysis_inputs.list())
        assert item.input_series_generator == IMPORTER and item.input_series_generator_nested is not None

    run(body)


@pytest.mark.parametrize(
    ("collection", "field"),
    [
        ("cleaners", "related_importer"),
        ("unitcleaners", "cleaner"),
        ("notifications", "project"),
        ("gates", "project"),
    ],
)
def test_any_foreign_key_sent_nested_reads_as_its_id(kind: Kind, collection: str, field: str) -> None:
    """Not only the forms seen in public answers: wherever a foreign key comes nested, it reads as its id."""

    async def body() -> None:
        client = make_client(kind, platform({}))
        endpoint = getattr(client, collection)
        shown = {"id": "r1", "name": "n", "resolved": False, "project": "p1"}  # notifications show these
        nested = endpoint.data_to_record({**shown, field: {"id": "f1", "name": "named"}})
        assert getattr(nested, field) == "f1" and getattr(nested, f"{field}_nested").name == "named"
        plain = endpoint.data_to_record({**shown, field: "f1"})
        assert getattr(plain, field) == "f1" and getattr(plain, f"{field}_nested") is None

    run(body)


def test_a_created_analysis_as_the_2020_guide_prints_it(kind: Kind) -> None:
    created = {  # openergy/ovbpclient doc-users.md @ 7068005: rights and analysisconfig null, no is_obsolete
        "id": "00000000-0000-4000-8000-000000000501",
        "rights": None,
        "analysisconfig": None,
        "active": False,
        "name": "analysis",
        "comment": "",
        "model": "analysis",
        "last_run": None,
        "last_clear": None,
        "project": ODATA,
    }
    routes: Routes = {("POST", "/odata/analyses/"): created}

    async def body() -> None:
        client = make_client(kind, platform(routes))
        analysis = await settle(project_of(client).create_analysis("analysis"))
        assert analysis.analysisconfig is None and analysis.is_obsolete is None and analysis.rights is None
        assert analysis.unresolved_notifications_nb is None and analysis.active is False

    run(body)


def test_a_project_gives_its_organization_from_the_nested_and_the_id_form(kind: Kind) -> None:
    seen: list[tuple[str, str]] = []
    routes: Routes = {("GET", f"/oteams/organizations/{ORG}/"): {**ORGANIZATION_ANSWER, "rights": None}}

    async def body() -> None:
        client = make_client(kind, platform(routes, seen))
        listed = project_of(client)
        assert listed.organization == ORG and (await settle(listed.get_organization())).name == "Openergy"
        assert seen == []  # nested: no request
        created = client.projects.data_to_record({**PROJECT_LISTED, "organization": ORG})
        assert created.organization == ORG and created.organization_nested is None
        assert (await settle(created.get_organization())).name == "Openergy"
        assert seen == [("GET", f"/oteams/organizations/{ORG}/")]

    run(body)


def test_an_unreadable_record_is_left_out_of_its_list_with_a_warning(
    kind: Kind, caplog: pytest.LogCaptureFixture
) -> None:
    routes: Routes = {
        ("GET", "/odata/series/"): page(SERIES_SHOWN[0], {"name": "no id"}, "not an object", SERIES_SHOWN[1])
    }

    async def body() -> None:
        client = make_client(kind, platform(routes))
        with caplog.at_level(logging.WARNING, logger="ovbp_facade"):
            series = await settle(client.series.list())
        assert [s.name for s in series] == ["s0", "s1"]
        assert sum("left out record" in r.getMessage() for r in caplog.records) == 2

    run(body)


def test_a_page_shorter_than_asked_loses_no_record(kind: Kind) -> None:
    """The platform caps pages at its own maximum: 3 per page here, whatever `length` asks."""
    records = [
        {**SERIES_SHOWN[0], "id": f"00000000-0000-4000-8000-0000000006{i:02d}", "name": f"s{i}"}
        for i in range(8)
    ]

    def capped(request: httpx.Request, with_total: bool) -> dict[str, Any]:
        start = int(request.url.params.get("start", 0))
        answer = {"data": records[start : start + 3]}
        return {**answer, "recordsTotal": 8, "recordsFiltered": 8} if with_total else answer

    async def body() -> None:
        for with_total in (True, False):
            routes: Routes = {
                ("GET", "/odata/series/"): lambda request, total=with_total: capped(request, total)
            }
            client = make_client(kind, platform(routes))
            every = await settle(client.series.list_all())
            assert [s.name for s in every] == [f"s{i}" for i in range(8)]
            if kind == "sync":
                assert [s.name for s in client.series.iter()] == [f"s{i}" for i in range(8)]
            else:
                assert [s.name async for s in client.series.iter()] == [f"s{i}" for i in range(8)]

    run(body)


def test_strict_mode_refuses_what_the_default_mode_reads(kind: Kind) -> None:
    routes: Routes = {
        ("GET", "/odata/series/"): page(*SERIES_SHOWN),
        ("POST", "/odata/gates/"): {
            **GATE_CREATED,
            "ftp_account": ACCOUNT_ATTACHED,
        },  # nested where ids are sent
    }

    async def body() -> None:
        handler = platform(routes)
        client = make_client(kind, handler)
        client.strict = True
        with pytest.raises(AnswerFormError, match="unit missing") as info:
            await settle(client.series.list())
        assert "data[0].generator_model missing" not in info.value.problems  # checked record by record
        with pytest.raises(AnswerFormError, match="ftp_account sent as nested, create answers send it as id"):
            await settle(project_of(client).create_gate("gate"))
        client.strict = False
        assert len(await settle(client.series.list())) == 3

    run(body)


def test_the_requests_carry_ids_whatever_form_the_answers_gave(kind: Kind) -> None:
    bodies: list[dict[str, Any]] = []

    def created(request: httpx.Request) -> dict[str, Any]:
        bodies.append(json.loads(request.content))
        return {"id": IMPORTER, "name": "i", "project": ODATA, "gate": GATE}

    routes: Routes = {("POST", "/odata/importers/"): created}

    async def body() -> None:
        client = make_client(kind, platform(routes))
        gate = client.gates.data_to_record({**GATE_CREATED, "ftp_account": ACCOUNT_ATTACHED})
        await settle(client.importers.create(name="i", project=ODATA, gate=gate))
        await settle(client.importers.create(name="i", project=ODATA, gate={"id": GATE, "name": "gate"}))
        assert [b["gate"] for b in bodies] == [GATE, GATE]

    run(body)
