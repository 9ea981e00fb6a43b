"""The request loop every generated method goes through, and the client's lifecycle.

``_request(operation, arguments)`` checks the arguments against the spec and builds the request
(``_prepare``, which merges the call's ``extra_*`` last), then loops: send, hand the outcome to
:class:`~twelvelabs_analyze._attempt.Attempt`, sleep as long as it says or let it raise. Streams
and pages are opened the same way and handed to :class:`AsyncStream` / :class:`AsyncPage`;
``streaming=True`` (``with_streaming_response``) stops at the headers of the 2xx and hands the
unread response over. Only this loop and the reading of bodies do I/O.

The key travels in each request's headers: an exception that interrupts a send (Ctrl-C,
cancellation) is raised again without the frames below the loop, whose locals hold the request
(``_secrets.without_inner_frames``), and a response's request is masked before an exception
raised while reading it leaves the loop, or when the response is handed out.

This is the hand-written async source; ``_sync/_base_client.py`` is generated from it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable  # unasync: from collections.abc import Callable
from types import TracebackType
from typing import Any, TypeVar

import httpx

from twelvelabs_analyze import _sleep
from twelvelabs_analyze._attempt import Attempt, logger
from twelvelabs_analyze._config import ClientConfig
from twelvelabs_analyze._constants import DEFAULT_HEADERS
from twelvelabs_analyze._deadline import async_http_client, async_open, async_send
from twelvelabs_analyze._exceptions import APIStatusError, TwelveLabsError
from twelvelabs_analyze._operation import Operation
from twelvelabs_analyze._options import CallOptions
from twelvelabs_analyze._prepare import PreparedRequest, prepare
from twelvelabs_analyze._response import RawResponse
from twelvelabs_analyze._secrets import REDACTED, redacting, scrub_request, without_inner_frames
from twelvelabs_analyze._types import NotGiven

from ._pagination import AsyncPage
from ._routes import AsyncRoutes, endpoint_gone
from ._streamed_response import AsyncStreamedResponse
from ._streaming import AsyncStream

__all__ = ["AsyncAPIClient"]

_Client = TypeVar("_Client", bound="AsyncAPIClient")
Recovered = RawResponse[Any] | None
Recover = Callable[[Attempt], Awaitable[Recovered]]

# Attributes a copy made by with_options must not share: they hold resources bound to the original.
_PER_INSTANCE_CACHES = ("with_raw_response",)


class AsyncAPIClient:
    """Settings, the connection pool and the request loop; the generated resources add the methods."""

    _config: ClientConfig
    _http: httpx.AsyncClient
    _owns_http_client: bool

    def __init__(self, config: ClientConfig, http_client: httpx.AsyncClient | None) -> None:
        if http_client is not None:
            _check_http_client(http_client)
        self._config = config
        self._owns_http_client = http_client is None
        self._http = http_client if http_client is not None else async_http_client(headers=DEFAULT_HEADERS)
        self._routes = AsyncRoutes()  # shared with with_options copies, like the connection pool
        self._client = self  # the generated root resource's methods call self._client._request

    # --- settings ---------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The API's root URL, e.g. ``https://api.twelvelabs.io/v1.3``."""
        return self._config.base_url

    @property
    def timeout(self) -> float | httpx.Timeout | None:
        """Seconds one attempt may take, from connecting to the end of the body (or the ``httpx.Timeout`` given)."""
        return self._config.timeout

    @property
    def total_timeout(self) -> float | None:
        """Seconds a whole call may take, retries and waits included (``None``: no limit)."""
        return self._config.total_timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed attempt is retried (connection errors, 408, 409, 429, 5xx)."""
        return self._config.max_retries

    @property
    def max_retry_wait(self) -> float:
        """The longest wait (seconds) the client accepts before a retry; a longer one raises at once."""
        return self._config.max_retry_wait

    @property
    def default_headers(self) -> dict[str, str]:
        """The headers sent with every request besides the key (names in lower case); a copy."""
        return dict(self._config.default_headers)

    def _copy(self: _Client, http_client: httpx.AsyncClient | None = None, **changes: Any) -> _Client:
        """A copy with other settings that shares the connection pool (``with_options``), or uses
        ``http_client`` (the caller's to close)."""
        config = self._config.replace(**changes)
        copy = object.__new__(type(self))
        state = {
            k: v for k, v in self.__dict__.items() if k not in _PER_INSTANCE_CACHES and not _is_resource(v)
        }
        copy.__dict__.update(state)
        copy._config = config
        copy._client = copy
        if http_client is not None:
            _check_http_client(http_client)
            copy._http = http_client
            copy._owns_http_client = False
        return copy

    # --- the request loop -------------------------------------------------------------------

    async def _request(
        self,
        operation: Operation,
        arguments: dict[str, Any],
        *,
        raw: bool = False,
        options: CallOptions | None = None,
        streaming: bool = False,
        recover: Recover | None = None,
    ) -> Any:
        """One call: ``raw`` returns a ``RawResponse``, ``streaming`` an unread ``AsyncStreamedResponse``;
        ``options`` are the call's ``extra_*`` and ``timeout``; ``recover``: see :meth:`_send`
        (plain calls only; not streams, pages or legacy routes)."""
        if options is not None and not isinstance(options.timeout, NotGiven):
            # A call with a timeout of its own is made by a copy (its next pages too).
            copy = self._copy(timeout=options.timeout)
            return await copy._request(
                operation, arguments, raw=raw, options=options.extras(), streaming=streaming, recover=recover
            )
        prepared = prepare(operation, arguments, self._config.root_url, options)
        form = prepared.form
        if form is None:
            return await self._dispatch(prepared, arguments, raw, options, streaming, recover)
        form.open()  # files given as paths: a missing one fails here, before anything is sent
        try:
            return await self._dispatch(prepared, arguments, raw, options, streaming, recover)
        finally:
            form.close()

    async def _dispatch(
        self,
        prepared: PreparedRequest,
        arguments: dict[str, Any],
        raw: bool,
        options: CallOptions | None,
        streaming: bool,
        recover: Recover | None,
    ) -> Any:
        """The rest of :meth:`_request`, once the request is prepared: the kind of call decides the loop."""
        operation = prepared.operation
        if streaming:
            legacy = operation.emulation is not None
            streamed = await (self._call_legacy(prepared, True) if legacy else self._call(prepared, True))
            if operation.paging is not None:
                streamed.paged_by(arguments, options)
            return streamed
        if operation.paging is not None:
            first = await self._call(prepared)
            page: AsyncPage[Any] = AsyncPage(self, operation, arguments, first.parsed, options)
            first.parsed = page
            return _visible(first) if raw else page
        if operation.stream:
            return await self._open_stream(prepared, raw)
        legacy = operation.emulation is not None
        outcome = await self._call_legacy(prepared) if legacy else await self._call(prepared, recover=recover)
        return _visible(outcome) if raw else outcome.parsed

    async def _call_legacy(self, prepared: PreparedRequest, streaming: bool = False) -> Any:
        """A retired operation: its own endpoint, or its successor once the endpoint is gone."""
        mode = self._config.legacy_endpoints
        if mode is False:
            return await self._call_successor(prepared, "legacy_endpoints=False", streaming=streaming)
        if mode is True:
            return await self._call(prepared, streaming)
        route = await self._routes.claim()
        if route == "successor":
            return await self._call_successor(prepared, "its endpoint is gone", streaming=streaming)
        attempt = Attempt(self._config, prepared)
        try:
            outcome = await self._outcome(attempt, streaming)
        except APIStatusError as error:
            if not endpoint_gone(error, prepared.arguments.get("video_id")):
                # Any other 4xx (a missing video included) proves the endpoint is there.
                self._routes.settle("legacy" if error.status_code < 500 else "unknown")
                raise
            status = error.status_code
        except BaseException:
            self._routes.settle("unknown")
            raise
        else:
            self._routes.settle("legacy")
            return outcome
        # Out of the except block: what the successor raises is not chained to the 404.
        self._routes.settle("gone")
        logger.info(
            "%s answered %d: the endpoint is gone; this client now serves %s through its successor",
            prepared.operation.label,
            status,
            prepared.operation.name,
        )
        return await self._call_successor(
            prepared, f"{prepared.operation.label} answered {status}", attempt, streaming
        )

    async def _call_successor(
        self, prepared: PreparedRequest, why: str, attempt: Attempt | None = None, streaming: bool = False
    ) -> Any:
        """Serve a retired operation through its successor; ``attempt`` is the call so far when
        the retired endpoint was tried first (the call keeps its retry budget and deadline).
        The call's ``extra_*`` go to the successor as they are."""
        from twelvelabs_analyze._emulation import plan_emulation  # noqa: PLC0415 - only once an endpoint is gone
        from twelvelabs_analyze_api.resources import OPERATIONS  # noqa: PLC0415 - generated; imports this module

        operation = prepared.operation
        assert operation.emulation is not None
        plan = plan_emulation(operation, prepared.arguments)
        target = OPERATIONS[operation.emulation.target]
        logger.debug("%s served through %s (%s)", operation.name, target.label, why)
        successor = prepare(target, plan.analyze_arguments, self._config.root_url, prepared.options)
        if attempt is None:
            attempt = Attempt(self._config, successor)
        else:
            attempt.reroute(successor)
        outcome = await self._outcome(attempt, streaming)
        if streaming:
            outcome.then(plan.legacy_result)
            return outcome
        try:
            with redacting(self._config.api_key):  # the answer is the server's: it may echo the key
                outcome.parsed = plan.legacy_result(outcome.parsed)
        except TwelveLabsError as error:
            error.attempts = outcome.attempts
            del outcome  # the answer, and the frames below, stay out of tracebacks with locals
            without_inner_frames(error)
            raise error  # from this frame on
        return outcome

    async def _call(
        self, prepared: PreparedRequest, streaming: bool = False, recover: Recover | None = None
    ) -> Any:
        return await self._outcome(Attempt(self._config, prepared), streaming, recover)

    async def _outcome(self, attempt: Attempt, streaming: bool, recover: Recover | None = None) -> Any:
        """The call's outcome: its result read (``_send``), or (``streaming``) its 2xx response unread."""
        if not streaming:
            return await self._send(attempt, recover)
        response = await self._open_response(attempt)
        return AsyncStreamedResponse(self, attempt, response)

    async def _send(self, attempt: Attempt, recover: Recover | None = None) -> Any:
        """Attempt the call until it has an outcome; raises its error when retries are spent.

        ``recover(attempt)`` is for calls that must not be repeated blindly (creating a task):
        it runs after a failed attempt, before the next one (after the wait) and before the
        last error is raised, and returns the call's outcome when it can tell it (``None``:
        go on as without it); it may raise to end the call.
        """
        while True:
            try:
                response = await async_send(self._http, attempt.request(), attempt.deadline)
            except httpx.RequestError as exc:
                attempt.failed(exc)
            except BaseException as exc:
                _interrupted(exc, attempt)
                raise exc  # from this frame on
            else:
                try:
                    outcome = attempt.answered(response)
                except BaseException:
                    # The frames below keep the response: mask its request (a success's is masked
                    # only where it becomes visible, to spare the usual call the work).
                    scrub_request(response.request)
                    raise
                if outcome is not None:
                    return outcome
            if recover is None:
                await _sleep.async_sleep(attempt.next_wait())
                continue
            try:
                wait = attempt.next_wait()
            except TwelveLabsError:
                if (found := await recover(attempt)) is not None:
                    return found
                raise
            await _sleep.async_sleep(wait)
            if (found := await recover(attempt)) is not None:
                return found

    async def _open_stream(self, prepared: PreparedRequest, raw: bool) -> Any:
        attempt = Attempt(self._config, prepared)
        stream: AsyncStream[Any] = AsyncStream(prepared, self._config.api_key, attempt)
        response = await self._open_response(attempt)
        stream.attach(response, self._reopen(attempt))
        outcome = attempt.raw(stream, response)
        return outcome if raw else stream

    async def _open_response(self, attempt: Attempt) -> httpx.Response:
        """Send until a 2xx arrives whose body can be streamed; raise like ``_call`` otherwise."""
        while True:
            try:
                response = await async_open(self._http, attempt.request(), attempt.deadline)
            except httpx.RequestError as exc:
                attempt.failed(exc)
            except BaseException as exc:
                _interrupted(exc, attempt)
                raise exc  # from this frame on
            else:
                scrub_request(response.request)
                if response.is_success:
                    attempt.log(response.status_code, None)
                    return response
                try:
                    await response.aread()
                except httpx.RequestError as exc:
                    attempt.failed(exc)
                except BaseException as exc:
                    _interrupted(exc, attempt)
                    raise exc  # from this frame on
                else:
                    attempt.answered(response)
                finally:
                    await response.aclose()
            await _sleep.async_sleep(attempt.next_wait())

    def _reopen(self, attempt: Attempt) -> Any:
        async def reopen() -> httpx.Response:
            await _sleep.async_sleep(attempt.next_wait())
            return await self._open_response(attempt)

        return reopen

    # --- lifecycle ----------------------------------------------------------------------------

    async def close(self) -> None:
        """Close the connection pool (shared with ``with_options`` copies) if this library opened it."""
        if getattr(self, "_owns_http_client", False):
            await self._http.aclose()

    aclose = close  # unasync: # the sync client has close() alone, like httpx.Client

    async def __aenter__(self: _Client) -> _Client:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        # Must work on a half-constructed client too (tracebacks with locals call it).
        config = getattr(self, "_config", None)
        if config is None:
            return f"<{type(self).__name__} (not initialised)>"
        return (
            f"{type(self).__name__}(base_url={config.base_url!r}, timeout={config.timeout!r}, "
            f"max_retries={config.max_retries!r}, max_retry_wait={config.max_retry_wait!r}, "
            f"total_timeout={config.total_timeout!r}, api_key='{REDACTED}')"
        )


def _interrupted(error: BaseException, attempt: Attempt) -> None:
    """Ready an exception that interrupted a send (Ctrl-C, cancellation, a transport's own error)
    to be raised again from the loop: without the frames below, which hold the request and its key."""
    without_inner_frames(error)
    error.add_note(
        f"while waiting for {attempt.where} (attempt {attempt.attempts}); "
        "httpx's frames are left out: they hold the API key"
    )


def _check_http_client(http_client: object) -> None:
    if not isinstance(http_client, httpx.AsyncClient):
        raise TypeError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")


def _visible(outcome: RawResponse[Any]) -> RawResponse[Any]:
    """A raw response about to be handed out: the key masked in the request it keeps."""
    scrub_request(outcome.http_response.request)
    return outcome


def _is_resource(value: object) -> bool:
    from ._resource import AsyncAPIResource  # noqa: PLC0415 - avoids an import cycle at module load

    return isinstance(value, AsyncAPIResource)
