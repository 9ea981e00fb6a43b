from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chapter_result import ChapterResult
from ...models.error_body import ErrorBody
from ...models.highlight_result import HighlightResult
from ...models.summarize_request import SummarizeRequest
from ...models.summary_result import SummaryResult
from ...types import Response


def _get_kwargs(
    *,
    body: SummarizeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/summarize",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChapterResult | HighlightResult | SummaryResult | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ChapterResult | HighlightResult | SummaryResult:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_summarize_result_type_0 = SummaryResult.from_dict(
                    data
                )

                return componentsschemas_summarize_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_summarize_result_type_1 = ChapterResult.from_dict(
                    data
                )

                return componentsschemas_summarize_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_summarize_result_type_2 = HighlightResult.from_dict(data)

            return componentsschemas_summarize_result_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

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
) -> Response[Any | ChapterResult | HighlightResult | SummaryResult | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeRequest,
) -> Response[Any | ChapterResult | HighlightResult | SummaryResult | ErrorBody]:
    """Summaries, chapters, or highlights

     This endpoint analyzes videos and generates summaries, chapters, or highlights. Optionally, you can
    provide a prompt to customize the output.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChapterResult | HighlightResult | SummaryResult | ErrorBody]
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
    body: SummarizeRequest,
) -> Any | ChapterResult | HighlightResult | SummaryResult | ErrorBody | None:
    """Summaries, chapters, or highlights

     This endpoint analyzes videos and generates summaries, chapters, or highlights. Optionally, you can
    provide a prompt to customize the output.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChapterResult | HighlightResult | SummaryResult | ErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeRequest,
) -> Response[Any | ChapterResult | HighlightResult | SummaryResult | ErrorBody]:
    """Summaries, chapters, or highlights

     This endpoint analyzes videos and generates summaries, chapters, or highlights. Optionally, you can
    provide a prompt to customize the output.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChapterResult | HighlightResult | SummaryResult | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SummarizeRequest,
) -> Any | ChapterResult | HighlightResult | SummaryResult | ErrorBody | None:
    """Summaries, chapters, or highlights

     This endpoint analyzes videos and generates summaries, chapters, or highlights. Optionally, you can
    provide a prompt to customize the output.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (SummarizeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChapterResult | HighlightResult | SummaryResult | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
