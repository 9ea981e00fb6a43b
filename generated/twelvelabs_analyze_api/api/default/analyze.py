from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_request import AnalyzeRequest
from ...models.analyze_result import AnalyzeResult
from ...models.error_body import ErrorBody
from ...models.generate_text_representation_request_bad_request_error import (
    GenerateTextRepresentationRequestBadRequestError,
)
from ...models.generate_text_representation_request_not_found_error import (
    GenerateTextRepresentationRequestNotFoundError,
)
from ...types import Response


def _get_kwargs(
    *,
    body: AnalyzeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analyze",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AnalyzeResult
    | Any
    | ErrorBody
    | GenerateTextRepresentationRequestBadRequestError
    | GenerateTextRepresentationRequestNotFoundError
    | None
):
    if response.status_code == 200:
        response_200 = AnalyzeResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GenerateTextRepresentationRequestBadRequestError.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GenerateTextRepresentationRequestNotFoundError.from_dict(
            response.json()
        )

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
    AnalyzeResult
    | Any
    | ErrorBody
    | GenerateTextRepresentationRequestBadRequestError
    | GenerateTextRepresentationRequestNotFoundError
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
    body: AnalyzeRequest,
) -> Response[
    AnalyzeResult
    | Any
    | ErrorBody
    | GenerateTextRepresentationRequestBadRequestError
    | GenerateTextRepresentationRequestNotFoundError
]:
    """Sync analysis

     This method analyzes your videos and returns the results directly in the response. It generates text
    based on your prompts and supports both Pegasus 1.2 and Pegasus 1.5 for general analysis (prompt-
    based text generation).

    <Accordion title="Input requirements">
    - Minimum duration: 4 seconds
    - Maximum duration: 1 hour
    - Formats: [FFmpeg supported formats](https://ffmpeg.org/ffmpeg-formats.html)
    - Resolution: 360x360 to 5184x2160 pixels
    - Aspect ratio: Between 1:1 and 1:2.4, or between 2.4:1 and 1:1.
    </Accordion>

    **When to use this method**:
    - Analyze videos up to 1 hour
    - Retrieve immediate results without polling for task completion
    - Stream text fragments in real time for immediate processing and feedback

    **Do not use this method for**:
    - Videos longer than 1 hour. Use the [`POST`](/v1.3/api-reference/analyze-videos/create-async-
    analysis-task) method of the `/analyze/tasks` endpoint instead.
    - Video segmentation with custom segment definitions. Use the [`POST`](/v1.3/api-reference/analyze-
    videos/create-async-analysis-task) method of the `/analyze/tasks` endpoint with the `model_name`
    parameter set to `pegasus1.5` instead.

    On the Free plan, you have a total of 600 minutes (10 hours) shared across indexing, analysis, and
    segmentation. For details, see the [Video hours and video count
    limits](/v1.3/docs/concepts/indexes#video-hours-and-video-count-limits) section.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (AnalyzeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeResult | Any | ErrorBody | GenerateTextRepresentationRequestBadRequestError | GenerateTextRepresentationRequestNotFoundError]
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
    body: AnalyzeRequest,
) -> (
    AnalyzeResult
    | Any
    | ErrorBody
    | GenerateTextRepresentationRequestBadRequestError
    | GenerateTextRepresentationRequestNotFoundError
    | None
):
    """Sync analysis

     This method analyzes your videos and returns the results directly in the response. It generates text
    based on your prompts and supports both Pegasus 1.2 and Pegasus 1.5 for general analysis (prompt-
    based text generation).

    <Accordion title="Input requirements">
    - Minimum duration: 4 seconds
    - Maximum duration: 1 hour
    - Formats: [FFmpeg supported formats](https://ffmpeg.org/ffmpeg-formats.html)
    - Resolution: 360x360 to 5184x2160 pixels
    - Aspect ratio: Between 1:1 and 1:2.4, or between 2.4:1 and 1:1.
    </Accordion>

    **When to use this method**:
    - Analyze videos up to 1 hour
    - Retrieve immediate results without polling for task completion
    - Stream text fragments in real time for immediate processing and feedback

    **Do not use this method for**:
    - Videos longer than 1 hour. Use the [`POST`](/v1.3/api-reference/analyze-videos/create-async-
    analysis-task) method of the `/analyze/tasks` endpoint instead.
    - Video segmentation with custom segment definitions. Use the [`POST`](/v1.3/api-reference/analyze-
    videos/create-async-analysis-task) method of the `/analyze/tasks` endpoint with the `model_name`
    parameter set to `pegasus1.5` instead.

    On the Free plan, you have a total of 600 minutes (10 hours) shared across indexing, analysis, and
    segmentation. For details, see the [Video hours and video count
    limits](/v1.3/docs/concepts/indexes#video-hours-and-video-count-limits) section.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (AnalyzeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeResult | Any | ErrorBody | GenerateTextRepresentationRequestBadRequestError | GenerateTextRepresentationRequestNotFoundError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> Response[
    AnalyzeResult
    | Any
    | ErrorBody
    | GenerateTextRepresentationRequestBadRequestError
    | GenerateTextRepresentationRequestNotFoundError
]:
    """Sync analysis

     This method analyzes your videos and returns the results directly in the response. It generates text
    based on your prompts and supports both Pegasus 1.2 and Pegasus 1.5 for general analysis (prompt-
    based text generation).

    <Accordion title="Input requirements">
    - Minimum duration: 4 seconds
    - Maximum duration: 1 hour
    - Formats: [FFmpeg supported formats](https://ffmpeg.org/ffmpeg-formats.html)
    - Resolution: 360x360 to 5184x2160 pixels
    - Aspect ratio: Between 1:1 and 1:2.4, or between 2.4:1 and 1:1.
    </Accordion>

    **When to use this method**:
    - Analyze videos up to 1 hour
    - Retrieve immediate results without polling for task completion
    - Stream text fragments in real time for immediate processing and feedback

    **Do not use this method for**:
    - Videos longer than 1 hour. Use the [`POST`](/v1.3/api-reference/analyze-videos/create-async-
    analysis-task) method of the `/analyze/tasks` endpoint instead.
    - Video segmentation with custom segment definitions. Use the [`POST`](/v1.3/api-reference/analyze-
    videos/create-async-analysis-task) method of the `/analyze/tasks` endpoint with the `model_name`
    parameter set to `pegasus1.5` instead.

    On the Free plan, you have a total of 600 minutes (10 hours) shared across indexing, analysis, and
    segmentation. For details, see the [Video hours and video count
    limits](/v1.3/docs/concepts/indexes#video-hours-and-video-count-limits) section.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (AnalyzeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeResult | Any | ErrorBody | GenerateTextRepresentationRequestBadRequestError | GenerateTextRepresentationRequestNotFoundError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyzeRequest,
) -> (
    AnalyzeResult
    | Any
    | ErrorBody
    | GenerateTextRepresentationRequestBadRequestError
    | GenerateTextRepresentationRequestNotFoundError
    | None
):
    """Sync analysis

     This method analyzes your videos and returns the results directly in the response. It generates text
    based on your prompts and supports both Pegasus 1.2 and Pegasus 1.5 for general analysis (prompt-
    based text generation).

    <Accordion title="Input requirements">
    - Minimum duration: 4 seconds
    - Maximum duration: 1 hour
    - Formats: [FFmpeg supported formats](https://ffmpeg.org/ffmpeg-formats.html)
    - Resolution: 360x360 to 5184x2160 pixels
    - Aspect ratio: Between 1:1 and 1:2.4, or between 2.4:1 and 1:1.
    </Accordion>

    **When to use this method**:
    - Analyze videos up to 1 hour
    - Retrieve immediate results without polling for task completion
    - Stream text fragments in real time for immediate processing and feedback

    **Do not use this method for**:
    - Videos longer than 1 hour. Use the [`POST`](/v1.3/api-reference/analyze-videos/create-async-
    analysis-task) method of the `/analyze/tasks` endpoint instead.
    - Video segmentation with custom segment definitions. Use the [`POST`](/v1.3/api-reference/analyze-
    videos/create-async-analysis-task) method of the `/analyze/tasks` endpoint with the `model_name`
    parameter set to `pegasus1.5` instead.

    On the Free plan, you have a total of 600 minutes (10 hours) shared across indexing, analysis, and
    segmentation. For details, see the [Video hours and video count
    limits](/v1.3/docs/concepts/indexes#video-hours-and-video-count-limits) section.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (AnalyzeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeResult | Any | ErrorBody | GenerateTextRepresentationRequestBadRequestError | GenerateTextRepresentationRequestNotFoundError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
