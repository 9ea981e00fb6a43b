from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_task_page import AnalyzeTaskPage
from ...models.analyze_task_status import AnalyzeTaskStatus
from ...models.analyze_tasks_get_parameters_analysis_mode import (
    AnalyzeTasksGetParametersAnalysisMode,
)
from ...models.error_body import ErrorBody
from ...models.list_async_analysis_tasks_request_bad_request_error import (
    ListAsyncAnalysisTasksRequestBadRequestError,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: AnalyzeTaskStatus | Unset = UNSET,
    video_url: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    video_id: str | Unset = UNSET,
    analysis_mode: AnalyzeTasksGetParametersAnalysisMode | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_limit"] = page_limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["video_url"] = video_url

    params["asset_id"] = asset_id

    params["video_id"] = video_id

    json_analysis_mode: str | Unset = UNSET
    if not isinstance(analysis_mode, Unset):
        json_analysis_mode = analysis_mode

    params["analysis_mode"] = json_analysis_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analyze/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AnalyzeTaskPage
    | Any
    | ErrorBody
    | ListAsyncAnalysisTasksRequestBadRequestError
    | None
):
    if response.status_code == 200:
        response_200 = AnalyzeTaskPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListAsyncAnalysisTasksRequestBadRequestError.from_dict(
            response.json()
        )

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
    AnalyzeTaskPage | Any | ErrorBody | ListAsyncAnalysisTasksRequestBadRequestError
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
    status: AnalyzeTaskStatus | Unset = UNSET,
    video_url: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    video_id: str | Unset = UNSET,
    analysis_mode: AnalyzeTasksGetParametersAnalysisMode | Unset = UNSET,
) -> Response[
    AnalyzeTaskPage | Any | ErrorBody | ListAsyncAnalysisTasksRequestBadRequestError
]:
    """List async analysis tasks

     This method returns a list of the analysis tasks in your account. The platform returns your analysis
    tasks sorted by creation date, with the newest at the top of the list.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (AnalyzeTaskStatus | Unset): The current status of the analysis task; `ready`,
            `failed` and `canceled` are final.
        video_url (str | Unset):
        asset_id (str | Unset):
        video_id (str | Unset):
        analysis_mode (AnalyzeTasksGetParametersAnalysisMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeTaskPage | Any | ErrorBody | ListAsyncAnalysisTasksRequestBadRequestError]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        status=status,
        video_url=video_url,
        asset_id=asset_id,
        video_id=video_id,
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
    status: AnalyzeTaskStatus | Unset = UNSET,
    video_url: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    video_id: str | Unset = UNSET,
    analysis_mode: AnalyzeTasksGetParametersAnalysisMode | Unset = UNSET,
) -> (
    AnalyzeTaskPage
    | Any
    | ErrorBody
    | ListAsyncAnalysisTasksRequestBadRequestError
    | None
):
    """List async analysis tasks

     This method returns a list of the analysis tasks in your account. The platform returns your analysis
    tasks sorted by creation date, with the newest at the top of the list.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (AnalyzeTaskStatus | Unset): The current status of the analysis task; `ready`,
            `failed` and `canceled` are final.
        video_url (str | Unset):
        asset_id (str | Unset):
        video_id (str | Unset):
        analysis_mode (AnalyzeTasksGetParametersAnalysisMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeTaskPage | Any | ErrorBody | ListAsyncAnalysisTasksRequestBadRequestError
    """

    return sync_detailed(
        client=client,
        page=page,
        page_limit=page_limit,
        status=status,
        video_url=video_url,
        asset_id=asset_id,
        video_id=video_id,
        analysis_mode=analysis_mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: AnalyzeTaskStatus | Unset = UNSET,
    video_url: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    video_id: str | Unset = UNSET,
    analysis_mode: AnalyzeTasksGetParametersAnalysisMode | Unset = UNSET,
) -> Response[
    AnalyzeTaskPage | Any | ErrorBody | ListAsyncAnalysisTasksRequestBadRequestError
]:
    """List async analysis tasks

     This method returns a list of the analysis tasks in your account. The platform returns your analysis
    tasks sorted by creation date, with the newest at the top of the list.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (AnalyzeTaskStatus | Unset): The current status of the analysis task; `ready`,
            `failed` and `canceled` are final.
        video_url (str | Unset):
        asset_id (str | Unset):
        video_id (str | Unset):
        analysis_mode (AnalyzeTasksGetParametersAnalysisMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeTaskPage | Any | ErrorBody | ListAsyncAnalysisTasksRequestBadRequestError]
    """

    kwargs = _get_kwargs(
        page=page,
        page_limit=page_limit,
        status=status,
        video_url=video_url,
        asset_id=asset_id,
        video_id=video_id,
        analysis_mode=analysis_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_limit: int | Unset = 10,
    status: AnalyzeTaskStatus | Unset = UNSET,
    video_url: str | Unset = UNSET,
    asset_id: str | Unset = UNSET,
    video_id: str | Unset = UNSET,
    analysis_mode: AnalyzeTasksGetParametersAnalysisMode | Unset = UNSET,
) -> (
    AnalyzeTaskPage
    | Any
    | ErrorBody
    | ListAsyncAnalysisTasksRequestBadRequestError
    | None
):
    """List async analysis tasks

     This method returns a list of the analysis tasks in your account. The platform returns your analysis
    tasks sorted by creation date, with the newest at the top of the list.

    Args:
        page (int | Unset):  Default: 1.
        page_limit (int | Unset):  Default: 10.
        status (AnalyzeTaskStatus | Unset): The current status of the analysis task; `ready`,
            `failed` and `canceled` are final.
        video_url (str | Unset):
        asset_id (str | Unset):
        video_id (str | Unset):
        analysis_mode (AnalyzeTasksGetParametersAnalysisMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeTaskPage | Any | ErrorBody | ListAsyncAnalysisTasksRequestBadRequestError
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_limit=page_limit,
            status=status,
            video_url=video_url,
            asset_id=asset_id,
            video_id=video_id,
            analysis_mode=analysis_mode,
        )
    ).parsed
