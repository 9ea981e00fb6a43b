from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.indexes_index_id_videos_video_id_get_parameters_embedding_option_schema_items import (
    IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems,
)
from ...models.indexes_videos_retrieve_response_200 import (
    IndexesVideosRetrieveResponse200,
)
from ...models.retrieve_video_information_request_bad_request_error import (
    RetrieveVideoInformationRequestBadRequestError,
)
from ...models.retrieve_video_information_request_not_found_error import (
    RetrieveVideoInformationRequestNotFoundError,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    index_id: str,
    video_id: str,
    *,
    embedding_option: list[
        IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems
    ]
    | Unset = UNSET,
    transcription: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_embedding_option: list[str] | Unset = UNSET
    if not isinstance(embedding_option, Unset):
        json_embedding_option = []
        for embedding_option_item_data in embedding_option:
            embedding_option_item: str = embedding_option_item_data
            json_embedding_option.append(embedding_option_item)

    params["embedding_option"] = json_embedding_option

    params["transcription"] = transcription

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/indexes/{index_id}/videos/{video_id}".format(
            index_id=quote(str(index_id), safe=""),
            video_id=quote(str(video_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ErrorBody
    | IndexesVideosRetrieveResponse200
    | RetrieveVideoInformationRequestBadRequestError
    | RetrieveVideoInformationRequestNotFoundError
    | None
):
    if response.status_code == 200:
        response_200 = IndexesVideosRetrieveResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RetrieveVideoInformationRequestBadRequestError.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = RetrieveVideoInformationRequestNotFoundError.from_dict(
            response.json()
        )

        return response_404

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
    Any
    | ErrorBody
    | IndexesVideosRetrieveResponse200
    | RetrieveVideoInformationRequestBadRequestError
    | RetrieveVideoInformationRequestNotFoundError
]:
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
    embedding_option: list[
        IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems
    ]
    | Unset = UNSET,
    transcription: bool | Unset = UNSET,
) -> Response[
    Any
    | ErrorBody
    | IndexesVideosRetrieveResponse200
    | RetrieveVideoInformationRequestBadRequestError
    | RetrieveVideoInformationRequestNotFoundError
]:
    """Retrieve video information

     <Info> This method will be deprecated in a future version. New implementations should use the
    [Retrieve an indexed asset](/v1.3/api-reference/index-content/retrieve) method.</Info>

    This method retrieves information about the specified video.

    Args:
        index_id (str):
        video_id (str):
        embedding_option (list[IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems]
            | Unset):
        transcription (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | IndexesVideosRetrieveResponse200 | RetrieveVideoInformationRequestBadRequestError | RetrieveVideoInformationRequestNotFoundError]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        video_id=video_id,
        embedding_option=embedding_option,
        transcription=transcription,
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
    embedding_option: list[
        IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems
    ]
    | Unset = UNSET,
    transcription: bool | Unset = UNSET,
) -> (
    Any
    | ErrorBody
    | IndexesVideosRetrieveResponse200
    | RetrieveVideoInformationRequestBadRequestError
    | RetrieveVideoInformationRequestNotFoundError
    | None
):
    """Retrieve video information

     <Info> This method will be deprecated in a future version. New implementations should use the
    [Retrieve an indexed asset](/v1.3/api-reference/index-content/retrieve) method.</Info>

    This method retrieves information about the specified video.

    Args:
        index_id (str):
        video_id (str):
        embedding_option (list[IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems]
            | Unset):
        transcription (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | IndexesVideosRetrieveResponse200 | RetrieveVideoInformationRequestBadRequestError | RetrieveVideoInformationRequestNotFoundError
    """

    return sync_detailed(
        index_id=index_id,
        video_id=video_id,
        client=client,
        embedding_option=embedding_option,
        transcription=transcription,
    ).parsed


async def asyncio_detailed(
    index_id: str,
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    embedding_option: list[
        IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems
    ]
    | Unset = UNSET,
    transcription: bool | Unset = UNSET,
) -> Response[
    Any
    | ErrorBody
    | IndexesVideosRetrieveResponse200
    | RetrieveVideoInformationRequestBadRequestError
    | RetrieveVideoInformationRequestNotFoundError
]:
    """Retrieve video information

     <Info> This method will be deprecated in a future version. New implementations should use the
    [Retrieve an indexed asset](/v1.3/api-reference/index-content/retrieve) method.</Info>

    This method retrieves information about the specified video.

    Args:
        index_id (str):
        video_id (str):
        embedding_option (list[IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems]
            | Unset):
        transcription (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | IndexesVideosRetrieveResponse200 | RetrieveVideoInformationRequestBadRequestError | RetrieveVideoInformationRequestNotFoundError]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        video_id=video_id,
        embedding_option=embedding_option,
        transcription=transcription,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_id: str,
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    embedding_option: list[
        IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems
    ]
    | Unset = UNSET,
    transcription: bool | Unset = UNSET,
) -> (
    Any
    | ErrorBody
    | IndexesVideosRetrieveResponse200
    | RetrieveVideoInformationRequestBadRequestError
    | RetrieveVideoInformationRequestNotFoundError
    | None
):
    """Retrieve video information

     <Info> This method will be deprecated in a future version. New implementations should use the
    [Retrieve an indexed asset](/v1.3/api-reference/index-content/retrieve) method.</Info>

    This method retrieves information about the specified video.

    Args:
        index_id (str):
        video_id (str):
        embedding_option (list[IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems]
            | Unset):
        transcription (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | IndexesVideosRetrieveResponse200 | RetrieveVideoInformationRequestBadRequestError | RetrieveVideoInformationRequestNotFoundError
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            video_id=video_id,
            client=client,
            embedding_option=embedding_option,
            transcription=transcription,
        )
    ).parsed
