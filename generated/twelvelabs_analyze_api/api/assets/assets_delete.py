from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_asset_request_bad_request_error import (
    DeleteAssetRequestBadRequestError,
)
from ...models.delete_asset_request_conflict_error import (
    DeleteAssetRequestConflictError,
)
from ...models.error_body import ErrorBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    asset_id: str,
    *,
    force: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/assets/{asset_id}".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | DeleteAssetRequestBadRequestError
    | DeleteAssetRequestConflictError
    | ErrorBody
    | None
):
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = DeleteAssetRequestBadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DeleteAssetRequestConflictError.from_dict(response.json())

        return response_409

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
    | DeleteAssetRequestBadRequestError
    | DeleteAssetRequestConflictError
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
    force: bool | Unset = False,
) -> Response[
    Any
    | DeleteAssetRequestBadRequestError
    | DeleteAssetRequestConflictError
    | ErrorBody
]:
    """Delete an asset

     This method deletes the specified asset. This action cannot be undone.

    By default, the platform checks whether any indexed assets reference the asset. If references exist,
    the platform rejects the request with a `409 Conflict` error. To skip this check and delete the
    asset anyway, set the `force` query parameter to `true`. The platform unlinks any entity
    associations.

    Before deleting, you can inspect existing references:
    - [`GET`](/v1.3/api-reference/index-content/list-indexed-assets-by-asset)
    `/assets/{asset_id}/indexed-assets` returns a list of the indexed assets that will block deletion
    unless the `force` query parameter is set to `true`.
    - [`GET`](/v1.3/api-reference/entities/list-entities-by-asset) `/assets/{asset_id}/entities` returns
    a list of the entities whose associations the platform will unlink.

    Args:
        asset_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteAssetRequestBadRequestError | DeleteAssetRequestConflictError | ErrorBody]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        force=force,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> (
    Any
    | DeleteAssetRequestBadRequestError
    | DeleteAssetRequestConflictError
    | ErrorBody
    | None
):
    """Delete an asset

     This method deletes the specified asset. This action cannot be undone.

    By default, the platform checks whether any indexed assets reference the asset. If references exist,
    the platform rejects the request with a `409 Conflict` error. To skip this check and delete the
    asset anyway, set the `force` query parameter to `true`. The platform unlinks any entity
    associations.

    Before deleting, you can inspect existing references:
    - [`GET`](/v1.3/api-reference/index-content/list-indexed-assets-by-asset)
    `/assets/{asset_id}/indexed-assets` returns a list of the indexed assets that will block deletion
    unless the `force` query parameter is set to `true`.
    - [`GET`](/v1.3/api-reference/entities/list-entities-by-asset) `/assets/{asset_id}/entities` returns
    a list of the entities whose associations the platform will unlink.

    Args:
        asset_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteAssetRequestBadRequestError | DeleteAssetRequestConflictError | ErrorBody
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
        force=force,
    ).parsed


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> Response[
    Any
    | DeleteAssetRequestBadRequestError
    | DeleteAssetRequestConflictError
    | ErrorBody
]:
    """Delete an asset

     This method deletes the specified asset. This action cannot be undone.

    By default, the platform checks whether any indexed assets reference the asset. If references exist,
    the platform rejects the request with a `409 Conflict` error. To skip this check and delete the
    asset anyway, set the `force` query parameter to `true`. The platform unlinks any entity
    associations.

    Before deleting, you can inspect existing references:
    - [`GET`](/v1.3/api-reference/index-content/list-indexed-assets-by-asset)
    `/assets/{asset_id}/indexed-assets` returns a list of the indexed assets that will block deletion
    unless the `force` query parameter is set to `true`.
    - [`GET`](/v1.3/api-reference/entities/list-entities-by-asset) `/assets/{asset_id}/entities` returns
    a list of the entities whose associations the platform will unlink.

    Args:
        asset_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteAssetRequestBadRequestError | DeleteAssetRequestConflictError | ErrorBody]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        force=force,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = False,
) -> (
    Any
    | DeleteAssetRequestBadRequestError
    | DeleteAssetRequestConflictError
    | ErrorBody
    | None
):
    """Delete an asset

     This method deletes the specified asset. This action cannot be undone.

    By default, the platform checks whether any indexed assets reference the asset. If references exist,
    the platform rejects the request with a `409 Conflict` error. To skip this check and delete the
    asset anyway, set the `force` query parameter to `true`. The platform unlinks any entity
    associations.

    Before deleting, you can inspect existing references:
    - [`GET`](/v1.3/api-reference/index-content/list-indexed-assets-by-asset)
    `/assets/{asset_id}/indexed-assets` returns a list of the indexed assets that will block deletion
    unless the `force` query parameter is set to `true`.
    - [`GET`](/v1.3/api-reference/entities/list-entities-by-asset) `/assets/{asset_id}/entities` returns
    a list of the entities whose associations the platform will unlink.

    Args:
        asset_id (str):
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteAssetRequestBadRequestError | DeleteAssetRequestConflictError | ErrorBody
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
            force=force,
        )
    ).parsed
