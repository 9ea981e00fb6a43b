from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.report_chunk_batch_request import ReportChunkBatchRequest
from ...models.report_chunk_batch_request_bad_request_error import (
    ReportChunkBatchRequestBadRequestError,
)
from ...models.report_chunk_batch_request_forbidden_error import (
    ReportChunkBatchRequestForbiddenError,
)
from ...models.report_chunk_batch_response import ReportChunkBatchResponse
from ...types import Response


def _get_kwargs(
    upload_id: str,
    *,
    body: ReportChunkBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assets/multipart-uploads/{upload_id}".format(
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
    | ReportChunkBatchRequestBadRequestError
    | ReportChunkBatchRequestForbiddenError
    | ReportChunkBatchResponse
    | None
):
    if response.status_code == 200:
        response_200 = ReportChunkBatchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ReportChunkBatchRequestBadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ReportChunkBatchRequestForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
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
    | ReportChunkBatchRequestBadRequestError
    | ReportChunkBatchRequestForbiddenError
    | ReportChunkBatchResponse
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
    body: ReportChunkBatchRequest,
) -> Response[
    Any
    | ErrorBody
    | ReportChunkBatchRequestBadRequestError
    | ReportChunkBatchRequestForbiddenError
    | ReportChunkBatchResponse
]:
    """Report uploaded chunks

     This method reports successfully uploaded chunks to the platform. The platform finalizes the upload
    after you report all chunks.


    For optimal performance, report chunks in batches and in any order.

    Args:
        upload_id (str):
        body (ReportChunkBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ReportChunkBatchRequestBadRequestError | ReportChunkBatchRequestForbiddenError | ReportChunkBatchResponse]
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
    body: ReportChunkBatchRequest,
) -> (
    Any
    | ErrorBody
    | ReportChunkBatchRequestBadRequestError
    | ReportChunkBatchRequestForbiddenError
    | ReportChunkBatchResponse
    | None
):
    """Report uploaded chunks

     This method reports successfully uploaded chunks to the platform. The platform finalizes the upload
    after you report all chunks.


    For optimal performance, report chunks in batches and in any order.

    Args:
        upload_id (str):
        body (ReportChunkBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ReportChunkBatchRequestBadRequestError | ReportChunkBatchRequestForbiddenError | ReportChunkBatchResponse
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
    body: ReportChunkBatchRequest,
) -> Response[
    Any
    | ErrorBody
    | ReportChunkBatchRequestBadRequestError
    | ReportChunkBatchRequestForbiddenError
    | ReportChunkBatchResponse
]:
    """Report uploaded chunks

     This method reports successfully uploaded chunks to the platform. The platform finalizes the upload
    after you report all chunks.


    For optimal performance, report chunks in batches and in any order.

    Args:
        upload_id (str):
        body (ReportChunkBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ReportChunkBatchRequestBadRequestError | ReportChunkBatchRequestForbiddenError | ReportChunkBatchResponse]
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
    body: ReportChunkBatchRequest,
) -> (
    Any
    | ErrorBody
    | ReportChunkBatchRequestBadRequestError
    | ReportChunkBatchRequestForbiddenError
    | ReportChunkBatchResponse
    | None
):
    """Report uploaded chunks

     This method reports successfully uploaded chunks to the platform. The platform finalizes the upload
    after you report all chunks.


    For optimal performance, report chunks in batches and in any order.

    Args:
        upload_id (str):
        body (ReportChunkBatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ReportChunkBatchRequestBadRequestError | ReportChunkBatchRequestForbiddenError | ReportChunkBatchResponse
    """

    return (
        await asyncio_detailed(
            upload_id=upload_id,
            client=client,
            body=body,
        )
    ).parsed
