"""Many clients at once: writes are serialized by SQLite, nothing is lost, nothing fails."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from ovbp_sandbox import Sandbox
from tests.ovbp_sandbox.helpers import Api, new_project


def test_parallel_creates_and_reads(api: Api, sandbox: Sandbox, auth: tuple[str, str]) -> None:
    project = new_project(api)

    def work(i: int) -> int:
        with Api(sandbox.url, auth) as client:
            gate = client.ok(
                "POST", "/odata/gates/", 201, json={"project": project["odata"], "name": f"p{i}"}
            )
            client.ok("GET", f"/odata/gates/{gate['id']}/")
            importer = client.ok(
                "POST", "/odata/importers/", 201, json={"project": project["odata"], "name": f"i{i}"}
            )
            client.ok("PATCH", f"/odata/importers/{importer['id']}/", json={"gate": gate["id"]})
            return int(
                client.ok("GET", "/odata/gates/", params={"project": project["odata"]})["recordsFiltered"]
            )

    with ThreadPoolExecutor(max_workers=12) as pool:
        counts = list(pool.map(work, range(24)))
    assert max(counts) == 24
    assert api.ok("GET", "/odata/cleaners/", params={"project": project["odata"]})["recordsFiltered"] == 24
