"""Regeneration reaches users: in a scratch copy of the repository, add a property to the spec (and
change one word of a description) and edit the async facade, `./codegen.sh --check` names the files
that change (generated client and sync facade), `./codegen.sh` regenerates them, the check then
passes, and with no hand edit the record exposes the property typed (mypy) and it works against the
sandbox.

(That the committed client matches the committed spec is `make codegen-check`, a step of `make test`.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc")

TYPED_SNIPPET = """
from typing import assert_type

from ovbp_facade import Project


def use(project: Project) -> None:
    assert_type(project.description, str | None)
    project.update(description="the new field")
"""

RUNTIME_SNIPPET = """
from ovbp_facade import Client
from ovbp_sandbox import Sandbox

with Sandbox() as sandbox, Client(str(sandbox.auth_path), url=sandbox.url) as client:
    project = client.get_organization("Sandbox").create_project("regenerated")
    assert project.description is None, project.description
    project.update(description="the new field")
    assert project.description == "the new field"
    project.reload()
    assert project.description == "the new field"
    print("OK", project.description)
"""


def scratch_copy(target: Path) -> None:
    shutil.copy2(ROOT / "codegen.sh", target / "codegen.sh")
    shutil.copy2(ROOT / "pyproject.toml", target / "pyproject.toml")
    folders = ["openapi", "codegen", "generated_client", "ovbp_facade", "ovbp_sandbox"]
    for folder in [*folders, "ftputil-stubs", "typings"]:
        shutil.copytree(ROOT / folder, target / folder, ignore=IGNORED, symlinks=True)


def add_description_property(spec: Path) -> None:
    """Add `description` to the Project answer and to its update body, the way a spec editor would."""
    text = spec.read_text()
    project_props = "    Project:\n"
    patched_props = "    PatchedProjectRequest:\n"
    new_property = (
        "        description:\n          type: string\n          description: What the project is for.\n"
    )
    for schema in (project_props, patched_props):
        start = text.index(schema)
        at = text.index("      properties:\n", start) + len("      properties:\n")
        text = text[:at] + new_property + text[at:]
    spec.write_text(text)


def run(args: list[str], cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "OVBP_CODEGEN_VENV": str(ROOT / ".codegen-venv"),
        "PYTHONPATH": str(cwd),
    }
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=timeout)


def change_one_word(spec: Path) -> None:
    """A change to a description only: the generated docstrings change, so the check must see it."""
    text = spec.read_text()
    assert "Reads its gate's files through the user's parse script." in text
    spec.write_text(text.replace("Reads its gate's files", "Reads its gate's documents", 1))


def edit_the_async_facade(root: Path) -> None:
    """A hand edit of the async facade: its committed sync twin is then stale."""
    source = root / "ovbp_facade" / "_async" / "records" / "gates.py"
    source.write_text(source.read_text() + "\n# an edit of the async facade\n")


def test_a_new_spec_property_reaches_typed_users_and_the_sandbox(tmp_path: Path, mypy_cache: Path) -> None:
    scratch_copy(tmp_path)
    add_description_property(tmp_path / "openapi" / "ovbp.yaml")
    change_one_word(tmp_path / "openapi" / "ovbp.yaml")
    edit_the_async_facade(tmp_path)

    before = run(["bash", "codegen.sh", "--check"], tmp_path)
    assert before.returncode != 0 and "project.py" in before.stderr
    assert "generated_client/models/importer.py" in before.stderr
    assert "ovbp_facade/_sync/records/gates.py is stale" in before.stderr
    generated = run(["bash", "codegen.sh"], tmp_path)
    assert generated.returncode == 0, generated.stderr
    assert run(["bash", "codegen.sh", "--check"], tmp_path).returncode == 0
    assert "# an edit of the async facade" in (tmp_path / "ovbp_facade/_sync/records/gates.py").read_text()
    assert (
        "def description(self) -> str | None:"
        in (tmp_path / "generated_client" / "typed" / "views.py").read_text()
    )

    # the repository's mypy cache: only the regenerated modules and what uses them are checked afresh
    mypy = [sys.executable, "-m", "mypy", "--strict", "--config-file", "pyproject.toml", "--cache-dir"]
    mypy += [str(mypy_cache), "typed_snippet.py"]
    (tmp_path / "typed_snippet.py").write_text(TYPED_SNIPPET)
    checked = run(mypy, tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    typo = TYPED_SNIPPET.replace('update(description="the new field")', 'update(descripton="x")')
    (tmp_path / "typed_snippet.py").write_text(typo)
    refused = run(mypy, tmp_path)
    assert refused.returncode != 0 and "descripton" in refused.stdout

    ran = run([sys.executable, "-c", textwrap.dedent(RUNTIME_SNIPPET)], tmp_path, timeout=120)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "OK the new field" in ran.stdout
