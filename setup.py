"""Build hook: the sync facade is derived from the async one before the packages are collected.

`ovbp_facade/_sync/` is not kept in git (codegen/unasync_facade.py explains why); every build of the
package (wheel, sdist, editable install) writes it first. Everything else is in pyproject.toml.
"""

import runpy
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent
if (HERE / "ovbp_facade" / "_async").is_dir():
    runpy.run_path(str(HERE / "codegen" / "unasync_facade.py"), run_name="ovbp_build")[
        "generate_sync_facade"
    ]()

setup()
