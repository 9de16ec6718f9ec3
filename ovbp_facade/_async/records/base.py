"""Record base class: a generated answer model with its typed views, reload/update/delete and actions.

A record's attributes come from the `<Schema>Fields` view that codegen derives from the generated
attrs model (read-only properties, precise types); `data` is the wire form of the same answer,
unknown fields included, for printing and for fields the spec does not know yet.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NoReturn

import attrs

from generated_client.typed.support import ModelView
from generated_client.typed.views import WIRE_ORDER

from ...errors import AnswerFieldMissingError
from ...wire import data_from_wire

if TYPE_CHECKING:
    from ..client import AsyncClient
    from ..endpoints import AsyncEndpoint

__all__ = ["AsyncRecord", "wire_ordered"]


def wire_ordered(model: Any) -> OrderedDict[str, Any]:
    """A generated model's wire dict with the keys in the spec's order (unknown ones after), nested
    models too: the order the platform answers in."""
    raw: dict[str, Any] = model.to_dict()
    ordered: OrderedDict[str, Any] = OrderedDict()
    for key in WIRE_ORDER.get(type(model), ()):
        if key in raw:
            value = getattr(model, key if hasattr(model, key) else f"{key}_", None)
            ordered[key] = wire_ordered(value) if attrs.has(type(value)) else raw[key]
    for key, value in raw.items():
        if key not in ordered:
            ordered[key] = value
    return ordered


class AsyncRecord(ModelView[Any]):
    """One platform record around its generated answer model (`data`: the wire fields, datetimes parsed)."""

    def __init__(self, endpoint: AsyncEndpoint[Any], model: Any) -> None:
        self.endpoint = endpoint
        self.client: AsyncClient = endpoint.client
        self._set_model(model)

    def _set_model(self, model: Any) -> None:
        self._model = model
        self._data: dict[str, Any] | None = None

    @property
    def id(self) -> str:
        """UUID of the record."""
        return str(self._model.id)

    def _missing(self, name: str) -> NoReturn:
        """A field complete answers carry was not in this one: say which, of which collection."""
        raise AnswerFieldMissingError(self.endpoint.path, name)

    @property
    def data(self) -> dict[str, Any]:
        """The answer's wire fields (unknown ones too), in the platform's order (an OrderedDict, which
        `pprint` prints as the guide shows); wire datetimes as naive UTC datetimes."""
        if self._data is None:
            self._data = data_from_wire(wire_ordered(self._model))
        return self._data

    def _label(self) -> object:
        model = self._model
        for key in ("name", "title"):
            value = getattr(model, key, None)
            if isinstance(value, str) and value:
                return value
        extra = getattr(model, "additional_properties", {})
        return extra.get("name") or extra.get("title")

    def __repr__(self) -> str:
        try:
            label = self._label()
        except AnswerFieldMissingError:  # a repr never fails: an answer without its label shows the id
            label = None
        if label:
            return f"<{self.endpoint.path}: {label} ({self.id})>"
        return f"<{self.endpoint.path}: {self.id}>"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AsyncRecord):
            return NotImplemented
        return self.endpoint.path == other.endpoint.path and self.id == other.id

    def __hash__(self) -> int:
        return hash((self.endpoint.path, self.id))

    async def reload(self) -> None:
        """Fetch the record again (the detail answer, which may nest more than a list answer)."""
        self._set_model(await self.endpoint._fetch_one(self.id))

    async def _update(self, fields: Mapping[str, object]) -> None:
        """PATCH the given fields, then take the platform's answer."""
        self._set_model(await self.endpoint._send_update(self.id, fields))

    async def delete(self) -> None:
        """DELETE the record on the platform."""
        await self.endpoint._send_destroy(self.id)

    async def detail_action(
        self,
        http_method: str,
        action_name: str,
        params: Mapping[str, Any] | None = None,
        data: Any = None,
        return_json: bool = True,
        send_json: bool = True,
    ) -> Any:
        """Expert escape hatch: `{http_method} {path}/{id}/{action_name}/` (JSON answer, or bytes)."""
        return await self.endpoint._action(
            http_method, f"{self.id}/{action_name}", params, data, return_json, send_json
        )
