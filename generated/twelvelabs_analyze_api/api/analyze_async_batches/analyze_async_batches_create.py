from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_analyze_batch_request import CreateAnalyzeBatchRequest
from ...models.create_analyze_batch_response import CreateAnalyzeBatchResponse
from ...models.error_body import ErrorBody
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAnalyzeBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analyze/batches",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAnalyzeBatchResponse | ErrorBody | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateAnalyzeBatchResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAnalyzeBatchResponse | ErrorBody | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalyzeBatchRequest,
) -> Response[CreateAnalyzeBatchResponse | ErrorBody | ErrorResponse]:
    """Create a batch

     Use this method to submit many video analysis requests in a single call. Each request creates an
    analysis task. The response contains one batch identifier and one task identifier per request. Use
    the batch identifier to check progress and retrieve results.

    <Note title="Model requirement">
    You must use Pegasus 1.5 for batch analysis. Set the `model_name` parameter to `pegasus1.5`.
    </Note>

    **When to use this method**:
    - Run the same model and analysis settings across many videos.
    - Track a single batch instead of many individual analysis tasks.

    **Do not use this method for**:
    - Single videos that require immediate results. Use the [`POST`](/v1.3/api-reference/analyze-
    videos/sync-analysis) method of the `/analyze` endpoint instead.
    - Background processing of a single video. Use the [`POST`](/v1.3/api-reference/analyze-
    videos/create-async-analysis-task) method of the `/analyze/tasks` endpoint instead.

    **Retention and retry**:
    - Batches expire 24 hours after creation. You can retrieve results for 30 days after creation.
    - If processing does not finish for some items in time, resubmit them in a new batch.

    **Limits**:
    - Up to 1,000 requests per batch.
    - Up to 2,000 total content hours per batch.
    - Up to 5 active batches per account.

    Args:
        body (CreateAnalyzeBatchRequest): Defines a batch creation request. The `model_name` and
            `analysis_mode` fields apply to every item in the batch. You cannot override these fields
            per item. You can set every other field in the `defaults` object and override it per item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAnalyzeBatchResponse | ErrorBody | ErrorResponse]
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
    body: CreateAnalyzeBatchRequest,
) -> CreateAnalyzeBatchResponse | ErrorBody | ErrorResponse | None:
    """Create a batch

     Use this method to submit many video analysis requests in a single call. Each request creates an
    analysis task. The response contains one batch identifier and one task identifier per request. Use
    the batch identifier to check progress and retrieve results.

    <Note title="Model requirement">
    You must use Pegasus 1.5 for batch analysis. Set the `model_name` parameter to `pegasus1.5`.
    </Note>

    **When to use this method**:
    - Run the same model and analysis settings across many videos.
    - Track a single batch instead of many individual analysis tasks.

    **Do not use this method for**:
    - Single videos that require immediate results. Use the [`POST`](/v1.3/api-reference/analyze-
    videos/sync-analysis) method of the `/analyze` endpoint instead.
    - Background processing of a single video. Use the [`POST`](/v1.3/api-reference/analyze-
    videos/create-async-analysis-task) method of the `/analyze/tasks` endpoint instead.

    **Retention and retry**:
    - Batches expire 24 hours after creation. You can retrieve results for 30 days after creation.
    - If processing does not finish for some items in time, resubmit them in a new batch.

    **Limits**:
    - Up to 1,000 requests per batch.
    - Up to 2,000 total content hours per batch.
    - Up to 5 active batches per account.

    Args:
        body (CreateAnalyzeBatchRequest): Defines a batch creation request. The `model_name` and
            `analysis_mode` fields apply to every item in the batch. You cannot override these fields
            per item. You can set every other field in the `defaults` object and override it per item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAnalyzeBatchResponse | ErrorBody | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalyzeBatchRequest,
) -> Response[CreateAnalyzeBatchResponse | ErrorBody | ErrorResponse]:
    """Create a batch

     Use this method to submit many video analysis requests in a single call. Each request creates an
    analysis task. The response contains one batch identifier and one task identifier per request. Use
    the batch identifier to check progress and retrieve results.

    <Note title="Model requirement">
    You must use Pegasus 1.5 for batch analysis. Set the `model_name` parameter to `pegasus1.5`.
    </Note>

    **When to use this method**:
    - Run the same model and analysis settings across many videos.
    - Track a single batch instead of many individual analysis tasks.

    **Do not use this method for**:
    - Single videos that require immediate results. Use the [`POST`](/v1.3/api-reference/analyze-
    videos/sync-analysis) method of the `/analyze` endpoint instead.
    - Background processing of a single video. Use the [`POST`](/v1.3/api-reference/analyze-
    videos/create-async-analysis-task) method of the `/analyze/tasks` endpoint instead.

    **Retention and retry**:
    - Batches expire 24 hours after creation. You can retrieve results for 30 days after creation.
    - If processing does not finish for some items in time, resubmit them in a new batch.

    **Limits**:
    - Up to 1,000 requests per batch.
    - Up to 2,000 total content hours per batch.
    - Up to 5 active batches per account.

    Args:
        body (CreateAnalyzeBatchRequest): Defines a batch creation request. The `model_name` and
            `analysis_mode` fields apply to every item in the batch. You cannot override these fields
            per item. You can set every other field in the `defaults` object and override it per item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAnalyzeBatchResponse | ErrorBody | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnalyzeBatchRequest,
) -> CreateAnalyzeBatchResponse | ErrorBody | ErrorResponse | None:
    """Create a batch

     Use this method to submit many video analysis requests in a single call. Each request creates an
    analysis task. The response contains one batch identifier and one task identifier per request. Use
    the batch identifier to check progress and retrieve results.

    <Note title="Model requirement">
    You must use Pegasus 1.5 for batch analysis. Set the `model_name` parameter to `pegasus1.5`.
    </Note>

    **When to use this method**:
    - Run the same model and analysis settings across many videos.
    - Track a single batch instead of many individual analysis tasks.

    **Do not use this method for**:
    - Single videos that require immediate results. Use the [`POST`](/v1.3/api-reference/analyze-
    videos/sync-analysis) method of the `/analyze` endpoint instead.
    - Background processing of a single video. Use the [`POST`](/v1.3/api-reference/analyze-
    videos/create-async-analysis-task) method of the `/analyze/tasks` endpoint instead.

    **Retention and retry**:
    - Batches expire 24 hours after creation. You can retrieve results for 30 days after creation.
    - If processing does not finish for some items in time, resubmit them in a new batch.

    **Limits**:
    - Up to 1,000 requests per batch.
    - Up to 2,000 total content hours per batch.
    - Up to 5 active batches per account.

    Args:
        body (CreateAnalyzeBatchRequest): Defines a batch creation request. The `model_name` and
            `analysis_mode` fields apply to every item in the batch. You cannot override these fields
            per item. You can set every other field in the `defaults` object and override it per item.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAnalyzeBatchResponse | ErrorBody | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
