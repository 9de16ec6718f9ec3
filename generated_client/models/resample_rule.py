from typing import Literal

ResampleRule = Literal["first", "last", "max", "mean", "median", "min", "sum"]

RESAMPLE_RULE_VALUES: set[ResampleRule] = {
    "first",
    "last",
    "max",
    "mean",
    "median",
    "min",
    "sum",
}


def check_resample_rule(value: str) -> ResampleRule:
    if value in RESAMPLE_RULE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESAMPLE_RULE_VALUES!r}"
    )
