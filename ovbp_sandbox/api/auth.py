"""HTTP Basic authentication against the Store's credentials table."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from ovbp_sandbox.backend.store import Store
from ovbp_sandbox.errors import ApiError
from ovbp_sandbox.login_guard import LoginThrottled

_CHALLENGE = {"WWW-Authenticate": 'Basic realm="api"'}


@dataclass(frozen=True)
class Principal:
    """The logged-in user and the only organization whose records they see."""

    user_id: str
    organization_id: str


def authenticate(store: Store, authorization: str | None, address: str = "") -> Principal:
    """The principal of an ``Authorization`` header; 401 (with a Basic challenge) otherwise."""
    if not authorization:
        raise ApiError(401, "Authentication credentials were not provided.", headers=_CHALLENGE)
    scheme, _, encoded = authorization.partition(" ")
    if scheme.lower() != "basic" or not encoded.strip():
        raise ApiError(401, "Invalid basic header. No credentials provided.", headers=_CHALLENGE)
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise ApiError(
            401, "Invalid basic header. Credentials not correctly base64 encoded.", headers=_CHALLENGE
        ) from None
    login, sep, password = decoded.partition(":")
    if not sep:
        raise ApiError(
            401, "Invalid basic header. Credentials string should not contain spaces.", headers=_CHALLENGE
        )
    try:
        found = store.check_credentials(login, password, address)
    except LoginThrottled as slowed:
        headers = {**_CHALLENGE, "Retry-After": str(slowed.retry_after_s)}
        raise ApiError(429, str(slowed), headers=headers) from None
    if found is None:
        raise ApiError(401, "Invalid username/password.", headers=_CHALLENGE)
    return Principal(user_id=found[0], organization_id=found[1])
