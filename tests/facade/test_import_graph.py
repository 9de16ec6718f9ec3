"""The facade's modules import each other without cycles (no function-level imports dodging one),
and the layers hold: the facade never imports the sandbox, the generated client never the facade."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def runtime_imports(path: Path) -> set[str]:
    """Modules imported anywhere in the file (functions included), except under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text())
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for branch in node.orelse:
                visit(branch)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def graph(package: str) -> dict[str, set[str]]:
    files = {module_name(p): p for p in (ROOT / package).rglob("*.py")}
    return {
        name: {m for m in runtime_imports(path) if m in files and m != name} for name, path in files.items()
    }


def test_the_facade_has_no_import_cycle() -> None:
    edges = graph("ovbp_facade")
    # package __init__ files only re-export; a cycle through them is not a design cycle
    edges = {
        k: {m for m in v if not (ROOT / m.replace(".", "/") / "__init__.py").exists()}
        for k, v in edges.items()
    }
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycle = [*stack[stack.index(nxt) :], nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                walk(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            walk(node)


def test_the_layers_hold() -> None:
    for path in (ROOT / "ovbp_facade").rglob("*.py"):
        assert not any(m.startswith("ovbp_sandbox") for m in runtime_imports(path)), path
    for path in (ROOT / "generated_client").rglob("*.py"):
        assert not any(m.startswith(("ovbp_facade", "ovbp_sandbox")) for m in runtime_imports(path)), path
