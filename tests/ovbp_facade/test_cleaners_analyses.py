"""Cleaner unitcleaners, Excel round trip (ovbp_facade.excel), analysis config/inputs/outputs."""

from __future__ import annotations

import pathlib

import pytest

from ovbp_facade import (
    AnalysisConfig,
    AnalysisInput,
    AnalysisOutput,
    Client,
    Project,
    TaskDidNotFinishSuccessfully,
    Unitcleaner,
)
from ovbp_facade.guide_scripts import ANALYSIS_SCRIPT


def test_unitcleaners(client: Client, project: Project) -> None:
    project.create_importer("imp")
    cleaner = project.get_cleaner("imp")
    assert cleaner.list_all_unitcleaners() == []
    assert cleaner.list_all_importer_series() == []
    uc = cleaner.create_unitcleaner("a", name="a-cleaned", freq="1H")
    assert isinstance(uc, Unitcleaner)
    assert (uc.name, uc.freq, uc.input_unit_type, uc.interpolate_limit) == (
        "a-cleaned",
        "1H",
        "instantaneous",
        0,
    )
    assert uc.operation_fct is None and uc.input_expected_regular is False
    assert repr(uc) == f"<odata/unitcleaners: a-cleaned ({uc.id})>"
    assert cleaner.get_unitcleaner("a").id == uc.id
    assert [u.id for u in cleaner.list_all_unitcleaners()] == [uc.id]
    uc.update(label="new label")
    assert uc.label == "new label"
    for u in cleaner.list_all_unitcleaners():
        u.delete()
    assert cleaner.list_all_unitcleaners() == []


def test_excel_round_trip(client: Client, project: Project, tmp_path: pathlib.Path) -> None:
    import openpyxl

    project.create_importer("xl")
    cleaner = project.get_cleaner("xl")
    cleaner.create_unitcleaner("a", name="a-cleaned")
    path = tmp_path / "xl.xlsx"
    cleaner.export_configuration_to_excel(str(path))
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Series"]
    assert sheet["B3"].value == "xl"
    assert sheet["A8"].value == "a"
    sheet["C8"] = "x"
    sheet["E8"] = "30min"
    sheet["A9"] = "b"
    sheet["B9"] = "b-cleaned"
    sheet["C9"] = "x"
    for column, value in zip("EFGHI", ["1H", "instantaneous", "left", "tzt", "Europe/Paris"], strict=True):
        sheet[f"{column}9"] = value
    workbook.save(path)
    cleaner.configure_from_excel(path)
    by_name = {u.external_name: u for u in cleaner.list_all_unitcleaners()}
    assert by_name["a"].freq == "30min"
    assert by_name["b"].name == "b-cleaned"


def test_analysis_configuration(client: Client, project: Project) -> None:
    project.create_importer("src")
    cleaner = project.get_cleaner("src")
    analysis = project.create_analysis("analysis-a", comment="documentation analysis")
    assert project.get_analysis("analysis-a").id == analysis.id
    assert analysis.get_analysis_config() is None
    config = analysis.create_analysis_config("3H", "3H", ANALYSIS_SCRIPT)
    assert isinstance(config, AnalysisConfig)
    assert (config.input_freq, config.script_method, config.wait_offset) == ("3H", "array", "6H")
    analysis.reload()
    got = analysis.get_analysis_config()
    assert got is not None and got.id == config.id and got.script == ANALYSIS_SCRIPT
    ai = analysis.create_analysis_input(cleaner, "a-cleaned", "a-cleaned")
    assert isinstance(ai, AnalysisInput)
    assert repr(ai) == f"<odata/analysis_inputs: {ai.id}>"
    assert ai.input_series_generator == cleaner.id
    assert [x.id for x in analysis.list_all_analysis_inputs()] == [ai.id]
    ao = analysis.create_analysis_output("a-output", "mean", unit="°C")
    assert isinstance(ao, AnalysisOutput) and ao.unit == "°C"
    assert [x.name for x in analysis.list_all_analysis_outputs()] == ["a-output"]
    if not analysis.active:
        analysis.activate()
    assert analysis.active is True
    assert project.list_all_analyses()[0].id == analysis.id


def test_an_analysis_run_before_its_configuration_fails_saying_so(project: Project) -> None:
    analysis = project.create_analysis("not configured yet")
    assert analysis.get_analysis_config() is None
    task = analysis.run()
    with pytest.raises(TaskDidNotFinishSuccessfully, match="no configuration") as info:
        task.wait_for_completion(period=100, timeout=60)
    assert info.value.task_id == task.id and info.value.status == "failed"


def test_notifications_filter(client: Client, project: Project) -> None:
    assert project.list_all_notifications(resolved=False) == []
    assert project.list_all_notifications() == []
    with pytest.raises(ValueError, match="allowed filters"):
        client.notifications.list(filter_by={"title": "x"})
