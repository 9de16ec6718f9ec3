from typing import Literal

Convention = Literal["left", "right"]

CONVENTION_VALUES: set[Convention] = {
    "left",
    "right",
}


def check_convention(value: str) -> Convention:
    if value in CONVENTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVENTION_VALUES!r}"
    )
