"""What the dashboard's tests share besides fixtures: the board of the shared sandbox, a big series,
an importer that fails."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
import pandas as pd

from ovbp_facade import Importer, Project
from tests.support.sandboxes import GuideRun

BIG_POINTS = 1_000_000


@dataclass(frozen=True)
class Board:
    """The dashboard of the shared sandbox, for its default user, once the guide has run."""

    url: str
    auth: tuple[str, str]
    guide: GuideRun

    def client(self, auth: tuple[str, str] | None = None) -> httpx.Client:
        return httpx.Client(base_url=self.url, auth=auth or self.auth, timeout=60)


@dataclass(frozen=True)
class BigSeries:
    project: Project
    series_id: str
    values: pd.Series


FAILING_SCRIPT = """
def parse(content_bytes, rel_path, **tools):
    raise RuntimeError("Kaboom while parsing " + rel_path)
"""


@dataclass(frozen=True)
class Failing:
    project: Project
    importer: Importer
