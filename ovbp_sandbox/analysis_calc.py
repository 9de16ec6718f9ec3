"""One analysis computation: inputs -> ``analyze`` -> declared outputs at ``output_freq``.

Inputs (stored series, whose points are labelled at the end of their interval) are averaged to
``input_freq`` in intervals (t - freq, t] labelled t. ``wait_offset`` holds back the most recent
results: output timestamps later than (the earliest of the inputs' last timestamps - wait_offset)
are dropped, since later inputs may still arrive. Each declared output is then aggregated to
``output_freq`` with its own resample_rule, in the same end-labelled intervals.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from .cleaning import MAX_STEPS, aggregate
from .frequencies import check_steps, parse_frequency
from .scripts import run_analyze


def build_input_frame(inputs: Mapping[str, pd.Series], input_freq: str) -> pd.DataFrame:
    """Average every input to ``input_freq`` (end-labelled) and join them as columns."""
    freq = parse_frequency(input_freq, "input_freq")
    alias = freq.alias
    columns: dict[str, pd.Series] = {}
    for name, points in inputs.items():
        se = points.dropna()
        if len(se):
            check_steps(se.index[0], se.index[-1], freq, "input_freq", MAX_STEPS)
        columns[name] = se.resample(alias, closed="right", label="right").mean() if len(se) else se
    df = pd.DataFrame(columns)
    df.index = pd.DatetimeIndex(df.index)
    return df


def last_complete_instant(inputs: Mapping[str, pd.Series], wait_offset: str) -> pd.Timestamp | None:
    """Latest output timestamp allowed by ``wait_offset`` (None when an input is empty)."""
    offset = parse_frequency(wait_offset, "wait_offset", allow_zero=True).timedelta
    lasts = [points.dropna().index.max() for points in inputs.values() if len(points.dropna())]
    if not lasts or len(lasts) < len(inputs):
        return None
    return pd.Timestamp(min(lasts)) - offset


def compute_analysis(
    inputs: Mapping[str, pd.Series],
    config: Mapping[str, Any],
    outputs: Sequence[Mapping[str, Any]],
    timeout_s: float,
) -> dict[str, pd.Series]:
    """Run the analysis; answer output name -> points (empty dict when there is nothing to compute yet)."""
    input_freq = str(config.get("input_freq") or "1H")
    output_alias = parse_frequency(config.get("output_freq") or input_freq, "output_freq").alias
    limit = last_complete_instant(inputs, str(config.get("wait_offset") or "0H"))
    if limit is None:
        return {}
    df = build_input_frame(inputs, input_freq)
    df = df[df.index <= limit]
    if df.empty:
        return {}
    result = run_analyze(str(config.get("script") or ""), df, timeout_s)
    answer: dict[str, pd.Series] = {}
    for output in outputs:
        name = str(output["name"])
        if name not in result.columns:
            continue
        se = result[name].dropna()
        se = se[se.index <= limit]
        if se.empty:
            answer[name] = se.astype("float64")
            continue
        rule = str(output.get("resample_rule") or "mean")
        resampled = aggregate(se.resample(output_alias, closed="right", label="right"), rule).dropna()
        resampled.index = pd.DatetimeIndex(resampled.index).as_unit("ms")
        answer[name] = resampled.astype("float64")
    return answer
