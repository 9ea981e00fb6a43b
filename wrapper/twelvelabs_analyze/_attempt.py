"""The retry bookkeeping of one call, free of I/O: the client's loop feeds it outcomes.

``request()`` counts an attempt and says what to send; ``answered``/``failed`` record what came
back; ``next_wait`` says how long to sleep before the next attempt, or raises the last error when
there is none (not retryable, retries spent, a wait longer than ``max_retry_wait`` or past the
call's ``total_timeout``).
"""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx

from ._config import ClientConfig
from ._constants import LOGGER_NAME
from ._deadline import CallDeadlines, Deadline
from ._error_mapping import connection_error, error_from_response
from ._exceptions import TwelveLabsError
from ._parsing import parse_success
from ._prepare import PreparedRequest
from ._response import RawResponse
from ._retry import plan_retry
from ._secrets import scrub_request

__all__ = ["Attempt", "logger"]

logger = logging.getLogger(LOGGER_NAME)
_debug = logger.isEnabledFor  # logging caches the answer and clears the cache when levels change
_DEBUG = logging.DEBUG


# httpx parses a URL string on every request (a third of building one); most calls of a client go
# to a handful of URLs, so each is parsed once. Bounded: path parameters make URLs without end.
_URLS: dict[str, httpx.URL] = {}
_MAX_URLS = 256


def _parsed_url(url: str) -> httpx.URL:
    parsed = _URLS.get(url)
    if parsed is None:
        parsed = httpx.URL(url)
        if len(_URLS) >= _MAX_URLS:
            _URLS.clear()
        _URLS[url] = parsed
    return parsed


class Attempt:
    """One call, attempt by attempt."""

    __slots__ = (
        "attempts",
        "config",
        "deadline",
        "deadlines",
        "error",
        "prepared",
        "rerouted",
        "response",
        "started",
    )

    def __init__(self, config: ClientConfig, prepared: PreparedRequest) -> None:
        self.config: ClientConfig = config
        self.prepared: PreparedRequest = prepared
        self.started: float = time.monotonic()
        self.deadlines: CallDeadlines = CallDeadlines(config.attempt_timeout, config.total_timeout)
        self.deadline: Deadline | None = None  # of the attempt under way
        self.attempts: int = 0
        self.rerouted: int = 0  # attempts that moved the call to another endpoint (not retries)
        self.error: TwelveLabsError | None = None
        self.response: httpx.Response | None = None

    def reroute(self, prepared: PreparedRequest) -> None:
        """Go on with the same call at another endpoint (a retired one's successor).

        The call keeps its attempts, retries spent and ``total_timeout``: ``max_retries=1`` is
        one retry per call, whichever endpoints serve it. Moving is not a retry (it has no wait).
        """
        self.prepared = prepared
        self.rerouted += 1
        self.error = None
        self.response = None

    def request(self) -> dict[str, Any]:
        """Count an attempt; the keyword arguments of ``httpx.Client.build_request`` for it."""
        self.attempts += 1
        deadline = self.deadline = self.deadlines.next_attempt()
        prepared = self.prepared
        config = self.config
        key = config.key_header
        request = {
            "method": prepared.method,
            "url": _parsed_url(prepared.url),
            "params": prepared.params,
            "content": prepared.content,
            "headers": {**key, **prepared.headers} if prepared.headers else key,
            "timeout": config.http_timeout
            if deadline is None or deadline.name == "timeout"  # the usual case, without a call
            else self.deadlines.http_timeout(deadline, config.http_timeout),
        }
        if prepared.form is not None:
            request["files"] = prepared.form.parts()
        return request

    def answered(self, response: httpx.Response) -> RawResponse[Any] | None:
        """The result of a read 2xx response (or ``APIResponseValidationError``); ``None`` for an error status.

        The key is masked in the request of an error response here; a success's request is masked
        by the client where it becomes visible (``with_raw_response``): a plain result keeps no
        reference to the response.
        """
        self.response = response
        if 200 <= response.status_code < 300:
            try:
                parsed = parse_success(response, self.prepared, self.config.api_key)
            except TwelveLabsError as exc:
                exc.attempts = self.attempts
                self.log(response.status_code, None)
                raise
            if _debug(_DEBUG):
                self.log(response.status_code, None)
            return RawResponse(
                parsed,
                response,
                self.attempts,
                time.monotonic() - self.started,
                self.prepared.operation.label,
            )
        scrub_request(response.request)
        self.error = error_from_response(response, self.config.api_key)
        return None

    def raw(self, parsed: Any, response: httpx.Response) -> RawResponse[Any]:
        """The successful outcome with its HTTP details, as ``with_raw_response`` returns it."""
        return RawResponse(
            parsed, response, self.attempts, time.monotonic() - self.started, self.prepared.operation.label
        )

    def failed(self, exc: httpx.RequestError) -> None:
        """Record an attempt that got no response (the error kept is the client's, key masked)."""
        self.response = None
        request = getattr(exc, "_request", None)  # None when raised before a request existed
        if request is not None:
            scrub_request(request)
        self.error = connection_error(exc, self.where, self.deadline, self.config.api_key)

    @property
    def where(self) -> str:
        return f"{self.prepared.method} {self.prepared.url}"

    def next_wait(self) -> float:
        """Seconds to sleep before the next attempt; raises the last error when there is none."""
        error = self.error
        assert error is not None, "next_wait() follows an error"
        response = self.response
        wait = plan_retry(
            self.attempts - 1 - self.rerouted,
            self.config.max_retries,
            self.config.max_retry_wait,
            response.status_code if response is not None else None,
            response.headers if response is not None else None,
            time.time(),
        )
        if wait is not None and not self.deadlines.allows_wait(wait):
            error.add_note(self.deadlines.skipped_wait_note(wait))
            wait = None
        if wait is not None and not self.prepared.replayable:
            assert self.prepared.form is not None
            error.add_note(self.prepared.form.unreplayable())
            wait = None
        self.log(response.status_code if response is not None else type(error).__name__, wait)
        if wait is None:
            error.attempts = self.attempts
            raise error
        return wait

    def log(self, outcome: int | str, wait: float | None) -> None:
        """One DEBUG line per attempt on the ``twelvelabs_analyze`` logger."""
        if _debug(_DEBUG):
            logger.debug(
                "%s %s -> %s attempt=%d wait=%s elapsed=%.3fs",
                self.prepared.method,
                self.prepared.operation.path,
                outcome,
                self.attempts,
                "none" if wait is None else f"{wait:.2f}s",
                time.monotonic() - self.started,
            )
