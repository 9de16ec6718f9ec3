"""Errors the engine raises towards the HTTP layer (A turns InvalidOptions into HTTP 400)."""

from __future__ import annotations


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
