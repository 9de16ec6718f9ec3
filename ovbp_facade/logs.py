"""What a session logs: the facade's own lines (runs, waits, exports, downloads) at INFO, one line per
HTTP request at DEBUG. httpx's INFO line for each of the facade's requests is held back, so a guide run
under `logging.basicConfig(level=logging.INFO)` reads like the old client's; `OVBP_LOG=debug` (or
DEBUG logging) shows every request, `OVBP_LOG=info` the facade's own lines, on stderr when the
application logs nowhere itself."""

from __future__ import annotations

import logging
import os
import threading

import httpx

__all__ = ["HTTP_LOGGER", "OVBP_LOG_LEVELS", "log_requests_at_debug", "log_to_stderr_if_asked"]

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
    log_to_stderr_if_asked(os.environ.get("OVBP_LOG", ""))


#: OVBP_LOG's values and the level each sets
OVBP_LOG_LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
_stderr_handler: logging.Handler | None = None


def log_to_stderr_if_asked(setting: str) -> None:
    """OVBP_LOG=info|debug: the facade logs at that level, to stderr when the application has set up no
    logging of its own (no handler on the root logger or the facade's); an application's handlers get the
    records as they are. Another value, or none, changes nothing."""
    global _stderr_handler
    level = OVBP_LOG_LEVELS.get(setting.strip().lower())
    if level is None:
        return
    facade = logging.getLogger("ovbp_facade")
    facade.setLevel(level)
    with _lock:
        if _stderr_handler is None and not logging.getLogger().handlers and not facade.handlers:
            _stderr_handler = logging.StreamHandler()  # to sys.stderr
            _stderr_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            facade.addHandler(_stderr_handler)
