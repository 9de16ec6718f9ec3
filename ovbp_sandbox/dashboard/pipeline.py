"""A project's pipeline as a graph laid out in columns: gates -> importers -> cleaners -> analyses.

The layout is computed here and drawn as SVG by the template, so the page needs no JavaScript. An
analysis fed by another analysis goes one column further right, so every edge points rightwards; rows
follow the nodes feeding them, which keeps most edges straight.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ovbp_sandbox.backend import registry as r
from ovbp_sandbox.dashboard.pages import Generator

NODE_WIDTH = 230
NODE_HEIGHT = 100
COLUMN_GAP = 80
ROW_GAP = 22
MARGIN = 16
HEADER = 28
NAME_CHARS = 27
COLUMN_TITLES = ("Gates", "Importers", "Cleaners", "Analyses")
BAD_STATUSES = ("failed", "server_error")


@dataclass
class Node:
    """One box of the graph: where it is, where it links to, and the lines it shows under its name."""

    key: str
    kind: str
    name: str
    href: str
    column: int
    lines: list[tuple[str, str]]  # (text, css class)
    alert: bool = False
    order: float = 0.0
    row: int = 0

    @property
    def x(self) -> int:
        return MARGIN + self.column * (NODE_WIDTH + COLUMN_GAP)

    @property
    def y(self) -> int:
        return MARGIN + HEADER + self.row * (NODE_HEIGHT + ROW_GAP)

    @property
    def short_name(self) -> str:
        return self.name if len(self.name) <= NAME_CHARS else self.name[: NAME_CHARS - 1] + "…"


@dataclass
class Graph:
    nodes: list[Node]
    edges: list[tuple[Node, Node]]
    columns: list[tuple[int, str]] = field(default_factory=list)  # (x, title)
    node_width: int = NODE_WIDTH
    node_height: int = NODE_HEIGHT

    @property
    def width(self) -> int:
        count = max((n.column for n in self.nodes), default=3) + 1
        return 2 * MARGIN + count * NODE_WIDTH + (count - 1) * COLUMN_GAP

    @property
    def height(self) -> int:
        rows = max((n.row for n in self.nodes), default=0) + 1
        return 2 * MARGIN + HEADER + rows * NODE_HEIGHT + (rows - 1) * ROW_GAP

    def edge_path(self, source: Node, target: Node) -> str:
        """A cubic curve from the right middle of ``source`` to the left middle of ``target``."""
        x1, y1 = source.x + NODE_WIDTH, source.y + NODE_HEIGHT // 2
        x2, y2 = target.x, target.y + NODE_HEIGHT // 2
        bend = max((x2 - x1) // 2, 30)
        return f"M{x1},{y1} C{x1 + bend},{y1} {x2 - bend},{y2} {x2},{y2}"


def when(wire: Any) -> str:
    """A wire datetime as shown: to the second, in UTC."""
    if not isinstance(wire, str) or not wire:
        return "never"
    return wire[:19].replace("T", " ") + " UTC"


def status_line(generator: Generator) -> tuple[str, str]:
    task = generator.last_task
    if task is None:
        return "last task: none", "muted"
    status = str((task.get("base") or {}).get("status", "?"))
    css = "bad" if status in BAD_STATUSES else "ok" if status == "finished" else "busy"
    return f"last task: {status}", css


def _generator_node(generator: Generator, column: int) -> Node:
    lines: list[tuple[str, str]] = []
    if "active" in generator.record:
        active = bool(generator.record.get("active"))
        lines.append((f"active: {'yes' if active else 'no'}", "ok" if active else "muted"))
    else:
        lines.append((f"series: {generator.series_count}", ""))
    lines.append((f"last run: {when(generator.record.get('last_run'))}", ""))
    lines.append(status_line(generator))
    count = generator.unresolved
    lines.append((f"unresolved notifications: {count}", "bad" if count else "muted"))
    return Node(
        generator.id,
        generator.kind,
        generator.name,
        generator.href,
        column,
        lines,
        alert=bool(count) or status_line(generator)[1] == "bad",
    )


def _analysis_depths(analyses: list[Generator], feeds: dict[str, list[str]]) -> dict[str, int]:
    """How many analyses feed into each analysis, at most (a loop of analyses stops counting)."""
    ids = {a.id for a in analyses}
    depth = dict.fromkeys(ids, 0)
    for _ in range(len(ids)):
        changed = False
        for target in ids:
            deepest = max((depth[s] + 1 for s in feeds.get(target, []) if s in ids), default=0)
            if deepest > depth[target] and deepest < len(ids):
                depth[target], changed = deepest, True
        if not changed:
            break
    return depth


def layout(
    gates: list[dict[str, Any]],
    generators: list[Generator],
    feeds: dict[str, list[str]],
    file_counts: dict[str, int],
) -> Graph:
    """The graph of a project; ``feeds`` maps an analysis id to the generator ids it reads series of."""
    nodes: dict[str, Node] = {}
    for gate in gates:
        files = file_counts.get(str(gate["id"]), 0)
        feeder = "feeder: " + ("yes" if gate.get("base_feeder") else "none")
        nodes[str(gate["id"])] = Node(
            str(gate["id"]), "gate", str(gate.get("name", "")), f"/gates/{gate['id']}", 0,
            [(f"FTP files: {files}", ""), (feeder, "muted")],
        )  # fmt: skip
    analyses = [g for g in generators if g.collection == r.ANALYSES]
    depths = _analysis_depths(analyses, feeds)
    for generator in generators:
        column = {r.IMPORTERS: 1, r.CLEANERS: 2}.get(generator.collection, 3 + depths.get(generator.id, 0))
        nodes[generator.id] = _generator_node(generator, column)
    edges: list[tuple[Node, Node]] = []
    for generator in generators:
        sources: list[Any] = []
        if generator.collection == r.IMPORTERS:
            sources = [generator.record.get("gate")]
        elif generator.collection == r.CLEANERS:
            sources = [generator.record.get("related_importer")]
        else:
            sources = list(dict.fromkeys(feeds.get(generator.id, [])))
        target = nodes[generator.id]
        edges.extend(
            (nodes[s], target) for s in sources if isinstance(s, str) and s in nodes and s != target.key
        )
    _order_rows(list(nodes.values()), edges)
    columns = [
        (MARGIN + c * (NODE_WIDTH + COLUMN_GAP), COLUMN_TITLES[min(c, 3)])
        for c in range(max((n.column for n in nodes.values()), default=3) + 1)
    ]
    return Graph(list(nodes.values()), [e for e in edges if e[0].column < e[1].column], columns)


def _order_rows(nodes: list[Node], edges: list[tuple[Node, Node]]) -> None:
    """Rows within each column, column by column: a node sits near the mean row of what feeds it."""
    incoming: dict[str, list[Node]] = {}
    for source, target in edges:
        incoming.setdefault(target.key, []).append(source)
    for column in sorted({n.column for n in nodes}):
        members = [n for n in nodes if n.column == column]
        for position, node in enumerate(members):
            feeding = [s.row for s in incoming.get(node.key, []) if s.column < column]
            node.order = sum(feeding) / len(feeding) if feeding else 1e9 + position
        for row, node in enumerate(sorted(members, key=lambda n: n.order)):
            node.row = row
