"""Analysis computation: resample to input_freq, wait_offset, analyze, outputs."""

from __future__ import annotations

import pandas as pd
import pytest

from ovbp_sandbox.scripts.runner import ScriptError
from ovbp_sandbox.timeseries.analysis import build_input_frame, compute_analysis

SCRIPT = """
import pandas as pd

def analyze(df, **tools):
    return pd.DataFrame({"a-output": df.mean(axis=1), "undeclared": df.sum(axis=1)})
"""


def cleaned(value: float) -> pd.Series:
    """A cleaned series as stored: naive UTC."""
    return pd.Series(value, index=pd.date_range("2012-01-01 01:00", periods=24, freq="h"))


UTC = {"output_timezone": "UTC", "clock": "gmt"}  # local bins = UTC bins: the expectations read plainly


def test_guide_analysis() -> None:
    config = {"input_freq": "3H", "output_freq": "3H", "wait_offset": "6H", "script": SCRIPT, **UTC}
    inputs = {"a-cleaned": cleaned(1.0), "b-cleaned": cleaned(2.0)}
    result = compute_analysis(inputs, config, [{"name": "a-output", "resample_rule": "mean"}], 30)
    assert list(result) == ["a-output"]
    out = result["a-output"]
    assert list(out.index) == list(pd.date_range("2012-01-01 03:00", "2012-01-01 18:00", freq="3h"))
    assert (out == 1.5).all()


def test_output_freq_and_rule() -> None:
    config = {"input_freq": "1H", "output_freq": "6H", "wait_offset": "0H", "script": SCRIPT, **UTC}
    result = compute_analysis(
        {"x": cleaned(1.0)}, config, [{"name": "undeclared", "resample_rule": "sum"}], 30
    )
    out = result["undeclared"]
    assert out.tolist() == [6.0, 6.0, 6.0, 6.0]
    assert out.index[0] == pd.Timestamp("2012-01-01 06:00")


def test_input_frame_end_labelled() -> None:
    df = build_input_frame({"a": cleaned(1.0)}, "3H", "UTC")
    assert df.index[0] == pd.Timestamp("2012-01-01 03:00", tz="UTC")
    assert df.index[-1] == pd.Timestamp("2012-01-02 00:00", tz="UTC")
    paris = build_input_frame({"a": cleaned(1.0)}, "3H", "Europe/Paris")  # bins drawn on local time
    assert paris.index[0] == pd.Timestamp("2012-01-01 03:00", tz="Europe/Paris")


def test_nothing_before_inputs_exist() -> None:
    config = {"input_freq": "3H", "wait_offset": "6H", "script": SCRIPT}
    assert compute_analysis({"a": pd.Series([], dtype=float)}, config, [{"name": "a-output"}], 30) == {}


def test_script_error_propagates() -> None:
    config = {
        "input_freq": "3H",
        "wait_offset": "0H",
        "script": "def analyze(df, **t):\n    raise KeyError('x')\n",
    }
    with pytest.raises(ScriptError, match="KeyError"):
        compute_analysis({"a": cleaned(1.0)}, config, [{"name": "a"}], 30)
