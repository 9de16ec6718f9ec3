"""The engine tests' world: a store, an engine, an FTP root with the guide's files, and helpers."""

from __future__ import annotations

import os
import pathlib
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.engine import Engine

ORG = "org-1"
FAILING_PARSE = """
def parse(content_bytes, rel_path, **tools):
    return helper(content_bytes)

def helper(content):
    raise ValueError("cannot read " + str(len(content)) + " bytes")
"""


def guide_file(start: str = "2012-01-01") -> str:
    df = pd.DataFrame(
        dict(a=[1] * 24, b=[2] * 24, c=[3] * 24), index=pd.date_range(start, periods=24, freq="h")
    )
    return df.to_json(date_format="iso")


@dataclass
class World:
    store: Store
    engine: Engine
    ftp_root: pathlib.Path
    home: pathlib.Path
    project: str
    importer: dict[str, Any]
    cleaner: dict[str, Any]

    def insert(self, collection: str, record: dict[str, Any]) -> dict[str, Any]:
        return self.store.insert(collection, record, organization_id=ORG)

    def add_analysis(
        self,
        name: str,
        config: dict[str, Any],
        inputs: list[tuple[str, str]],
        outputs: list[dict[str, Any]],
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """An analysis, its config (`config` over the defaults), its inputs ((generator id, series name),
        each the column of that name) and outputs (over the defaults): (analysis, config)."""
        analysis = self.insert(r.ANALYSES, {**r.DEFAULTS[r.ANALYSES], "name": name, "project": self.project})
        made = self.insert(
            r.ANALYSIS_CONFIGS, {**r.DEFAULTS[r.ANALYSIS_CONFIGS], "analysis": analysis["id"], **config}
        )
        self.engine.validate(r.ANALYSIS_CONFIGS, made)
        self.store.update(r.ANALYSES, analysis["id"], {"analysisconfig": made["id"]})
        for generator_id, series_name in inputs:
            column = {"input_series_generator": generator_id, "input_series_name": series_name}
            self.insert(r.ANALYSIS_INPUTS, {"analysis": analysis["id"], **column, "column_name": series_name})
        for output in outputs:
            self.insert(
                r.ANALYSIS_OUTPUTS, {**r.DEFAULTS[r.ANALYSIS_OUTPUTS], "analysis": analysis["id"], **output}
            )
        return analysis, made

    def run(
        self, collection: str, record_id: str, name: str = "run", partial: str | None = None
    ) -> dict[str, Any]:
        task = self.engine.submit_generator_action(collection, record_id, name, partial)
        assert task["base"]["status"] == "pending"
        assert self.engine.wait_idle(60)
        tasks = {r.IMPORTERS: r.IMPORTER_TASKS, r.CLEANERS: r.CLEANER_TASKS, r.ANALYSES: r.ANALYSIS_TASKS}
        done = self.store.get(tasks[collection], task["id"])
        assert done is not None
        return done

    def series(self, generator_id: str) -> dict[str, dict[str, Any]]:
        return {s["name"]: s for s in self.store.find(r.SERIES, generator=generator_id)}

    def points(self, series_id: str, **params: str) -> pd.Series:
        answer = self.engine.reads.select(series_id, params)
        return pd.Series(answer["data"], index=pd.to_datetime(answer["index"], unit="ms"), dtype="float64")


def write(path: pathlib.Path, text: str, mtime: float) -> None:
    path.write_text(text)
    os.utime(path, (mtime, mtime))


def configure_cleaner(w: World) -> None:
    for name in ("a", "b", "c"):
        uc = w.insert(
            r.UNITCLEANERS,
            {
                **r.DEFAULTS[r.UNITCLEANERS],
                "cleaner": w.cleaner["id"],
                "external_name": name,
                "name": f"{name}-cleaned",
                "freq": "1H",
            },
        )
        w.engine.validate(r.UNITCLEANERS, uc)
        w.engine.on_record_changed(r.UNITCLEANERS, uc["id"])
