from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_batch_status_response import AnalyzeBatchStatusResponse
from ...models.error_body import ErrorBody
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    batch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analyze/batches/{batch_id}/cancel".format(
            batch_id=quote(str(batch_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyzeBatchStatusResponse | Any | ErrorBody | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = AnalyzeBatchStatusResponse.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

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
) -> Response[AnalyzeBatchStatusResponse | Any | ErrorBody | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AnalyzeBatchStatusResponse | Any | ErrorBody | ErrorResponse]:
    """Cancel a batch

     Use this method to request cancellation for a batch with the `pending` or `processing` status.

    When you invoke this method, the platform performs the following steps:
    - Cancels the items in the `queued` status.
    - Finishes the analysis for the items in the `processing` status.

    The batch status changes to `canceling` immediately, and to `canceled` after every item reaches
    `ready`, `failed`, or `canceled`. You are not billed for canceled or failed items.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeBatchStatusResponse | Any | ErrorBody | ErrorResponse]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AnalyzeBatchStatusResponse | Any | ErrorBody | ErrorResponse | None:
    """Cancel a batch

     Use this method to request cancellation for a batch with the `pending` or `processing` status.

    When you invoke this method, the platform performs the following steps:
    - Cancels the items in the `queued` status.
    - Finishes the analysis for the items in the `processing` status.

    The batch status changes to `canceling` immediately, and to `canceled` after every item reaches
    `ready`, `failed`, or `canceled`. You are not billed for canceled or failed items.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeBatchStatusResponse | Any | ErrorBody | ErrorResponse
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AnalyzeBatchStatusResponse | Any | ErrorBody | ErrorResponse]:
    """Cancel a batch

     Use this method to request cancellation for a batch with the `pending` or `processing` status.

    When you invoke this method, the platform performs the following steps:
    - Cancels the items in the `queued` status.
    - Finishes the analysis for the items in the `processing` status.

    The batch status changes to `canceling` immediately, and to `canceled` after every item reaches
    `ready`, `failed`, or `canceled`. You are not billed for canceled or failed items.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeBatchStatusResponse | Any | ErrorBody | ErrorResponse]
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AnalyzeBatchStatusResponse | Any | ErrorBody | ErrorResponse | None:
    """Cancel a batch

     Use this method to request cancellation for a batch with the `pending` or `processing` status.

    When you invoke this method, the platform performs the following steps:
    - Cancels the items in the `queued` status.
    - Finishes the analysis for the items in the `processing` status.

    The batch status changes to `canceling` immediately, and to `canceled` after every item reaches
    `ready`, `failed`, or `canceled`. You are not billed for canceled or failed items.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeBatchStatusResponse | Any | ErrorBody | ErrorResponse
    """

    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
        )
    ).parsed
