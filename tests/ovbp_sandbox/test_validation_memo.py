"""Memoized request validation answers exactly what a fresh validation answers, however often asked."""

from __future__ import annotations

from ovbp_sandbox.api.spec import Operation, operations, request_errors


def operation(operation_id: str) -> Operation:
    return next(op for op in operations() if op.operation_id == operation_id)


def test_repeated_requests_get_the_same_errors_and_callers_cannot_corrupt_them() -> None:
    op = operation("importers_list")
    bad = {"start": "-3", "length": "-500"}
    first = request_errors(op, path="/odata/importers/", path_params={}, query=bad, body=None)
    assert set(first) == {"start", "length"}
    first["start"].append("scribbled by a caller")
    first.pop("length")
    second = request_errors(op, path="/odata/importers/", path_params={}, query=bad, body=None)
    assert set(second) == {"start", "length"} and "scribbled by a caller" not in second["start"]
    assert (
        request_errors(op, path="/odata/importers/", path_params={}, query={"length": "20"}, body=None) == {}
    )


def test_bodies_are_part_of_what_is_remembered() -> None:
    op = operation("importers_partial_update")
    record = "5b0d1c1e-3f6a-4c1b-9a43-2f4a1c8e9d10"
    path = f"/odata/importers/{record}/"
    fine = request_errors(op, path=path, path_params={"id": record}, query={}, body=b'{"name": "x"}')
    wrong = request_errors(op, path=path, path_params={"id": record}, query={}, body=b'{"name": 3}')
    assert fine == {} and "name" in wrong
