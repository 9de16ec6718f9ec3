"""Options the engine could not honour, refused when a record is written (messages name field and value)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.engine.crontab import crontab_errors
from ovbp_sandbox.errors import InvalidOptions
from ovbp_sandbox.timeseries.allowed import RESAMPLE_RULES
from ovbp_sandbox.timeseries.cleaning import choice_errors, validate_unitcleaner
from ovbp_sandbox.timeseries.frequencies import frequency_errors
from ovbp_sandbox.timeseries.selection import select_errors
from ovbp_sandbox.timeseries.timezones import clock_errors, timezone_errors

Errors = dict[str, list[str]]


def validate(collection: str, fields: dict[str, Any]) -> None:
    """Raise InvalidOptions when ``fields`` of a ``collection`` record hold something the engine refuses."""
    check = _CHECKS.get(collection)
    if check is not None:
        InvalidOptions.raise_if_any(check(fields))


def _generator_errors(collection: str, fields: Mapping[str, Any]) -> Errors:
    errors: Errors = {}
    if "crontab" in fields:
        errors.update(crontab_errors(fields["crontab"]))
    root = fields.get("root_dir_path")
    if collection == r.IMPORTERS and isinstance(root, str) and ".." in root.replace("\\", "/").split("/"):
        errors["root_dir_path"] = [f"{root!r} may not contain `..`; give a folder of the gate's FTP home."]
    if collection == r.BASE_FEEDERS and "timezone" in fields:
        errors.update(timezone_errors(fields["timezone"]))
    return errors


def _analysis_config_errors(fields: Mapping[str, Any]) -> Errors:
    errors: Errors = {}
    for name in ("input_freq", "output_freq"):
        if name in fields:
            errors.update(frequency_errors(fields[name], name))
    if "wait_offset" in fields:
        errors.update(frequency_errors(fields["wait_offset"], "wait_offset", allow_zero=True))
    if "clock" in fields:
        errors.update(clock_errors(fields["clock"]))
    if "output_timezone" in fields:
        errors.update(timezone_errors(fields["output_timezone"], "output_timezone"))
    return errors


def _analysis_output_errors(fields: Mapping[str, Any]) -> Errors:
    if "resample_rule" not in fields:
        return {}
    return choice_errors(fields["resample_rule"], "resample_rule", RESAMPLE_RULES)


def export_errors(body: Mapping[str, Any]) -> Errors:
    """Messages for an invalid export request (empty when valid)."""
    errors: Errors = {}
    if body.get("out_freq"):
        errors.update(frequency_errors(body["out_freq"], "out_freq"))
    if body.get("clock"):
        errors.update(clock_errors(body["clock"]))
    if body.get("out_mode") not in (None, "series", "dataframe"):
        errors["out_mode"] = [f"{body['out_mode']!r} is not allowed; use `series` or `dataframe`."]
    for name in ("start", "end"):
        if body.get(name):
            for messages in select_errors({"start": str(body[name])}).values():
                errors[name] = messages
    return errors


def _select_errors(fields: Mapping[str, Any]) -> Errors:
    return select_errors({k: str(v) for k, v in fields.items() if v is not None})


_CHECKS: dict[str, Callable[[dict[str, Any]], Errors]] = {
    r.UNITCLEANERS: validate_unitcleaner,
    r.IMPORTERS: lambda fields: _generator_errors(r.IMPORTERS, fields),
    r.BASE_FEEDERS: lambda fields: _generator_errors(r.BASE_FEEDERS, fields),
    r.ANALYSIS_CONFIGS: _analysis_config_errors,
    r.ANALYSIS_OUTPUTS: _analysis_output_errors,
    "select": _select_errors,
    "odata/series/select": _select_errors,
    "odata/series/multi_select": _select_errors,
    "export": export_errors,
    "odata/series/export": export_errors,
}
