from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_asset_user_metadata_request_bad_request_error import (
    DeleteAssetUserMetadataRequestBadRequestError,
)
from ...models.delete_asset_user_metadata_request_not_found_error import (
    DeleteAssetUserMetadataRequestNotFoundError,
)
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    asset_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/assets/{asset_id}/user-metadata".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | DeleteAssetUserMetadataRequestBadRequestError
    | DeleteAssetUserMetadataRequestNotFoundError
    | ErrorBody
    | None
):
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = DeleteAssetUserMetadataRequestBadRequestError.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DeleteAssetUserMetadataRequestNotFoundError.from_dict(
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
    | DeleteAssetUserMetadataRequestBadRequestError
    | DeleteAssetUserMetadataRequestNotFoundError
    | ErrorBody
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
) -> Response[
    Any
    | DeleteAssetUserMetadataRequestBadRequestError
    | DeleteAssetUserMetadataRequestNotFoundError
    | ErrorBody
]:
    """Delete the user-defined metadata of an asset

     This method deletes the user-defined metadata of the specified asset. To achieve the same result,
    you can also send an empty object (`{}`) in the `user_metadata` field of the [`PUT`](/v1.3/api-
    reference/upload-content/direct-uploads/replace-user-metadata) method.

    This action cannot be undone.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteAssetUserMetadataRequestBadRequestError | DeleteAssetUserMetadataRequestNotFoundError | ErrorBody]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | DeleteAssetUserMetadataRequestBadRequestError
    | DeleteAssetUserMetadataRequestNotFoundError
    | ErrorBody
    | None
):
    """Delete the user-defined metadata of an asset

     This method deletes the user-defined metadata of the specified asset. To achieve the same result,
    you can also send an empty object (`{}`) in the `user_metadata` field of the [`PUT`](/v1.3/api-
    reference/upload-content/direct-uploads/replace-user-metadata) method.

    This action cannot be undone.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteAssetUserMetadataRequestBadRequestError | DeleteAssetUserMetadataRequestNotFoundError | ErrorBody
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any
    | DeleteAssetUserMetadataRequestBadRequestError
    | DeleteAssetUserMetadataRequestNotFoundError
    | ErrorBody
]:
    """Delete the user-defined metadata of an asset

     This method deletes the user-defined metadata of the specified asset. To achieve the same result,
    you can also send an empty object (`{}`) in the `user_metadata` field of the [`PUT`](/v1.3/api-
    reference/upload-content/direct-uploads/replace-user-metadata) method.

    This action cannot be undone.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteAssetUserMetadataRequestBadRequestError | DeleteAssetUserMetadataRequestNotFoundError | ErrorBody]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | DeleteAssetUserMetadataRequestBadRequestError
    | DeleteAssetUserMetadataRequestNotFoundError
    | ErrorBody
    | None
):
    """Delete the user-defined metadata of an asset

     This method deletes the user-defined metadata of the specified asset. To achieve the same result,
    you can also send an empty object (`{}`) in the `user_metadata` field of the [`PUT`](/v1.3/api-
    reference/upload-content/direct-uploads/replace-user-metadata) method.

    This action cannot be undone.

    Args:
        asset_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteAssetUserMetadataRequestBadRequestError | DeleteAssetUserMetadataRequestNotFoundError | ErrorBody
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
        )
    ).parsed
