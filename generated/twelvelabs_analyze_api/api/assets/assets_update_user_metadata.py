from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assets_update_user_metadata_request import (
    AssetsUpdateUserMetadataRequest,
)
from ...models.error_body import ErrorBody
from ...models.update_asset_user_metadata_request_bad_request_error import (
    UpdateAssetUserMetadataRequestBadRequestError,
)
from ...models.update_asset_user_metadata_request_not_found_error import (
    UpdateAssetUserMetadataRequestNotFoundError,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    asset_id: str,
    *,
    body: AssetsUpdateUserMetadataRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/assets/{asset_id}/user-metadata".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ErrorBody
    | UpdateAssetUserMetadataRequestBadRequestError
    | UpdateAssetUserMetadataRequestNotFoundError
    | None
):
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = UpdateAssetUserMetadataRequestBadRequestError.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = UpdateAssetUserMetadataRequestNotFoundError.from_dict(
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
    | UpdateAssetUserMetadataRequestBadRequestError
    | UpdateAssetUserMetadataRequestNotFoundError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssetsUpdateUserMetadataRequest | Unset = UNSET,
) -> Response[
    Any
    | ErrorBody
    | UpdateAssetUserMetadataRequestBadRequestError
    | UpdateAssetUserMetadataRequestNotFoundError
]:
    """Update the user-defined metadata of an asset

     This method updates the user-defined metadata of the specified asset. The platform merges your
    changes with the existing metadata:
    - A key with a value creates or replaces that key.
    - A key set to `null` deletes that key.
    - A key set to an empty string (`""`) is ignored.
    - A key you omit from the request keeps its current value.

    To replace all metadata in a single call, use the [`PUT`](/v1.3/api-reference/upload-content/direct-
    uploads/replace-user-metadata) method of the `/assets/{asset_id}/user-metadata` endpoint instead.

    Args:
        asset_id (str):
        body (AssetsUpdateUserMetadataRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | UpdateAssetUserMetadataRequestBadRequestError | UpdateAssetUserMetadataRequestNotFoundError]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssetsUpdateUserMetadataRequest | Unset = UNSET,
) -> (
    Any
    | ErrorBody
    | UpdateAssetUserMetadataRequestBadRequestError
    | UpdateAssetUserMetadataRequestNotFoundError
    | None
):
    """Update the user-defined metadata of an asset

     This method updates the user-defined metadata of the specified asset. The platform merges your
    changes with the existing metadata:
    - A key with a value creates or replaces that key.
    - A key set to `null` deletes that key.
    - A key set to an empty string (`""`) is ignored.
    - A key you omit from the request keeps its current value.

    To replace all metadata in a single call, use the [`PUT`](/v1.3/api-reference/upload-content/direct-
    uploads/replace-user-metadata) method of the `/assets/{asset_id}/user-metadata` endpoint instead.

    Args:
        asset_id (str):
        body (AssetsUpdateUserMetadataRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | UpdateAssetUserMetadataRequestBadRequestError | UpdateAssetUserMetadataRequestNotFoundError
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssetsUpdateUserMetadataRequest | Unset = UNSET,
) -> Response[
    Any
    | ErrorBody
    | UpdateAssetUserMetadataRequestBadRequestError
    | UpdateAssetUserMetadataRequestNotFoundError
]:
    """Update the user-defined metadata of an asset

     This method updates the user-defined metadata of the specified asset. The platform merges your
    changes with the existing metadata:
    - A key with a value creates or replaces that key.
    - A key set to `null` deletes that key.
    - A key set to an empty string (`""`) is ignored.
    - A key you omit from the request keeps its current value.

    To replace all metadata in a single call, use the [`PUT`](/v1.3/api-reference/upload-content/direct-
    uploads/replace-user-metadata) method of the `/assets/{asset_id}/user-metadata` endpoint instead.

    Args:
        asset_id (str):
        body (AssetsUpdateUserMetadataRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | UpdateAssetUserMetadataRequestBadRequestError | UpdateAssetUserMetadataRequestNotFoundError]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssetsUpdateUserMetadataRequest | Unset = UNSET,
) -> (
    Any
    | ErrorBody
    | UpdateAssetUserMetadataRequestBadRequestError
    | UpdateAssetUserMetadataRequestNotFoundError
    | None
):
    """Update the user-defined metadata of an asset

     This method updates the user-defined metadata of the specified asset. The platform merges your
    changes with the existing metadata:
    - A key with a value creates or replaces that key.
    - A key set to `null` deletes that key.
    - A key set to an empty string (`""`) is ignored.
    - A key you omit from the request keeps its current value.

    To replace all metadata in a single call, use the [`PUT`](/v1.3/api-reference/upload-content/direct-
    uploads/replace-user-metadata) method of the `/assets/{asset_id}/user-metadata` endpoint instead.

    Args:
        asset_id (str):
        body (AssetsUpdateUserMetadataRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | UpdateAssetUserMetadataRequestBadRequestError | UpdateAssetUserMetadataRequestNotFoundError
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
            body=body,
        )
    ).parsed
