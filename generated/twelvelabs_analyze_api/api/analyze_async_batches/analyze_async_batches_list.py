from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_async_batches_list_response_200 import (
    AnalyzeAsyncBatchesListResponse200,
)
from ...models.analyze_batches_get_parameters_analysis_mode_schema_items import (
    AnalyzeBatchesGetParametersAnalysisModeSchemaItems,
)
from ...models.batch_status import BatchStatus
from ...models.error_body import ErrorBody
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: list[BatchStatus] | Unset = UNSET,
    analysis_mode: list[AnalyzeBatchesGetParametersAnalysisModeSchemaItems]
    | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item: str = status_item_data
            json_status.append(status_item)

    params["status"] = json_status

    json_analysis_mode: list[str] | Unset = UNSET
    if not isinstance(analysis_mode, Unset):
        json_analysis_mode = []
        for analysis_mode_item_data in analysis_mode:
            analysis_mode_item: str = analysis_mode_item_data
            json_analysis_mode.append(analysis_mode_item)

    params["analysis_mode"] = json_analysis_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analyze/batches",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyzeAsyncBatchesListResponse200 | Any | ErrorBody | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AnalyzeAsyncBatchesListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

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
) -> Response[AnalyzeAsyncBatchesListResponse200 | Any | ErrorBody | ErrorResponse]:
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
    status: list[BatchStatus] | Unset = UNSET,
    analysis_mode: list[AnalyzeBatchesGetParametersAnalysisModeSchemaItems]
    | Unset = UNSET,
) -> Response[AnalyzeAsyncBatchesListResponse200 | Any | ErrorBody | ErrorResponse]:
    """List batches

     Use this method to list all the batch objects in your account. The response sorts batches by
    creation date, with the newest batch first.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (list[BatchStatus] | Unset):
        analysis_mode (list[AnalyzeBatchesGetParametersAnalysisModeSchemaItems] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeAsyncBatchesListResponse200 | Any | ErrorBody | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        status=status,
        analysis_mode=analysis_mode,
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
    status: list[BatchStatus] | Unset = UNSET,
    analysis_mode: list[AnalyzeBatchesGetParametersAnalysisModeSchemaItems]
    | Unset = UNSET,
) -> AnalyzeAsyncBatchesListResponse200 | Any | ErrorBody | ErrorResponse | None:
    """List batches

     Use this method to list all the batch objects in your account. The response sorts batches by
    creation date, with the newest batch first.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (list[BatchStatus] | Unset):
        analysis_mode (list[AnalyzeBatchesGetParametersAnalysisModeSchemaItems] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeAsyncBatchesListResponse200 | Any | ErrorBody | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        page_limit=page_limit,
        status=status,
        analysis_mode=analysis_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: list[BatchStatus] | Unset = UNSET,
    analysis_mode: list[AnalyzeBatchesGetParametersAnalysisModeSchemaItems]
    | Unset = UNSET,
) -> Response[AnalyzeAsyncBatchesListResponse200 | Any | ErrorBody | ErrorResponse]:
    """List batches

     Use this method to list all the batch objects in your account. The response sorts batches by
    creation date, with the newest batch first.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (list[BatchStatus] | Unset):
        analysis_mode (list[AnalyzeBatchesGetParametersAnalysisModeSchemaItems] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeAsyncBatchesListResponse200 | Any | ErrorBody | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        status=status,
        analysis_mode=analysis_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: list[BatchStatus] | Unset = UNSET,
    analysis_mode: list[AnalyzeBatchesGetParametersAnalysisModeSchemaItems]
    | Unset = UNSET,
) -> AnalyzeAsyncBatchesListResponse200 | Any | ErrorBody | ErrorResponse | None:
    """List batches

     Use this method to list all the batch objects in your account. The response sorts batches by
    creation date, with the newest batch first.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (list[BatchStatus] | Unset):
        analysis_mode (list[AnalyzeBatchesGetParametersAnalysisModeSchemaItems] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeAsyncBatchesListResponse200 | Any | ErrorBody | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_limit=page_limit,
            status=status,
            analysis_mode=analysis_mode,
        )
    ).parsed
