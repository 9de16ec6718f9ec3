"""The generated models parse what the platform sends, as the user guide shows it."""

from __future__ import annotations

import copy
from typing import Any

from generated_client.models import (
    Analysis,
    AnalysisConfig,
    BaseFeeder,
    Cleaner,
    Gate,
    Importer,
    OdataProject,
    Project,
    Task,
    TaskBase,
)
from generated_client.models.organization import Organization
from tests.support.guide_answers import (
    ANALYSIS_CONFIG,
    ANALYSIS_LISTED,
    ANALYSIS_RETRIEVED,
    BASE_FEEDER,
    CLEANER,
    GATE_LISTED,
    IMPORTER,
    PROJECT,
)


def test_guide_records_round_trip() -> None:
    cases: list[tuple[Any, dict[str, Any]]] = [
        (Project, PROJECT),
        (Importer, IMPORTER),
        (Cleaner, CLEANER),
        (Analysis, ANALYSIS_LISTED),
        (Analysis, ANALYSIS_RETRIEVED),
        (AnalysisConfig, ANALYSIS_CONFIG),
        (Gate, GATE_LISTED),
    ]
    for model, wire in cases:
        assert model.from_dict(copy.deepcopy(wire)).to_dict() == wire, model.__name__


def test_id_or_nested_foreign_keys_parse_both_ways() -> None:
    listed = Analysis.from_dict(ANALYSIS_LISTED)
    retrieved = Analysis.from_dict(ANALYSIS_RETRIEVED)
    assert listed.analysisconfig == ANALYSIS_CONFIG["id"]
    assert isinstance(retrieved.analysisconfig, AnalysisConfig)
    assert retrieved.analysisconfig.input_freq == "3H"

    project = Project.from_dict(PROJECT)
    assert isinstance(project.organization, Organization)
    assert project.organization.name == "Openergy"
    by_id = Project.from_dict(
        {**PROJECT, "odata": {"id": PROJECT["odata"], "name": "x", "mail_alerts_activated": False}}
    )
    assert isinstance(by_id.odata, OdataProject) and by_id.odata.id == PROJECT["odata"]
    assert Project.from_dict(PROJECT).odata == PROJECT["odata"]

    assert Gate.from_dict(GATE_LISTED).base_feeder == BASE_FEEDER["id"]
    nested = Gate.from_dict({**GATE_LISTED, "base_feeder": BASE_FEEDER})
    assert isinstance(nested.base_feeder, BaseFeeder)
    assert nested.base_feeder.crontab == "0 0 * * * *"
    assert Gate.from_dict({**GATE_LISTED, "base_feeder": None}).base_feeder is None


def test_unknown_fields_are_kept() -> None:
    wire = {**IMPORTER, "new_platform_field": {"nested": [1, 2]}}
    importer = Importer.from_dict(wire)
    assert importer.additional_properties == {"new_platform_field": {"nested": [1, 2]}}
    assert importer.to_dict() == wire


def test_unknown_enum_values_parse() -> None:
    task = Task.from_dict(
        {
            "id": "t1",
            "rights": None,
            "target": None,
            "base": {
                "status": "paused-by-operator",
                "creation_date": "2020-04-16T15:14:59.248897Z",
                "start_date": None,
                "end_date": None,
                "message": "",
            },
        }
    )
    assert isinstance(task.base, TaskBase) and task.base.status == "paused-by-operator"
    feeder = BaseFeeder.from_dict({**BASE_FEEDER, "child_model": "mqttfeeder"})
    assert feeder.child_model == "mqttfeeder"
    cleaner = Cleaner.from_dict({**CLEANER, "model": "multicleaner"})
    assert cleaner.model == "multicleaner"
