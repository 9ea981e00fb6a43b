from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_asset_upload_request import CreateAssetUploadRequest
from ...models.create_asset_upload_response import CreateAssetUploadResponse
from ...models.create_multipart_upload_request_bad_request_error import (
    CreateMultipartUploadRequestBadRequestError,
)
from ...models.create_multipart_upload_request_forbidden_error import (
    CreateMultipartUploadRequestForbiddenError,
)
from ...models.create_multipart_upload_request_internal_server_error import (
    CreateMultipartUploadRequestInternalServerError,
)
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAssetUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assets/multipart-uploads",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | CreateAssetUploadResponse
    | CreateMultipartUploadRequestBadRequestError
    | CreateMultipartUploadRequestForbiddenError
    | CreateMultipartUploadRequestInternalServerError
    | ErrorBody
    | None
):
    if response.status_code == 201:
        response_201 = CreateAssetUploadResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateMultipartUploadRequestBadRequestError.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateMultipartUploadRequestForbiddenError.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 500:
        response_500 = CreateMultipartUploadRequestInternalServerError.from_dict(
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
    | CreateAssetUploadResponse
    | CreateMultipartUploadRequestBadRequestError
    | CreateMultipartUploadRequestForbiddenError
    | CreateMultipartUploadRequestInternalServerError
    | ErrorBody
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
    body: CreateAssetUploadRequest,
) -> Response[
    Any
    | CreateAssetUploadResponse
    | CreateMultipartUploadRequestBadRequestError
    | CreateMultipartUploadRequestForbiddenError
    | CreateMultipartUploadRequestInternalServerError
    | ErrorBody
]:
    """Create a multipart upload session

     This method creates a multipart upload session for a local file.

    **Supported content**: Video, audio, and images.

    **Upload limits**:
    - **Video and audio**: Up to 10 GB
    - **Images**: Up to 32 MB

    **Additional requirements** depend on your workflow:
    - **Search**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#video-file-requirements)
    - **Video analysis**: [Pegasus requirements](/v1.3/docs/concepts/models/pegasus#input-requirements)
    - **Entity search**: [Marengo image requirements](/v1.3/docs/concepts/models/marengo#image-file-
    requirements)
    - **Create embeddings**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#input-
    requirements)

    Args:
        body (CreateAssetUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateAssetUploadResponse | CreateMultipartUploadRequestBadRequestError | CreateMultipartUploadRequestForbiddenError | CreateMultipartUploadRequestInternalServerError | ErrorBody]
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
    body: CreateAssetUploadRequest,
) -> (
    Any
    | CreateAssetUploadResponse
    | CreateMultipartUploadRequestBadRequestError
    | CreateMultipartUploadRequestForbiddenError
    | CreateMultipartUploadRequestInternalServerError
    | ErrorBody
    | None
):
    """Create a multipart upload session

     This method creates a multipart upload session for a local file.

    **Supported content**: Video, audio, and images.

    **Upload limits**:
    - **Video and audio**: Up to 10 GB
    - **Images**: Up to 32 MB

    **Additional requirements** depend on your workflow:
    - **Search**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#video-file-requirements)
    - **Video analysis**: [Pegasus requirements](/v1.3/docs/concepts/models/pegasus#input-requirements)
    - **Entity search**: [Marengo image requirements](/v1.3/docs/concepts/models/marengo#image-file-
    requirements)
    - **Create embeddings**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#input-
    requirements)

    Args:
        body (CreateAssetUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateAssetUploadResponse | CreateMultipartUploadRequestBadRequestError | CreateMultipartUploadRequestForbiddenError | CreateMultipartUploadRequestInternalServerError | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAssetUploadRequest,
) -> Response[
    Any
    | CreateAssetUploadResponse
    | CreateMultipartUploadRequestBadRequestError
    | CreateMultipartUploadRequestForbiddenError
    | CreateMultipartUploadRequestInternalServerError
    | ErrorBody
]:
    """Create a multipart upload session

     This method creates a multipart upload session for a local file.

    **Supported content**: Video, audio, and images.

    **Upload limits**:
    - **Video and audio**: Up to 10 GB
    - **Images**: Up to 32 MB

    **Additional requirements** depend on your workflow:
    - **Search**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#video-file-requirements)
    - **Video analysis**: [Pegasus requirements](/v1.3/docs/concepts/models/pegasus#input-requirements)
    - **Entity search**: [Marengo image requirements](/v1.3/docs/concepts/models/marengo#image-file-
    requirements)
    - **Create embeddings**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#input-
    requirements)

    Args:
        body (CreateAssetUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateAssetUploadResponse | CreateMultipartUploadRequestBadRequestError | CreateMultipartUploadRequestForbiddenError | CreateMultipartUploadRequestInternalServerError | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAssetUploadRequest,
) -> (
    Any
    | CreateAssetUploadResponse
    | CreateMultipartUploadRequestBadRequestError
    | CreateMultipartUploadRequestForbiddenError
    | CreateMultipartUploadRequestInternalServerError
    | ErrorBody
    | None
):
    """Create a multipart upload session

     This method creates a multipart upload session for a local file.

    **Supported content**: Video, audio, and images.

    **Upload limits**:
    - **Video and audio**: Up to 10 GB
    - **Images**: Up to 32 MB

    **Additional requirements** depend on your workflow:
    - **Search**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#video-file-requirements)
    - **Video analysis**: [Pegasus requirements](/v1.3/docs/concepts/models/pegasus#input-requirements)
    - **Entity search**: [Marengo image requirements](/v1.3/docs/concepts/models/marengo#image-file-
    requirements)
    - **Create embeddings**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#input-
    requirements)

    Args:
        body (CreateAssetUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateAssetUploadResponse | CreateMultipartUploadRequestBadRequestError | CreateMultipartUploadRequestForbiddenError | CreateMultipartUploadRequestInternalServerError | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
