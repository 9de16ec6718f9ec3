"""The loop of docs/guides/regenerating.md, in a scratch copy: `check_platform` on answers altered the way a
platform may change, its merge patch applied to the spec by codegen/apply_patch.py, `./codegen.sh`, and the
check against the regenerated spec reports nothing but the datetime format (the client's parser's
business). The regenerated client has the new field, typed."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

from ovbp_facade import Client, tools
from ovbp_facade.platform_check import load_spec, merge_patch
from ovbp_sandbox import Sandbox
from tests.support.altered_answers import EXPECTED, Altering, alter_answers
from tests.support.sandboxes import GuideRun

ROOT = Path(__file__).resolve().parents[2]
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc")


def test_the_patch_applied_and_regenerated_makes_the_report_clean(
    sandbox: Sandbox, guide: GuideRun, tmp_path: Path
) -> None:
    with Client(sandbox.auth_path, url=sandbox.url, transport=Altering(alter_answers)) as client:
        report = tools.check_platform(client)
    assert {(d.collection, d.answer, d.field, d.kind, d.found) for d in report.differences} == EXPECTED
    patch = tmp_path / "patch.json"
    patch.write_text(json.dumps(merge_patch(load_spec(), report)))

    shutil.copy2(ROOT / "codegen.sh", tmp_path / "codegen.sh")
    for folder in ["openapi", "codegen", "generated_client", "ovbp_facade"]:
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=IGNORED, symlinks=True)
    env_python = str(ROOT / ".codegen-venv" / "bin" / "python")
    applied = subprocess.run(
        [env_python, "codegen/apply_patch.py", str(patch)], cwd=tmp_path, capture_output=True, text=True
    )
    assert applied.returncode == 0, applied.stderr
    assert "energy_class:" in (tmp_path / "openapi" / "ovbp.yaml").read_text()
    generated = subprocess.run(
        ["bash", "codegen.sh"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        env={"PATH": "/usr/bin:/bin", "OVBP_CODEGEN_VENV": str(ROOT / ".codegen-venv")},
    )
    assert generated.returncode == 0, generated.stderr
    views = (tmp_path / "generated_client" / "typed" / "views.py").read_text()
    assert "def energy_class(self) -> str | None:" in views

    regenerated: Any = json.loads((tmp_path / "generated_client" / "openapi.json").read_text())
    with Client(sandbox.auth_path, url=sandbox.url, transport=Altering(alter_answers)) as client:
        again = tools.check_platform(client, spec=regenerated)
    left = {(d.collection, d.answer, d.field, d.kind, d.found) for d in again.differences}
    assert left == {d for d in EXPECTED if d[3] == "datetime format"}
