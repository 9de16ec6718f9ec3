"""Build the documentation site: `python tools/docs.py` (`make docs`).

1. Every public name of `ovbp_facade` must be in the API reference (a `::: ovbp_facade.Name` line of
   docs/reference/): a new public name without documentation fails the build, naming it.
2. The user guide notebook runs against a fresh sandbox on 127.0.0.1 (nbclient), in a copy of docs/.
3. mkdocs builds the copy, the notebook with its outputs, into site/, with --strict (a broken link or
   reference fails it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
NOTEBOOK = "user-guide.ipynb"
REFERENCE_LINE = re.compile(r"^::: ovbp_facade\.(\w+)\s*$", re.MULTILINE)


def undocumented_names() -> list[str]:
    """The public names of ovbp_facade that no reference page shows."""
    import ovbp_facade

    shown: set[str] = set()
    for page in (DOCS / "reference").glob("*.md"):
        shown.update(REFERENCE_LINE.findall(page.read_text(encoding="utf-8")))
    return sorted((set(ovbp_facade.__all__) | {"__version__"}) - shown)


def site_name() -> str:
    """The site's name, with the version the package reads from its distribution."""
    import ovbp_facade

    return f"ovbp {ovbp_facade.__version__}"


def execute_notebook(book: Any, sandbox: Any, work: Path) -> None:
    """Run the notebook's cells in place, in a kernel whose environment points the guide at `sandbox`
    (its auth file, the organization "Sandbox", `work` for its files); the outputs land in `book`."""
    import nbclient

    env = {
        **os.environ,
        "OVBP_URL": sandbox.url,
        "OVBP_AUTH_PATH": str(sandbox.auth_path),
        "OVBP_ORGANIZATION": "Sandbox",
        "OVBP_WORK_DIR": str(work),
    }
    nbclient.NotebookClient(book, timeout=600, resources={"metadata": {"path": str(work)}}).execute(env=env)


def run_notebook(source: Path, target: Path, work: Path) -> None:
    """Execute the notebook against a fresh sandbox; the executed copy, outputs included, at `target`."""
    import nbformat

    from ovbp_sandbox import Sandbox

    book = nbformat.read(source, as_version=4)
    with Sandbox(data_dir=work / "sandbox") as sandbox:
        execute_notebook(book, sandbox, work)
    nbformat.write(book, target)


def main() -> int:
    missing = undocumented_names()
    if missing:
        print(f"not in the API reference (docs/reference/*.md): {', '.join(missing)}", file=sys.stderr)
        return 1
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ovbp-docs-") as scratch:
        work = Path(scratch)
        built = work / "docs"
        shutil.copytree(DOCS, built)
        run_notebook(DOCS / NOTEBOOK, built / NOTEBOOK, work)
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml")],
            cwd=ROOT,
            env={
                **os.environ,
                "OVBP_DOCS_DIR": str(built),
                "OVBP_SITE_NAME": site_name(),
                "NO_MKDOCS_2_WARNING": "1",
            },
        )
    print(f"docs built into site/ in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
