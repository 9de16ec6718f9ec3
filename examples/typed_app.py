"""A typed application: the types come from the platform's spec, and mypy --strict checks this file.

It reports each importer of a project with its last run and its series' point counts. `assert_type`
lines show what a type checker knows; a misspelt field or a wrong argument would be an error.

    OVBP_URL=... OVBP_AUTH_PATH=auth.txt OVBP_ORGANIZATION=Openergy python examples/typed_app.py PROJECT
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import dataclass
from typing import assert_type

import pandas as pd

from ovbp_facade import Client, Importer, Project, RecordDoesNotExistError


@dataclass(frozen=True)
class ImporterReport:
    name: str
    last_run: dt.datetime | None
    points: dict[str, int]


def report(client: Client, importer: Importer) -> ImporterReport:
    assert_type(importer.name, str)
    assert_type(importer.last_run, dt.datetime | None)
    series = importer.list_all_output_series()
    frame = client.series.select_data(series) if series else pd.DataFrame()
    assert_type(frame, pd.DataFrame)
    return ImporterReport(
        importer.name, importer.last_run, {str(c): int(frame[c].count()) for c in frame.columns}
    )


def main(argv: list[str]) -> int:
    client = Client()
    organization = client.get_organization(os.environ.get("OVBP_ORGANIZATION", "Openergy"))
    try:
        project: Project = organization.get_project(argv[0])
    except (RecordDoesNotExistError, IndexError):
        print("usage: typed_app.py PROJECT (a project of the organization)", file=sys.stderr)
        return 2
    for importer in project.list_all_importers():
        found = report(client, importer)
        print(f"{found.name}: last run {found.last_run}, points {found.points}")
    client.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
