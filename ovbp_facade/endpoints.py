"""One Endpoint per platform collection: list/iter/list_all/create/retrieve via the generated functions."""

from __future__ import annotations

import builtins
import functools
import importlib
import inspect
import logging
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import orjson

from .errors import OVBPClientError
from .records.base import Record
from .wire import data_from_wire, to_wire

if TYPE_CHECKING:
    from .client import Client

__all__ = ["PAGE_SIZE", "Endpoint", "model_to_data"]

logger = logging.getLogger("ovbp_facade")

PAGE_SIZE = 200  # the platform never answers more per page
MAX_RECORDS = 1_000_000  # safety stop for runaway pagination

R = TypeVar("R", bound=Record)


def model_to_data(parsed: object) -> dict[str, Any]:
    """Wire dict of a parsed generated model (unknown fields kept), datetimes parsed."""
    to_dict = getattr(parsed, "to_dict", None)
    if to_dict is None:
        raise OVBPClientError(f"unexpected answer from the platform: {parsed!r}")
    data: dict[str, Any] = data_from_wire(to_dict())
    return data


@functools.cache
def _filter_names(function: Callable[..., Any]) -> list[str]:
    """The query filters a generated list function takes (its keyword parameters but paging)."""
    return [p for p in inspect.signature(function).parameters if p not in ("client", "id", "start", "length")]


class Endpoint(Generic[R]):
    """A platform collection (`path`) whose records are `record_cls`, backed by generated module `tag`."""

    def __init__(self, client: Client, path: str, tag: str, model: str, record_cls: type[R]) -> None:
        self.client = client
        self.path = path
        self.tag = tag
        self.model = model
        self.record_cls = record_cls

    def __repr__(self) -> str:
        return f"<{self.path}>"

    # --- generated operations -------------------------------------------------------------------
    def _module(self, op: str) -> ModuleType:
        try:
            return importlib.import_module(f"generated_client.api.{self.tag}.{self.tag}_{op}")
        except ModuleNotFoundError:
            raise OVBPClientError(f"the platform has no '{op}' operation on {self.path}") from None

    def _call(self, op: str, *args: Any, **kwargs: Any) -> Any:
        function: Callable[..., Any] = self._module(op).sync_detailed
        return self.client._call(function, *args, **kwargs)

    def _body(self, op: str, class_name: str, data: Mapping[str, Any]) -> Any:
        body_cls = getattr(self._module(op), class_name)
        wire = to_wire(dict(data))
        try:
            return body_cls.from_dict(wire)
        except KeyError as exc:
            raise OVBPClientError(f"{self.path}: missing required field {exc} to {op}") from None

    def _filters(self, op: str, filter_by: Mapping[str, Any] | None) -> dict[str, Any]:
        if not filter_by:
            return {}
        allowed = _filter_names(self._module(op).sync_detailed)
        unknown = sorted(set(filter_by) - set(allowed))
        if unknown:
            raise ValueError(
                f"{self.path} cannot be filtered by {', '.join(unknown)}; "
                f"allowed filters: {', '.join(allowed)}"
            )
        return {k: to_wire(v) for k, v in filter_by.items() if v is not None}

    # --- records --------------------------------------------------------------------------------
    def data_to_record(self, data: Mapping[str, Any]) -> R:
        """Build a record from wire data without any request."""
        return self.record_cls(self, data)

    def _page(self, start: int, limit: int, filters: dict[str, Any]) -> tuple[list[R], int | None]:
        parsed = self._call("list", start=start, length=limit, **filters)
        page = model_to_data(parsed)
        records = [self.data_to_record(d) for d in page.get("data", [])]
        total = page.get("recordsFiltered", page.get("recordsTotal"))
        return records, total if isinstance(total, int) else None

    def list(
        self, start: int = 0, limit: int = PAGE_SIZE, filter_by: Mapping[str, Any] | None = None
    ) -> list[R]:
        """One page of records (`limit` at most 200), filtered by wire field values."""
        return self._page(start, limit, self._filters("list", filter_by))[0]

    def iter(self, filter_by: Mapping[str, Any] | None = None) -> Iterator[R]:
        """All matching records, page after page (stops on an empty page or once the total is reached)."""
        filters = self._filters("list", filter_by)
        start = 0
        while start < MAX_RECORDS:
            records, total = self._page(start, PAGE_SIZE, filters)
            yield from records
            start += len(records)
            if not records or (total is not None and start >= total):
                return
            if total is None and len(records) < PAGE_SIZE:
                return
        raise OVBPClientError(f"{self.path}: more than {MAX_RECORDS} records, stopping")

    def list_all(
        self, filter_by: Mapping[str, Any] | None = None, *, progress: bool = False, concurrency: int = 4
    ) -> builtins.list[R]:
        """All matching records; once the first page gives the total, other pages are fetched concurrently."""
        filters = self._filters("list", filter_by)
        first, total = self._page(0, PAGE_SIZE, filters)
        page_size = len(first)  # the platform may answer less than asked
        if not first or (total is not None and total <= page_size):
            return first
        if total is None:
            return [*first, *self._rest_sequential(filters, page_size, page_size)]
        starts = builtins.list(range(page_size, min(total, MAX_RECORDS), page_size))
        logger.info("%s: fetching %d records in %d pages", self.path, total, len(starts) + 1)
        bar = _progress_bar(progress, total, f"list {self.path}")
        if bar is not None:
            bar.update(page_size)
        pages: dict[int, builtins.list[R]] = {}

        def fetch(start: int) -> None:
            pages[start] = self._page(start, page_size, filters)[0]
            if bar is not None:
                bar.update(len(pages[start]))

        try:
            with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
                builtins.list(pool.map(fetch, starts))
        finally:
            if bar is not None:
                bar.close()
        records = builtins.list(first)
        seen = {r.data.get("id") for r in records}
        for start in starts:
            for record in pages[start]:
                if record.data.get("id") not in seen:
                    seen.add(record.data.get("id"))
                    records.append(record)
        if len(pages[starts[-1]]) == page_size:  # records may have been added while paging
            more = self._rest_sequential(filters, starts[-1] + page_size, page_size)
            records.extend(r for r in more if r.data.get("id") not in seen)
        return records

    def _rest_sequential(self, filters: dict[str, Any], start: int, page_size: int) -> Iterator[R]:
        while start < MAX_RECORDS:
            records, _ = self._page(start, page_size, filters)
            yield from records
            if len(records) < page_size or not records:
                return
            start += len(records)

    def create(self, **data: Any) -> R:
        """POST a new record with the given wire fields."""
        parsed = self._call("create", body=self._body("create", f"{self.model}Request", data))
        return self.data_to_record(model_to_data(parsed))

    def retrieve(self, id: str) -> R:
        """GET one record by id."""
        return self.data_to_record(model_to_data(self._call("retrieve", id)))

    def _partial_update(self, id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        body = self._body("partial_update", f"Patched{self.model}Request", data)
        return model_to_data(self._call("partial_update", id, body=body))

    def _destroy(self, id: str) -> None:
        self._call("destroy", id)

    # --- expert escape hatches ------------------------------------------------------------------
    def _action(
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
        response = self.client._http.request(http_method.upper(), "/".join(parts) + "/", **kwargs)
        if response.status_code == 204:
            return None
        if not return_json:
            return response.content
        if not response.content:
            return None
        return data_from_wire(orjson.loads(response.content))

    def list_action(
        self,
        http_method: str,
        action_name: str,
        params: Mapping[str, Any] | None = None,
        data: Any = None,
        return_json: bool = True,
        send_json: bool = True,
    ) -> Any:
        """Expert escape hatch: `{http_method} {path}/{action_name}/` (JSON answer, or bytes)."""
        return self._action(http_method, action_name, params, data, return_json, send_json)


def _progress_bar(enabled: bool, total: int, desc: str) -> Any:
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="rec")
