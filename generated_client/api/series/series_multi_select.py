from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.multi_select_request import MultiSelectRequest
from ...models.multi_select_result import MultiSelectResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MultiSelectRequest,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    resample: str | Unset = UNSET,
    dropna: bool | Unset = UNSET,
    closed: str | Unset = UNSET,
    resample_rule: str | Unset = UNSET,
    convention: str | Unset = UNSET,
    start_mode: str | Unset = UNSET,
    utc_now: str | Unset = UNSET,
    max_acceptable_delay: str | Unset = UNSET,
    max_rows_nb: int | Unset = UNSET,
    clock: str | Unset = UNSET,
    with_tags: bool | Unset = UNSET,
    unfilter: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    params["resample"] = resample

    params["dropna"] = dropna

    params["closed"] = closed

    params["resample_rule"] = resample_rule

    params["convention"] = convention

    params["start_mode"] = start_mode

    params["utc_now"] = utc_now

    params["max_acceptable_delay"] = max_acceptable_delay

    params["max_rows_nb"] = max_rows_nb

    params["clock"] = clock

    params["with_tags"] = with_tags

    params["unfilter"] = unfilter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/odata/series/multi_select/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MultiSelectResult | None:
    if response.status_code == 200:
        response_200 = MultiSelectResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MultiSelectResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MultiSelectRequest,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    resample: str | Unset = UNSET,
    dropna: bool | Unset = UNSET,
    closed: str | Unset = UNSET,
    resample_rule: str | Unset = UNSET,
    convention: str | Unset = UNSET,
    start_mode: str | Unset = UNSET,
    utc_now: str | Unset = UNSET,
    max_acceptable_delay: str | Unset = UNSET,
    max_rows_nb: int | Unset = UNSET,
    clock: str | Unset = UNSET,
    with_tags: bool | Unset = UNSET,
    unfilter: bool | Unset = UNSET,
) -> Response[Error | MultiSelectResult]:
    """Points of several series

    Args:
        start (str | Unset):
        end (str | Unset):
        resample (str | Unset):
        dropna (bool | Unset):
        closed (str | Unset):
        resample_rule (str | Unset):
        convention (str | Unset):
        start_mode (str | Unset):
        utc_now (str | Unset):
        max_acceptable_delay (str | Unset):
        max_rows_nb (int | Unset):
        clock (str | Unset):
        with_tags (bool | Unset):
        unfilter (bool | Unset):
        body (MultiSelectRequest): The series to select, by `otsdb_pk`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MultiSelectResult]
    """

    kwargs = _get_kwargs(
        body=body,
        start=start,
        end=end,
        resample=resample,
        dropna=dropna,
        closed=closed,
        resample_rule=resample_rule,
        convention=convention,
        start_mode=start_mode,
        utc_now=utc_now,
        max_acceptable_delay=max_acceptable_delay,
        max_rows_nb=max_rows_nb,
        clock=clock,
        with_tags=with_tags,
        unfilter=unfilter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MultiSelectRequest,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    resample: str | Unset = UNSET,
    dropna: bool | Unset = UNSET,
    closed: str | Unset = UNSET,
    resample_rule: str | Unset = UNSET,
    convention: str | Unset = UNSET,
    start_mode: str | Unset = UNSET,
    utc_now: str | Unset = UNSET,
    max_acceptable_delay: str | Unset = UNSET,
    max_rows_nb: int | Unset = UNSET,
    clock: str | Unset = UNSET,
    with_tags: bool | Unset = UNSET,
    unfilter: bool | Unset = UNSET,
) -> Error | MultiSelectResult | None:
    """Points of several series

    Args:
        start (str | Unset):
        end (str | Unset):
        resample (str | Unset):
        dropna (bool | Unset):
        closed (str | Unset):
        resample_rule (str | Unset):
        convention (str | Unset):
        start_mode (str | Unset):
        utc_now (str | Unset):
        max_acceptable_delay (str | Unset):
        max_rows_nb (int | Unset):
        clock (str | Unset):
        with_tags (bool | Unset):
        unfilter (bool | Unset):
        body (MultiSelectRequest): The series to select, by `otsdb_pk`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MultiSelectResult
    """

    return sync_detailed(
        client=client,
        body=body,
        start=start,
        end=end,
        resample=resample,
        dropna=dropna,
        closed=closed,
        resample_rule=resample_rule,
        convention=convention,
        start_mode=start_mode,
        utc_now=utc_now,
        max_acceptable_delay=max_acceptable_delay,
        max_rows_nb=max_rows_nb,
        clock=clock,
        with_tags=with_tags,
        unfilter=unfilter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MultiSelectRequest,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    resample: str | Unset = UNSET,
    dropna: bool | Unset = UNSET,
    closed: str | Unset = UNSET,
    resample_rule: str | Unset = UNSET,
    convention: str | Unset = UNSET,
    start_mode: str | Unset = UNSET,
    utc_now: str | Unset = UNSET,
    max_acceptable_delay: str | Unset = UNSET,
    max_rows_nb: int | Unset = UNSET,
    clock: str | Unset = UNSET,
    with_tags: bool | Unset = UNSET,
    unfilter: bool | Unset = UNSET,
) -> Response[Error | MultiSelectResult]:
    """Points of several series

    Args:
        start (str | Unset):
        end (str | Unset):
        resample (str | Unset):
        dropna (bool | Unset):
        closed (str | Unset):
        resample_rule (str | Unset):
        convention (str | Unset):
        start_mode (str | Unset):
        utc_now (str | Unset):
        max_acceptable_delay (str | Unset):
        max_rows_nb (int | Unset):
        clock (str | Unset):
        with_tags (bool | Unset):
        unfilter (bool | Unset):
        body (MultiSelectRequest): The series to select, by `otsdb_pk`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MultiSelectResult]
    """

    kwargs = _get_kwargs(
        body=body,
        start=start,
        end=end,
        resample=resample,
        dropna=dropna,
        closed=closed,
        resample_rule=resample_rule,
        convention=convention,
        start_mode=start_mode,
        utc_now=utc_now,
        max_acceptable_delay=max_acceptable_delay,
        max_rows_nb=max_rows_nb,
        clock=clock,
        with_tags=with_tags,
        unfilter=unfilter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MultiSelectRequest,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    resample: str | Unset = UNSET,
    dropna: bool | Unset = UNSET,
    closed: str | Unset = UNSET,
    resample_rule: str | Unset = UNSET,
    convention: str | Unset = UNSET,
    start_mode: str | Unset = UNSET,
    utc_now: str | Unset = UNSET,
    max_acceptable_delay: str | Unset = UNSET,
    max_rows_nb: int | Unset = UNSET,
    clock: str | Unset = UNSET,
    with_tags: bool | Unset = UNSET,
    unfilter: bool | Unset = UNSET,
) -> Error | MultiSelectResult | None:
    """Points of several series

    Args:
        start (str | Unset):
        end (str | Unset):
        resample (str | Unset):
        dropna (bool | Unset):
        closed (str | Unset):
        resample_rule (str | Unset):
        convention (str | Unset):
        start_mode (str | Unset):
        utc_now (str | Unset):
        max_acceptable_delay (str | Unset):
        max_rows_nb (int | Unset):
        clock (str | Unset):
        with_tags (bool | Unset):
        unfilter (bool | Unset):
        body (MultiSelectRequest): The series to select, by `otsdb_pk`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MultiSelectResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            start=start,
            end=end,
            resample=resample,
            dropna=dropna,
            closed=closed,
            resample_rule=resample_rule,
            convention=convention,
            start_mode=start_mode,
            utc_now=utc_now,
            max_acceptable_delay=max_acceptable_delay,
            max_rows_nb=max_rows_nb,
            clock=clock,
            with_tags=with_tags,
            unfilter=unfilter,
        )
    ).parsed
