"""Unitcleaner semantics: an importer series -> a regular series at ``freq``.

Chosen semantics (documented for users of the sandbox):
- input_convention ``left``: a value at t covers [t, t+step); ``right``: it covers (t-step, t].
- Output points are labelled at the END of their interval (hourly 00:00..23:00 ``left`` -> 01:00..24:00).
- clock says how the input timestamps are read (tzt: local time of ``timezone``; gmt: UTC; dst: local
  standard time). Intervals are drawn on the aware local time of ``timezone`` (a day is local midnight
  to midnight, 23 or 25 hours on DST days; the repeated autumn hour is two intervals), and the output
  is stored as naive UTC.
- unit_type ``integral``/``delta`` (extensive output): values are summed per interval; otherwise
  ``resample_rule`` aggregates (mean by default). ``input_unit_type`` must be of the same kind
  (intensive or extensive) as ``unit_type``: a conversion between kinds is refused, not faked.
- interpolate_limit: at most N missing steps between known values are filled linearly (0: none).
- input_expected_regular and wait_offset are accepted; the result does not depend on them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import pandas as pd

from ovbp_sandbox.timeseries import clocks
from ovbp_sandbox.timeseries.allowed import CONVENTIONS, RESAMPLE_RULES, UNIT_TYPES, allowed_text
from ovbp_sandbox.timeseries.frequencies import check_steps, frequency_errors, parse_frequency
from ovbp_sandbox.timeseries.timezones import clock_errors, timezone_errors

MAX_STEPS = 20_000_000  # points of one cleaned series
EXTENSIVE_TYPES = ("integral", "delta")  # summed when resampled; every other unit type is intensive
INTENSIVE_TYPES = tuple(t for t in UNIT_TYPES if t not in EXTENSIVE_TYPES)
UNSUPPORTED_FIELDS = (
    "operation_fct",
    "filter_fct",
    "derivative_filter_fct",
    "custom_fct",
    "custom_delay",
    "custom_before_offset",
    "custom_after_offset",
)


def choice_errors(value: object, field: str, allowed: tuple[str, ...]) -> dict[str, list[str]]:
    """Messages when ``value`` is not one of ``allowed`` (empty dict when it is)."""
    if value in allowed:
        return {}
    return {field: [f"{value!r} is not supported; allowed: {allowed_text(allowed)}."]}


def validate_unitcleaner(fields: Mapping[str, Any]) -> dict[str, list[str]]:
    """Messages for the options the sandbox cannot honour (only the fields present are checked)."""
    errors: dict[str, list[str]] = {}
    for name in UNSUPPORTED_FIELDS:
        value = fields.get(name)
        if value not in (None, ""):
            errors[name] = [f"{value!r}: the sandbox does not run {name}; leave it null."]
    checks: list[tuple[str, Any]] = [
        ("freq", lambda v: frequency_errors(v, "freq")),
        ("wait_offset", lambda v: frequency_errors(v, "wait_offset", allow_zero=True)),
        ("input_unit_type", lambda v: choice_errors(v, "input_unit_type", UNIT_TYPES)),
        ("unit_type", lambda v: choice_errors(v, "unit_type", UNIT_TYPES)),
        ("input_convention", lambda v: choice_errors(v, "input_convention", CONVENTIONS)),
        ("resample_rule", lambda v: choice_errors(v, "resample_rule", RESAMPLE_RULES)),
        ("clock", lambda v: clock_errors(v, "clock")),
        ("timezone", lambda v: timezone_errors(v, "timezone")),
    ]
    for name, check in checks:
        if name in fields:
            errors.update(check(fields[name]))
    errors.update(_unit_family_errors(fields))
    if "interpolate_limit" in fields:
        limit = fields["interpolate_limit"]
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            errors["interpolate_limit"] = [
                f"{limit!r} is not allowed; use a whole number of steps, 0 or more."
            ]
    return errors


def _family(unit_type: object) -> str | None:
    if unit_type in INTENSIVE_TYPES:
        return "intensive"
    if unit_type in EXTENSIVE_TYPES:
        return "extensive"
    return None


def _unit_family_errors(fields: Mapping[str, Any]) -> dict[str, list[str]]:
    """An input and an output unit type of different kinds need a conversion the sandbox does not make."""
    given, wanted = fields.get("input_unit_type"), fields.get("unit_type")
    given_family, wanted_family = _family(given), _family(wanted)
    if given_family is None or wanted_family is None or given_family == wanted_family:
        return {}
    return {
        "input_unit_type": [
            f"{given!r} ({given_family}) cleaned into unit_type {wanted!r} ({wanted_family}) needs a unit "
            f"conversion the sandbox does not make; use the same kind for both (intensive: "
            f"{allowed_text(INTENSIVE_TYPES)}; extensive: {allowed_text(EXTENSIVE_TYPES)})."
        ]
    }


def aggregate(resampler: Any, rule: str) -> pd.Series:
    """Apply a resample rule by name (``sum`` keeps NaN for empty intervals)."""
    result = resampler.sum(min_count=1) if rule == "sum" else getattr(resampler, rule)()
    assert isinstance(result, pd.Series)
    return result


def resample_end_labelled(points: pd.Series, alias: str, rule: str, convention: str) -> pd.Series:
    """Aggregate into intervals of ``alias`` labelled at their end (see module docstring)."""
    closed: Literal["left", "right"] = "left" if convention == "left" else "right"
    resampler = points.resample(alias, closed=closed, label="right")
    return aggregate(resampler, rule)


def clean(points: pd.Series, unitcleaner: Mapping[str, Any]) -> pd.Series:
    """Clean ``points`` (naive, as imported) following ``unitcleaner`` (wire fields; client defaults)."""
    freq = parse_frequency(unitcleaner.get("freq") or "1H", "freq")
    clock = str(unitcleaner.get("clock") or "tzt")
    timezone = str(unitcleaner.get("timezone") or "Europe/Paris")
    convention = str(unitcleaner.get("input_convention") or "left")
    unit_type = str(unitcleaner.get("unit_type") or "instantaneous")
    rule = str(unitcleaner.get("resample_rule") or "mean")
    limit = int(unitcleaner.get("interpolate_limit") or 0)
    if unit_type in EXTENSIVE_TYPES:
        rule = "sum"
    se = points.dropna().astype("float64")
    if se.empty:
        return pd.Series([], index=pd.DatetimeIndex([]).as_unit("ms"), dtype="float64")
    se = se.sort_index()
    utc = clocks.to_utc(pd.DatetimeIndex(se.index), clock, timezone)
    se = pd.Series(se.to_numpy(), index=clocks.to_local_aware(utc, timezone)).sort_index()
    check_steps(se.index[0], se.index[-1], freq, "freq", MAX_STEPS)
    result = resample_end_labelled(se, freq.alias, rule, convention)
    if limit > 0:
        result = result.interpolate(method="linear", limit=limit, limit_area="inside")
    result = result.dropna()
    result.index = clocks.aware_to_utc(pd.DatetimeIndex(result.index)).as_unit("ms")
    return result.astype("float64")
