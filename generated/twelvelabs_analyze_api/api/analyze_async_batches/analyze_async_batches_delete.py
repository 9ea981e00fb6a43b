from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    batch_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/analyze/batches/{batch_id}".format(
            batch_id=quote(str(batch_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

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
) -> Response[Any | ErrorBody | ErrorResponse]:
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
) -> Response[Any | ErrorBody | ErrorResponse]:
    """Delete a batch

     Use this method to delete a batch and all the tasks associated with it. You can only delete batches
    with status `completed`, `canceled`, or `expired`.

    Deleting a batch does not affect billing. You are billed for every completed analysis regardless of
    whether you delete the batch afterward.

    To stop a batch with the `pending` or `processing` status, use the [`POST`](/v1.3/api-
    reference/analyze-videos/batch-analysis/cancel-batch) method of the
    `/analyze/batches/{batch_id}/cancel` endpoint.

    Batches are deleted 30 days after creation.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ErrorResponse]
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
) -> Any | ErrorBody | ErrorResponse | None:
    """Delete a batch

     Use this method to delete a batch and all the tasks associated with it. You can only delete batches
    with status `completed`, `canceled`, or `expired`.

    Deleting a batch does not affect billing. You are billed for every completed analysis regardless of
    whether you delete the batch afterward.

    To stop a batch with the `pending` or `processing` status, use the [`POST`](/v1.3/api-
    reference/analyze-videos/batch-analysis/cancel-batch) method of the
    `/analyze/batches/{batch_id}/cancel` endpoint.

    Batches are deleted 30 days after creation.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ErrorResponse
    """

    return sync_detailed(
        batch_id=batch_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorBody | ErrorResponse]:
    """Delete a batch

     Use this method to delete a batch and all the tasks associated with it. You can only delete batches
    with status `completed`, `canceled`, or `expired`.

    Deleting a batch does not affect billing. You are billed for every completed analysis regardless of
    whether you delete the batch afterward.

    To stop a batch with the `pending` or `processing` status, use the [`POST`](/v1.3/api-
    reference/analyze-videos/batch-analysis/cancel-batch) method of the
    `/analyze/batches/{batch_id}/cancel` endpoint.

    Batches are deleted 30 days after creation.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ErrorResponse]
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
) -> Any | ErrorBody | ErrorResponse | None:
    """Delete a batch

     Use this method to delete a batch and all the tasks associated with it. You can only delete batches
    with status `completed`, `canceled`, or `expired`.

    Deleting a batch does not affect billing. You are billed for every completed analysis regardless of
    whether you delete the batch afterward.

    To stop a batch with the `pending` or `processing` status, use the [`POST`](/v1.3/api-
    reference/analyze-videos/batch-analysis/cancel-batch) method of the
    `/analyze/batches/{batch_id}/cancel` endpoint.

    Batches are deleted 30 days after creation.

    Args:
        batch_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ErrorResponse
    """

    return (
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
        )
    ).parsed
