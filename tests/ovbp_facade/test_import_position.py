"""Importer.reset(last_imported_path=...): the import position is set to that file, then the reset
imports the files after it (the old client meant this, and sent the literal string instead)."""

from __future__ import annotations

import os
import time
import uuid

import pandas as pd
import pytest

from ovbp_facade import BadRequestError, Organization
from ovbp_facade.guide_scripts import IMPORTER_SCRIPT
from ovbp_sandbox import Sandbox


def test_reset_from_a_file_imports_the_files_after_it(sandbox: Sandbox, organization: Organization) -> None:
    project = organization.create_project(f"position-{uuid.uuid4().hex[:8]}")
    gate = project.create_gate("gate")
    gate.attach_internal_ftp_account()
    now = time.time()
    with gate.get_ftputil_client() as ftp:
        for n, day in enumerate(("2012-01-01", "2012-01-02", "2012-01-03")):
            frame = pd.DataFrame({"x": [float(n)] * 24}, index=pd.date_range(day, periods=24, freq="h"))
            with ftp.open(f"day{n}.json", "w") as f:
                f.write(frame.to_json(date_format="iso"))
    assert gate.ftp_account is not None
    home = sandbox.ftp_root / "gates" / gate.ftp_account
    for n in range(3):  # distinct modification times, oldest first, whatever the upload did
        os.utime(home / f"day{n}.json", (now - 300 + 60 * n, now - 300 + 60 * n))
    importer = project.create_importer("imp")
    importer.configure(gate, parse_script=IMPORTER_SCRIPT)
    importer.run().wait_for_completion(period=200, timeout=60)
    (series,) = importer.list_all_output_series()
    assert len(series.select_data()) == 72
    importer.reload()
    assert importer.last_imported_path == "day2.json"

    with pytest.raises(BadRequestError, match="last_imported_path"):
        importer.reset(last_imported_path="nowhere.json")
    importer.reload()
    assert importer.last_imported_path == "day2.json" and len(series.select_data()) == 72  # unchanged

    importer.reset(last_imported_path="day0.json").wait_for_completion(period=200, timeout=60)
    points = series.select_data()
    assert len(points) == 48 and points.index[0] == pd.Timestamp("2012-01-02 00:00")  # day1 and day2 only
    importer.reload()
    assert importer.last_imported_path == "day2.json"
    importer.reset().wait_for_completion(period=200, timeout=60)  # a plain reset: every file again
    assert len(series.select_data()) == 72
