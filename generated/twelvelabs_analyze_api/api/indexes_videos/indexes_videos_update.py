from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.indexes_videos_update_request import IndexesVideosUpdateRequest
from ...models.partial_update_video_information_request_bad_request_error import (
    PartialUpdateVideoInformationRequestBadRequestError,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    index_id: str,
    video_id: str,
    *,
    body: IndexesVideosUpdateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/indexes/{index_id}/videos/{video_id}".format(
            index_id=quote(str(index_id), safe=""),
            video_id=quote(str(video_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | PartialUpdateVideoInformationRequestBadRequestError | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = PartialUpdateVideoInformationRequestBadRequestError.from_dict(
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
) -> Response[Any | ErrorBody | PartialUpdateVideoInformationRequestBadRequestError]:
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
    body: IndexesVideosUpdateRequest | Unset = UNSET,
) -> Response[Any | ErrorBody | PartialUpdateVideoInformationRequestBadRequestError]:
    """Partial update video information

     <Info>This method will be deprecated in a future version. New implementations should use the
    [Partial update indexed asset](/v1.3/api-reference/index-content/update) method.</Info>

    This method updates one or more fields of the metadata of a video. Also, can delete a field by
    setting it to `null`.

    Args:
        index_id (str):
        video_id (str):
        body (IndexesVideosUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | PartialUpdateVideoInformationRequestBadRequestError]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        video_id=video_id,
        body=body,
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
    body: IndexesVideosUpdateRequest | Unset = UNSET,
) -> Any | ErrorBody | PartialUpdateVideoInformationRequestBadRequestError | None:
    """Partial update video information

     <Info>This method will be deprecated in a future version. New implementations should use the
    [Partial update indexed asset](/v1.3/api-reference/index-content/update) method.</Info>

    This method updates one or more fields of the metadata of a video. Also, can delete a field by
    setting it to `null`.

    Args:
        index_id (str):
        video_id (str):
        body (IndexesVideosUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | PartialUpdateVideoInformationRequestBadRequestError
    """

    return sync_detailed(
        index_id=index_id,
        video_id=video_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    index_id: str,
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IndexesVideosUpdateRequest | Unset = UNSET,
) -> Response[Any | ErrorBody | PartialUpdateVideoInformationRequestBadRequestError]:
    """Partial update video information

     <Info>This method will be deprecated in a future version. New implementations should use the
    [Partial update indexed asset](/v1.3/api-reference/index-content/update) method.</Info>

    This method updates one or more fields of the metadata of a video. Also, can delete a field by
    setting it to `null`.

    Args:
        index_id (str):
        video_id (str):
        body (IndexesVideosUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | PartialUpdateVideoInformationRequestBadRequestError]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        video_id=video_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_id: str,
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IndexesVideosUpdateRequest | Unset = UNSET,
) -> Any | ErrorBody | PartialUpdateVideoInformationRequestBadRequestError | None:
    """Partial update video information

     <Info>This method will be deprecated in a future version. New implementations should use the
    [Partial update indexed asset](/v1.3/api-reference/index-content/update) method.</Info>

    This method updates one or more fields of the metadata of a video. Also, can delete a field by
    setting it to `null`.

    Args:
        index_id (str):
        video_id (str):
        body (IndexesVideosUpdateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | PartialUpdateVideoInformationRequestBadRequestError
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            video_id=video_id,
            client=client,
            body=body,
        )
    ).parsed
