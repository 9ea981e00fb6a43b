from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset import Asset
from ...models.assets_create_request import AssetsCreateRequest
from ...models.create_asset_request_bad_request_error import (
    CreateAssetRequestBadRequestError,
)
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: AssetsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assets",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Asset | CreateAssetRequestBadRequestError | ErrorBody | None:
    if response.status_code == 201:
        response_201 = Asset.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateAssetRequestBadRequestError.from_dict(response.json())

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
) -> Response[Any | Asset | CreateAssetRequestBadRequestError | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssetsCreateRequest,
) -> Response[Any | Asset | CreateAssetRequestBadRequestError | ErrorBody]:
    """Create an asset

     This method creates an asset by uploading a file to the platform. Assets are media files that you
    can use in downstream workflows, including indexing, analyzing video content, and creating entities.

    The platform processes uploads asynchronously. This method returns immediately with the asset in the
    `processing` status, which then transitions to `ready` on success or to `failed` when the file is
    invalid or corrupt, typically within a few seconds to a few minutes. Poll the [Retrieve an
    asset](/v1.3/api-reference/upload-content/direct-uploads/retrieve) endpoint until the status of the
    asset is `ready` before you use it. This applies to every upload, including small files.

    **Supported content**: Video, audio, and images.

    **Upload methods**:
    - **Local file**: Set the `method` parameter to `direct` and use the `file` parameter to specify the
    file.
    - **Publicly accessible URL**: Set the `method` parameter to `url` and use the `url` parameter to
    specify the URL of your file.

    **Upload limits**:
    - **Video and audio, local files**: Up to 200 MB
    - **Video and audio, public URLs**: Up to 4 GB
    - **Images**: Up to 32 MB

    Asset creation does not enforce a maximum duration. Each model applies its own file size and
    duration limits. For details, see the requirements below.

    **Additional requirements** depend on your workflow:
    - **Search**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#video-file-requirements)
    - **Video analysis**: [Pegasus requirements](/v1.3/docs/concepts/models/pegasus#input-requirements)
    - **Entity search**: [Marengo image requirements](/v1.3/docs/concepts/models/marengo#image-file-
    requirements)
    - **Create embeddings**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#input-
    requirements)

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (AssetsCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Asset | CreateAssetRequestBadRequestError | ErrorBody]
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
    body: AssetsCreateRequest,
) -> Any | Asset | CreateAssetRequestBadRequestError | ErrorBody | None:
    """Create an asset

     This method creates an asset by uploading a file to the platform. Assets are media files that you
    can use in downstream workflows, including indexing, analyzing video content, and creating entities.

    The platform processes uploads asynchronously. This method returns immediately with the asset in the
    `processing` status, which then transitions to `ready` on success or to `failed` when the file is
    invalid or corrupt, typically within a few seconds to a few minutes. Poll the [Retrieve an
    asset](/v1.3/api-reference/upload-content/direct-uploads/retrieve) endpoint until the status of the
    asset is `ready` before you use it. This applies to every upload, including small files.

    **Supported content**: Video, audio, and images.

    **Upload methods**:
    - **Local file**: Set the `method` parameter to `direct` and use the `file` parameter to specify the
    file.
    - **Publicly accessible URL**: Set the `method` parameter to `url` and use the `url` parameter to
    specify the URL of your file.

    **Upload limits**:
    - **Video and audio, local files**: Up to 200 MB
    - **Video and audio, public URLs**: Up to 4 GB
    - **Images**: Up to 32 MB

    Asset creation does not enforce a maximum duration. Each model applies its own file size and
    duration limits. For details, see the requirements below.

    **Additional requirements** depend on your workflow:
    - **Search**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#video-file-requirements)
    - **Video analysis**: [Pegasus requirements](/v1.3/docs/concepts/models/pegasus#input-requirements)
    - **Entity search**: [Marengo image requirements](/v1.3/docs/concepts/models/marengo#image-file-
    requirements)
    - **Create embeddings**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#input-
    requirements)

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (AssetsCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Asset | CreateAssetRequestBadRequestError | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssetsCreateRequest,
) -> Response[Any | Asset | CreateAssetRequestBadRequestError | ErrorBody]:
    """Create an asset

     This method creates an asset by uploading a file to the platform. Assets are media files that you
    can use in downstream workflows, including indexing, analyzing video content, and creating entities.

    The platform processes uploads asynchronously. This method returns immediately with the asset in the
    `processing` status, which then transitions to `ready` on success or to `failed` when the file is
    invalid or corrupt, typically within a few seconds to a few minutes. Poll the [Retrieve an
    asset](/v1.3/api-reference/upload-content/direct-uploads/retrieve) endpoint until the status of the
    asset is `ready` before you use it. This applies to every upload, including small files.

    **Supported content**: Video, audio, and images.

    **Upload methods**:
    - **Local file**: Set the `method` parameter to `direct` and use the `file` parameter to specify the
    file.
    - **Publicly accessible URL**: Set the `method` parameter to `url` and use the `url` parameter to
    specify the URL of your file.

    **Upload limits**:
    - **Video and audio, local files**: Up to 200 MB
    - **Video and audio, public URLs**: Up to 4 GB
    - **Images**: Up to 32 MB

    Asset creation does not enforce a maximum duration. Each model applies its own file size and
    duration limits. For details, see the requirements below.

    **Additional requirements** depend on your workflow:
    - **Search**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#video-file-requirements)
    - **Video analysis**: [Pegasus requirements](/v1.3/docs/concepts/models/pegasus#input-requirements)
    - **Entity search**: [Marengo image requirements](/v1.3/docs/concepts/models/marengo#image-file-
    requirements)
    - **Create embeddings**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#input-
    requirements)

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (AssetsCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Asset | CreateAssetRequestBadRequestError | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AssetsCreateRequest,
) -> Any | Asset | CreateAssetRequestBadRequestError | ErrorBody | None:
    """Create an asset

     This method creates an asset by uploading a file to the platform. Assets are media files that you
    can use in downstream workflows, including indexing, analyzing video content, and creating entities.

    The platform processes uploads asynchronously. This method returns immediately with the asset in the
    `processing` status, which then transitions to `ready` on success or to `failed` when the file is
    invalid or corrupt, typically within a few seconds to a few minutes. Poll the [Retrieve an
    asset](/v1.3/api-reference/upload-content/direct-uploads/retrieve) endpoint until the status of the
    asset is `ready` before you use it. This applies to every upload, including small files.

    **Supported content**: Video, audio, and images.

    **Upload methods**:
    - **Local file**: Set the `method` parameter to `direct` and use the `file` parameter to specify the
    file.
    - **Publicly accessible URL**: Set the `method` parameter to `url` and use the `url` parameter to
    specify the URL of your file.

    **Upload limits**:
    - **Video and audio, local files**: Up to 200 MB
    - **Video and audio, public URLs**: Up to 4 GB
    - **Images**: Up to 32 MB

    Asset creation does not enforce a maximum duration. Each model applies its own file size and
    duration limits. For details, see the requirements below.

    **Additional requirements** depend on your workflow:
    - **Search**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#video-file-requirements)
    - **Video analysis**: [Pegasus requirements](/v1.3/docs/concepts/models/pegasus#input-requirements)
    - **Entity search**: [Marengo image requirements](/v1.3/docs/concepts/models/marengo#image-file-
    requirements)
    - **Create embeddings**: [Marengo requirements](/v1.3/docs/concepts/models/marengo#input-
    requirements)

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (AssetsCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Asset | CreateAssetRequestBadRequestError | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
