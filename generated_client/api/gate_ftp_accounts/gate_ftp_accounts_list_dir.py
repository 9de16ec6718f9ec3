from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dir_listing import DirListing
from ...models.error import Error
from ...models.list_dir_request import ListDirRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: ListDirRequest,
    start: int | Unset = 0,
    length: int | Unset = 200,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["start"] = start

    params["length"] = length

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/odata/gate_ftp_accounts/{id}/list_dir/".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DirListing | Error | None:
    if response.status_code == 200:
        response_200 = DirListing.from_dict(response.json())

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
) -> Response[DirListing | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ListDirRequest,
    start: int | Unset = 0,
    length: int | Unset = 200,
) -> Response[DirListing | Error]:
    """List a directory of the account

    Args:
        id (str):
        start (int | Unset):  Default: 0.
        length (int | Unset):  Default: 200.
        body (ListDirRequest): A directory of an FTP account to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirListing | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        start=start,
        length=length,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ListDirRequest,
    start: int | Unset = 0,
    length: int | Unset = 200,
) -> DirListing | Error | None:
    """List a directory of the account

    Args:
        id (str):
        start (int | Unset):  Default: 0.
        length (int | Unset):  Default: 200.
        body (ListDirRequest): A directory of an FTP account to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirListing | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        start=start,
        length=length,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ListDirRequest,
    start: int | Unset = 0,
    length: int | Unset = 200,
) -> Response[DirListing | Error]:
    """List a directory of the account

    Args:
        id (str):
        start (int | Unset):  Default: 0.
        length (int | Unset):  Default: 200.
        body (ListDirRequest): A directory of an FTP account to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DirListing | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        start=start,
        length=length,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ListDirRequest,
    start: int | Unset = 0,
    length: int | Unset = 200,
) -> DirListing | Error | None:
    """List a directory of the account

    Args:
        id (str):
        start (int | Unset):  Default: 0.
        length (int | Unset):  Default: 200.
        body (ListDirRequest): A directory of an FTP account to list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DirListing | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            start=start,
            length=length,
        )
    ).parsed
