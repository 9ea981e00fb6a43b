"""``AsyncTwelveLabs``: the settings and lifecycle here, every API method generated from the spec.

This is the hand-written async source; ``_sync/_client.py`` is generated from it.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from twelvelabs_analyze._config import ClientConfig, LegacyEndpoints, secret_from_argument
from twelvelabs_analyze._constants import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_WAIT, DEFAULT_TIMEOUT
from twelvelabs_analyze._types import NOT_GIVEN, NotGiven
from twelvelabs_analyze_api.async_resources import AsyncRootResource

from ._base_client import AsyncAPIClient

__all__ = ["AsyncTwelveLabs"]


class AsyncTwelveLabs(AsyncAPIClient, AsyncRootResource):
    """The client for TwelveLabs' video analysis API: settings here, every API method from the spec.

    ``api_key`` defaults to ``$TWELVELABS_API_KEY``, ``base_url`` to ``$TWELVELABS_BASE_URL`` then
    the public API. ``timeout`` bounds each HTTP attempt (connect to last byte), ``total_timeout``
    a whole call with its retries; ``max_retries`` failed attempts are retried (connection
    errors, 408, 409, 429, 5xx) unless the server asks for a wait longer than ``max_retry_wait``.
    ``timeout`` may be an ``httpx.Timeout``: httpx's per-operation limits as given, the attempt
    bounded by the largest of them. ``legacy_endpoints``: ``"auto"`` serves ``gist``/``summarize``
    from their own endpoints until the API says they are gone, then through ``/analyze``;
    ``True``/``False`` force either route. ``default_headers`` are sent with every request (any
    header but ``x-api-key``). Pass ``http_client`` to use your own ``httpx.AsyncClient`` (proxies,
    transports in tests); it is then yours to close.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        total_timeout: float | None = None,
        legacy_endpoints: LegacyEndpoints = "auto",
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        secret = None if api_key is None else secret_from_argument(api_key)
        del api_key  # from here on this frame (and any traceback through it) shows only the Secret
        config = ClientConfig.resolve(
            secret,
            base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            total_timeout=total_timeout,
            legacy_endpoints=legacy_endpoints,
            default_headers=default_headers or {},
        )
        super().__init__(config, http_client)

    def with_options(
        self,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_retry_wait: float | NotGiven = NOT_GIVEN,
        total_timeout: float | NotGiven | None = NOT_GIVEN,
        legacy_endpoints: LegacyEndpoints | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | NotGiven = NOT_GIVEN,
    ) -> AsyncTwelveLabs:
        """A copy with other settings that shares this client's connection pool (and route state).

        ``default_headers`` are added to this client's; ``http_client`` gives the copy another pool
        (yours to close; closing the copy leaves it open).
        """
        secret = api_key if isinstance(api_key, NotGiven) else secret_from_argument(api_key)
        del api_key
        return self._copy(
            http_client=None if isinstance(http_client, NotGiven) else http_client,
            api_key=secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            total_timeout=total_timeout,
            legacy_endpoints=legacy_endpoints,
            default_headers=default_headers,
        )
