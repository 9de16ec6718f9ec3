"""File names written by the download tools are valid on Windows, macOS and Linux."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ovbp_facade.tools import safe_file_name, unique_file_name

FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)} | {"\x7f"}
RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{d}" for p in ("COM", "LPT") for d in "0123456789¹²³"}


def assert_portable(name: str, max_bytes: int = 100) -> None:
    assert name
    assert not FORBIDDEN & set(name), name
    assert not name.endswith((".", " ")) and not name.startswith(" ")
    assert name.split(".", 1)[0].rstrip(" ").upper() not in RESERVED, name
    assert len(name.encode("utf-8")) <= max_bytes
    assert name not in (".", "..")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("importer-a", "importer-a"),
        ("a/b\\c", "a_b_c"),
        ('x<>:"|?*y', "x_______y"),
        ("tab\there", "tab_here"),
        ("trailing dots...", "trailing dots"),
        ("  spaced  ", "spaced"),
        ("..", "_"),
        ("", "_"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("Com1", "_Com1"),
        ("console", "console"),
        ("température °C", "température °C"),
        ("a\ud800b\x85", "a_b_"),
    ],
)
def test_examples(raw: str, expected: str) -> None:
    assert safe_file_name(raw) == expected


def test_long_names_are_cut_on_a_character_boundary() -> None:
    name = safe_file_name("é" * 300, max_bytes=101)
    assert name == "é" * 50


@given(st.text(max_size=300), st.integers(min_value=8, max_value=255))
def test_safe_names_are_portable(raw: str, max_bytes: int) -> None:
    name = safe_file_name(raw, max_bytes)
    assert_portable(name, max_bytes)
    assert safe_file_name(name, max_bytes) == name


@given(st.lists(st.text(max_size=150), max_size=30))
def test_unique_names_never_collide_ignoring_case(raws: list[str]) -> None:
    used: set[str] = {"#cleaner.json"}
    names = [unique_file_name(raw, used, ".json") for raw in raws]
    folded = [n.casefold() for n in names]
    assert len(set(folded)) == len(folded)
    assert "#cleaner.json" not in folded
    for name in names:
        assert name.endswith(".json")
        assert_portable(name, 100 + len(".json"))


def test_collisions_get_a_counter() -> None:
    used: set[str] = set()
    assert [unique_file_name(n, used, ".json") for n in ["a", "A", "a?", "a_", "a"]] == [
        "a.json",
        "A-2.json",
        "a_.json",
        "a_-2.json",
        "a-3.json",
    ]
