"""Whole-project tools for the sync client: download, restore, deactivate, clear, delete; and
`check_platform`, where the platform's answers differ from the spec.

The same tools, awaited, for AsyncClient's records: `ovbp_facade.async_tools`.
"""

from ._sync import platform_reads as _platform_reads
from ._sync import project_tools as _tools
from ._sync import restore as _restore
from ._sync.platform_reads import *  # noqa: F403
from ._sync.project_tools import *  # noqa: F403
from ._sync.restore import *  # noqa: F403

__all__: list[str] = []
__all__ += _tools.__all__
__all__ += _restore.__all__
__all__ += _platform_reads.__all__
