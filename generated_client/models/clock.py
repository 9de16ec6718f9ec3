from typing import Literal

Clock = Literal["dst", "gmt", "tzt"]

CLOCK_VALUES: set[Clock] = {
    "dst",
    "gmt",
    "tzt",
}


def check_clock(value: str) -> Clock:
    if value in CLOCK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLOCK_VALUES!r}")
