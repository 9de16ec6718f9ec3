"""Whole-project tools for the sync client: download, restore, deactivate, clear, delete.

The same tools, awaited, for AsyncClient's records: `ovbp_facade.async_tools`.
"""

from ._sync import project_tools as _tools
from ._sync import restore as _restore
from ._sync.project_tools import *  # noqa: F403
from ._sync.restore import *  # noqa: F403

__all__: list[str] = []
__all__ += _tools.__all__
__all__ += _restore.__all__
