"""The facade's modules import each other without cycles (no function-level imports dodging one),
and the layers hold: the facade never imports the sandbox, the generated client never the facade."""

from __future__ import annotations

from tests.support.import_graph import ROOT, graph, runtime_imports


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
