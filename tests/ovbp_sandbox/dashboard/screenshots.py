"""Screenshots of the dashboard after the user guide:
`python -m tests.ovbp_sandbox.dashboard.screenshots DIR` (`make screenshots`). A local sandbox runs the
guide, then an importer whose script fails joins its project, so
that the pictures show a failure too; headless Chromium saves each page as DIR/<page>.png.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import tempfile
from pathlib import Path

from ovbp_facade import Client, Project
from ovbp_facade.demo import walkthrough
from ovbp_sandbox import Sandbox
from tests.ovbp_sandbox.dashboard.boards import FAILING_SCRIPT
from tests.ovbp_sandbox.dashboard.browser import chromium, chromium_missing, screenshot, wait_for_plot
from tests.ovbp_sandbox.helpers import read_auth


def add_failing_importer(project: Project) -> None:
    """A second importer on the guide's gate whose parse script raises: a red node and a traceback."""
    importer = project.create_importer("importer-broken", comment="fails on purpose")
    importer.configure(project.get_gate("gate"), parse_script=FAILING_SCRIPT, crontab="0 0 0 1 1 *")
    importer.run().wait_for_completion(period=100, raise_if_problem=False, timeout=60)


def main(argv: list[str] | None = None) -> int:
    prog = "python -m tests.ovbp_sandbox.dashboard.screenshots"
    parser = argparse.ArgumentParser(prog=prog, description=__doc__)
    parser.add_argument("folder", type=Path, help="where the PNG files go")
    folder: Path = parser.parse_args(argv).folder
    missing = chromium_missing()
    if missing is not None:
        parser.error(missing)
    with tempfile.TemporaryDirectory() as work, Sandbox() as sandbox:
        client = Client(sandbox.auth_path, url=sandbox.url)
        with contextlib.redirect_stdout(io.StringIO()):
            results = walkthrough(client, Path(work))
        add_failing_importer(results.project)
        analysis_series = results.analysis.list_all_output_series()[0]
        together = [analysis_series, *results.cleaner.list_all_output_series()[:2]]
        broken = results.project.get_importer("importer-broken")
        pages = {
            "pipeline": (f"projects/{results.project.id}", False),
            "series": (f"series/{analysis_series.id}", True),
            "plot": ("plot?" + "&".join(f"series={s.id}" for s in together), True),
            "series-list": (f"projects/{results.project.id}/series", False),
            "importer-failing": (f"importers/{broken.id}", False),
            "analysis": (f"analyses/{results.analysis.id}", False),
            "gate": (f"gates/{results.gate.id}", False),
        }
        with chromium(*read_auth(sandbox.auth_path)) as driver:
            for name, (path, plotted) in pages.items():
                driver.get(sandbox.dashboard_url + path)
                if plotted:
                    wait_for_plot(driver)
                print(screenshot(driver, folder / f"{name}.png"))
        client.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
