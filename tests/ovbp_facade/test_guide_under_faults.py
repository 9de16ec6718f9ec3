"""The whole user guide completes against a sandbox failing 20% of its reads, with nothing duplicated.

These tests need a sandbox of their own (make_sandbox): faults injected into the shared one would hit
every other test, and the guide's run under faults must be a first run, creating every record, on a
platform where nothing of the guide exists yet. (Faults against scripted answers, without a platform, are
in tests/ovbp_facade/test_transport_faults.py; this is the guide end to end over real sockets.)
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from ovbp_facade import Client
from ovbp_facade.demo import ANALYSIS_NAME, IMPORTER_NAME, PROJECT_NAME, walkthrough
from ovbp_sandbox.api.faults import FaultSettings
from tests.support.sandboxes import SandboxFactory


def test_demo_with_twenty_percent_faulty_reads(make_sandbox: SandboxFactory, tmp_path: Path) -> None:
    with make_sandbox() as sb:
        sb.set_faults(FaultSettings(rate=0.2, seed=20, delay_s=0.001))
        with (
            Client(sb.auth_path, url=sb.url, max_retries=12, retry_backoff_s=0.01) as client,
            contextlib.redirect_stdout(io.StringIO()),
        ):
            results = walkthrough(client, tmp_path)
        counters = sb.fault_counters
        sb.set_faults(FaultSettings())
        assert counters.failed_503 >= 3 and counters.dropped >= 3, counters

        assert (results.importer_df["a"] == 1.0).all() and (results.importer_df["c"] == 3.0).all()
        assert (results.cleaner_df["b-cleaned"] == 2.0).all()
        assert (results.analysis_df["a-output"] == 1.5).all() and len(results.analysis_df) > 1
        assert len(results.exported_series) == 7

        with Client(sb.auth_path, url=sb.url) as client:
            organization = client.get_organization("Sandbox")
            projects = [p for p in organization.list_all_projects() if p.name == PROJECT_NAME]
            assert len(projects) == 1
            project = projects[0]
            assert [g.name for g in project.list_all_gates()] == ["gate"]
            assert [i.name for i in project.list_all_importers()] == [IMPORTER_NAME]
            assert [c.name for c in project.list_all_cleaners()] == [IMPORTER_NAME]
            (analysis,) = project.list_all_analyses()
            assert analysis.name == ANALYSIS_NAME
            cleaner = project.get_cleaner(IMPORTER_NAME)
            assert sorted(uc.name for uc in cleaner.list_all_unitcleaners()) == [
                "a-cleaned",
                "b-cleaned",
                "c-cleaned",
            ]
            assert len(analysis.list_all_analysis_inputs()) == 2
            assert len(analysis.list_all_analysis_outputs()) == 1
            names = [se.name for se in project.list_all_series()]
            assert len(names) == len(set(names)) == 7


def test_injected_faults_hit_only_the_chosen_methods(make_sandbox: SandboxFactory) -> None:
    with make_sandbox() as sb:
        login, password = sb.auth_path.read_text().splitlines()[:2]
        with httpx.Client(base_url=sb.url, auth=(login, password)) as http:
            organization_id = http.get("/oteams/organizations/").json()["data"][0]["id"]
            sb.set_faults(FaultSettings(rate=1.0, kinds=("503",)))
            answer = http.get(f"/oteams/organizations/{organization_id}/")
            assert answer.status_code == 503
            assert answer.headers["Retry-After"] == "0" and "injected" in answer.json()["detail"]
            project = http.post(
                "/oteams/projects/", json={"name": "writes pass", "organization": organization_id}
            )
            assert project.status_code == 201
            sb.set_faults(FaultSettings(rate=1.0, kinds=("drop",)))
            with pytest.raises(httpx.RemoteProtocolError):
                http.get(f"/oteams/projects/{project.json()['id']}/")
            sb.set_faults(FaultSettings())
            assert http.get(f"/oteams/projects/{project.json()['id']}/").status_code == 200


def test_cli_refuses_an_impossible_fault_rate(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ovbp_sandbox.cli", "serve", "--data-dir", str(tmp_path), "--fault-rate", "2"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "fault rate must be between 0 and 1, got 2.0" in result.stderr
