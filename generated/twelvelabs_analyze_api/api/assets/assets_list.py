from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assets_get_parameters_asset_types_schema_items import (
    AssetsGetParametersAssetTypesSchemaItems,
)
from ...models.assets_list_response_200 import AssetsListResponse200
from ...models.error_body import ErrorBody
from ...models.list_assets_request_bad_request_error import (
    ListAssetsRequestBadRequestError,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    asset_ids: list[str] | Unset = UNSET,
    asset_types: list[AssetsGetParametersAssetTypesSchemaItems] | Unset = UNSET,
    filename: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    json_asset_ids: list[str] | Unset = UNSET
    if not isinstance(asset_ids, Unset):
        json_asset_ids = asset_ids

    params["asset_ids"] = json_asset_ids

    json_asset_types: list[str] | Unset = UNSET
    if not isinstance(asset_types, Unset):
        json_asset_types = []
        for asset_types_item_data in asset_types:
            asset_types_item: str = asset_types_item_data
            json_asset_types.append(asset_types_item)

    params["asset_types"] = json_asset_types

    params["filename"] = filename

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AssetsListResponse200 | ErrorBody | ListAssetsRequestBadRequestError | None:
    if response.status_code == 200:
        response_200 = AssetsListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListAssetsRequestBadRequestError.from_dict(response.json())

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
    Any | AssetsListResponse200 | ErrorBody | ListAssetsRequestBadRequestError
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
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    asset_ids: list[str] | Unset = UNSET,
    asset_types: list[AssetsGetParametersAssetTypesSchemaItems] | Unset = UNSET,
    filename: str | Unset = UNSET,
) -> Response[
    Any | AssetsListResponse200 | ErrorBody | ListAssetsRequestBadRequestError
]:
    """List assets

     This method returns a list of assets in your account.

    The platform returns your assets sorted by creation date, with the newest at the top of the list.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        asset_ids (list[str] | Unset):
        asset_types (list[AssetsGetParametersAssetTypesSchemaItems] | Unset):
        filename (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssetsListResponse200 | ErrorBody | ListAssetsRequestBadRequestError]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        asset_ids=asset_ids,
        asset_types=asset_types,
        filename=filename,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    asset_ids: list[str] | Unset = UNSET,
    asset_types: list[AssetsGetParametersAssetTypesSchemaItems] | Unset = UNSET,
    filename: str | Unset = UNSET,
) -> Any | AssetsListResponse200 | ErrorBody | ListAssetsRequestBadRequestError | None:
    """List assets

     This method returns a list of assets in your account.

    The platform returns your assets sorted by creation date, with the newest at the top of the list.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        asset_ids (list[str] | Unset):
        asset_types (list[AssetsGetParametersAssetTypesSchemaItems] | Unset):
        filename (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssetsListResponse200 | ErrorBody | ListAssetsRequestBadRequestError
    """

    return sync_detailed(
        client=client,
        page=page,
        page_limit=page_limit,
        asset_ids=asset_ids,
        asset_types=asset_types,
        filename=filename,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    asset_ids: list[str] | Unset = UNSET,
    asset_types: list[AssetsGetParametersAssetTypesSchemaItems] | Unset = UNSET,
    filename: str | Unset = UNSET,
) -> Response[
    Any | AssetsListResponse200 | ErrorBody | ListAssetsRequestBadRequestError
]:
    """List assets

     This method returns a list of assets in your account.

    The platform returns your assets sorted by creation date, with the newest at the top of the list.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        asset_ids (list[str] | Unset):
        asset_types (list[AssetsGetParametersAssetTypesSchemaItems] | Unset):
        filename (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssetsListResponse200 | ErrorBody | ListAssetsRequestBadRequestError]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        asset_ids=asset_ids,
        asset_types=asset_types,
        filename=filename,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    asset_ids: list[str] | Unset = UNSET,
    asset_types: list[AssetsGetParametersAssetTypesSchemaItems] | Unset = UNSET,
    filename: str | Unset = UNSET,
) -> Any | AssetsListResponse200 | ErrorBody | ListAssetsRequestBadRequestError | None:
    """List assets

     This method returns a list of assets in your account.

    The platform returns your assets sorted by creation date, with the newest at the top of the list.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        asset_ids (list[str] | Unset):
        asset_types (list[AssetsGetParametersAssetTypesSchemaItems] | Unset):
        filename (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssetsListResponse200 | ErrorBody | ListAssetsRequestBadRequestError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_limit=page_limit,
            asset_ids=asset_ids,
            asset_types=asset_types,
            filename=filename,
        )
    ).parsed
