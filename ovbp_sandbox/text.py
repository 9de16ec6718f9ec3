"""Text in, text out: what a string field may hold, and how a stored one that should not is served.

JSON lets a client send a lone UTF-16 surrogate (`"\\udc80"`; ovbpclient 1.5.2 sends one from
`os.fsdecode` of a file name that is not UTF-8) or a NUL, but neither can be answered back as UTF-8 JSON,
nor stored as text by the real platform's database. Requests carrying one are refused (400 naming the
field, before anything is written). A record stored before this rule is served with each such character
written out visibly (`\\udc80` as six characters), so that no stored value can break a list or a page.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.responses import JSONResponse

__all__ = ["MAX_DEPTH", "TextSafeJSONResponse", "depth_error", "text_errors", "visible", "visible_json"]

MAX_DEPTH = 64  # JSON nesting a request may use (the platform's records nest two or three levels)
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


def visible(text: str) -> str:
    """`text` with each lone surrogate and NUL written out as its `\\uXXXX` escape (valid UTF-8)."""
    return _UNSTORABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def visible_json(value: Any) -> Any:
    """A JSON value with every string (keys too) made `visible`; unchanged values are returned as is."""
    if isinstance(value, str):
        return visible(value) if _UNSTORABLE.search(value) else value
    if isinstance(value, dict):
        return {visible_json(k): visible_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [visible_json(v) for v in value]
    return value


def _problem(text: str) -> str | None:
    found = _UNSTORABLE.search(text)
    if found is None:
        return None
    what = "a NUL character" if found.group() == "\x00" else f"a lone surrogate (U+{ord(found.group()):04X})"
    return (
        f"{visible(text)[:80]!r} holds {what}, which is not text that can be stored and served back: "
        "send valid Unicode text (UTF-8)."
    )


def text_errors(body: Any, where: str = "") -> dict[str, list[str]]:
    """Field path -> message for every string of a request body that cannot be stored as text."""
    errors: dict[str, list[str]] = {}
    if isinstance(body, str):
        problem = _problem(body)
        if problem:
            errors[where or "non_field_errors"] = [problem]
    elif isinstance(body, dict):
        for key, value in body.items():
            name = visible(str(key))
            path = f"{where}.{name}" if where else name
            key_problem = _problem(str(key))
            if key_problem:
                errors[path] = [f"the field name {key_problem}"]
            for field, messages in text_errors(value, path).items():
                errors.setdefault(field, []).extend(messages)
    elif isinstance(body, list):
        for index, value in enumerate(body):
            for field, messages in text_errors(value, f"{where}[{index}]").items():
                errors.setdefault(field, []).extend(messages)
    return errors


def depth_error(value: Any) -> str | None:
    """A message when a parsed JSON value nests deeper than MAX_DEPTH (checked without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return f"JSON nested deeper than {MAX_DEPTH} levels; the platform's records need a few."
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return None


class TextSafeJSONResponse(JSONResponse):
    """JSON as UTF-8, whatever a stored string holds: a lone surrogate or NUL kept from before the text
    rule (ovbp_sandbox/text.py) is written out visibly instead of failing the whole answer."""

    def render(self, content: Any) -> bytes:
        try:
            return super().render(content)
        except UnicodeEncodeError:
            return super().render(visible_json(content))
