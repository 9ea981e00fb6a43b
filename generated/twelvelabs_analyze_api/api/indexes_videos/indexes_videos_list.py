from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.indexes_index_id_videos_get_parameters_duration import (
    IndexesIndexIdVideosGetParametersDuration,
)
from ...models.indexes_index_id_videos_get_parameters_fps import (
    IndexesIndexIdVideosGetParametersFps,
)
from ...models.indexes_index_id_videos_get_parameters_height import (
    IndexesIndexIdVideosGetParametersHeight,
)
from ...models.indexes_index_id_videos_get_parameters_size import (
    IndexesIndexIdVideosGetParametersSize,
)
from ...models.indexes_index_id_videos_get_parameters_width import (
    IndexesIndexIdVideosGetParametersWidth,
)
from ...models.indexes_videos_list_response_200 import IndexesVideosListResponse200
from ...models.indexes_videos_list_user_metadata import IndexesVideosListUserMetadata
from ...models.list_videos_request_bad_request_error import (
    ListVideosRequestBadRequestError,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    index_id: str,
    *,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: str | Unset = "created_at",
    sort_option: str | Unset = "desc",
    filename: str | Unset = UNSET,
    duration: IndexesIndexIdVideosGetParametersDuration | Unset = UNSET,
    fps: IndexesIndexIdVideosGetParametersFps | Unset = UNSET,
    width: IndexesIndexIdVideosGetParametersWidth | Unset = UNSET,
    height: IndexesIndexIdVideosGetParametersHeight | Unset = UNSET,
    size: IndexesIndexIdVideosGetParametersSize | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    user_metadata: IndexesVideosListUserMetadata | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    params["sort_by"] = sort_by

    params["sort_option"] = sort_option

    params["filename"] = filename

    json_duration: dict[str, Any] | Unset = UNSET
    if not isinstance(duration, Unset):
        json_duration = duration.to_dict()
    if not isinstance(json_duration, Unset):
        params.update(json_duration)

    json_fps: dict[str, Any] | Unset = UNSET
    if not isinstance(fps, Unset):
        json_fps = fps.to_dict()
    if not isinstance(json_fps, Unset):
        params.update(json_fps)

    json_width: dict[str, Any] | Unset = UNSET
    if not isinstance(width, Unset):
        json_width = width.to_dict()
    if not isinstance(json_width, Unset):
        params.update(json_width)

    json_height: dict[str, Any] | Unset = UNSET
    if not isinstance(height, Unset):
        json_height = height.to_dict()
    if not isinstance(json_height, Unset):
        params.update(json_height)

    json_size: dict[str, Any] | Unset = UNSET
    if not isinstance(size, Unset):
        json_size = size.to_dict()
    if not isinstance(json_size, Unset):
        params.update(json_size)

    params["created_at"] = created_at

    params["updated_at"] = updated_at

    json_user_metadata: dict[str, Any] | Unset = UNSET
    if not isinstance(user_metadata, Unset):
        json_user_metadata = user_metadata.to_dict()
    if not isinstance(json_user_metadata, Unset):
        params.update(json_user_metadata)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/indexes/{index_id}/videos".format(
            index_id=quote(str(index_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ErrorBody
    | IndexesVideosListResponse200
    | ListVideosRequestBadRequestError
    | None
):
    if response.status_code == 200:
        response_200 = IndexesVideosListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListVideosRequestBadRequestError.from_dict(response.json())

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
    Any | ErrorBody | IndexesVideosListResponse200 | ListVideosRequestBadRequestError
]:
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
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: str | Unset = "created_at",
    sort_option: str | Unset = "desc",
    filename: str | Unset = UNSET,
    duration: IndexesIndexIdVideosGetParametersDuration | Unset = UNSET,
    fps: IndexesIndexIdVideosGetParametersFps | Unset = UNSET,
    width: IndexesIndexIdVideosGetParametersWidth | Unset = UNSET,
    height: IndexesIndexIdVideosGetParametersHeight | Unset = UNSET,
    size: IndexesIndexIdVideosGetParametersSize | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    user_metadata: IndexesVideosListUserMetadata | Unset = UNSET,
) -> Response[
    Any | ErrorBody | IndexesVideosListResponse200 | ListVideosRequestBadRequestError
]:
    """List videos

     <Info>This method will be deprecated in a future version. New implementations should use the [List
    indexed assets](/v1.3/api-reference/index-content/list) method.</Info>

    This method returns a list of the videos in the specified index. By default, the platform returns
    your videos sorted by creation date, with the newest at the top of the list.

    Args:
        index_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (str | Unset):  Default: 'created_at'.
        sort_option (str | Unset):  Default: 'desc'.
        filename (str | Unset):
        duration (IndexesIndexIdVideosGetParametersDuration | Unset):
        fps (IndexesIndexIdVideosGetParametersFps | Unset):
        width (IndexesIndexIdVideosGetParametersWidth | Unset):
        height (IndexesIndexIdVideosGetParametersHeight | Unset):
        size (IndexesIndexIdVideosGetParametersSize | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        user_metadata (IndexesVideosListUserMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | IndexesVideosListResponse200 | ListVideosRequestBadRequestError]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        filename=filename,
        duration=duration,
        fps=fps,
        width=width,
        height=height,
        size=size,
        created_at=created_at,
        updated_at=updated_at,
        user_metadata=user_metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: str | Unset = "created_at",
    sort_option: str | Unset = "desc",
    filename: str | Unset = UNSET,
    duration: IndexesIndexIdVideosGetParametersDuration | Unset = UNSET,
    fps: IndexesIndexIdVideosGetParametersFps | Unset = UNSET,
    width: IndexesIndexIdVideosGetParametersWidth | Unset = UNSET,
    height: IndexesIndexIdVideosGetParametersHeight | Unset = UNSET,
    size: IndexesIndexIdVideosGetParametersSize | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    user_metadata: IndexesVideosListUserMetadata | Unset = UNSET,
) -> (
    Any
    | ErrorBody
    | IndexesVideosListResponse200
    | ListVideosRequestBadRequestError
    | None
):
    """List videos

     <Info>This method will be deprecated in a future version. New implementations should use the [List
    indexed assets](/v1.3/api-reference/index-content/list) method.</Info>

    This method returns a list of the videos in the specified index. By default, the platform returns
    your videos sorted by creation date, with the newest at the top of the list.

    Args:
        index_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (str | Unset):  Default: 'created_at'.
        sort_option (str | Unset):  Default: 'desc'.
        filename (str | Unset):
        duration (IndexesIndexIdVideosGetParametersDuration | Unset):
        fps (IndexesIndexIdVideosGetParametersFps | Unset):
        width (IndexesIndexIdVideosGetParametersWidth | Unset):
        height (IndexesIndexIdVideosGetParametersHeight | Unset):
        size (IndexesIndexIdVideosGetParametersSize | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        user_metadata (IndexesVideosListUserMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | IndexesVideosListResponse200 | ListVideosRequestBadRequestError
    """

    return sync_detailed(
        index_id=index_id,
        client=client,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        filename=filename,
        duration=duration,
        fps=fps,
        width=width,
        height=height,
        size=size,
        created_at=created_at,
        updated_at=updated_at,
        user_metadata=user_metadata,
    ).parsed


async def asyncio_detailed(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: str | Unset = "created_at",
    sort_option: str | Unset = "desc",
    filename: str | Unset = UNSET,
    duration: IndexesIndexIdVideosGetParametersDuration | Unset = UNSET,
    fps: IndexesIndexIdVideosGetParametersFps | Unset = UNSET,
    width: IndexesIndexIdVideosGetParametersWidth | Unset = UNSET,
    height: IndexesIndexIdVideosGetParametersHeight | Unset = UNSET,
    size: IndexesIndexIdVideosGetParametersSize | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    user_metadata: IndexesVideosListUserMetadata | Unset = UNSET,
) -> Response[
    Any | ErrorBody | IndexesVideosListResponse200 | ListVideosRequestBadRequestError
]:
    """List videos

     <Info>This method will be deprecated in a future version. New implementations should use the [List
    indexed assets](/v1.3/api-reference/index-content/list) method.</Info>

    This method returns a list of the videos in the specified index. By default, the platform returns
    your videos sorted by creation date, with the newest at the top of the list.

    Args:
        index_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (str | Unset):  Default: 'created_at'.
        sort_option (str | Unset):  Default: 'desc'.
        filename (str | Unset):
        duration (IndexesIndexIdVideosGetParametersDuration | Unset):
        fps (IndexesIndexIdVideosGetParametersFps | Unset):
        width (IndexesIndexIdVideosGetParametersWidth | Unset):
        height (IndexesIndexIdVideosGetParametersHeight | Unset):
        size (IndexesIndexIdVideosGetParametersSize | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        user_metadata (IndexesVideosListUserMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | IndexesVideosListResponse200 | ListVideosRequestBadRequestError]
    """

    kwargs = _get_kwargs(
        index_id=index_id,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        filename=filename,
        duration=duration,
        fps=fps,
        width=width,
        height=height,
        size=size,
        created_at=created_at,
        updated_at=updated_at,
        user_metadata=user_metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    index_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: str | Unset = "created_at",
    sort_option: str | Unset = "desc",
    filename: str | Unset = UNSET,
    duration: IndexesIndexIdVideosGetParametersDuration | Unset = UNSET,
    fps: IndexesIndexIdVideosGetParametersFps | Unset = UNSET,
    width: IndexesIndexIdVideosGetParametersWidth | Unset = UNSET,
    height: IndexesIndexIdVideosGetParametersHeight | Unset = UNSET,
    size: IndexesIndexIdVideosGetParametersSize | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    user_metadata: IndexesVideosListUserMetadata | Unset = UNSET,
) -> (
    Any
    | ErrorBody
    | IndexesVideosListResponse200
    | ListVideosRequestBadRequestError
    | None
):
    """List videos

     <Info>This method will be deprecated in a future version. New implementations should use the [List
    indexed assets](/v1.3/api-reference/index-content/list) method.</Info>

    This method returns a list of the videos in the specified index. By default, the platform returns
    your videos sorted by creation date, with the newest at the top of the list.

    Args:
        index_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (str | Unset):  Default: 'created_at'.
        sort_option (str | Unset):  Default: 'desc'.
        filename (str | Unset):
        duration (IndexesIndexIdVideosGetParametersDuration | Unset):
        fps (IndexesIndexIdVideosGetParametersFps | Unset):
        width (IndexesIndexIdVideosGetParametersWidth | Unset):
        height (IndexesIndexIdVideosGetParametersHeight | Unset):
        size (IndexesIndexIdVideosGetParametersSize | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
        user_metadata (IndexesVideosListUserMetadata | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | IndexesVideosListResponse200 | ListVideosRequestBadRequestError
    """

    return (
        await asyncio_detailed(
            index_id=index_id,
            client=client,
            page=page,
            page_limit=page_limit,
            sort_by=sort_by,
            sort_option=sort_option,
            filename=filename,
            duration=duration,
            fps=fps,
            width=width,
            height=height,
            size=size,
            created_at=created_at,
            updated_at=updated_at,
            user_metadata=user_metadata,
        )
    ).parsed
