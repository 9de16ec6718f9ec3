"""The sync facade is the async one derived (codegen/unasync_facade.py): nothing async survives, and an
async construct the rewrite cannot turn into sync code stops the derivation, naming it."""

from __future__ import annotations

import runpy
from pathlib import Path

import ovbp_facade

SCRIPT = runpy.run_path(str(Path(__file__).resolve().parents[2] / "codegen" / "unasync_facade.py"))


def test_the_derived_sync_facade_is_current_and_has_nothing_async() -> None:
    assert SCRIPT["main"](["--check"]) == 0
    derived = Path(ovbp_facade.__file__).parent / "_sync"
    for path in derived.rglob("*.py"):
        assert SCRIPT["leftovers"](path.read_text()) == [], path
    assert ovbp_facade.Client.__module__ == "ovbp_facade._sync.client"
    assert ovbp_facade.AsyncClient.__module__ == "ovbp_facade._async.client"


def test_async_words_left_by_the_rewrite_are_named() -> None:
    leftovers = SCRIPT["leftovers"]
    assert leftovers("x = await fetch()\nclient = AsyncThing()\nimport asyncio\n") == [
        "1: await",
        "2: AsyncThing",
        "3: asyncio",
    ]
    assert leftovers('x = "an Async word in a string, or await in a comment"  # await\n') == []
