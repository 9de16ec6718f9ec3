"""pickup.scan: which files of an import root a run reads, from the importer's ledger (no FTP here)."""

from __future__ import annotations

import os
import pathlib

from ovbp_sandbox.engine import pickup


def put(root: pathlib.Path, rel: str, content: bytes, mtime: float) -> pathlib.Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    os.utime(path, (mtime, mtime))
    return path


def names(candidates: list[pickup.Candidate]) -> list[tuple[str, str]]:
    return [(c.rel_path, c.reason) for c in candidates]


def imported(root: pathlib.Path, *rels: str) -> dict[str, dict[str, object]]:
    return {rel: pickup.entry_for(root / rel) for rel in rels}


def test_temporary_names_and_busy_uploads_are_never_read(tmp_path: pathlib.Path) -> None:
    for rel in (
        "a.csv",
        "b.csv.tmp",
        ".c.csv",
        "~d.csv",
        "e.csv.part",
        "f.CSV.FILEPART",
        ".hidden/g.csv",
        "h.csv~",
    ):
        put(tmp_path, rel, b"x", 1_700_000_000)
    busy = put(tmp_path, "sub/uploading.csv", b"x", 1_700_000_000)
    found, _ = pickup.scan({}, tmp_path, {str(busy.resolve())})
    assert names(found) == [("a.csv", "new")]


def test_order_is_modification_time_then_path_and_old_times_are_not_skipped(tmp_path: pathlib.Path) -> None:
    put(tmp_path, "z.csv", b"1", 1_700_000_100)
    put(tmp_path, "b.csv", b"2", 1_700_000_000)
    put(tmp_path, "a.csv", b"3", 1_700_000_000)
    found, _ = pickup.scan({}, tmp_path, set())
    assert [c.rel_path for c in found] == ["a.csv", "b.csv", "z.csv"]
    late = put(tmp_path, "late.csv", b"4", 1_000_000_000)  # dated long before the last imported file
    importer = {pickup.LEDGER: imported(tmp_path, "a.csv", "b.csv", "z.csv"), "last_imported_path": "z.csv"}
    assert names(pickup.scan(importer, tmp_path, set())[0]) == [("late.csv", "new")]
    assert late.exists()


def test_a_touched_file_is_not_read_a_changed_one_is(tmp_path: pathlib.Path) -> None:
    path = put(tmp_path, "a.csv", b"same", 1_700_000_000)
    ledger = imported(tmp_path, "a.csv")
    os.utime(path, (1_800_000_000, 1_800_000_000))
    found, refreshed = pickup.scan({pickup.LEDGER: ledger}, tmp_path, set())
    assert found == [] and refreshed["a.csv"]["mtime_ns"] == path.stat().st_mtime_ns
    put(tmp_path, "a.csv", b"new!", 1_700_000_000)  # same size, same time set back: content differs
    assert names(pickup.scan({pickup.LEDGER: refreshed}, tmp_path, set())[0]) == [("a.csv", "changed")]


def test_an_importer_without_a_ledger_counts_the_files_up_to_its_mark(tmp_path: pathlib.Path) -> None:
    for n in range(3):
        put(tmp_path, f"d{n}.csv", b"x", 1_700_000_000 + 60 * n)
    marked = {"last_imported_path": "d1.csv", "latest_imported_mdate": "2023-11-14T22:14:20Z"}
    assert names(pickup.scan(marked, tmp_path, set())[0]) == [("d2.csv", "new")]


def test_re_run_last_file_and_max_ante_scanned_files_nb(tmp_path: pathlib.Path) -> None:
    for n in range(4):
        put(tmp_path, f"d{n}.csv", b"x", 1_700_000_000 + 60 * n)
    ledger = imported(tmp_path, "d0.csv", "d1.csv", "d2.csv", "d3.csv")
    base = {pickup.LEDGER: ledger, "last_imported_path": "d3.csv"}
    assert names(pickup.scan({**base, "re_run_last_file": True}, tmp_path, set())[0]) == [
        ("d3.csv", "re-run")
    ]
    for n in range(3):
        put(tmp_path, f"d{n}.csv", b"y", 1_700_000_000 + 60 * n)
    assert [c.rel_path for c in pickup.scan(base, tmp_path, set())[0]] == ["d0.csv", "d1.csv", "d2.csv"]
    nearest = pickup.scan({**base, "max_ante_scanned_files_nb": 2}, tmp_path, set())[0]
    assert [c.rel_path for c in nearest] == ["d1.csv", "d2.csv"]
