"""`./codegen.sh --check` accepts the committed client and names the files a spec change would alter."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def copy_repo_part(target: Path) -> None:
    shutil.copy2(ROOT / "codegen.sh", target / "codegen.sh")
    shutil.copytree(ROOT / "openapi", target / "openapi")
    shutil.copytree(ROOT / "codegen", target / "codegen", ignore=shutil.ignore_patterns("__pycache__"))
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "generated_client", target / "generated_client", ignore=ignore)


def run_check(folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OVBP_CODEGEN_VENV": str(ROOT / ".codegen-venv")}
    return subprocess.run(
        ["bash", str(folder / "codegen.sh"), "--check"], capture_output=True, text=True, env=env, timeout=600
    )


def test_check_passes_then_fails_after_a_one_word_description_change(tmp_path: Path) -> None:
    copy_repo_part(tmp_path)
    assert run_check(tmp_path).returncode == 0

    spec = tmp_path / "openapi" / "ovbp.yaml"
    text = spec.read_text()
    assert "Reads its gate's files through the user's parse script." in text
    spec.write_text(text.replace("Reads its gate's files", "Reads its gate's documents", 1))
    result = run_check(tmp_path)
    assert result.returncode != 0
    assert "generated_client/models/importer.py" in result.stderr
