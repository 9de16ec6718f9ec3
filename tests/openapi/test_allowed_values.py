"""The client's Excel check and the sandbox allow the same values: both take them from the spec."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ovbp_facade import frequencies as client_frequencies
from ovbp_facade.excel import layout
from ovbp_sandbox.timeseries import allowed, frequencies

SPELLINGS = [
    *("1H", "3H", "h", "15min", "15T", "10S", "30s", "1D", "D", "2W", "500ms", "500L", "1d"),
    *("30sec", "1 H", "2hours", "1w", "1M", "1m", "H1", "", "1.5H", "-1H", "1Y", "15 min", "0H"),
]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_frequency_passes_both_checks_or_neither(spelling: str) -> None:
    sandbox_accepts = frequencies.frequency_errors(spelling, "freq") == {}
    assert layout.is_platform_frequency(spelling) is sandbox_accepts


@given(st.text(alphabet="0123456789 HhTtSsDdWwLlMmsinecour.-", max_size=8))
def test_any_text_passes_both_checks_or_neither(spelling: str) -> None:
    sandbox_accepts = frequencies.frequency_errors(spelling, "freq") == {}
    assert layout.is_platform_frequency(spelling) is sandbox_accepts


def test_the_lists_are_the_same() -> None:
    assert set(layout.UNIT_TYPES) == set(allowed.UNIT_TYPES)
    assert set(layout.CONVENTIONS) == set(allowed.CONVENTIONS)
    assert set(layout.CLOCKS) == set(allowed.CLOCKS)
    assert set(layout.RESAMPLE_RULES) == set(allowed.RESAMPLE_RULES)
    assert (
        set(client_frequencies.FREQUENCY_UNITS)
        == set(allowed.FREQUENCY_UNITS)
        == set(frequencies.PANDAS_UNITS)
    )


@pytest.mark.parametrize("spelling", [s for s in SPELLINGS if frequencies.frequency_errors(s, "f") == {}])
def test_the_client_and_the_sandbox_read_the_same_length(spelling: str) -> None:
    assert client_frequencies.frequency_length(spelling) == frequencies.parse_frequency(spelling).timedelta
    assert pd.Timedelta(frequencies.parse_frequency(spelling).alias) == client_frequencies.frequency_length(
        spelling
    )
