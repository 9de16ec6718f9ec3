"""The engine tests' fixture: a world of their own (store, engine, FTP root), no HTTP server."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator

import pytest

from ovbp_facade.guide_scripts import IMPORTER_SCRIPT
from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.engine import Engine
from tests.ovbp_sandbox.engine.engine_world import ORG, World


@pytest.fixture
def world(tmp_path: pathlib.Path) -> Iterator[World]:
    store = Store(tmp_path / "sandbox.sqlite3")
    ftp_root = tmp_path / "ftp"
    project = store.insert(r.ODATA_PROJECTS, {"name": "doc"}, organization_id=ORG)["id"]
    account = store.insert(
        r.GATE_FTP_ACCOUNTS,
        {"protocol": "ftp", "host": None, "port": None, "login": None},
        organization_id=ORG,
    )
    gate = store.insert(
        r.GATES,
        {
            "project": project,
            "name": "gate",
            "comment": "",
            "ftp_account": account["id"],
            "base_feeder": None,
        },
        organization_id=ORG,
    )
    home = ftp_root / "gates" / account["id"]
    home.mkdir(parents=True)
    importer = store.insert(
        r.IMPORTERS,
        {
            **r.DEFAULTS[r.IMPORTERS],
            "name": "importer-a",
            "project": project,
            "gate": gate["id"],
            "parse_script": IMPORTER_SCRIPT,
        },
        organization_id=ORG,
    )
    cleaner = store.insert(
        r.CLEANERS,
        {
            **r.DEFAULTS[r.CLEANERS],
            "name": "importer-a",
            "project": project,
            "related_importer": importer["id"],
        },
        organization_id=ORG,
    )
    engine = Engine(store, tmp_path, ftp_root, script_timeout_s=30)
    engine.start()
    try:
        yield World(store, engine, ftp_root, home, project, importer, cleaner)
    finally:
        engine.stop()
        store.close()
