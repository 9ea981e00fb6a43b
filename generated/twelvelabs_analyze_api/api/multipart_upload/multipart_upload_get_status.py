from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.get_upload_status_request_bad_request_error import (
    GetUploadStatusRequestBadRequestError,
)
from ...models.get_upload_status_request_forbidden_error import (
    GetUploadStatusRequestForbiddenError,
)
from ...models.get_upload_status_request_internal_server_error import (
    GetUploadStatusRequestInternalServerError,
)
from ...models.get_upload_status_response import GetUploadStatusResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    upload_id: str,
    *,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assets/multipart-uploads/{upload_id}".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ErrorBody
    | GetUploadStatusRequestBadRequestError
    | GetUploadStatusRequestForbiddenError
    | GetUploadStatusRequestInternalServerError
    | GetUploadStatusResponse
    | None
):
    if response.status_code == 200:
        response_200 = GetUploadStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetUploadStatusRequestBadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetUploadStatusRequestForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 500:
        response_500 = GetUploadStatusRequestInternalServerError.from_dict(
            response.json()
        )

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | ErrorBody
    | GetUploadStatusRequestBadRequestError
    | GetUploadStatusRequestForbiddenError
    | GetUploadStatusRequestInternalServerError
    | GetUploadStatusResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
) -> Response[
    Any
    | ErrorBody
    | GetUploadStatusRequestBadRequestError
    | GetUploadStatusRequestForbiddenError
    | GetUploadStatusRequestInternalServerError
    | GetUploadStatusResponse
]:
    """Retrieve the status of an upload session

     This method provides information about an upload session, including its current status, chunk-level
    progress, and completion state.

    Use this method to:
    - Verify upload completion (`status` = `completed`)
    - Identify any failed chunks that require a retry
    - Monitor the upload progress by comparing `uploaded_size` with `total_size`
    - Determine if the session has expired
    - Retrieve the status information for each chunk

    After you report chunk completion, call this method to confirm the upload session reached the
    `completed` status. This status means the platform received the file, not that the asset is ready to
    use. The platform then validates the asset asynchronously. Poll the [Retrieve an asset](/v1.3/api-
    reference/upload-content/direct-uploads/retrieve) endpoint until the status of the asset is `ready`
    before you use it.

    Args:
        upload_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | GetUploadStatusRequestBadRequestError | GetUploadStatusRequestForbiddenError | GetUploadStatusRequestInternalServerError | GetUploadStatusResponse]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        page=page,
        page_limit=page_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
) -> (
    Any
    | ErrorBody
    | GetUploadStatusRequestBadRequestError
    | GetUploadStatusRequestForbiddenError
    | GetUploadStatusRequestInternalServerError
    | GetUploadStatusResponse
    | None
):
    """Retrieve the status of an upload session

     This method provides information about an upload session, including its current status, chunk-level
    progress, and completion state.

    Use this method to:
    - Verify upload completion (`status` = `completed`)
    - Identify any failed chunks that require a retry
    - Monitor the upload progress by comparing `uploaded_size` with `total_size`
    - Determine if the session has expired
    - Retrieve the status information for each chunk

    After you report chunk completion, call this method to confirm the upload session reached the
    `completed` status. This status means the platform received the file, not that the asset is ready to
    use. The platform then validates the asset asynchronously. Poll the [Retrieve an asset](/v1.3/api-
    reference/upload-content/direct-uploads/retrieve) endpoint until the status of the asset is `ready`
    before you use it.

    Args:
        upload_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | GetUploadStatusRequestBadRequestError | GetUploadStatusRequestForbiddenError | GetUploadStatusRequestInternalServerError | GetUploadStatusResponse
    """

    return sync_detailed(
        upload_id=upload_id,
        client=client,
        page=page,
        page_limit=page_limit,
    ).parsed


async def asyncio_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
) -> Response[
    Any
    | ErrorBody
    | GetUploadStatusRequestBadRequestError
    | GetUploadStatusRequestForbiddenError
    | GetUploadStatusRequestInternalServerError
    | GetUploadStatusResponse
]:
    """Retrieve the status of an upload session

     This method provides information about an upload session, including its current status, chunk-level
    progress, and completion state.

    Use this method to:
    - Verify upload completion (`status` = `completed`)
    - Identify any failed chunks that require a retry
    - Monitor the upload progress by comparing `uploaded_size` with `total_size`
    - Determine if the session has expired
    - Retrieve the status information for each chunk

    After you report chunk completion, call this method to confirm the upload session reached the
    `completed` status. This status means the platform received the file, not that the asset is ready to
    use. The platform then validates the asset asynchronously. Poll the [Retrieve an asset](/v1.3/api-
    reference/upload-content/direct-uploads/retrieve) endpoint until the status of the asset is `ready`
    before you use it.

    Args:
        upload_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | GetUploadStatusRequestBadRequestError | GetUploadStatusRequestForbiddenError | GetUploadStatusRequestInternalServerError | GetUploadStatusResponse]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        page=page,
        page_limit=page_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
) -> (
    Any
    | ErrorBody
    | GetUploadStatusRequestBadRequestError
    | GetUploadStatusRequestForbiddenError
    | GetUploadStatusRequestInternalServerError
    | GetUploadStatusResponse
    | None
):
    """Retrieve the status of an upload session

     This method provides information about an upload session, including its current status, chunk-level
    progress, and completion state.

    Use this method to:
    - Verify upload completion (`status` = `completed`)
    - Identify any failed chunks that require a retry
    - Monitor the upload progress by comparing `uploaded_size` with `total_size`
    - Determine if the session has expired
    - Retrieve the status information for each chunk

    After you report chunk completion, call this method to confirm the upload session reached the
    `completed` status. This status means the platform received the file, not that the asset is ready to
    use. The platform then validates the asset asynchronously. Poll the [Retrieve an asset](/v1.3/api-
    reference/upload-content/direct-uploads/retrieve) endpoint until the status of the asset is `ready`
    before you use it.

    Args:
        upload_id (str):
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | GetUploadStatusRequestBadRequestError | GetUploadStatusRequestForbiddenError | GetUploadStatusRequestInternalServerError | GetUploadStatusResponse
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            page=page,
            page_limit=page_limit,
        )
    ).parsed
