"""Whole-project tools for the async client: download, restore, deactivate, clear, delete.

Each tool is a coroutine function: `await async_tools.download_project(project, path)`.
"""

from ._async.restore import (
    NOT_RESTORED,
    Change,
    DownloadFormatError,
    ProjectDownload,
    RestoreReport,
    read_download,
    restore_project,
)
from ._async.tools import (
    DOWNLOAD_FORMAT,
    DOWNLOAD_FORMAT_FILE,
    DOWNLOAD_FORMAT_VERSION,
    NOT_DOWNLOADED,
    TargetNotEmptyError,
    clear_organization,
    clear_project,
    deactivate_organization,
    deactivate_project,
    delete_organization,
    delete_project,
    download_organization,
    download_project,
    safe_file_name,
    unique_file_name,
)

__all__ = [
    "DOWNLOAD_FORMAT",
    "DOWNLOAD_FORMAT_FILE",
    "DOWNLOAD_FORMAT_VERSION",
    "NOT_DOWNLOADED",
    "NOT_RESTORED",
    "Change",
    "DownloadFormatError",
    "ProjectDownload",
    "RestoreReport",
    "TargetNotEmptyError",
    "clear_organization",
    "clear_project",
    "deactivate_organization",
    "deactivate_project",
    "delete_organization",
    "delete_project",
    "download_organization",
    "download_project",
    "read_download",
    "restore_project",
    "safe_file_name",
    "unique_file_name",
]
