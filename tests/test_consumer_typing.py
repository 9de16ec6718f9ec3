"""A typed application outside the repository, checked by mypy and pyright against the editable
install that `make` does: the facade's types reach it (no import-not-found), its mistakes are errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

GOOD = """
import datetime as dt
from typing import assert_type

from ovbp_facade import Client, Importer, Project


def use(client: Client, project: Project, importer: Importer) -> None:
    assert_type(importer.last_run, dt.datetime | None)
    assert_type(project.organization.name, str)
    importer.update(crontab="0 0 0 1 1 *")
    created: Importer = client.importers.create(name="x", project=project.odata_id)
    print(created)
"""

MISTAKES = """
from ovbp_facade import Client, Importer, Project


def use(client: Client, project: Project, importer: Importer) -> None:
    print(importer.actve)
    print(project.nmae)
    project.update(nme="x")
    importer.update(crontab=42)
    client.importers.create(name="x", projet="typo")
    importer.active = False
"""


def mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "app.py").write_text(source)
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "app.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_consumer_outside_the_repository_gets_the_types(tmp_path: Path) -> None:
    good = mypy(tmp_path, GOOD)
    assert good.returncode == 0, good.stdout
    bad = mypy(tmp_path, MISTAKES)
    errors = [line for line in bad.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 6, bad.stdout
    assert "import-not-found" not in bad.stdout


def pyright(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "app.py").write_text(source)
    (tmp_path / "pyrightconfig.json").write_text('{"typeCheckingMode": "strict"}')
    return subprocess.run(
        [str(Path(sys.executable).with_name("pyright")), "--pythonpath", sys.executable, "app.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_pyright_sees_the_same(tmp_path: Path) -> None:
    good = pyright(tmp_path, GOOD)
    assert good.returncode == 0 and "0 errors" in good.stdout, good.stdout
    bad = pyright(tmp_path, MISTAKES)
    assert bad.returncode != 0 and "reportMissingImports" not in bad.stdout, bad.stdout
    for mistake in ('"actve"', '"nmae"', '"nme"', '"crontab"', '"projet"', '"active"'):
        assert mistake in bad.stdout, (mistake, bad.stdout)
