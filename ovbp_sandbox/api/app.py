"""The Starlette app serving every operation of the spec under ``/api/v2``.

Each request goes: route match (JSON 404/405) -> Basic auth -> body size/type/JSON checks ->
validation against the spec (openapi-core) -> the handler, run in a worker thread because the
Store and the engine are synchronous.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from ovbp_sandbox.api.auth import authenticate
from ovbp_sandbox.api.context import Ctx, Result
from ovbp_sandbox.api.error_responses import (
    api_error_handler,
    http_exception_handler,
    server_error_handler,
)
from ovbp_sandbox.api.routes import Handler, collection_of, handler_for
from ovbp_sandbox.api.spec import API_PREFIX, Operation, normalize_query, openapi, operations, request_errors
from ovbp_sandbox.backend.platform_rules import Platform
from ovbp_sandbox.errors import ApiError, InvalidOptions
from ovbp_sandbox.http_limits import MAX_BODY_BYTES
from ovbp_sandbox.text import MAX_DEPTH, TextSafeJSONResponse, depth_error, text_errors, visible

ANY_METHOD = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
_TOO_LARGE = f"Request body larger than {MAX_BODY_BYTES} bytes: send less per request."


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise ApiError(413, _TOO_LARGE)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise ApiError(413, _TOO_LARGE)
        chunks.append(chunk)
    return b"".join(chunks)


def _is_uuid(record_id: str | None) -> bool:
    if record_id is None:
        return True  # a collection's path
    try:
        uuid.UUID(record_id)
    except ValueError:
        return False
    return True


def _address(request: Request) -> str:
    return request.client.host if request.client else ""


def _parse_body(op: Operation, request: Request, raw: bytes) -> Any:
    if op.request_schema is None:
        return None
    if not raw.strip():
        return None
    content_type = request.headers.get("content-type", "")
    media = content_type.split(";")[0].strip().lower()
    if media and media != "application/json" and not media.endswith("+json"):
        raise ApiError(400, f'Unsupported media type "{content_type}" in request: send application/json.')
    try:
        parsed = json.loads(raw)
    except RecursionError:
        raise ApiError(
            400, f"JSON nested deeper than {MAX_DEPTH} levels; the platform's records need a few."
        ) from None
    except (ValueError, UnicodeDecodeError) as e:
        raise ApiError(400, f"JSON parse error - {visible(str(e))}") from None
    too_deep = depth_error(parsed)
    if too_deep:
        raise ApiError(400, too_deep)
    unstorable = text_errors(parsed)
    if unstorable:  # refused before anything is validated or written
        raise ApiError(400, unstorable)
    return parsed


def _endpoint(op: Operation, platform: Platform) -> Callable[[Request], Any]:
    handler = handler_for(op)
    collection = collection_of(op.path)

    async def endpoint(request: Request) -> Response:
        principal = await run_in_threadpool(
            authenticate, platform.store, request.headers.get("authorization"), _address(request)
        )
        query = normalize_query(request.query_params)
        path_params = {k: str(v) for k, v in request.path_params.items()}
        body = None
        if op.method != "put":  # refused whatever it carries (crud.refuse_put): nothing to check
            if not _is_uuid(path_params.get("id")):
                raise ApiError(404, "Not found.")  # as DRF's lookup answers an id that is not a UUID
            body = _parse_body(op, request, await _read_body(request))
            errors = request_errors(
                op,
                path=request.url.path.removeprefix(API_PREFIX),
                path_params=path_params,
                query=query,
                body=json.dumps(body).encode() if body is not None else None,
            )
            if errors:
                raise ApiError(400, errors)
        ctx = Ctx(
            platform=platform,
            principal=principal,
            op=op,
            collection=collection,
            record_id=path_params.get("id"),
            query=query,
            body=body,
        )
        status, payload = await run_in_threadpool(_run, handler, ctx)
        if status == 204:
            return Response(status_code=204)
        if isinstance(payload, bytes):
            return Response(payload, status_code=status, media_type="application/json")
        return TextSafeJSONResponse(payload, status_code=status)

    return endpoint


def _run(handler: Handler, ctx: Ctx) -> Result:
    try:
        return handler(ctx)
    except InvalidOptions as e:
        raise ApiError(400, e.errors) from e


def _route_order(op_path: str) -> tuple[int, str]:
    # literal segments (users/me, series/export) before {id} ones matching the same URL
    return (op_path.count("{"), op_path)


def build_app(platform: Platform) -> Starlette:
    openapi()  # built now rather than on the first request
    by_path: dict[str, list[Operation]] = {}
    for op in operations():
        by_path.setdefault(op.path, []).append(op)
    routes = []
    for path in sorted(by_path, key=_route_order):
        ops = {op.method.upper(): _endpoint(op, platform) for op in by_path[path]}
        # every method: a literal path (series/export) is the route of its URL whatever the method, so a
        # method it lacks is a 405 rather than a lookup of the id "export" (Django resolves URLs so)
        routes.append(Route(path, _dispatch(ops), methods=ANY_METHOD))
    return Starlette(
        routes=[Mount(API_PREFIX, routes=routes)],
        exception_handlers={
            ApiError: api_error_handler,
            HTTPException: http_exception_handler,
            Exception: server_error_handler,
        },
    )


def _dispatch(ops: dict[str, Callable[[Request], Any]]) -> Callable[[Request], Any]:
    async def dispatch(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        if method not in ops:
            raise HTTPException(405, headers={"Allow": ", ".join(sorted(ops))})
        response: Response = await ops[method](request)
        return response

    return dispatch
