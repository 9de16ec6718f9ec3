"""The client's version, read from the installed distribution (pyproject.toml writes it, once), and the
User-Agent that tells the platform's operators which client, Python and httpx sent a request."""

from __future__ import annotations

import importlib.metadata
import sys

import httpx

__all__ = ["USER_AGENT", "__version__"]

try:
    __version__ = importlib.metadata.version("ovbp")
except importlib.metadata.PackageNotFoundError:  # pragma: no cover - a source tree never installed
    __version__ = "0+unknown"


def _major_minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


USER_AGENT = (
    f"ovbp/{__version__} python/{sys.version_info.major}.{sys.version_info.minor} "
    f"httpx/{_major_minor(httpx.__version__)}"
)
