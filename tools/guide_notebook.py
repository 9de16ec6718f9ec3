"""The user guide of ovbpclient 1.5.2 as a notebook: `python tools/guide_notebook.py GUIDE.md OUT.ipynb`.

The guide's prose becomes markdown cells and its code cells stay as they are, the import excepted
(`from ovbp_facade import ...` for `from ovbpclient import ...`) and one spelling pandas 3 refuses
(`freq="H"` in the guide's own `pd.date_range`, now `"h"`). What the guide leaves to its reader comes
first, in one cell of ours: where the credentials and the organization are (read from the environment,
which `make docs` and the tests set to a sandbox), and the `time` module the guide uses without
importing it. Each code cell keeps the guide's own output in its metadata (`guide_output`), so
that the tests can hold a fresh run against what the guide printed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat

SETUP = """# what the guide leaves to its reader: set by `make docs` and the tests to a fresh sandbox
import os
import time

AUTH_PATH = os.environ.get("OVBP_AUTH_PATH", "auth.txt")
ORGANIZATION_NAME = os.environ.get("OVBP_ORGANIZATION", "Openergy")
WORK_DIR_PATH = os.environ.get("OVBP_WORK_DIR", ".")"""

INTRO = """# The user guide, with ovbp_facade

The user guide of ovbpclient 1.5.2, cell for cell, with one change: `from ovbp_facade import ...`
where it said `from ovbpclient import ...`. The cell after the imports sets what the guide leaves to
its reader (the auth file, the organization, a folder, and `import time`), and pandas 3 spells the
guide's hourly frequency `"h"`. The outputs below come from a run against the sandbox (`make docs`);
ids and dates differ from the guide's, the values do not.
"""
#: what pandas 3 refuses in the guide's own pandas call, and its spelling now
PANDAS_3 = ('freq="H")', 'freq="h")  # pandas 3 spells hours "h"')


def read_guide(text: str) -> list[tuple[str, str, str]]:
    """(kind, source, guide output) of each cell: kind `markdown` or `code`."""
    cells: list[tuple[str, str, str]] = []
    block: list[str] = []
    prose: list[str] = []
    mode = "prose"

    def flush_prose() -> None:
        body = re.sub(r"\n{3,}", "\n\n", "\n".join(prose).strip())
        if body:
            cells.append(("markdown", body, ""))
        prose.clear()

    def flush_block() -> None:
        body = "\n".join(line[1:] if line.startswith("\t") else line for line in block).strip("\n")
        if mode == "code" and body:
            cells.append(("code", body, ""))
        elif mode == "output" and cells and cells[-1][0] == "code":
            kind, source, _ = cells[-1]
            cells[-1] = (kind, source, body)
        block.clear()

    for line in text.splitlines():
        if line.startswith("\t"):
            if mode == "prose":
                flush_prose()
                mode = "code"
            block.append(line)
        elif line.strip() == "*out:*":
            flush_block()
            mode = "output"
        elif line.strip():
            if mode != "prose":
                flush_block()
                mode = "prose"
            prose.append(line[1:] if line.startswith(" ") else line)
        elif mode != "prose":
            block.append("")
        else:
            prose.append("")
    flush_block() if mode != "prose" else flush_prose()
    return cells


def notebook(cells: list[tuple[str, str, str]]) -> nbformat.NotebookNode:
    book = nbformat.v4.new_notebook()
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    book.cells.append(nbformat.v4.new_markdown_cell(INTRO))
    setup_done = False
    for kind, source, output in cells:
        if kind == "markdown":
            book.cells.append(nbformat.v4.new_markdown_cell(source))
            continue
        source = source.replace("from ovbpclient import", "from ovbp_facade import").replace(*PANDAS_3)
        cell = nbformat.v4.new_code_cell(source)
        if output:
            cell.metadata["guide_output"] = output
        book.cells.append(cell)
        if not setup_done and "from ovbp_facade import" in source:
            book.cells.append(nbformat.v4.new_code_cell(SETUP))
            setup_done = True
    return book


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    guide, target = (Path(a) for a in argv)
    nbformat.write(notebook(read_guide(guide.read_text(encoding="utf-8"))), target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
