from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_index_request_bad_request_error import (
    CreateIndexRequestBadRequestError,
)
from ...models.error_body import ErrorBody
from ...models.indexes_create_request import IndexesCreateRequest
from ...models.indexes_create_response_201 import IndexesCreateResponse201
from ...types import Response


def _get_kwargs(
    *,
    body: IndexesCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/indexes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | CreateIndexRequestBadRequestError
    | ErrorBody
    | IndexesCreateResponse201
    | None
):
    if response.status_code == 201:
        response_201 = IndexesCreateResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateIndexRequestBadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | CreateIndexRequestBadRequestError | ErrorBody | IndexesCreateResponse201
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IndexesCreateRequest,
) -> Response[
    Any | CreateIndexRequestBadRequestError | ErrorBody | IndexesCreateResponse201
]:
    """Create an index

     This method creates an index.

    Args:
        body (IndexesCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateIndexRequestBadRequestError | ErrorBody | IndexesCreateResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: IndexesCreateRequest,
) -> (
    Any
    | CreateIndexRequestBadRequestError
    | ErrorBody
    | IndexesCreateResponse201
    | None
):
    """Create an index

     This method creates an index.

    Args:
        body (IndexesCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateIndexRequestBadRequestError | ErrorBody | IndexesCreateResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IndexesCreateRequest,
) -> Response[
    Any | CreateIndexRequestBadRequestError | ErrorBody | IndexesCreateResponse201
]:
    """Create an index

     This method creates an index.

    Args:
        body (IndexesCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateIndexRequestBadRequestError | ErrorBody | IndexesCreateResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IndexesCreateRequest,
) -> (
    Any
    | CreateIndexRequestBadRequestError
    | ErrorBody
    | IndexesCreateResponse201
    | None
):
    """Create an index

     This method creates an index.

    Args:
        body (IndexesCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateIndexRequestBadRequestError | ErrorBody | IndexesCreateResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
