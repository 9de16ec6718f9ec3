"""Platform crontabs: six fields with SECONDS FIRST (`0 0 0 1 1 *` = every 1 January at 00:00:00).

croniter wants seconds last in six-field mode, so fields are reordered before use.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from croniter import croniter

from ovbp_sandbox.errors import InvalidOptions

EXAMPLE = "`0 0 0 1 1 *` (seconds minutes hours day-of-month month day-of-week: every 1 January at 00:00:00)"


def _to_croniter(crontab: str) -> str:
    fields = crontab.split()
    return " ".join([*fields[1:], fields[0]])


def crontab_errors(value: object, field: str = "crontab") -> dict[str, list[str]]:
    """Messages for an invalid crontab (empty dict when valid)."""
    if not isinstance(value, str):
        return {field: [f"{value!r} is not a crontab: expected a string of six fields, e.g. {EXAMPLE}."]}
    fields = value.split()
    if len(fields) != 6:
        return {
            field: [
                f"{value!r} has {len(fields)} fields; a crontab has six fields, seconds first, "
                f"e.g. {EXAMPLE}."
            ]
        }
    if not croniter.is_valid(_to_croniter(value)):
        return {field: [f"{value!r} is not a valid crontab; six fields, seconds first, e.g. {EXAMPLE}."]}
    return {}


def validate_crontab(value: object, field: str = "crontab") -> None:
    """Raise InvalidOptions naming ``field`` when ``value`` is not a platform crontab."""
    InvalidOptions.raise_if_any(crontab_errors(value, field))


def next_fire_time(crontab: str, timezone: str, after: dt.datetime) -> dt.datetime:
    """Next time strictly after ``after`` (aware) when ``crontab`` fires in ``timezone``; answered in UTC."""
    validate_crontab(crontab)
    zone = zoneinfo.ZoneInfo(timezone)
    local_after = after.astimezone(zone)
    nxt = croniter(_to_croniter(crontab), local_after).get_next(dt.datetime)
    assert isinstance(nxt, dt.datetime)
    if nxt.tzinfo is None:
        nxt = nxt.replace(tzinfo=zone)
    return nxt.astimezone(dt.UTC)
