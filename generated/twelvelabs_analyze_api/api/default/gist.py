from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.gist_request import GistRequest
from ...models.gist_result import GistResult
from ...types import Response


def _get_kwargs(
    *,
    body: GistRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/gist",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | GistResult | None:
    if response.status_code == 200:
        response_200 = GistResult.from_dict(response.json())

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
) -> Response[Any | ErrorBody | GistResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GistRequest,
) -> Response[Any | ErrorBody | GistResult]:
    """Titles, topics, and hashtags

     This endpoint analyzes videos and generates titles, topics, and hashtags.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (GistRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | GistResult]
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
    body: GistRequest,
) -> Any | ErrorBody | GistResult | None:
    """Titles, topics, and hashtags

     This endpoint analyzes videos and generates titles, topics, and hashtags.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (GistRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | GistResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GistRequest,
) -> Response[Any | ErrorBody | GistResult]:
    """Titles, topics, and hashtags

     This endpoint analyzes videos and generates titles, topics, and hashtags.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (GistRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | GistResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GistRequest,
) -> Any | ErrorBody | GistResult | None:
    """Titles, topics, and hashtags

     This endpoint analyzes videos and generates titles, topics, and hashtags.

    <Note title="Note">
    This endpoint is rate-limited. For details, see the [Rate limits](/v1.3/docs/get-started/rate-
    limits) page.
    </Note>

    Args:
        body (GistRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | GistResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
