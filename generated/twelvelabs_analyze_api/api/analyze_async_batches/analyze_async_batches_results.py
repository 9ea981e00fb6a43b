from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_result_item import BatchResultItem
from ...models.error_body import ErrorBody
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    batch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analyze/batches/{batch_id}/results".format(
            batch_id=quote(str(batch_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BatchResultItem | ErrorBody | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BatchResultItem.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

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
) -> Response[Any | BatchResultItem | ErrorBody | ErrorResponse]:
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
) -> Response[Any | BatchResultItem | ErrorBody | ErrorResponse]:
    """Retrieve batch results

     Use this method to retrieve the results for each item in a batch. You can call it while the batch
    has the `pending` or `processing` status.

    Each result entry has a status. For details on each status, see the [Item statuses](/v1.3/api-
    reference/analyze-videos/batch-analysis/the-batch-object#item-statuses) section on the **The batch
    object** page.

    Each result entry includes a task identifier in the `task_id` field. Use this value with the
    [`GET`](/v1.3/api-reference/analyze-videos/retrieve-analysis-task-status-results) method of the
    `/analyze/tasks/{task_id}` endpoint if you need the full analysis task response.

    You can retrieve results for 30 days after batch creation.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BatchResultItem | ErrorBody | ErrorResponse]
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
) -> Any | BatchResultItem | ErrorBody | ErrorResponse | None:
    """Retrieve batch results

     Use this method to retrieve the results for each item in a batch. You can call it while the batch
    has the `pending` or `processing` status.

    Each result entry has a status. For details on each status, see the [Item statuses](/v1.3/api-
    reference/analyze-videos/batch-analysis/the-batch-object#item-statuses) section on the **The batch
    object** page.

    Each result entry includes a task identifier in the `task_id` field. Use this value with the
    [`GET`](/v1.3/api-reference/analyze-videos/retrieve-analysis-task-status-results) method of the
    `/analyze/tasks/{task_id}` endpoint if you need the full analysis task response.

    You can retrieve results for 30 days after batch creation.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BatchResultItem | ErrorBody | ErrorResponse
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | BatchResultItem | ErrorBody | ErrorResponse]:
    """Retrieve batch results

     Use this method to retrieve the results for each item in a batch. You can call it while the batch
    has the `pending` or `processing` status.

    Each result entry has a status. For details on each status, see the [Item statuses](/v1.3/api-
    reference/analyze-videos/batch-analysis/the-batch-object#item-statuses) section on the **The batch
    object** page.

    Each result entry includes a task identifier in the `task_id` field. Use this value with the
    [`GET`](/v1.3/api-reference/analyze-videos/retrieve-analysis-task-status-results) method of the
    `/analyze/tasks/{task_id}` endpoint if you need the full analysis task response.

    You can retrieve results for 30 days after batch creation.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BatchResultItem | ErrorBody | ErrorResponse]
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
) -> Any | BatchResultItem | ErrorBody | ErrorResponse | None:
    """Retrieve batch results

     Use this method to retrieve the results for each item in a batch. You can call it while the batch
    has the `pending` or `processing` status.

    Each result entry has a status. For details on each status, see the [Item statuses](/v1.3/api-
    reference/analyze-videos/batch-analysis/the-batch-object#item-statuses) section on the **The batch
    object** page.

    Each result entry includes a task identifier in the `task_id` field. Use this value with the
    [`GET`](/v1.3/api-reference/analyze-videos/retrieve-analysis-task-status-results) method of the
    `/analyze/tasks/{task_id}` endpoint if you need the full analysis task response.

    You can retrieve results for 30 days after batch creation.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BatchResultItem | ErrorBody | ErrorResponse
    """

    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
        )
    ).parsed
