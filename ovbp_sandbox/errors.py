"""Errors the sandbox answers with: ApiError carries its HTTP status, InvalidOptions becomes a 400.

No web framework here, so that the record rules, the FTP accounts and the engine can raise them.
"""

from __future__ import annotations

from typing import Any

DEFAULT_DETAILS = {
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
            body = DEFAULT_DETAILS.get(status, "Error.")
        self.status = status
        self.body: dict[str, Any] = {"detail": body} if isinstance(body, str) else body
        self.headers = headers or {}
        super().__init__(f"{status} {self.body}")


def not_found() -> ApiError:
    return ApiError(404, "Not found.")


def bad_request(errors: dict[str, list[str]]) -> ApiError:
    return ApiError(400, dict(errors))


class InvalidOptions(ValueError):
    """Options the sandbox refuses: field name -> messages naming the value and what is allowed."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        self.errors = {field: list(messages) for field, messages in errors.items()}
        text = "; ".join(f"{field}: {' '.join(messages)}" for field, messages in self.errors.items())
        super().__init__(text or "invalid options")

    @staticmethod
    def raise_if_any(errors: dict[str, list[str]]) -> None:
        """Raise when ``errors`` holds at least one message (keeps callers one line long)."""
        errors = {field: messages for field, messages in errors.items() if messages}
        if errors:
            raise InvalidOptions(errors)
