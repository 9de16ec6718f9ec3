"""Records stand on the generated models: every field readable with its generated type, the guide's
answers load with the guide's reprs, bad names are refused before any request, no KeyError escapes."""

from __future__ import annotations

import datetime as dt
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import yaml

import generated_client.models as models
from generated_client.typed import views
from generated_client.types import Unset
from ovbp_facade import AnswerFieldMissingError, Client, OVBPClientError
from ovbp_facade._sync.collection_endpoints import __all__ as endpoint_names
from ovbp_facade._sync.endpoints import Endpoint
from tests.ovbp_facade.both_clients import Script
from tests.ovbp_facade.both_clients import sync_client as make_client
from tests.support.guide_answers import (
    ANALYSIS_LISTED,
    ANALYSIS_RETRIEVED,
    CLEANER,
    IMPORTER,
    PROJECT,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "ovbp.yaml").read_text())["components"][
    "schemas"
]
NOTIFICATION: dict[str, Any] = {
    "id": "8d00ea68-ec78-4838-bf30-941aa1a778dd",
    "rights": None,
    "project": "0d9b1d54-8fe7-4925-9b16-3d3636c467af",
    "generator": "aa2940e9-cc7e-47ea-87c8-6a7bffb866f3",
    "name": "Analysis obsolete",
    "content": "An input of the analysis changed.",
    "resolved": False,
    "creation_date": "2020-04-16T15:18:26.673364Z",
}


def offline_client(recorder: Script | None = None) -> Client:
    return make_client(recorder or Script(), max_retries=0)


def endpoint_classes() -> list[type[Endpoint[Any]]]:
    import ovbp_facade._sync.collection_endpoints as collection_endpoints

    return [getattr(collection_endpoints, name) for name in endpoint_names if name != "Collections"]


def expected_type(schema: str, attr: str, annotation: Any) -> Any:
    """What the record must answer for a generated field: the contract of the typed views."""
    parts = list(typing.get_args(annotation)) if isinstance(annotation, types.UnionType) else [annotation]
    wire_name = attr.rstrip("_")
    always_sent = SCHEMAS[schema].get("x-always-sent", SCHEMAS[schema].get("required", []))
    # absent from an answer: None where the spec makes the field optional; an error where complete answers
    # always carry it (the type stays precise)
    nullable = (Unset in parts and wire_name not in always_sent) or type(None) in parts
    base = [p for p in parts if p not in (Unset, type(None))]
    nested = [p for p in base if attrs.has(p)]
    description = str(SCHEMAS[schema]["properties"][wire_name].get("description", ""))
    if str in base and nested:
        kind: Any = str
    elif base == [str] and description.startswith("UTC datetime"):
        kind = dt.datetime
    elif len(base) == 1 and attrs.has(base[0]):
        kind = getattr(views, f"{base[0].__name__}Fields")
    elif len(base) == 1 and typing.get_origin(base[0]) is list and attrs.has(typing.get_args(base[0])[0]):
        kind = list[getattr(views, f"{typing.get_args(base[0])[0].__name__}Fields")]  # type: ignore[misc]
    else:
        kind = base[0] if len(base) == 1 else typing.Union[tuple(base)]  # noqa: UP007
    return kind | None if nullable else kind


def test_every_generated_field_is_readable_on_its_record_with_the_generated_type() -> None:
    namespace = {**vars(models), "Unset": Unset}
    checked = 0
    for endpoint_cls in endpoint_classes():
        record_cls, model = endpoint_cls.record_cls, endpoint_cls.model
        hints = typing.get_type_hints(model, localns=namespace)
        for field in attrs.fields(model):
            if field.name == "additional_properties":
                continue
            prop = getattr(record_cls, field.name, None)
            assert isinstance(prop, property), f"{record_cls.__name__}.{field.name} is missing"
            declared = typing.get_type_hints(prop.fget, globalns=vars(views))["return"]
            wanted = expected_type(model.__name__, field.name, hints[field.name])
            assert declared == wanted, f"{record_cls.__name__}.{field.name}: {declared} != {wanted}"
            assert prop.fset is None, f"{record_cls.__name__}.{field.name} is writable"
            checked += 1
    assert checked > 170


def test_the_guide_answers_load_with_the_guide_reprs_and_precise_values() -> None:
    client = offline_client()
    project = client.projects.data_to_record(PROJECT)
    assert (
        repr(project) == "<oteams/projects: Ovbpclient documentation (89bcfaa0-3792-4218-837b-ee3089207360)>"
    )
    assert project.organization == "32606ad2-159c-4890-a1d7-eca2bdd1a3c7"  # the id; nested in this answer
    assert project.organization_nested is not None and project.organization_nested.name == "Openergy"
    assert project.get_organization().name == "Openergy" and project.organization_id == project.organization
    assert project.rights is None and project.data["obuildings"] == PROJECT["obuildings"]
    importer = client.importers.data_to_record(IMPORTER)
    assert repr(importer) == "<odata/importers: importer-a (f7e0621b-f2d2-4bd7-9e8b-3e807ca3547c)>"
    assert importer.last_run == dt.datetime(2020, 4, 16, 15, 14, 59, 248897)
    assert importer.latest_imported_mdate == dt.datetime(2020, 4, 13, 13, 28, 23)
    assert importer.data["last_run"] == dt.datetime(2020, 4, 16, 15, 14, 59, 248897)  # the old client's data
    cleaner = client.cleaners.data_to_record(CLEANER)
    assert repr(cleaner) == "<odata/cleaners: importer-a (c49b62ff-3f9d-4db4-9d93-b47c8eb77c00)>"
    listed = client.analyses.data_to_record(ANALYSIS_LISTED)
    assert "is_obsolete" not in ANALYSIS_LISTED and listed.is_obsolete is None
    assert listed.analysisconfig == "b05eaa68-795c-453f-a02b-8bc6b1228ba1"
    detailed = client.analyses.data_to_record(ANALYSIS_RETRIEVED)
    assert detailed.is_obsolete is False and detailed.unresolved_notifications_nb == 1
    assert detailed.rights is not None and detailed.rights.can_admin is True
    assert detailed.analysisconfig == listed.analysisconfig
    config = detailed.get_analysis_config()  # nested in the detail answer: no request
    assert config is not None and config.input_freq == "3H" and config.custom_delay is None
    notification = client.notifications.data_to_record(NOTIFICATION)
    assert (
        repr(notification)
        == "<odata/notifications: Analysis obsolete (8d00ea68-ec78-4838-bf30-941aa1a778dd)>"
    )
    assert notification.title is None and notification.name == "Analysis obsolete"


def test_sparse_answers_load_and_a_missing_needed_field_is_an_ovbp_error() -> None:
    client = offline_client()
    sparse = {k: v for k, v in IMPORTER.items() if k != "rights"}
    assert client.importers.data_to_record(sparse).rights is None
    without_name = {k: v for k, v in IMPORTER.items() if k != "name"}
    loaded = client.importers.data_to_record(without_name)  # a record loads whatever fields came
    assert loaded.id == IMPORTER["id"] and loaded.crontab == IMPORTER["crontab"]
    with pytest.raises(AnswerFieldMissingError, match=r"odata/importers.*'name'") as info:
        loaded.name  # noqa: B018 - reading the field it lacked
    assert info.value.kind == "odata/importers" and info.value.field == "name"
    page = {"data": [without_name], "recordsTotal": 1, "recordsFiltered": 1}
    lister = offline_client(Script(httpx.Response(200, json=page)))
    (listed,) = lister.importers.list()
    with pytest.raises(OVBPClientError, match="'name'"):
        listed.name  # noqa: B018


def test_unknown_or_missing_names_are_refused_before_any_request() -> None:
    recorder = Script()
    client = offline_client(recorder)
    project = client.projects.data_to_record(PROJECT)
    with pytest.raises(ValueError, match=r"unknown field nme; allowed: .*name"):
        project.update(nme="x")  # type: ignore[call-arg]
    importer = client.importers.data_to_record(IMPORTER)
    with pytest.raises(ValueError, match="unknown field actve"):
        importer.update(actve=False)  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="unknown field projet"):
        client.importers.create(name="x", projet="typo")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="missing required field project"):
        client.importers.create(name="x")  # type: ignore[call-arg]
    assert recorder.requests == []
    assert project.name == PROJECT["name"]  # nothing changed locally either


def test_update_sends_the_typed_fields_and_takes_the_answer() -> None:
    answer = {**IMPORTER, "crontab": "0 0 * * * *", "gate": None}
    recorder = Script(httpx.Response(200, json=answer))
    client = offline_client(recorder)
    importer = client.importers.data_to_record(IMPORTER)
    importer.update(crontab="0 0 * * * *", gate=None)
    sent = recorder.requests[0]
    assert sent.method == "PATCH" and sent.url.path.endswith(f"/odata/importers/{importer.id}/")
    assert httpx.Response(200, content=sent.content).json() == {"crontab": "0 0 * * * *", "gate": None}
    assert importer.crontab == "0 0 * * * *" and importer.gate is None


def test_records_are_read_only_and_unknown_attributes_fail() -> None:
    importer = offline_client().importers.data_to_record({**IMPORTER, "brand_new_field": 7})
    with pytest.raises(AttributeError):
        setattr(importer, "active", False)  # noqa: B010
    with pytest.raises(AttributeError):
        getattr(importer, "actve")  # noqa: B009
    assert importer.data["brand_new_field"] == 7


def test_ids_are_sent_where_the_platform_expects_ids_whatever_form_is_given() -> None:
    """A record, a view or a nested object as answers carry it: the body holds its id, never the object."""
    gate_answer = {
        "id": "g1",
        "rights": None,
        "project": "p1",
        "name": "g",
        "comment": "",
        "ftp_account": {"id": "f1", "protocol": "ftp", "host": None, "port": None, "login": None},
        "base_feeder": None,
    }
    recorder = Script(*(httpx.Response(201, json={**IMPORTER, "gate": "g1"}) for _ in range(3)))
    client = offline_client(recorder)
    gate = client.gates.data_to_record(gate_answer)
    nested: Any = {"id": "g1", "name": "g"}
    for given in (gate, gate.id, nested):
        client.importers.create(name="x", project="p1", gate=given)
    bodies = [httpx.Response(200, content=r.content).json() for r in recorder.requests]
    assert [b["gate"] for b in bodies] == ["g1", "g1", "g1"]
    assert gate.ftp_account == "f1" and gate.ftp_account_nested is not None  # nested: typed view, no request
    assert gate.get_ftp_account().protocol == "ftp" and len(recorder.requests) == 3


def test_id_or_nested_forms_read_the_same_and_nested_records_need_no_request() -> None:
    recorder = Script()  # any request would fail: nothing to answer
    client = offline_client(recorder)
    nested_odata = {"id": PROJECT["odata"], "rights": None, "name": "x", "mail_alerts_activated": False}
    for form in (PROJECT["odata"], nested_odata):
        project = client.projects.data_to_record({**PROJECT, "odata": form})
        assert project.odata == project.odata_id == PROJECT["odata"]
    assert client.projects.data_to_record({**PROJECT, "odata": nested_odata}).get_odata_project().name == "x"
    account = {"id": "f1", "rights": None, "protocol": "ftp", "host": "h", "port": 21, "login": "l"}
    for account_form in ("f1", account):
        odata_user = client.odata_users.data_to_record({"id": "u1", "ftp_account": account_form})
        assert odata_user.ftp_account == "f1"
    assert (
        client.odata_users.data_to_record({"id": "u1", "ftp_account": account}).get_ftp_account().login == "l"
    )
    assert recorder.requests == []


def test_partial_instants_follow_the_select_rule() -> None:
    """Naive: each series' local time (sent without offset); aware: converted to UTC `Z`."""
    task = {
        "id": "t1",
        "target": IMPORTER["id"],
        "base": {
            "status": "pending",
            "creation_date": "2012-01-01T00:00:00.000000Z",
            "start_date": None,
            "end_date": None,
            "message": "",
        },
    }
    recorder = Script(*(httpx.Response(201, json=task) for _ in range(2)))
    importer = offline_client(recorder).importers.data_to_record(IMPORTER)
    importer.clear(partial_instant=dt.datetime(2012, 2, 2))
    importer.reset(partial_instant=dt.datetime(2012, 2, 2, 1, tzinfo=dt.timezone(dt.timedelta(hours=1))))
    sent = [httpx.Response(200, content=r.content).json() for r in recorder.requests]
    assert sent == [
        {"name": "clear", "partial_instant": "2012-02-02T00:00:00"},
        {"name": "reset", "partial_instant": "2012-02-02T00:00:00.000000Z"},
    ]


def test_pprint_of_data_prints_the_fields_in_the_platforms_order_as_the_guide_shows() -> None:
    import pprint

    client = offline_client()
    project = client.projects.data_to_record(PROJECT)
    printed = pprint.pformat(project.data)
    assert printed.startswith("OrderedDict([('id', '89bcfaa0-3792-4218-837b-ee3089207360'),\n")
    assert list(project.data) == list(PROJECT)  # pprint would sort a plain dict
    assert list(project.data["organization"]) == list(PROJECT["organization"])
    importer = client.importers.data_to_record(IMPORTER)
    assert list(importer.data) == list(IMPORTER)
    text = pprint.pformat(importer.data)
    assert "('last_run', datetime.datetime(2020, 4, 16, 15, 14, 59, 248897))" in text
    assert "('latest_imported_mdate', '2020-04-13T13:28:23Z')" in text  # the old client's parsing rule
    assert list(client.analyses.data_to_record(ANALYSIS_RETRIEVED).data) == list(ANALYSIS_RETRIEVED)
