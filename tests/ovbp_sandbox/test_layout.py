"""The sandbox's subpackages depend on each other in one direction, and every operation has its handler."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ovbp_sandbox.api.routes import ACTION_HANDLERS, STANDARD_HANDLERS, handler_for, path_kind
from ovbp_sandbox.api.spec import Operation, operations
from tests.support.import_graph import ROOT, graph, runtime_imports

# what each part may import, besides itself and the shared modules (errors, the spec file)
SHARED = ("errors", "spec_file", "text", "login_guard", "http_limits")
ALLOWED = {
    "timeseries": {"scripts"},  # analyses run the user's script
    "scripts": set(),
    # the record rules tell the engine through its Protocol; the storage migration converts clocks
    "backend": {"engine.interface", "timeseries.clocks"},
    "engine": {"backend", "timeseries", "scripts"},
    "api": {"backend", "engine.interface"},
    # the read-only pages: records, the series reads' helpers and Basic auth; only the server imports them
    "dashboard": {"backend", "engine.reads", "timeseries", "api.auth"},
}
IMPORTERS_OF_DASHBOARD = ("server.py", "cli.py")


def part_of(module: str) -> str:
    return module.removeprefix("ovbp_sandbox.").split(".")[0]


def test_each_part_imports_only_the_parts_below_it() -> None:
    for part, allowed in ALLOWED.items():
        for path in (ROOT / "ovbp_sandbox" / part).rglob("*.py"):
            for module in runtime_imports(path):
                if not module.startswith("ovbp_sandbox.") or part_of(module) in SHARED:
                    continue
                inner = module.removeprefix("ovbp_sandbox.")
                ok = part_of(module) == part or any(inner == a or inner.startswith(a + ".") for a in allowed)
                assert ok, f"{path.relative_to(ROOT)} imports {module}"


def test_only_the_server_imports_the_dashboard() -> None:
    for path in (ROOT / "ovbp_sandbox").rglob("*.py"):
        if path.name in IMPORTERS_OF_DASHBOARD and path.parent.name == "ovbp_sandbox":
            continue
        if part_of(f"ovbp_sandbox.{path.relative_to(ROOT / 'ovbp_sandbox').parts[0]}") == "dashboard":
            continue
        for module in runtime_imports(path):
            assert not module.startswith("ovbp_sandbox.dashboard"), (
                f"{path.relative_to(ROOT)} imports {module}"
            )


def test_the_sandbox_modules_have_no_import_cycle() -> None:
    edges = graph("ovbp_sandbox")
    edges = {
        k: {m for m in v if not (ROOT / m.replace(".", "/") / "__init__.py").exists()}
        for k, v in edges.items()
    }
    done: set[str] = set()

    def walk(node: str, stack: list[str]) -> None:
        for nxt in sorted(edges[node]):
            assert nxt not in stack, "import cycle: " + " -> ".join([*stack[stack.index(nxt) :], nxt])
            if nxt not in done:
                walk(nxt, [*stack, nxt])
        done.add(node)

    for node in sorted(edges):
        walk(node, [node])


def test_every_operation_of_the_spec_has_its_handler() -> None:
    ids = {op.operation_id for op in operations()}
    assert set(ACTION_HANDLERS) <= ids, set(ACTION_HANDLERS) - ids
    for op in operations():
        handler = handler_for(op)
        if op.operation_id not in ACTION_HANDLERS:
            assert handler is STANDARD_HANDLERS[(path_kind(op.path) or "", op.method.upper())]


def test_an_operation_fitting_no_rule_is_refused_when_the_app_is_built() -> None:
    new_action = Operation(
        operation_id="importers_rewind",
        method="post",
        path="/odata/importers/{id}/rewind/",
        query_params={},
        request_schema=None,
    )
    with pytest.raises(LookupError, match="importers_rewind"):
        handler_for(new_action)


# what changes records or points: the Store's writes and series_points' (upload tracking, the FTP
# server's bookkeeping of half-written files, is not a record)
RECORD_WRITES = {
    "insert",
    "update",
    "delete",
    "transaction",
    "set_credentials",
    "set_ftp_login",
    "delete_ftp_login",
}
POINT_WRITES = {"append_points", "delete_points", "replace_points", "delete_series", "create_tables"}


def record_writes(path: Path) -> list[str]:
    """`line: call` for each write of records or points in a module (calls on a `...store` object, or
    series_points' writing functions)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        receiver = ast.unparse(node.func.value)
        if (receiver.endswith("store") and node.func.attr in RECORD_WRITES) or (
            receiver.endswith("series_points") and node.func.attr in POINT_WRITES
        ):
            found.append(f"{node.lineno}: {receiver}.{node.func.attr}")
    return found


def test_only_the_backend_writes_records() -> None:
    """The API, the engine, the dashboard and the server change records through the backend alone
    (moto's rule: one backend per service is where its state changes)."""
    outside = [
        f"{path.relative_to(ROOT)}:{write}"
        for path in sorted((ROOT / "ovbp_sandbox").rglob("*.py"))
        if "backend" not in path.relative_to(ROOT / "ovbp_sandbox").parts
        for write in record_writes(path)
    ]
    assert outside == []
    assert record_writes(ROOT / "ovbp_sandbox" / "backend" / "generator_records.py")  # the check sees writes
