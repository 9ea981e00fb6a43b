from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.indexes_update_request import IndexesUpdateRequest
from ...models.update_index_request_bad_request_error import (
    UpdateIndexRequestBadRequestError,
)
from ...types import Response


def _get_kwargs(
    index_id: str,
    *,
    body: IndexesUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/indexes/{index_id}".format(
            index_id=quote(str(index_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | UpdateIndexRequestBadRequestError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = UpdateIndexRequestBadRequestError.from_dict(response.json())

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
) -> Response[Any | ErrorBody | UpdateIndexRequestBadRequestError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IndexesUpdateRequest,
) -> Response[Any | ErrorBody | UpdateIndexRequestBadRequestError]:
    """Update an index

     This method updates the name of the specified index.

    Args:
        index_id (str):
        body (IndexesUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | UpdateIndexRequestBadRequestError]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IndexesUpdateRequest,
) -> Any | ErrorBody | UpdateIndexRequestBadRequestError | None:
    """Update an index

     This method updates the name of the specified index.

    Args:
        index_id (str):
        body (IndexesUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | UpdateIndexRequestBadRequestError
    """

    return sync_detailed(
        index_id=index_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IndexesUpdateRequest,
) -> Response[Any | ErrorBody | UpdateIndexRequestBadRequestError]:
    """Update an index

     This method updates the name of the specified index.

    Args:
        index_id (str):
        body (IndexesUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | UpdateIndexRequestBadRequestError]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IndexesUpdateRequest,
) -> Any | ErrorBody | UpdateIndexRequestBadRequestError | None:
    """Update an index

     This method updates the name of the specified index.

    Args:
        index_id (str):
        body (IndexesUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | UpdateIndexRequestBadRequestError
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            client=client,
            body=body,
        )
    ).parsed
