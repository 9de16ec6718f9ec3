"""Whole-project tools for the async client: download, restore, deactivate, clear, delete; and
`check_platform`.

Each tool is a coroutine function: `await async_tools.download_project(project, path)`.
"""

from ._async import platform_reads as _platform_reads
from ._async import project_tools as _tools
from ._async import restore as _restore
from ._async.platform_reads import *  # noqa: F403
from ._async.project_tools import *  # noqa: F403
from ._async.restore import *  # noqa: F403

__all__: list[str] = []
__all__ += _tools.__all__
__all__ += _restore.__all__
__all__ += _platform_reads.__all__
