"""How errors are answered over HTTP: as DRF does, ``{"detail": ...}`` or ``{field: [messages]}``, in JSON."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ovbp_sandbox.errors import DEFAULT_DETAILS, ApiError
from ovbp_sandbox.text import TextSafeJSONResponse


async def api_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return TextSafeJSONResponse(exc.body, status_code=exc.status, headers=exc.headers)


async def http_exception_handler(request: Request, exc: Exception) -> Response:
    """Starlette's own 404 (unknown path) and 405 (wrong method), as JSON."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        detail = f'Method "{request.method}" not allowed.'
    else:
        detail = DEFAULT_DETAILS.get(exc.status_code, str(exc.detail))
    return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=dict(exc.headers or {}))


async def server_error_handler(request: Request, exc: Exception) -> Response:
    return JSONResponse({"detail": f"Server error: {type(exc).__name__}"}, status_code=500)
