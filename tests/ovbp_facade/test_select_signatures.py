"""The select options are the spec's: `SelectOptions` and every select_data signature (sync and async,
record and endpoint) take `series_select`'s query parameters, in the spec's order, positionally or by
keyword, then their flag."""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable

import pytest
import yaml

from ovbp_facade import AsyncSeries, AsyncSeriesEndpoint, Series, SeriesEndpoint
from ovbp_facade.select_options import SelectOptions
from ovbp_sandbox.spec_file import SPEC_PATH


def spec_options() -> list[str]:
    for item in yaml.safe_load(SPEC_PATH.read_text())["paths"].values():
        operation = item.get("get") or {}
        if operation.get("operationId") == "series_select":
            return [p["name"] for p in operation["parameters"] if p["in"] == "query"]
    raise AssertionError("no series_select in the spec")


def test_the_options_are_the_spec_s_query_parameters() -> None:
    assert [f.name for f in dataclasses.fields(SelectOptions)] == spec_options()
    assert SelectOptions(start="2020-01-01", dropna=True).query() == {"start": "2020-01-01", "dropna": True}


@pytest.mark.parametrize(
    ("method", "leading", "flag", "choices"),
    [
        (Series.select_data, ["self"], "return_se", ["tz"]),
        (AsyncSeries.select_data, ["self"], "return_se", ["tz"]),
        (SeriesEndpoint.select_data, ["self", "series"], "return_df", ["frame", "tz"]),
        (AsyncSeriesEndpoint.select_data, ["self", "series"], "return_df", ["frame", "tz"]),
    ],
)
def test_every_select_data_takes_them_in_order_then_its_flag(
    method: Callable[..., object], leading: list[str], flag: str, choices: list[str]
) -> None:
    """Positionally or by keyword, as the old client took them; then, by keyword only, the frame choices."""
    parameters = list(inspect.signature(method).parameters.values())
    positional = [p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD]
    assert positional == [*leading, *spec_options(), flag]
    assert [p.name for p in parameters[len(positional) :]] == choices
    assert all(p.kind is p.KEYWORD_ONLY for p in parameters[len(positional) :])
