"""What a session logs: the facade's own lines (runs, waits, exports, downloads) at INFO, one line per
HTTP request at DEBUG. httpx's INFO line for each of the facade's requests is held back, so a guide run
under `logging.basicConfig(level=logging.INFO)` reads like the old client's; `OVBP_LOG=debug` (or
DEBUG logging) shows every request."""

from __future__ import annotations

import logging
import os
import threading

import httpx

__all__ = ["HTTP_LOGGER", "log_requests_at_debug"]

HTTP_LOGGER = logging.getLogger("ovbp_facade.http")
_base_urls: set[str] = set()
_lock = threading.Lock()
_installed = False


class _FacadeRequestLines(logging.Filter):
    """Drops httpx's INFO `HTTP Request: ...` records of the facade's own requests (others are kept)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno != logging.INFO or not str(record.msg).startswith("HTTP Request"):
            return True
        args = record.args if isinstance(record.args, tuple) else ()
        url = str(args[1]) if len(args) > 1 else ""
        return not any(url.startswith(base) for base in _base_urls)


def log_requests_at_debug(base_url: str) -> None:
    """Hold back httpx's INFO line for requests to `base_url` (the facade logs them at DEBUG)."""
    global _installed
    with _lock:
        _base_urls.add(str(httpx.URL(base_url)).rstrip("/"))
        if not _installed:
            logging.getLogger("httpx").addFilter(_FacadeRequestLines())
            _installed = True
    if os.environ.get("OVBP_LOG", "").strip().lower() == "debug":
        logging.getLogger("ovbp_facade").setLevel(logging.DEBUG)
