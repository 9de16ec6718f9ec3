from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.paginated_task_list import PaginatedTaskList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: int | Unset = 0,
    length: int | Unset = 200,
    draw: int | Unset = UNSET,
    empty: bool | Unset = UNSET,
    target: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["length"] = length

    params["draw"] = draw

    params["empty"] = empty

    params["target"] = target

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/odata/cleaner_tasks/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PaginatedTaskList | None:
    if response.status_code == 200:
        response_200 = PaginatedTaskList.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PaginatedTaskList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    length: int | Unset = 200,
    draw: int | Unset = UNSET,
    empty: bool | Unset = UNSET,
    target: str | Unset = UNSET,
) -> Response[Error | PaginatedTaskList]:
    """List cleaner tasks

    Args:
        start (int | Unset):  Default: 0.
        length (int | Unset):  Default: 200.
        draw (int | Unset):
        empty (bool | Unset):
        target (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedTaskList]
    """

    kwargs = _get_kwargs(
        start=start,
        length=length,
        draw=draw,
        empty=empty,
        target=target,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    length: int | Unset = 200,
    draw: int | Unset = UNSET,
    empty: bool | Unset = UNSET,
    target: str | Unset = UNSET,
) -> Error | PaginatedTaskList | None:
    """List cleaner tasks

    Args:
        start (int | Unset):  Default: 0.
        length (int | Unset):  Default: 200.
        draw (int | Unset):
        empty (bool | Unset):
        target (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedTaskList
    """

    return sync_detailed(
        client=client,
        start=start,
        length=length,
        draw=draw,
        empty=empty,
        target=target,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    length: int | Unset = 200,
    draw: int | Unset = UNSET,
    empty: bool | Unset = UNSET,
    target: str | Unset = UNSET,
) -> Response[Error | PaginatedTaskList]:
    """List cleaner tasks

    Args:
        start (int | Unset):  Default: 0.
        length (int | Unset):  Default: 200.
        draw (int | Unset):
        empty (bool | Unset):
        target (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PaginatedTaskList]
    """

    kwargs = _get_kwargs(
        start=start,
        length=length,
        draw=draw,
        empty=empty,
        target=target,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: int | Unset = 0,
    length: int | Unset = 200,
    draw: int | Unset = UNSET,
    empty: bool | Unset = UNSET,
    target: str | Unset = UNSET,
) -> Error | PaginatedTaskList | None:
    """List cleaner tasks

    Args:
        start (int | Unset):  Default: 0.
        length (int | Unset):  Default: 200.
        draw (int | Unset):
        empty (bool | Unset):
        target (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PaginatedTaskList
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            length=length,
            draw=draw,
            empty=empty,
            target=target,
        )
    ).parsed
