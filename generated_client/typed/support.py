"""Runtime helpers of the typed views, copied by codegen.sh from codegen/templates/support.py.

The typed layer knows only the wire: read-only views over the generated answer models, the checks
that turn keyword arguments into generated request models, and the hooks (`EndpointCore`) that a
client implements to send requests. It imports nothing but generated_client.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    NoReturn,
    ParamSpec,
    Protocol,
    TypeVar,
    overload,
    runtime_checkable,
)

from ..client import AuthenticatedClient, Client
from ..types import Response, Unset

__all__ = [
    "AnswerFieldMissing",
    "AsyncEndpointCore",
    "AsyncUpdatable",
    "EndpointCore",
    "HasId",
    "ModelView",
    "Updatable",
    "check_fields",
    "nested_view",
    "optional",
    "ref_id",
    "required_ref_id",
    "utc_datetime",
    "view",
    "views",
    "wire_value",
]

M = TypeVar("M")
R = TypeVar("R")
T = TypeVar("T")
P = ParamSpec("P")


@runtime_checkable
class HasId(Protocol):
    """Anything with an `id`: a record, or a generated model, given where the wire wants an id."""

    @property
    def id(self) -> str: ...


def optional(value: T | Unset) -> T | None:
    """A field the platform may omit reads None."""
    return None if isinstance(value, Unset) else value


@overload
def utc_datetime(value: str) -> dt.datetime: ...


@overload
def utc_datetime(value: str | Unset | None) -> dt.datetime | None: ...


def utc_datetime(value: str | Unset | None) -> dt.datetime | None:
    """A wire datetime (`%Y-%m-%dT%H:%M:%S.%fZ`, or any ISO 8601 form) as a naive UTC datetime."""
    if value is None or isinstance(value, Unset):
        return None
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.UTC).replace(tzinfo=None)
    return parsed


def ref_id(value: object) -> str | None:
    """Id of a foreign key that the platform sends as an id or as a nested object."""
    if value is None or isinstance(value, Unset):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        nested = value.get("id")
        return None if nested is None else str(nested)
    nested_id = getattr(value, "id", None)
    return None if nested_id is None else str(nested_id)


def required_ref_id(value: object) -> str:
    """Id of a foreign key the platform always sends."""
    found = ref_id(value)
    if found is None:
        raise TypeError(f"no id in {value!r}")
    return found


V = TypeVar("V")


class AnswerFieldMissing(LookupError):
    """An answer lacks a field that complete answers carry (a client turns it into its own error)."""

    def __init__(self, kind: str, field: str) -> None:
        super().__init__(f"{kind} answer has no field '{field}'")
        self.kind = kind
        self.field = field


def view(
    cls: Callable[[M, ModelView[Any] | None, str], V],
    value: M | Unset | None,
    parent: ModelView[Any] | None = None,
    field: str = "",
) -> V | None:
    """A nested object's view, or None when the platform sent null or nothing."""
    return (
        None if value is None or isinstance(value, Unset) else cls(value, parent, field)
    )


def views(
    cls: Callable[[M, ModelView[Any] | None, str], V],
    value: list[M] | Unset | None,
    parent: ModelView[Any] | None = None,
    field: str = "",
) -> list[V] | None:
    """Views of a nested list, or None when the platform sent null or nothing."""
    return (
        None
        if value is None or isinstance(value, Unset)
        else [cls(item, parent, field) for item in value]
    )


def nested_view(
    cls: Callable[[M, ModelView[Any] | None, str], V],
    model: type[M],
    value: object,
    parent: ModelView[Any] | None = None,
    field: str = "",
) -> V | None:
    """The view of a foreign key sent nested (as `model`), or None where it came as an id or null."""
    return cls(value, parent, field) if isinstance(value, model) else None


def wire_value(value: object) -> object:
    """JSON-ready form of a field value: records and models by id, datetimes as wire strings."""
    if isinstance(value, HasId) and not isinstance(value, str):
        return value.id
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [wire_value(v) for v in value]
    return value


def check_fields(
    what: str,
    fields: Mapping[str, object],
    allowed: frozenset[str],
    required: frozenset[str],
    ids: frozenset[str] = frozenset(),
) -> dict[str, object]:
    """The fields as wire values, or ValueError naming unknown / missing names and the allowed ones.

    Fields in `ids` take an id: a record, a model or a nested object (as answers carry) is sent as its id.
    """
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise ValueError(
            f"{what}: unknown field{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
            f"allowed: {', '.join(sorted(allowed))}"
        )
    missing = sorted(required - set(fields))
    if missing:
        plural = "s" if len(missing) > 1 else ""
        raise ValueError(f"{what}: missing required field{plural} {', '.join(missing)}")
    wire = {name: wire_value(value) for name, value in fields.items()}
    for name in ids & set(wire):
        value = wire[name]
        if isinstance(value, Mapping) and "id" in value:
            wire[name] = value["id"]
    return wire


class ModelView(Generic[M]):
    """Typed read-only access to one generated answer model (`_model`).

    A nested view knows the view it was read from (`_parent`, `_field`), so that a field missing deep in
    an answer is named from the record down (`ftp_account.host`).
    """

    _model: M
    _parent: ModelView[Any] | None = None
    _field: str = ""

    def __init__(
        self, model: M, parent: ModelView[Any] | None = None, field: str = ""
    ) -> None:
        self._model = model
        self._parent = parent
        self._field = field

    def _missing(self, name: str) -> NoReturn:
        """Raise for a field the answer lacked; a client's records override it with their own error."""
        if self._parent is not None:
            self._parent._missing(f"{self._field}.{name}")
        raise AnswerFieldMissing(type(self._model).__name__, name)

    def _present(self, value: T | Unset, name: str) -> T:
        """The value of a field complete answers carry; `_missing` where this answer lacked it."""
        if isinstance(value, Unset):
            self._missing(name)
        return value


class Updatable:
    """Base of the generated `<Schema>Update` mixins: the client's records implement `_update`."""

    if TYPE_CHECKING:

        def _update(self, fields: Mapping[str, object]) -> None:
            """PATCH the fields and take the answer."""


class AsyncUpdatable:
    """Base of the generated `Async<Schema>Update` mixins: the async client's records implement `_update`."""

    if TYPE_CHECKING:

        async def _update(self, fields: Mapping[str, object]) -> None:
            """PATCH the fields and take the answer."""


class _Core(Generic[R, M]):
    """What both clients' collection operations share: where they are, their model, their filters."""

    path: str = ""
    model: type[Any] = object
    filter_names: tuple[str, ...] = ()

    if TYPE_CHECKING:
        _api: AuthenticatedClient | Client

        def _expect(self, parsed: object, model: type[T]) -> T:
            """The answer as `model`, or an error naming what is missing."""

        def _record(self, model: M) -> R:
            """The client's record around an answer model."""

    def _refuse(self, what: str) -> NotImplementedError:
        return NotImplementedError(f"{self.path} {what}")


class EndpointCore(_Core[R, M]):
    """A collection's operations for the sync client, which implements `_send`."""

    if TYPE_CHECKING:

        def _send(
            self,
            function: Callable[P, Response[Any]],
            *args: P.args,
            **kwargs: P.kwargs,
        ) -> object:
            """Run a generated `sync_detailed` function; answers the parsed model (or raw JSON)."""

    def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[M], int | None]:
        raise self._refuse("cannot be listed")

    def _fetch_one(self, record_id: str) -> M:
        raise self._refuse("records cannot be retrieved one by one")

    def _send_update(self, record_id: str, fields: Mapping[str, object]) -> M:
        raise self._refuse("records cannot be updated")

    def _send_destroy(self, record_id: str) -> None:
        raise self._refuse("records cannot be deleted")


class AsyncEndpointCore(_Core[R, M]):
    """A collection's operations for the async client, which implements `_send` as a coroutine."""

    if TYPE_CHECKING:

        async def _send(
            self,
            function: Callable[P, Awaitable[Response[Any]]],
            *args: P.args,
            **kwargs: P.kwargs,
        ) -> object:
            """Await a generated `asyncio_detailed` function; answers the parsed model (or raw JSON)."""

    async def _fetch_page(
        self, start: int, length: int, filters: Mapping[str, Any]
    ) -> tuple[list[M], int | None]:
        raise self._refuse("cannot be listed")

    async def _fetch_one(self, record_id: str) -> M:
        raise self._refuse("records cannot be retrieved one by one")

    async def _send_update(self, record_id: str, fields: Mapping[str, object]) -> M:
        raise self._refuse("records cannot be updated")

    async def _send_destroy(self, record_id: str) -> None:
        raise self._refuse("records cannot be deleted")
