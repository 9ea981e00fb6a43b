from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.request_additional_presigned_ur_ls_request import (
    RequestAdditionalPresignedURLsRequest,
)
from ...models.request_additional_presigned_ur_ls_response import (
    RequestAdditionalPresignedURLsResponse,
)
from ...models.request_additional_presigned_urls_request_bad_request_error import (
    RequestAdditionalPresignedUrlsRequestBadRequestError,
)
from ...models.request_additional_presigned_urls_request_forbidden_error import (
    RequestAdditionalPresignedUrlsRequestForbiddenError,
)
from ...models.request_additional_presigned_urls_request_internal_server_error import (
    RequestAdditionalPresignedUrlsRequestInternalServerError,
)
from ...types import Response


def _get_kwargs(
    upload_id: str,
    *,
    body: RequestAdditionalPresignedURLsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assets/multipart-uploads/{upload_id}/presigned-urls".format(
            upload_id=quote(str(upload_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ErrorBody
    | RequestAdditionalPresignedURLsResponse
    | RequestAdditionalPresignedUrlsRequestBadRequestError
    | RequestAdditionalPresignedUrlsRequestForbiddenError
    | RequestAdditionalPresignedUrlsRequestInternalServerError
    | None
):
    if response.status_code == 200:
        response_200 = RequestAdditionalPresignedURLsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RequestAdditionalPresignedUrlsRequestBadRequestError.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RequestAdditionalPresignedUrlsRequestForbiddenError.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 500:
        response_500 = (
            RequestAdditionalPresignedUrlsRequestInternalServerError.from_dict(
                response.json()
            )
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
    | RequestAdditionalPresignedURLsResponse
    | RequestAdditionalPresignedUrlsRequestBadRequestError
    | RequestAdditionalPresignedUrlsRequestForbiddenError
    | RequestAdditionalPresignedUrlsRequestInternalServerError
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
    body: RequestAdditionalPresignedURLsRequest,
) -> Response[
    Any
    | ErrorBody
    | RequestAdditionalPresignedURLsResponse
    | RequestAdditionalPresignedUrlsRequestBadRequestError
    | RequestAdditionalPresignedUrlsRequestForbiddenError
    | RequestAdditionalPresignedUrlsRequestInternalServerError
]:
    """Request presigned URLs for the remaining chunks

     This method generates new presigned URLs for specific chunks that require uploading. Use this
    endpoint in the following situations:
    - Your initial URLs have expired (URLs expire after one hour).
    - The initial set of presigned URLs does not include URLs for all chunks.
    - You need to retry failed chunk uploads with new URLs.
    To specify which chunks need URLs, use the `start` and `count` parameters. For example, to generate
    URLs for chunks 21 to 30, use `start=21` and `count=10`.
    The response will provide new URLs, each with a fresh expiration time of one hour.

    Args:
        upload_id (str):
        body (RequestAdditionalPresignedURLsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | RequestAdditionalPresignedURLsResponse | RequestAdditionalPresignedUrlsRequestBadRequestError | RequestAdditionalPresignedUrlsRequestForbiddenError | RequestAdditionalPresignedUrlsRequestInternalServerError]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestAdditionalPresignedURLsRequest,
) -> (
    Any
    | ErrorBody
    | RequestAdditionalPresignedURLsResponse
    | RequestAdditionalPresignedUrlsRequestBadRequestError
    | RequestAdditionalPresignedUrlsRequestForbiddenError
    | RequestAdditionalPresignedUrlsRequestInternalServerError
    | None
):
    """Request presigned URLs for the remaining chunks

     This method generates new presigned URLs for specific chunks that require uploading. Use this
    endpoint in the following situations:
    - Your initial URLs have expired (URLs expire after one hour).
    - The initial set of presigned URLs does not include URLs for all chunks.
    - You need to retry failed chunk uploads with new URLs.
    To specify which chunks need URLs, use the `start` and `count` parameters. For example, to generate
    URLs for chunks 21 to 30, use `start=21` and `count=10`.
    The response will provide new URLs, each with a fresh expiration time of one hour.

    Args:
        upload_id (str):
        body (RequestAdditionalPresignedURLsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | RequestAdditionalPresignedURLsResponse | RequestAdditionalPresignedUrlsRequestBadRequestError | RequestAdditionalPresignedUrlsRequestForbiddenError | RequestAdditionalPresignedUrlsRequestInternalServerError
    """

    return sync_detailed(
        upload_id=upload_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestAdditionalPresignedURLsRequest,
) -> Response[
    Any
    | ErrorBody
    | RequestAdditionalPresignedURLsResponse
    | RequestAdditionalPresignedUrlsRequestBadRequestError
    | RequestAdditionalPresignedUrlsRequestForbiddenError
    | RequestAdditionalPresignedUrlsRequestInternalServerError
]:
    """Request presigned URLs for the remaining chunks

     This method generates new presigned URLs for specific chunks that require uploading. Use this
    endpoint in the following situations:
    - Your initial URLs have expired (URLs expire after one hour).
    - The initial set of presigned URLs does not include URLs for all chunks.
    - You need to retry failed chunk uploads with new URLs.
    To specify which chunks need URLs, use the `start` and `count` parameters. For example, to generate
    URLs for chunks 21 to 30, use `start=21` and `count=10`.
    The response will provide new URLs, each with a fresh expiration time of one hour.

    Args:
        upload_id (str):
        body (RequestAdditionalPresignedURLsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | RequestAdditionalPresignedURLsResponse | RequestAdditionalPresignedUrlsRequestBadRequestError | RequestAdditionalPresignedUrlsRequestForbiddenError | RequestAdditionalPresignedUrlsRequestInternalServerError]
    """

    kwargs = _get_kwargs(
        upload_id=upload_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    upload_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RequestAdditionalPresignedURLsRequest,
) -> (
    Any
    | ErrorBody
    | RequestAdditionalPresignedURLsResponse
    | RequestAdditionalPresignedUrlsRequestBadRequestError
    | RequestAdditionalPresignedUrlsRequestForbiddenError
    | RequestAdditionalPresignedUrlsRequestInternalServerError
    | None
):
    """Request presigned URLs for the remaining chunks

     This method generates new presigned URLs for specific chunks that require uploading. Use this
    endpoint in the following situations:
    - Your initial URLs have expired (URLs expire after one hour).
    - The initial set of presigned URLs does not include URLs for all chunks.
    - You need to retry failed chunk uploads with new URLs.
    To specify which chunks need URLs, use the `start` and `count` parameters. For example, to generate
    URLs for chunks 21 to 30, use `start=21` and `count=10`.
    The response will provide new URLs, each with a fresh expiration time of one hour.

    Args:
        upload_id (str):
        body (RequestAdditionalPresignedURLsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | RequestAdditionalPresignedURLsResponse | RequestAdditionalPresignedUrlsRequestBadRequestError | RequestAdditionalPresignedUrlsRequestForbiddenError | RequestAdditionalPresignedUrlsRequestInternalServerError
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            body=body,
        )
    ).parsed
