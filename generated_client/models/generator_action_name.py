from typing import Literal

GeneratorActionName = Literal["clear", "reset", "run"]

GENERATOR_ACTION_NAME_VALUES: set[GeneratorActionName] = {
    "clear",
    "reset",
    "run",
}


def check_generator_action_name(value: str) -> GeneratorActionName:
    if value in GENERATOR_ACTION_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATOR_ACTION_NAME_VALUES!r}"
    )
