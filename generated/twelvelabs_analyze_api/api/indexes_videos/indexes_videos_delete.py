from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_video_information_request_bad_request_error import (
    DeleteVideoInformationRequestBadRequestError,
)
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    index_id: str,
    video_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/indexes/{index_id}/videos/{video_id}".format(
            index_id=quote(str(index_id), safe=""),
            video_id=quote(str(video_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteVideoInformationRequestBadRequestError | ErrorBody | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = DeleteVideoInformationRequestBadRequestError.from_dict(
            response.json()
        )

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
) -> Response[Any | DeleteVideoInformationRequestBadRequestError | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    index_id: str,
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DeleteVideoInformationRequestBadRequestError | ErrorBody]:
    """Delete video information

     <Info>This method will be deprecated in a future version. New implementations should use the [Delete
    an indexed asset](/v1.3/api-reference/index-content/delete) method.</Info>

    This method deletes all the information about the specified indexed video. This action cannot be
    undone.

    Args:
        index_id (str):
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteVideoInformationRequestBadRequestError | ErrorBody]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        video_id=video_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    index_id: str,
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | DeleteVideoInformationRequestBadRequestError | ErrorBody | None:
    """Delete video information

     <Info>This method will be deprecated in a future version. New implementations should use the [Delete
    an indexed asset](/v1.3/api-reference/index-content/delete) method.</Info>

    This method deletes all the information about the specified indexed video. This action cannot be
    undone.

    Args:
        index_id (str):
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteVideoInformationRequestBadRequestError | ErrorBody
    """

    return sync_detailed(
        index_id=index_id,
        video_id=video_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    index_id: str,
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DeleteVideoInformationRequestBadRequestError | ErrorBody]:
    """Delete video information

     <Info>This method will be deprecated in a future version. New implementations should use the [Delete
    an indexed asset](/v1.3/api-reference/index-content/delete) method.</Info>

    This method deletes all the information about the specified indexed video. This action cannot be
    undone.

    Args:
        index_id (str):
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteVideoInformationRequestBadRequestError | ErrorBody]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        video_id=video_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_id: str,
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | DeleteVideoInformationRequestBadRequestError | ErrorBody | None:
    """Delete video information

     <Info>This method will be deprecated in a future version. New implementations should use the [Delete
    an indexed asset](/v1.3/api-reference/index-content/delete) method.</Info>

    This method deletes all the information about the specified indexed video. This action cannot be
    undone.

    Args:
        index_id (str):
        video_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteVideoInformationRequestBadRequestError | ErrorBody
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            video_id=video_id,
            client=client,
        )
    ).parsed
