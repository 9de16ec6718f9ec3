"""HTTP errors answered as DRF does: ``{"detail": ...}`` or ``{field: [messages]}``, always JSON."""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

_DEFAULT_DETAILS = {
    400: "Bad request.",
    401: "Authentication credentials were not provided.",
    403: "You do not have permission to perform this action.",
    404: "Not found.",
    405: "Method not allowed.",
    413: "Request body too large.",
    415: "Unsupported media type.",
}


class ApiError(Exception):
    """Raised by route code; turned into a JSON answer with ``status``."""

    def __init__(
        self, status: int, body: dict[str, Any] | str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        if body is None:
            body = _DEFAULT_DETAILS.get(status, "Error.")
        self.status = status
        self.body: dict[str, Any] = {"detail": body} if isinstance(body, str) else body
        self.headers = headers or {}
        super().__init__(f"{status} {self.body}")


def not_found() -> ApiError:
    return ApiError(404, "Not found.")


def bad_request(errors: dict[str, list[str]]) -> ApiError:
    return ApiError(400, dict(errors))


async def api_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body, status_code=exc.status, headers=exc.headers)


async def http_exception_handler(request: Request, exc: Exception) -> Response:
    """Starlette's own 404 (unknown path) and 405 (wrong method), as JSON."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        detail = f'Method "{request.method}" not allowed.'
    else:
        detail = _DEFAULT_DETAILS.get(exc.status_code, str(exc.detail))
    return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=dict(exc.headers or {}))


async def server_error_handler(request: Request, exc: Exception) -> Response:
    return JSONResponse({"detail": f"Server error: {type(exc).__name__}"}, status_code=500)
