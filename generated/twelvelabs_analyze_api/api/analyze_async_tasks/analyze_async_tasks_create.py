from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_task_created import AnalyzeTaskCreated
from ...models.create_async_analyze_request import CreateAsyncAnalyzeRequest
from ...models.error_body import ErrorBody
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAsyncAnalyzeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analyze/tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyzeTaskCreated | Any | ErrorBody | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = AnalyzeTaskCreated.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnalyzeTaskCreated | Any | ErrorBody | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAsyncAnalyzeRequest,
) -> Response[AnalyzeTaskCreated | Any | ErrorBody | ErrorResponse]:
    """Create an async analysis task

     This method asynchronously analyzes your videos. It supports two analysis modes: general analysis
    (prompt-based text generation) and video segmentation with custom segment definitions. Video
    segmentation requires Pegasus 1.5.

    <Accordion title="Input requirements">
    - Minimum duration: 4 seconds
    - Maximum duration: 2 hours
    - Formats: [FFmpeg supported formats](https://ffmpeg.org/ffmpeg-formats.html)
    - Resolution: 360x360 to 5184x2160 pixels
    - Aspect ratio: Between 1:1 and 1:2.4, or between 2.4:1 and 1:1.
    </Accordion>

    **When to use this method**:
    - Generate custom text from your video using a prompt (general analysis)
    - Extract timestamped metadata with custom segment definitions from your video (Pegasus 1.5 only)
    - Analyze videos longer than 1 hour
    - Process videos asynchronously without blocking your application

    **Do not use this method for**:
    - Videos for which you need immediate results or real-time streaming. Use the [`POST`](/v1.3/api-
    reference/analyze-videos/sync-analysis) method of the `/analyze` endpoint instead.

    Analyzing videos asynchronously requires three steps:

    1. Create an analysis task using this method. The platform returns a task ID.
    2. Poll the status of the task using the [`GET`](/v1.3/api-reference/analyze-videos/retrieve-
    analysis-task-status-results) method of the `/analyze/tasks/{task_id}` endpoint. Wait until the
    status is `ready`.
    3. Retrieve the results from the response when the status is `ready` using the [`GET`](/v1.3/api-
    reference/analyze-videos/retrieve-analysis-task-status-results) method of the
    `/analyze/tasks/{task_id}` endpoint.

    On the Free plan, you have a total of 600 minutes (10 hours) shared across indexing, analysis, and
    segmentation. For details, see the [Video hours and video count
    limits](/v1.3/docs/concepts/indexes#video-hours-and-video-count-limits) section.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (CreateAsyncAnalyzeRequest): Defines the asynchronous analysis request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeTaskCreated | Any | ErrorBody | ErrorResponse]
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
    body: CreateAsyncAnalyzeRequest,
) -> AnalyzeTaskCreated | Any | ErrorBody | ErrorResponse | None:
    """Create an async analysis task

     This method asynchronously analyzes your videos. It supports two analysis modes: general analysis
    (prompt-based text generation) and video segmentation with custom segment definitions. Video
    segmentation requires Pegasus 1.5.

    <Accordion title="Input requirements">
    - Minimum duration: 4 seconds
    - Maximum duration: 2 hours
    - Formats: [FFmpeg supported formats](https://ffmpeg.org/ffmpeg-formats.html)
    - Resolution: 360x360 to 5184x2160 pixels
    - Aspect ratio: Between 1:1 and 1:2.4, or between 2.4:1 and 1:1.
    </Accordion>

    **When to use this method**:
    - Generate custom text from your video using a prompt (general analysis)
    - Extract timestamped metadata with custom segment definitions from your video (Pegasus 1.5 only)
    - Analyze videos longer than 1 hour
    - Process videos asynchronously without blocking your application

    **Do not use this method for**:
    - Videos for which you need immediate results or real-time streaming. Use the [`POST`](/v1.3/api-
    reference/analyze-videos/sync-analysis) method of the `/analyze` endpoint instead.

    Analyzing videos asynchronously requires three steps:

    1. Create an analysis task using this method. The platform returns a task ID.
    2. Poll the status of the task using the [`GET`](/v1.3/api-reference/analyze-videos/retrieve-
    analysis-task-status-results) method of the `/analyze/tasks/{task_id}` endpoint. Wait until the
    status is `ready`.
    3. Retrieve the results from the response when the status is `ready` using the [`GET`](/v1.3/api-
    reference/analyze-videos/retrieve-analysis-task-status-results) method of the
    `/analyze/tasks/{task_id}` endpoint.

    On the Free plan, you have a total of 600 minutes (10 hours) shared across indexing, analysis, and
    segmentation. For details, see the [Video hours and video count
    limits](/v1.3/docs/concepts/indexes#video-hours-and-video-count-limits) section.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (CreateAsyncAnalyzeRequest): Defines the asynchronous analysis request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeTaskCreated | Any | ErrorBody | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAsyncAnalyzeRequest,
) -> Response[AnalyzeTaskCreated | Any | ErrorBody | ErrorResponse]:
    """Create an async analysis task

     This method asynchronously analyzes your videos. It supports two analysis modes: general analysis
    (prompt-based text generation) and video segmentation with custom segment definitions. Video
    segmentation requires Pegasus 1.5.

    <Accordion title="Input requirements">
    - Minimum duration: 4 seconds
    - Maximum duration: 2 hours
    - Formats: [FFmpeg supported formats](https://ffmpeg.org/ffmpeg-formats.html)
    - Resolution: 360x360 to 5184x2160 pixels
    - Aspect ratio: Between 1:1 and 1:2.4, or between 2.4:1 and 1:1.
    </Accordion>

    **When to use this method**:
    - Generate custom text from your video using a prompt (general analysis)
    - Extract timestamped metadata with custom segment definitions from your video (Pegasus 1.5 only)
    - Analyze videos longer than 1 hour
    - Process videos asynchronously without blocking your application

    **Do not use this method for**:
    - Videos for which you need immediate results or real-time streaming. Use the [`POST`](/v1.3/api-
    reference/analyze-videos/sync-analysis) method of the `/analyze` endpoint instead.

    Analyzing videos asynchronously requires three steps:

    1. Create an analysis task using this method. The platform returns a task ID.
    2. Poll the status of the task using the [`GET`](/v1.3/api-reference/analyze-videos/retrieve-
    analysis-task-status-results) method of the `/analyze/tasks/{task_id}` endpoint. Wait until the
    status is `ready`.
    3. Retrieve the results from the response when the status is `ready` using the [`GET`](/v1.3/api-
    reference/analyze-videos/retrieve-analysis-task-status-results) method of the
    `/analyze/tasks/{task_id}` endpoint.

    On the Free plan, you have a total of 600 minutes (10 hours) shared across indexing, analysis, and
    segmentation. For details, see the [Video hours and video count
    limits](/v1.3/docs/concepts/indexes#video-hours-and-video-count-limits) section.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (CreateAsyncAnalyzeRequest): Defines the asynchronous analysis request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeTaskCreated | Any | ErrorBody | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAsyncAnalyzeRequest,
) -> AnalyzeTaskCreated | Any | ErrorBody | ErrorResponse | None:
    """Create an async analysis task

     This method asynchronously analyzes your videos. It supports two analysis modes: general analysis
    (prompt-based text generation) and video segmentation with custom segment definitions. Video
    segmentation requires Pegasus 1.5.

    <Accordion title="Input requirements">
    - Minimum duration: 4 seconds
    - Maximum duration: 2 hours
    - Formats: [FFmpeg supported formats](https://ffmpeg.org/ffmpeg-formats.html)
    - Resolution: 360x360 to 5184x2160 pixels
    - Aspect ratio: Between 1:1 and 1:2.4, or between 2.4:1 and 1:1.
    </Accordion>

    **When to use this method**:
    - Generate custom text from your video using a prompt (general analysis)
    - Extract timestamped metadata with custom segment definitions from your video (Pegasus 1.5 only)
    - Analyze videos longer than 1 hour
    - Process videos asynchronously without blocking your application

    **Do not use this method for**:
    - Videos for which you need immediate results or real-time streaming. Use the [`POST`](/v1.3/api-
    reference/analyze-videos/sync-analysis) method of the `/analyze` endpoint instead.

    Analyzing videos asynchronously requires three steps:

    1. Create an analysis task using this method. The platform returns a task ID.
    2. Poll the status of the task using the [`GET`](/v1.3/api-reference/analyze-videos/retrieve-
    analysis-task-status-results) method of the `/analyze/tasks/{task_id}` endpoint. Wait until the
    status is `ready`.
    3. Retrieve the results from the response when the status is `ready` using the [`GET`](/v1.3/api-
    reference/analyze-videos/retrieve-analysis-task-status-results) method of the
    `/analyze/tasks/{task_id}` endpoint.

    On the Free plan, you have a total of 600 minutes (10 hours) shared across indexing, analysis, and
    segmentation. For details, see the [Video hours and video count
    limits](/v1.3/docs/concepts/indexes#video-hours-and-video-count-limits) section.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (CreateAsyncAnalyzeRequest): Defines the asynchronous analysis request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeTaskCreated | Any | ErrorBody | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
