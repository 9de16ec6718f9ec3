"""Endpoint: the generic half of a platform collection (paging, lookups, escape hatches).

The typed half, wired to the generated functions by import, is codegen's `<Tag>Operations` class;
`collection_endpoints.py` joins the two for each collection.
"""

from __future__ import annotations

import builtins
import logging
import sys
from collections.abc import AsyncIterator, Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import orjson

from generated_client.client import Client as GeneratedClient
from generated_client.typed.support import AsyncEndpointCore
from generated_client.types import Response

from ..answer_forms import answer_kind, form_problems
from ..errors import AnswerFieldMissingError, AnswerFormError, OVBPClientError
from ..run_async import Eventually, map_bounded
from ..wire import RawAnswer, data_from_wire, to_wire
from .records.base import AsyncRecord

if TYPE_CHECKING:
    from .client import AsyncClient

__all__ = ["PAGE_SIZE", "AsyncEndpoint"]

logger = logging.getLogger("ovbp_facade")

PAGE_SIZE = 200  # the platform never answers more per page
MAX_RECORDS = 1_000_000  # safety stop for runaway pagination

R = TypeVar("R", bound=AsyncRecord)
T = TypeVar("T")


def _as_filter(value: Any) -> Any:
    """A filter value on the wire: records and nested objects (as answers carry them) by their id."""
    if isinstance(value, Mapping) and "id" in value:
        return value["id"]
    return to_wire(value)


class _Page(RawAnswer):
    """A list answer whose records `_send_list` has parsed already (`data` holds the envelope only)."""

    def __init__(self, envelope: dict[str, Any], records: list[Any]) -> None:
        super().__init__(envelope)
        self.records = records


class AsyncEndpoint(AsyncEndpointCore[R, Any], Generic[R]):
    """A collection whose records are `record_cls`; its generated operations come first in the MRO."""

    record_cls: ClassVar[type[AsyncRecord]]

    def __init__(self, client: AsyncClient) -> None:
        self.client = client
        self._api: GeneratedClient = client._generated

    def __repr__(self) -> str:
        return f"<{self.path}>"

    # --- hooks of the generated operations ------------------------------------------------------
    async def _send(
        self, function: Callable[..., Eventually[Response[Any]]], *args: Any, **kwargs: Any
    ) -> object:
        kind = answer_kind(function)
        if kind == "list":
            return await self._send_list(function, *args, **kwargs)
        try:
            answer = await self.client._call(function, *args, **kwargs)
        except KeyError as exc:  # a generated model found a required field missing
            raise AnswerFieldMissingError(self.path, str(exc.args[0])) from None
        if self.client.strict:
            self._check_form(answer, kind)
        return answer

    def _check_form(self, answer: object, kind: str) -> None:
        problems = form_problems(answer, kind)
        if problems:
            raise AnswerFormError(f"{self.path} {kind}", problems)

    async def _send_list(
        self, function: Callable[..., Eventually[Response[Any]]], *args: Any, **kwargs: Any
    ) -> _Page:
        """A page, read record by record: one record the client cannot read (no id, not an object) is
        left out with a warning naming it, instead of failing the whole list."""
        kwargs.pop("client", None)
        operation = sys.modules[function.__module__]
        content = await self.client._raw_call(operation._get_kwargs, *args, **kwargs)
        try:
            page = orjson.loads(content)
        except orjson.JSONDecodeError:
            raise OVBPClientError(f"{self.path}: the list answer is not JSON: {content[:200]!r}") from None
        if isinstance(page, list):  # a bare list of records, without the paging envelope
            page = {"data": page}
        if not isinstance(page, dict) or not isinstance(page.get("data"), list):
            raise OVBPClientError(f"{self.path}: the list answer has no 'data' list: {content[:200]!r}")
        kept: builtins.list[Any] = []
        for position, item in enumerate(page["data"]):
            try:
                model = self.model.from_dict(item)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                logger.warning(
                    "%s: left out record %d of a page, which the client cannot read (%s: %s): %.200r",
                    self.path,
                    position,
                    type(exc).__name__,
                    exc,
                    item,
                )
                continue
            if self.client.strict:
                self._check_form(model, "list")
            kept.append(model)
        return _Page({**page, "data": []}, kept)

    def _expect(self, parsed: object, model: type[T]) -> T:
        if isinstance(parsed, model):
            return parsed
        if isinstance(parsed, _Page):  # the envelope, then the records parsed already
            page = self._from_wire(model, parsed.data)
            page.data = parsed.records  # type: ignore[attr-defined]  # every page model has `data`
            return page
        if isinstance(parsed, RawAnswer):  # a 2xx status the spec does not list: use its JSON all the same
            return self._from_wire(model, parsed.data)
        raise OVBPClientError(f"{self.path}: unexpected answer from the platform: {parsed!r}")

    def _from_wire(self, model: type[T], data: Mapping[str, Any]) -> T:
        try:
            return model.from_dict(data)  # type: ignore[attr-defined, no-any-return]
        except KeyError as exc:
            raise AnswerFieldMissingError(self.path, str(exc.args[0])) from None

    def _record(self, model: Any) -> R:
        record: Any = self.record_cls(self, model)
        return record  # type: ignore[no-any-return]

    # --- records --------------------------------------------------------------------------------
    def data_to_record(self, data: Mapping[str, Any]) -> R:
        """Build a record from wire data without any request (OVBPClientError if a required field lacks)."""
        return self._record(self._from_wire(self.model, to_wire(dict(data))))

    async def retrieve(self, record_id: str) -> R:
        """GET one record by id."""
        return self._record(await self._fetch_one(record_id))

    def _filters(self, filter_by: Mapping[str, Any] | None) -> dict[str, Any]:
        if not filter_by:
            return {}
        unknown = sorted(set(filter_by) - set(self.filter_names))
        if unknown:
            raise ValueError(
                f"{self.path} cannot be filtered by {', '.join(unknown)}; "
                f"allowed filters: {', '.join(self.filter_names)}"
            )
        return {k: _as_filter(v) for k, v in filter_by.items() if v is not None}

    async def _page(
        self, start: int, limit: int, filters: dict[str, Any]
    ) -> tuple[builtins.list[R], int | None]:
        models, total = await self._fetch_page(start, limit, filters)
        return [self._record(m) for m in models], total

    async def list(
        self, start: int = 0, limit: int = PAGE_SIZE, filter_by: Mapping[str, Any] | None = None
    ) -> list[R]:
        """One page of records (`limit` at most 200), filtered by wire field values."""
        return (await self._page(start, limit, self._filters(filter_by)))[0]

    async def iter(self, filter_by: Mapping[str, Any] | None = None) -> AsyncIterator[R]:
        """All matching records, page after page (stops on an empty page or once the total is reached)."""
        filters = self._filters(filter_by)
        start = 0
        seen: set[str] = set()
        while start < MAX_RECORDS:
            records, total = await self._page(start, PAGE_SIZE, filters)
            for record in records:
                if record.id not in seen:  # pages may overlap when records come or go meanwhile
                    seen.add(record.id)
                    yield record
            start += len(records)
            # a page shorter than asked is not the end (the platform caps pages at its own maximum):
            # only the total, or an empty page, is
            if not records or (total is not None and start >= total):
                return
        raise OVBPClientError(f"{self.path}: more than {MAX_RECORDS} records, stopping")

    async def list_all(
        self, filter_by: Mapping[str, Any] | None = None, *, progress: bool = False, concurrency: int = 4
    ) -> builtins.list[R]:
        """All matching records; once the first page gives the total, other pages are fetched concurrently."""
        filters = self._filters(filter_by)
        first, total = await self._page(0, PAGE_SIZE, filters)
        page_size = len(first)  # the platform may answer less than asked
        if not first or (total is not None and total <= page_size):
            return first
        if total is None:
            return [*first, *[r async for r in self._rest_sequential(filters, page_size, page_size)]]
        starts = builtins.list(range(page_size, min(total, MAX_RECORDS), page_size))
        logger.info("%s: fetching %d records in %d pages", self.path, total, len(starts) + 1)
        bar = _progress_bar(progress, total, f"list {self.path}")
        if bar is not None:
            bar.update(page_size)
        pages: dict[int, builtins.list[R]] = {}

        async def fetch(start: int) -> None:
            pages[start] = (await self._page(start, page_size, filters))[0]
            if bar is not None:
                bar.update(len(pages[start]))

        try:
            await map_bounded(fetch, starts, concurrency)
        finally:
            if bar is not None:
                bar.close()
        records = builtins.list(first)
        seen = {r.id for r in records}
        for start in starts:
            for record in pages[start]:
                if record.id not in seen:
                    seen.add(record.id)
                    records.append(record)
        if len(pages[starts[-1]]) == page_size:  # records may have been added while paging
            more = self._rest_sequential(filters, starts[-1] + page_size, page_size)
            records.extend([r async for r in more if r.id not in seen])
        return records

    async def _rest_sequential(self, filters: dict[str, Any], start: int, page_size: int) -> AsyncIterator[R]:
        while start < MAX_RECORDS:
            records, _ = await self._page(start, page_size, filters)
            for record in records:
                yield record
            if not records:
                return
            start += len(records)

    # --- expert escape hatches ------------------------------------------------------------------
    async def _action(
        self,
        http_method: str,
        sub_path: str,
        params: Mapping[str, Any] | None,
        data: Any,
        return_json: bool,
        send_json: bool,
    ) -> Any:
        kwargs: dict[str, Any] = {"params": to_wire(dict(params)) if params else None}
        if data is not None:
            if send_json:
                kwargs["content"] = orjson.dumps(to_wire(data))
                kwargs["headers"] = {"Content-Type": "application/json"}
            else:
                kwargs["data"] = data
        parts = [self.path, *(p for p in sub_path.split("/") if p)]
        response = await self.client._http.request(http_method.upper(), "/".join(parts) + "/", **kwargs)
        if response.status_code == 204:
            return None
        if not return_json:
            return response.content
        if not response.content:
            return None
        return data_from_wire(orjson.loads(response.content))

    async def list_action(
        self,
        http_method: str,
        action_name: str,
        params: Mapping[str, Any] | None = None,
        data: Any = None,
        return_json: bool = True,
        send_json: bool = True,
    ) -> Any:
        """Expert escape hatch: `{http_method} {path}/{action_name}/` (JSON answer, or bytes)."""
        return await self._action(http_method, action_name, params, data, return_json, send_json)


def _progress_bar(enabled: bool, total: int, desc: str) -> Any:
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit="rec")
