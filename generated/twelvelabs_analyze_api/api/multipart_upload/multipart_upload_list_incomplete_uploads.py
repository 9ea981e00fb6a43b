from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.list_incomplete_uploads_request_bad_request_error import (
    ListIncompleteUploadsRequestBadRequestError,
)
from ...models.list_incomplete_uploads_request_forbidden_error import (
    ListIncompleteUploadsRequestForbiddenError,
)
from ...models.list_incomplete_uploads_request_internal_server_error import (
    ListIncompleteUploadsRequestInternalServerError,
)
from ...models.list_incomplete_uploads_response import ListIncompleteUploadsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "url": "/assets/multipart-uploads",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ErrorBody
    | ListIncompleteUploadsRequestBadRequestError
    | ListIncompleteUploadsRequestForbiddenError
    | ListIncompleteUploadsRequestInternalServerError
    | ListIncompleteUploadsResponse
    | None
):
    if response.status_code == 200:
        response_200 = ListIncompleteUploadsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListIncompleteUploadsRequestBadRequestError.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListIncompleteUploadsRequestForbiddenError.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 500:
        response_500 = ListIncompleteUploadsRequestInternalServerError.from_dict(
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
    | ListIncompleteUploadsRequestBadRequestError
    | ListIncompleteUploadsRequestForbiddenError
    | ListIncompleteUploadsRequestInternalServerError
    | ListIncompleteUploadsResponse
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
) -> Response[
    Any
    | ErrorBody
    | ListIncompleteUploadsRequestBadRequestError
    | ListIncompleteUploadsRequestForbiddenError
    | ListIncompleteUploadsRequestInternalServerError
    | ListIncompleteUploadsResponse
]:
    """List incomplete uploads

     This method returns a list of all incomplete multipart upload sessions in your account.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ListIncompleteUploadsRequestBadRequestError | ListIncompleteUploadsRequestForbiddenError | ListIncompleteUploadsRequestInternalServerError | ListIncompleteUploadsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
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
) -> (
    Any
    | ErrorBody
    | ListIncompleteUploadsRequestBadRequestError
    | ListIncompleteUploadsRequestForbiddenError
    | ListIncompleteUploadsRequestInternalServerError
    | ListIncompleteUploadsResponse
    | None
):
    """List incomplete uploads

     This method returns a list of all incomplete multipart upload sessions in your account.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ListIncompleteUploadsRequestBadRequestError | ListIncompleteUploadsRequestForbiddenError | ListIncompleteUploadsRequestInternalServerError | ListIncompleteUploadsResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_limit=page_limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
) -> Response[
    Any
    | ErrorBody
    | ListIncompleteUploadsRequestBadRequestError
    | ListIncompleteUploadsRequestForbiddenError
    | ListIncompleteUploadsRequestInternalServerError
    | ListIncompleteUploadsResponse
]:
    """List incomplete uploads

     This method returns a list of all incomplete multipart upload sessions in your account.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ListIncompleteUploadsRequestBadRequestError | ListIncompleteUploadsRequestForbiddenError | ListIncompleteUploadsRequestInternalServerError | ListIncompleteUploadsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
) -> (
    Any
    | ErrorBody
    | ListIncompleteUploadsRequestBadRequestError
    | ListIncompleteUploadsRequestForbiddenError
    | ListIncompleteUploadsRequestInternalServerError
    | ListIncompleteUploadsResponse
    | None
):
    """List incomplete uploads

     This method returns a list of all incomplete multipart upload sessions in your account.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ListIncompleteUploadsRequestBadRequestError | ListIncompleteUploadsRequestForbiddenError | ListIncompleteUploadsRequestInternalServerError | ListIncompleteUploadsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_limit=page_limit,
        )
    ).parsed
