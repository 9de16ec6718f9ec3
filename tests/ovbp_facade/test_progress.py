"""Progress bars are tqdm.auto's: widgets in a notebook where ipywidgets is installed, text elsewhere.
The test swaps tqdm.auto's bar for a recording one and asks each client for progress."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
import tqdm.auto
import tqdm.std

from ovbp_sandbox import Sandbox
from tests.support.sandboxes import GuideRun

from .both_clients import Kind, run, sandbox_client, settle


class RecordedBar(tqdm.std.tqdm):  # type: ignore[type-arg]
    descriptions: ClassVar[list[str]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        RecordedBar.descriptions.append(str(kwargs.get("desc")))
        super().__init__(*args, **{**kwargs, "disable": True})


def test_progress_goes_through_tqdm_auto(
    kind: Kind, sandbox: Sandbox, guide: GuideRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    RecordedBar.descriptions = []
    monkeypatch.setattr(tqdm.auto, "tqdm", RecordedBar)
    importer = str(guide.results.importer.id)
    client = sandbox_client(kind, sandbox)

    async def body() -> None:
        series = await settle(client.series.list_all(filter_by={"generator": importer}, progress=True))
        frame = await settle(
            client.series.select_all(series, start="2012-01-01", end="2012-01-03", window="1D", progress=True)
        )
        assert len(frame) > 0
        await settle(client.close())

    run(body)
    assert RecordedBar.descriptions == ["select_all"]
