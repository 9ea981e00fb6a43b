from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_index_request_bad_request_error import (
    DeleteIndexRequestBadRequestError,
)
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    index_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/indexes/{index_id}".format(
            index_id=quote(str(index_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteIndexRequestBadRequestError | ErrorBody | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = DeleteIndexRequestBadRequestError.from_dict(response.json())

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
) -> Response[Any | DeleteIndexRequestBadRequestError | ErrorBody]:
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
) -> Response[Any | DeleteIndexRequestBadRequestError | ErrorBody]:
    """Delete an index

     This method deletes the specified index and all the videos within it. This action cannot be undone.

    Args:
        index_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteIndexRequestBadRequestError | ErrorBody]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | DeleteIndexRequestBadRequestError | ErrorBody | None:
    """Delete an index

     This method deletes the specified index and all the videos within it. This action cannot be undone.

    Args:
        index_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteIndexRequestBadRequestError | ErrorBody
    """

    return sync_detailed(
        index_id=index_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DeleteIndexRequestBadRequestError | ErrorBody]:
    """Delete an index

     This method deletes the specified index and all the videos within it. This action cannot be undone.

    Args:
        index_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteIndexRequestBadRequestError | ErrorBody]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | DeleteIndexRequestBadRequestError | ErrorBody | None:
    """Delete an index

     This method deletes the specified index and all the videos within it. This action cannot be undone.

    Args:
        index_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteIndexRequestBadRequestError | ErrorBody
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            client=client,
        )
    ).parsed
