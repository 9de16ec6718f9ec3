from typing import Literal

UnitType = Literal[
    "delta", "instantaneous", "instantaneous_discrete", "integral", "mean"
]

UNIT_TYPE_VALUES: set[UnitType] = {
    "delta",
    "instantaneous",
    "instantaneous_discrete",
    "integral",
    "mean",
}


def check_unit_type(value: str) -> UnitType:
    if value in UNIT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UNIT_TYPE_VALUES!r}")
