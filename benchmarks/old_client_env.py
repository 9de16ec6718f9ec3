"""The throwaway environment holding ovbpclient 1.5.2 (the old client), shared by benchmarks and tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OLD_CLIENT_VENV = ROOT / ".bench-venv-ovbpclient"
# numpy<2: ovbpclient 1.5.2 predates numpy 2
OLD_CLIENT_REQUIREMENTS = ["ovbpclient==1.5.2", "numpy<2"]


def old_client_python() -> Path:
    """The old client's interpreter, its environment created on first use."""
    python = OLD_CLIENT_VENV / "bin" / "python"
    stamp = OLD_CLIENT_VENV / ".installed"
    if not stamp.exists() or stamp.read_text() != " ".join(OLD_CLIENT_REQUIREMENTS):
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(OLD_CLIENT_VENV)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", *OLD_CLIENT_REQUIREMENTS],
            check=True,
            capture_output=True,
        )
        stamp.write_text(" ".join(OLD_CLIENT_REQUIREMENTS))
    return python
