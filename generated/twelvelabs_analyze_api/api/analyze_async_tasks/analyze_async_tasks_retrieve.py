from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_task import AnalyzeTask
from ...models.error_body import ErrorBody
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analyze/tasks/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyzeTask | Any | ErrorBody | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AnalyzeTask.from_dict(response.json())

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
) -> Response[AnalyzeTask | Any | ErrorBody | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AnalyzeTask | Any | ErrorBody | ErrorResponse]:
    """Retrieve analysis task status and results

     This method retrieves the status and results of an analysis task.

    **Task statuses**:
    - `queued`: The task is waiting to be processed.
    - `pending`: The task is queued and waiting to start.
    - `processing`: The platform is analyzing the video.
    - `ready`: Processing is complete. Results are available in the response.
    - `failed`: The task failed. No results were generated.

    Poll this method until `status` is `ready` or `failed`. When `status` is `ready`, use the results
    from the response.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeTask | Any | ErrorBody | ErrorResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AnalyzeTask | Any | ErrorBody | ErrorResponse | None:
    """Retrieve analysis task status and results

     This method retrieves the status and results of an analysis task.

    **Task statuses**:
    - `queued`: The task is waiting to be processed.
    - `pending`: The task is queued and waiting to start.
    - `processing`: The platform is analyzing the video.
    - `ready`: Processing is complete. Results are available in the response.
    - `failed`: The task failed. No results were generated.

    Poll this method until `status` is `ready` or `failed`. When `status` is `ready`, use the results
    from the response.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeTask | Any | ErrorBody | ErrorResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AnalyzeTask | Any | ErrorBody | ErrorResponse]:
    """Retrieve analysis task status and results

     This method retrieves the status and results of an analysis task.

    **Task statuses**:
    - `queued`: The task is waiting to be processed.
    - `pending`: The task is queued and waiting to start.
    - `processing`: The platform is analyzing the video.
    - `ready`: Processing is complete. Results are available in the response.
    - `failed`: The task failed. No results were generated.

    Poll this method until `status` is `ready` or `failed`. When `status` is `ready`, use the results
    from the response.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeTask | Any | ErrorBody | ErrorResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AnalyzeTask | Any | ErrorBody | ErrorResponse | None:
    """Retrieve analysis task status and results

     This method retrieves the status and results of an analysis task.

    **Task statuses**:
    - `queued`: The task is waiting to be processed.
    - `pending`: The task is queued and waiting to start.
    - `processing`: The platform is analyzing the video.
    - `ready`: Processing is complete. Results are available in the response.
    - `failed`: The task failed. No results were generated.

    Poll this method until `status` is `ready` or `failed`. When `status` is `ready`, use the results
    from the response.

    Args:
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeTask | Any | ErrorBody | ErrorResponse
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
