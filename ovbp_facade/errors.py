"""The facade's exception hierarchy: one root so callers can catch everything we raise."""

from __future__ import annotations

import json

import httpx

from .json_values import JsonValue

#: the exceptions callers catch, all exported by the package as they are
__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AnswerFieldMissingError",
    "AnswerFormError",
    "AuthFileError",
    "AuthenticationError",
    "BadRequestError",
    "ExportError",
    "FtpAccountNotConfiguredError",
    "FtpProtocolError",
    "HttpError",
    "MultipleRecordsReturnedError",
    "NotFoundError",
    "OVBPClientError",
    "RateLimitError",
    "RecordDoesNotExistError",
    "RecordStateError",
    "RequestTooLargeError",
    "ServerError",
    "TaskDidNotFinishSuccessfully",
    "TaskTimeoutError",
    "TruncatedAnswerError",
]


class OVBPClientError(Exception):
    """Root of every error the facade raises on purpose."""


class HttpError(OVBPClientError):
    """The platform answered with a status >= 400: `message` is the server's own text, `body` its answer
    as data (parsed JSON, else the text), `field_errors` the messages per field, `response` the answer
    itself (status, headers)."""

    def __init__(
        self,
        status: int,
        method: str,
        url: str,
        message: str,
        *,
        body: JsonValue = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.status = status
        self.method = method
        self.url = url
        self.message = message
        self.body = body
        self.response = response
        super().__init__(f"HTTP {status} on {method} {url}: {message}")

    @property
    def code(self) -> int:
        """Same as `status` (name used by the old client)."""
        return self.status

    @property
    def field_errors(self) -> dict[str, list[str]]:
        """The answer's messages per field, as a 400 gives them (`{"name": ["This field is required."]}`):
        a nested field's name is dotted (`rights.admin`), messages not about one field are under
        `non_field_errors`; empty when the answer holds no messages."""
        found: dict[str, list[str]] = {}
        if isinstance(self.body, dict | list):  # text (an HTML error page) holds no field
            _collect_messages(self.body, "", found)
        return found


def _collect_messages(value: JsonValue, field: str, found: dict[str, list[str]]) -> None:
    if isinstance(value, dict):
        for key, sub in value.items():
            name = "" if key in ("detail", "non_field_errors") else key
            _collect_messages(sub, f"{field}.{name}" if field and name else field or name, found)
    elif isinstance(value, list):
        for sub in value:
            _collect_messages(sub, field, found)
    elif value is not None and value != "":
        found.setdefault(field or "non_field_errors", []).append(str(value))


class BadRequestError(HttpError):
    """400: the platform refused the request's content (field messages in `message`)."""


class RequestTooLargeError(BadRequestError):
    """413/414/431: the request (body, path and query, or headers) is larger than the platform accepts."""


class AuthenticationError(HttpError):
    """401/403: wrong login/password or not allowed."""


class NotFoundError(HttpError):
    """404: no such record or route."""


class RateLimitError(HttpError):
    """429: too many requests (raised once retries are exhausted)."""


class ServerError(HttpError):
    """5xx: the platform failed."""


class APIConnectionError(OVBPClientError):
    """The platform could not be reached (after retries)."""


class APITimeoutError(APIConnectionError):
    """The platform did not answer in time (after retries)."""


class RecordStateError(OVBPClientError, RuntimeError):
    """The record cannot do this in its present state (a gate with no base feeder or no FTP account...).
    (A RuntimeError too, as ovbpclient 1.5.2 raised.)"""


class ExportError(OVBPClientError, RuntimeError):
    """A finished export could not be read back (no file, an unsafe or unexpected one).
    (A RuntimeError too, as ovbpclient 1.5.2 raised.)"""


class TruncatedAnswerError(OVBPClientError, RuntimeError):
    """A read came back cut at the platform's cap where the client cannot split it further."""


class FtpAccountNotConfiguredError(OVBPClientError, ValueError):
    """An FTP account has no host yet: attach the internal account or configure an external one.
    (A ValueError too, as ovbpclient 1.5.2 raised.)"""


class FtpProtocolError(OVBPClientError, TypeError):
    """An FTP account speaks a protocol (sftp, ftps) that ftputil cannot open. (A TypeError too, as
    ovbpclient 1.5.2 raised for sftp.)"""


class AnswerFormError(OVBPClientError):
    """Strict mode: an answer is not in the form its kind declares in the spec (`problems` says where)."""

    def __init__(self, kind: str, problems: list[str]) -> None:
        self.kind = kind
        self.problems = problems
        super().__init__(f"{kind}: the answer differs from the spec: {'; '.join(problems)}")


class AnswerFieldMissingError(OVBPClientError):
    """An answer of the platform lacks a field the client cannot do without."""

    def __init__(self, kind: str, field: str) -> None:
        self.kind = kind
        self.field = field
        super().__init__(f"{kind}: the platform's answer has no '{field}' field, which the client needs")


class RecordDoesNotExistError(OVBPClientError):
    """A lookup by name (or other condition) found nothing."""


class MultipleRecordsReturnedError(OVBPClientError):
    """A lookup expected to find one record found several."""


class TaskDidNotFinishSuccessfully(OVBPClientError):
    """A platform task ended in a state other than finished/refused."""

    def __init__(self, task_id: str, status: str, message: str | None = None) -> None:
        self.task_id = task_id
        self.status = status
        self.task_message = message
        text = f"Task '{task_id}' did not finish successfully. Status: '{status}'."
        if message:
            text += f" Message: {message}"
        super().__init__(text)


class TaskTimeoutError(OVBPClientError, TimeoutError):
    """wait_for_completion gave up before the task left pending/running."""

    def __init__(self, task_id: str, status: str, timeout: float) -> None:
        self.task_id = task_id
        self.status = status
        self.timeout = timeout
        super().__init__(f"Task '{task_id}' still '{status}' after {timeout} s.")


class AuthFileError(OVBPClientError, ValueError):
    """The auth file (or buffer) does not hold a login line and a password line."""


def answer_body(content: bytes) -> JsonValue:
    """An error answer as data: its JSON, else its text (None when empty)."""
    text = content.decode("utf-8", errors="replace").strip()
    if not text:
        return None
    try:
        parsed: JsonValue = json.loads(text)
    except ValueError:
        return text
    return parsed


def server_message(body: JsonValue) -> str:
    """Best human text from an error body: DRF `detail`, field messages, or the raw text."""
    if body is None or body == "":
        return "(empty response body)"
    return (body if isinstance(body, str) else _flatten(body))[:2000]


def _flatten(value: object, prefix: str = "") -> str:
    if isinstance(value, dict):
        if set(value) == {"detail"}:
            return _flatten(value["detail"], prefix)
        parts = []
        for key, sub in value.items():
            label = "" if key in ("detail", "non_field_errors") else str(key)
            parts.append(_flatten(sub, f"{prefix}{label}: " if label else prefix))
        return "; ".join(parts)
    if isinstance(value, list):
        return prefix + ", ".join(_flatten(v) for v in value)
    return f"{prefix}{value}"


def error_for_status(response: httpx.Response) -> HttpError:
    """The HttpError subclass matching an answer's status, holding the answer (read already)."""
    status = response.status_code
    body = answer_body(response.content)
    cls: type[HttpError]
    if status == 400:
        cls = BadRequestError
    elif status in (413, 414, 431):
        cls = RequestTooLargeError
    elif status in (401, 403):
        cls = AuthenticationError
    elif status == 404:
        cls = NotFoundError
    elif status == 429:
        cls = RateLimitError
    elif status >= 500:
        cls = ServerError
    else:
        cls = HttpError
    request = response.request
    return cls(status, request.method, str(request.url), server_message(body), body=body, response=response)
