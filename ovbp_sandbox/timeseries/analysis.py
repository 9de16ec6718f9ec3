"""One analysis computation: inputs -> ``analyze`` -> declared outputs at ``output_freq``.

Inputs come as naive UTC (how regular series are stored). They are averaged to ``input_freq`` in
intervals (t - freq, t] labelled t, drawn on the wall time of the config's ``clock`` (tzt: local time
of ``output_timezone``, days and DST changes included; gmt: UTC; dst: the standard offset); the
script sees its frame on naive times of that clock (in ``tzt`` the repeated autumn hour shows twice).
``wait_offset`` holds back the most recent results: output timestamps later than (the earliest of
the inputs' last timestamps - wait_offset) are dropped, since later inputs may still arrive. Each
declared output is then aggregated to ``output_freq`` with its own resample_rule, in the same
end-labelled intervals, and answered as naive UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from ovbp_sandbox.scripts.runner import run_analyze
from ovbp_sandbox.timeseries import clocks
from ovbp_sandbox.timeseries.cleaning import MAX_STEPS, aggregate
from ovbp_sandbox.timeseries.frequencies import check_steps, parse_frequency


def build_input_frame(
    inputs: Mapping[str, pd.Series], input_freq: str, timezone: str | dt.tzinfo
) -> pd.DataFrame:
    """Average every input (naive UTC) to ``input_freq`` (end-labelled bins of ``timezone``); aware index."""
    freq = parse_frequency(input_freq, "input_freq")
    columns: dict[str, pd.Series] = {}
    for name, points in inputs.items():
        se = points.dropna()
        if len(se):
            check_steps(se.index[0], se.index[-1], freq, "input_freq", MAX_STEPS)
            local = pd.Series(
                se.to_numpy(), index=clocks.to_local_aware(pd.DatetimeIndex(se.index), timezone)
            )
            columns[name] = local.resample(freq.alias, closed="right", label="right").mean()
        else:
            columns[name] = pd.Series([], index=pd.DatetimeIndex([], tz=timezone), dtype="float64")
    return pd.DataFrame(columns)


def last_complete_instant(inputs: Mapping[str, pd.Series], wait_offset: str) -> pd.Timestamp | None:
    """Latest output time (naive UTC) allowed by ``wait_offset`` (None when an input is empty)."""
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
    """Run the analysis; answer output name -> points (naive UTC; empty dict when nothing to compute yet)."""
    input_freq = str(config.get("input_freq") or "1H")
    output_alias = parse_frequency(config.get("output_freq") or input_freq, "output_freq").alias
    clock = str(config.get("clock") or "tzt")
    timezone = str(config.get("output_timezone") or "Europe/Paris")
    limit = last_complete_instant(inputs, str(config.get("wait_offset") or "0H"))
    if limit is None:
        return {}
    zone = clocks.clock_zone(clock, timezone, int(limit.year))
    df = build_input_frame(inputs, input_freq, zone)
    df = df[clocks.aware_to_utc(pd.DatetimeIndex(df.index)) <= limit]
    if df.empty:
        return {}
    aware = pd.DatetimeIndex(df.index)
    naive = aware.tz_localize(None)  # wall times of the clock
    result = run_analyze(str(config.get("script") or ""), df.set_axis(naive, axis=0), timeout_s)
    # the script's times back to aware: exactly the inputs' times when it kept them, else read in `clock`
    if pd.DatetimeIndex(result.index).equals(naive):
        result_aware = aware
    else:
        utc = clocks.to_utc(pd.DatetimeIndex(result.index), clock, timezone)
        result_aware = clocks.to_local_aware(utc, zone)
    result = result.set_axis(result_aware, axis=0)
    answer: dict[str, pd.Series] = {}
    for output in outputs:
        name = str(output["name"])
        if name not in result.columns:
            continue
        se = result[name].dropna()
        se = se[clocks.aware_to_utc(pd.DatetimeIndex(se.index)) <= limit]
        if se.empty:
            answer[name] = pd.Series([], index=pd.DatetimeIndex([]).as_unit("ms"), dtype="float64")
            continue
        rule = str(output.get("resample_rule") or "mean")
        resampled = aggregate(se.resample(output_alias, closed="right", label="right"), rule).dropna()
        resampled.index = clocks.aware_to_utc(pd.DatetimeIndex(resampled.index)).as_unit("ms")
        answer[name] = resampled[resampled.index <= limit].astype("float64")  # an interval not complete yet
    return answer
