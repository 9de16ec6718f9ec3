"""The Excel check's frequencies, and the workbook round trip as a property over many configurations."""

from __future__ import annotations

import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ovbp_facade.excel import (
    CLOCKS,
    CONVENTIONS,
    RESAMPLE_RULES,
    UNIT_TYPES,
    UNITCLEANER_FIELDS,
    is_platform_frequency,
    read_cleaner_workbook,
    timezone_names,
    write_cleaner_workbook,
)
from ovbp_facade.unitcleaner_changes import plan_unitcleaner_changes
from tests.ovbp_facade.excel.workbooks import fields, mark, unitcleaner


@pytest.mark.parametrize("value", ["1H", "3H", "6H", "15min", "15T", "10S", "30s", "1D", "1W", "H", "500ms"])
def test_platform_frequencies(value: str) -> None:
    assert is_platform_frequency(value)


@pytest.mark.parametrize("value", ["", "0H", "1 H", "1M", "hourly", "1.5H", "H1", "-1H", "1Hz"])
def test_not_platform_frequencies(value: str) -> None:
    assert not is_platform_frequency(value)


def test_zero_wait_offset_is_allowed() -> None:
    assert is_platform_frequency("0H", allow_zero=True)


# ------------------------------------------------------------------------------------ property test

#: the unitcleaner fields that are text or null (functions and custom offsets)
OPTIONAL_TEXT = tuple(k for k in UNITCLEANER_FIELDS if k.endswith("_fct") or k.startswith("custom_"))

_TEXT_ALPHABET = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters="\x85\u2028\u2029"
) | st.sampled_from("\n\t")
_text = st.text(_TEXT_ALPHABET, max_size=30)
_non_blank = _text.filter(lambda s: s.strip() != "")
_freq = st.builds(
    lambda n, unit: f"{n}{unit}",
    st.sampled_from(["", "1", "2", "15", "30", "120"]),
    st.sampled_from(["H", "h", "min", "T", "S", "s", "D", "W"]),
)


@st.composite
def configs(draw: st.DrawFn) -> list[dict[str, Any]]:
    names = draw(st.lists(_non_blank, min_size=1, max_size=6, unique=True))
    out = []
    for external_name in names:
        out.append(
            unitcleaner(
                external_name,
                name=draw(_non_blank),
                freq=draw(_freq),
                input_unit_type=draw(st.sampled_from(UNIT_TYPES)),
                unit_type=draw(st.sampled_from(UNIT_TYPES)),
                input_convention=draw(st.sampled_from(CONVENTIONS)),
                clock=draw(st.sampled_from(CLOCKS)),
                timezone=draw(st.sampled_from(timezone_names())),
                unit=draw(st.just("") | _non_blank),
                label=draw(st.just("") | _non_blank),
                resample_rule=draw(st.sampled_from(RESAMPLE_RULES)),
                interpolate_limit=draw(st.integers(0, 10_000)),
                wait_offset=draw(_freq | st.just("0H")),
                input_expected_regular=draw(st.booleans()),
                **{k: draw(st.none() | _non_blank) for k in OPTIONAL_TEXT},
            )
        )
    return out


_UNCONFIGURED = st.lists(st.text(string.ascii_letters, min_size=1, max_size=8), max_size=3)
_FIXTURE_OK = [HealthCheck.function_scoped_fixture]  # tmp_path: each example overwrites the one file


@settings(max_examples=12, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(ucs=configs(), unconfigured=_UNCONFIGURED)
def test_round_trip_property(tmp_path: Path, ucs: list[dict[str, Any]], unconfigured: list[str]) -> None:
    _round_trip(tmp_path, ucs, unconfigured)


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(ucs=configs(), unconfigured=_UNCONFIGURED)
def test_round_trip_property_thoroughly(
    tmp_path: Path, ucs: list[dict[str, Any]], unconfigured: list[str]
) -> None:
    _round_trip(tmp_path, ucs, unconfigured)


def _round_trip(tmp_path: Path, ucs: list[dict[str, Any]], unconfigured: list[str]) -> None:
    """Written, every row marked, read back: the same fields, and nothing to change on the platform."""
    path = tmp_path / "property.xlsx"
    write_cleaner_workbook(
        path, project_name="p", cleaner_name="c", unitcleaners=ucs, unconfigured_external_names=unconfigured
    )
    mark(path, {row: "x" for row in range(8, 8 + len(ucs))})
    rows = read_cleaner_workbook(path)
    assert rows == [fields(uc) for uc in ucs]
    assert plan_unitcleaner_changes(rows, {uc["external_name"]: uc for uc in ucs}) == ([], [])
