"""Series written straight into a sandbox's store, for tests of reads past the select cap."""

from __future__ import annotations

import uuid

import numpy as np
import pandas as pd

from ovbp_facade import Client, Project
from ovbp_facade._sync.records.series import Series
from ovbp_sandbox import Sandbox
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend import series_points
from ovbp_sandbox.backend.generator_records import output_series


def seed(
    sandbox: Sandbox, client: Client, project: Project, points: dict[str, pd.Series], model: str
) -> list[Series]:
    """Series of a new importer (points stored as written) or of its cleaner (points given as UTC)."""
    importer = project.create_importer(f"imp-{uuid.uuid4().hex[:6]}")
    assert sandbox.platform is not None
    store = sandbox.platform.store
    collection = r.IMPORTERS if model == "importer" else r.CLEANERS
    generator_id = importer.id if model == "importer" else importer.get_cleaner().id
    generator = store.get(collection, generator_id)
    assert generator is not None
    with store.transaction() as conn:
        for name, values in points.items():
            se = output_series(store, conn, generator_collection=collection, generator=generator, name=name)
            series_points.append_points(conn, se["id"], values.astype("float64"))
    found = client.series.list_all(filter_by={"generator": generator_id})
    return sorted(found, key=lambda se: list(points).index(se.name))


def ramp(index: pd.Index) -> pd.Series:
    return pd.Series(np.arange(len(index), dtype="float64"), index=index)
