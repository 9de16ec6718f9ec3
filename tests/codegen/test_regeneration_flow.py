"""Regeneration reaches users: in a scratch copy of the repository, add a property to the spec (and
change one word of a description) and edit the async facade, `./codegen.sh --check` names the files
that change (generated client and sync facade), `./codegen.sh` regenerates them, the check then
passes, and with no hand edit the record exposes the property typed (mypy) and it works against the
sandbox.

(That the committed client matches the committed spec is `make codegen-check`, a step of `make test`.)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc")

TYPED_SNIPPET = """
from typing import assert_type

from ovbp_facade import Client, Project
from ovbp_facade._sync.collection_endpoints import Thing


def use(project: Project) -> None:
    assert_type(project.description, str | None)
    project.update(description="the new field")


def things(client: Client) -> None:
    assert_type(client.things.list(), list[Thing])
    thing: Thing = client.things.retrieve("an id")
    assert_type(thing.name, str)
    thing.update(unit="kWh")
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
    analysis = project.create_analysis("with things")
    thing = client.things.create(analysis=analysis.id, name="a new collection's record", resample_rule="mean")
    assert [t.name for t in client.things.list_all()] == ["a new collection's record"]
    assert client.things.retrieve(thing.id).name == thing.name
    assert type(thing).__name__ == "Thing"  # a record class generated: no behaviour of its own
    thing.update(unit="kWh")
    assert client.things.retrieve(thing.id).unit == "kWh"
    print("OK things")
"""

# the sandbox's registry entry of the new collection: its defaults, foreign key and organization
REGISTRY_ENTRY = """
THINGS = "odata/things"
DEFAULTS[THINGS] = {"label": "", "unit": "", "numerical_filter": None}
FOREIGN_KEYS[THINGS] = {"analysis": (ANALYSES,)}
ORGANIZATION_FROM[THINGS] = "analysis"
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


def add_things_collection(spec_path: Path, registry: Path) -> None:
    """A new collection, `odata/things`, added as a spec editor would: a tag, its paths and operation
    ids, its schemas (`Thing`, shaped as an analysis output); and its registry entry in the sandbox."""
    spec = yaml.safe_load(spec_path.read_text())

    def renamed(node: Any) -> Any:
        return json.loads(
            json.dumps(node).replace("AnalysisOutput", "Thing").replace("analysis_outputs", "things")
        )

    spec["tags"].append({"name": "things", "description": "`odata/things`: a collection added by a test."})
    for path in ("/odata/analysis_outputs/", "/odata/analysis_outputs/{id}/"):
        item = renamed(spec["paths"][path])
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                operation["tags"] = ["things"]
        spec["paths"][path.replace("analysis_outputs", "things")] = item
    schemas = spec["components"]["schemas"]
    for name in [name for name in schemas if "AnalysisOutput" in name]:
        schemas[name.replace("AnalysisOutput", "Thing")] = renamed(schemas[name])
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    registry.write_text(registry.read_text() + REGISTRY_ENTRY)


def edit_the_async_facade(root: Path) -> None:
    """A hand edit of the async facade: its committed sync twin is then stale."""
    source = root / "ovbp_facade" / "_async" / "records" / "gates.py"
    source.write_text(source.read_text() + "\n# an edit of the async facade\n")


def test_a_new_spec_property_reaches_typed_users_and_the_sandbox(tmp_path: Path, mypy_cache: Path) -> None:
    scratch_copy(tmp_path)
    add_description_property(tmp_path / "openapi" / "ovbp.yaml")
    change_one_word(tmp_path / "openapi" / "ovbp.yaml")
    add_things_collection(
        tmp_path / "openapi" / "ovbp.yaml", tmp_path / "ovbp_sandbox" / "backend" / "registry.py"
    )
    edit_the_async_facade(tmp_path)

    before = run(["bash", "codegen.sh", "--check"], tmp_path)
    assert before.returncode != 0 and "project.py" in before.stderr
    assert "generated_client/models/importer.py" in before.stderr
    assert "ovbp_facade/_sync/records/gates.py is stale" in before.stderr
    assert "ovbp_facade/_async/collection_endpoints.py is stale" in before.stderr
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
    assert "OK the new field" in ran.stdout and "OK things" in ran.stdout
