from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.indexes_list_response_200 import IndexesListResponse200
from ...models.list_indexes_request_bad_request_error import (
    ListIndexesRequestBadRequestError,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: str | Unset = "created_at",
    sort_option: str | Unset = "desc",
    index_name: str | Unset = UNSET,
    model_options: str | Unset = UNSET,
    model_family: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    params["sort_by"] = sort_by

    params["sort_option"] = sort_option

    params["index_name"] = index_name

    params["model_options"] = model_options

    params["model_family"] = model_family

    params["created_at"] = created_at

    params["updated_at"] = updated_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/indexes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any | ErrorBody | IndexesListResponse200 | ListIndexesRequestBadRequestError | None
):
    if response.status_code == 200:
        response_200 = IndexesListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListIndexesRequestBadRequestError.from_dict(response.json())

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
    Any | ErrorBody | IndexesListResponse200 | ListIndexesRequestBadRequestError
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
    sort_by: str | Unset = "created_at",
    sort_option: str | Unset = "desc",
    index_name: str | Unset = UNSET,
    model_options: str | Unset = UNSET,
    model_family: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> Response[
    Any | ErrorBody | IndexesListResponse200 | ListIndexesRequestBadRequestError
]:
    """List indexes

     This method returns a list of the indexes in your account. The platform returns indexes sorted by
    creation date, with the oldest indexes at the top of the list.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (str | Unset):  Default: 'created_at'.
        sort_option (str | Unset):  Default: 'desc'.
        index_name (str | Unset):
        model_options (str | Unset):
        model_family (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | IndexesListResponse200 | ListIndexesRequestBadRequestError]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        index_name=index_name,
        model_options=model_options,
        model_family=model_family,
        created_at=created_at,
        updated_at=updated_at,
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
    sort_by: str | Unset = "created_at",
    sort_option: str | Unset = "desc",
    index_name: str | Unset = UNSET,
    model_options: str | Unset = UNSET,
    model_family: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> (
    Any | ErrorBody | IndexesListResponse200 | ListIndexesRequestBadRequestError | None
):
    """List indexes

     This method returns a list of the indexes in your account. The platform returns indexes sorted by
    creation date, with the oldest indexes at the top of the list.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (str | Unset):  Default: 'created_at'.
        sort_option (str | Unset):  Default: 'desc'.
        index_name (str | Unset):
        model_options (str | Unset):
        model_family (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | IndexesListResponse200 | ListIndexesRequestBadRequestError
    """

    return sync_detailed(
        client=client,
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        index_name=index_name,
        model_options=model_options,
        model_family=model_family,
        created_at=created_at,
        updated_at=updated_at,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: str | Unset = "created_at",
    sort_option: str | Unset = "desc",
    index_name: str | Unset = UNSET,
    model_options: str | Unset = UNSET,
    model_family: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> Response[
    Any | ErrorBody | IndexesListResponse200 | ListIndexesRequestBadRequestError
]:
    """List indexes

     This method returns a list of the indexes in your account. The platform returns indexes sorted by
    creation date, with the oldest indexes at the top of the list.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (str | Unset):  Default: 'created_at'.
        sort_option (str | Unset):  Default: 'desc'.
        index_name (str | Unset):
        model_options (str | Unset):
        model_family (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | IndexesListResponse200 | ListIndexesRequestBadRequestError]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        sort_by=sort_by,
        sort_option=sort_option,
        index_name=index_name,
        model_options=model_options,
        model_family=model_family,
        created_at=created_at,
        updated_at=updated_at,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    sort_by: str | Unset = "created_at",
    sort_option: str | Unset = "desc",
    index_name: str | Unset = UNSET,
    model_options: str | Unset = UNSET,
    model_family: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> (
    Any | ErrorBody | IndexesListResponse200 | ListIndexesRequestBadRequestError | None
):
    """List indexes

     This method returns a list of the indexes in your account. The platform returns indexes sorted by
    creation date, with the oldest indexes at the top of the list.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        sort_by (str | Unset):  Default: 'created_at'.
        sort_option (str | Unset):  Default: 'desc'.
        index_name (str | Unset):
        model_options (str | Unset):
        model_family (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | IndexesListResponse200 | ListIndexesRequestBadRequestError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_limit=page_limit,
            sort_by=sort_by,
            sort_option=sort_option,
            index_name=index_name,
            model_options=model_options,
            model_family=model_family,
            created_at=created_at,
            updated_at=updated_at,
        )
    ).parsed
