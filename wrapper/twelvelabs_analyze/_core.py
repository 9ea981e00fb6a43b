"""The I/O-free core shared by the sync and async clients: configuration, request building,
response parsing, error mapping and the retry bookkeeping of one call.

The clients in ``_client`` only add the I/O loop around :class:`Attempt`.
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Callable, Mapping
from datetime import UTC
from typing import Any, Generic, NamedTuple, TypeVar

import httpx
from attrs import define, field

from twelvelabs_analyze_api.api.analyze_videos import gist as gist_api
from twelvelabs_analyze_api.api.analyze_videos import summarize as summarize_api

from ._constants import API_KEY_ENV, API_KEY_HEADER, BASE_URL_ENV, DEFAULT_BASE_URL, LOGGER_NAME
from ._deadline import CallDeadlines, Deadline, check_timeout
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TwelveLabsError,
)
from ._headers import server_wait
from ._json import BodyDecodeError, loads
from ._models import RESULT_BY_TYPE, GistResult, SummarizeResult
from ._response import RateLimitInfo, RawResponse, response_text
from ._retry import plan_retry
from ._validation import build_gist_request, build_summarize_request
from ._version import __version__

T = TypeVar("T")

logger = logging.getLogger(LOGGER_NAME)

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
}
# Sent by the HTTP clients this library creates; a client you pass in keeps its own headers.
DEFAULT_HEADERS = {"accept": "application/json", "user-agent": f"twelvelabs-analyze/{__version__}"}
_JSON_CONTENT_TYPE = {"Content-Type": "application/json"}
_SNIPPET_LENGTH = 200
_REDACTED = "***"


# --------------------------------------------------------------------------- configuration


@define(frozen=True)
class ClientConfig:
    """Everything a call needs besides the HTTP client; ``with_options`` makes modified copies.

    ``timeout`` is the deadline of one attempt (connect, send, headers and body), ``total_timeout``
    the optional deadline of a whole call (attempts and retry waits); see ``_deadline``.
    """

    api_key: str
    base_url: str
    timeout: float | None
    max_retries: int
    max_retry_wait: float
    total_timeout: float | None = None
    # Derived once here so a call does no per-request header or timeout building.
    root_url: str = field(init=False, repr=False, eq=False)
    key_header: dict[str, str] = field(init=False, repr=False, eq=False)
    http_timeout: httpx.Timeout = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "root_url", self.base_url.rstrip("/"))
        object.__setattr__(self, "key_header", {API_KEY_HEADER: self.api_key})
        object.__setattr__(self, "http_timeout", httpx.Timeout(self.timeout))

    @classmethod
    def resolve(
        cls,
        api_key: str | None,
        base_url: str | None,
        timeout: float | None,
        max_retries: int,
        max_retry_wait: float,
        total_timeout: float | None = None,
    ) -> ClientConfig:
        """Explicit arguments beat the environment, which beats the defaults."""
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV, "")
        if not isinstance(key, str) or not key.strip():
            raise MissingAPIKeyError(
                f"no API key: pass api_key=... or set the {API_KEY_ENV} environment variable"
            )
        url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        return cls.checked(key.strip(), url, timeout, max_retries, max_retry_wait, total_timeout)

    @classmethod
    def checked(
        cls,
        api_key: str,
        base_url: str,
        timeout: float | None,
        max_retries: int,
        max_retry_wait: float,
        total_timeout: float | None = None,
    ) -> ClientConfig:
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, not {base_url!r}")
        check_timeout("timeout", timeout)
        check_timeout("total_timeout", total_timeout)
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be an int >= 0, not {max_retries!r}")
        if not isinstance(max_retry_wait, (int, float)) or not max_retry_wait >= 0:
            raise ValueError(f"max_retry_wait must be a number of seconds >= 0, not {max_retry_wait!r}")
        if not isinstance(api_key, str) or not api_key.strip():
            raise MissingAPIKeyError("api_key must be a non-empty string")
        return cls(api_key, base_url, timeout, max_retries, max_retry_wait, total_timeout)

    def __repr__(self) -> str:  # the key stays out of reprs and logs
        return (
            f"ClientConfig(base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r}, max_retry_wait={self.max_retry_wait!r}, "
            f"total_timeout={self.total_timeout!r}, api_key='{_REDACTED}')"
        )


def redact(text: str, secret: str) -> str:
    return text.replace(secret, _REDACTED) if secret else text


# --------------------------------------------------------------------------- calls


class Call(NamedTuple, Generic[T]):
    """One API operation, ready to send: method, path, JSON body and the parser of a 2xx body.

    ``headers`` holds what the operation itself adds (none today: httpx sets the JSON
    content type for ``json=`` bodies).
    """

    method: str
    path: str
    body: dict[str, Any]
    headers: dict[str, str]
    parse: Callable[[dict[str, Any]], T]


def _call_from_kwargs(kwargs: dict[str, Any], parse: Callable[[dict[str, Any]], T]) -> Call[T]:
    """Method, URL, body and headers as the generated operation module builds them."""
    headers: dict[str, str] = kwargs.get("headers") or {}
    if headers.keys() <= _JSON_CONTENT_TYPE.keys():  # the usual case: nothing but the JSON content type
        headers = {}
    else:
        headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
    return Call(kwargs["method"].upper(), kwargs["url"], kwargs["json"], headers, parse)


def gist_call(video_id: object, types: object) -> Call[GistResult]:
    body = build_gist_request(video_id, types)
    return _call_from_kwargs(gist_api._get_kwargs(body=body), GistResult.from_dict)


def summarize_call(
    video_id: object,
    type: object,
    prompt: object,
    temperature: object,
    response_format: object,
    max_tokens: object,
) -> Call[SummarizeResult]:
    body = build_summarize_request(video_id, type, prompt, temperature, response_format, max_tokens)
    requested = body.type_
    model = RESULT_BY_TYPE[requested]

    def parse(data: dict[str, Any]) -> SummarizeResult:
        answered = data.get("summarize_type")
        if answered != requested:
            raise ValueError(f"requested type={requested!r} but the response has summarize_type={answered!r}")
        return model.from_dict(data)

    return _call_from_kwargs(summarize_api._get_kwargs(body=body), parse)


# --------------------------------------------------------------------------- responses


def _snippet(response: httpx.Response) -> str:
    text = response_text(response)[: _SNIPPET_LENGTH * 8].strip()  # a huge body must not cost a full split
    if not text:
        return ""
    if "html" in response.headers.get("content-type", "") or text.startswith("<"):
        return "(an HTML error page)"
    line = " ".join(text.split())
    return line if len(line) <= _SNIPPET_LENGTH else line[:_SNIPPET_LENGTH] + "…"


def parse_success(response: httpx.Response, call: Call[T], secret: str) -> T:
    """Decode and parse a 2xx body, or raise ``APIResponseValidationError`` keeping the raw text."""
    try:
        data = loads(response.content)
    except BodyDecodeError as exc:
        raise APIResponseValidationError(
            redact(
                f"{response.status_code} response to {call.method} {call.path} is not JSON ({exc}): "
                f"{_snippet(response)}",
                secret,
            ),
            body=response_text(response),
            response=response,
        ) from None
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            f"{response.status_code} response to {call.method} {call.path} is not a JSON object "
            f"but {type(data).__name__}",
            body=response_text(response),
            response=response,
        )
    try:
        return call.parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
        raise APIResponseValidationError(
            redact(f"response to {call.method} {call.path} is not the documented shape: {detail}", secret),
            body=response_text(response),
            response=response,
        ) from None


def _text_field(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) and value else None


def _describe_wait(seconds: float) -> str:
    seconds = math.ceil(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m" if hours else (f"{minutes}m{secs:02d}s" if minutes else f"{secs}s")


def error_from_response(response: httpx.Response, secret: str, now: float | None = None) -> APIStatusError:
    """Map a non-2xx response to the matching ``APIStatusError`` subclass."""
    status = response.status_code
    body: Any = None
    code = message = docs_url = None
    if response.content:
        try:
            body = loads(response.content)
        except BodyDecodeError:
            body = response_text(response)
        if isinstance(body, dict):
            code, message, docs_url = (_text_field(body, k) for k in ("code", "message", "docs_url"))
    if code and message:
        text = f"{status} {code}: {message}"
    elif message or code:
        text = f"{status}: {message or code}"
    else:
        snippet = _snippet(response) if not isinstance(body, dict) else ""
        text = f"{status} {response.reason_phrase or 'error'}" + (f": {snippet}" if snippet else "")
    text = redact(text, secret)
    common: dict[str, Any] = {"response": response, "body": body, "code": code, "docs_url": docs_url}
    if status == 429:
        now = time.time() if now is None else now
        info = RateLimitInfo.from_headers(response.headers, now)
        retry_after = server_wait(status, response.headers, now)
        if info.reset_at is not None:
            text += f" (rate limit resets at {info.reset_at.astimezone(UTC):%Y-%m-%d %H:%M:%S} UTC"
            text += f", in {_describe_wait(retry_after)})" if retry_after is not None else ")"
        elif retry_after is not None:
            text += f" (retry after {_describe_wait(retry_after)})"
        return RateLimitError(
            text,
            **common,
            retry_after=retry_after,
            reset_at=info.reset_at,
            limit=info.limit,
            remaining=info.remaining,
        )
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(text, **common)


def connection_error(
    exc: httpx.RequestError, call: Call[Any], config: ClientConfig, deadline: Deadline | None = None
) -> APIConnectionError:
    """Wrap an httpx transport error without keeping the request (its headers carry the key).

    ``deadline`` is the one the attempt ran under: a timeout names it.
    """
    where = f"{call.method} {config.root_url}{call.path}"
    if isinstance(exc, httpx.TimeoutException):
        limit = deadline.describe() if deadline is not None else f"timeout={config.timeout}s"
        text = f"request timed out: no complete response within {limit} ({type(exc).__name__}): {where}"
        return APITimeoutError(redact(text, config.api_key))
    detail = str(exc) or type(exc).__name__
    return APIConnectionError(
        redact(f"connection error: {detail} ({type(exc).__name__}): {where}", config.api_key)
    )


# --------------------------------------------------------------------------- one call, attempt by attempt


class Attempt(Generic[T]):
    """The retry bookkeeping of one call; the client's loop feeds it outcomes.

    ``answered``/``failed`` record an attempt; ``next_wait`` returns how long to sleep before the
    next one or raises the last error when there is none.
    """

    __slots__ = ("attempts", "call", "config", "deadline", "deadlines", "error", "response", "started", "url")

    def __init__(self, config: ClientConfig, call: Call[T]) -> None:
        self.config = config
        self.call = call
        self.url = config.root_url + call.path
        self.started = time.monotonic()
        self.deadlines = CallDeadlines(config.timeout, config.total_timeout)
        self.deadline: Deadline | None = None  # of the attempt under way
        self.attempts = 0
        self.error: TwelveLabsError | None = None
        self.response: httpx.Response | None = None

    def request_kwargs(self) -> dict[str, Any]:
        self.attempts += 1
        self.deadline = self.deadlines.next_attempt()
        return {
            "method": self.call.method,
            "url": self.url,
            "json": self.call.body,
            "headers": {**self.config.key_header, **self.call.headers}
            if self.call.headers
            else self.config.key_header,
            "timeout": self.deadlines.http_timeout(self.deadline, self.config.http_timeout),
        }

    def answered(self, response: httpx.Response) -> RawResponse[T] | None:
        """A result for a 2xx response (or ``APIResponseValidationError``); ``None`` for an error status."""
        self.response = response
        if response.is_success:
            try:
                parsed = parse_success(response, self.call, self.config.api_key)
            except TwelveLabsError as exc:
                exc.attempts = self.attempts
                self._log(response.status_code, None)
                raise
            self._log(response.status_code, None)
            return RawResponse(parsed, response, self.attempts, time.monotonic() - self.started)
        self.error = error_from_response(response, self.config.api_key)
        return None

    def failed(self, exc: httpx.RequestError) -> None:
        self.response = None
        self.error = connection_error(exc, self.call, self.config, self.deadline)

    def next_wait(self) -> float:
        error = self.error
        assert error is not None, "next_wait() follows an error"
        response = self.response
        wait = plan_retry(
            self.attempts - 1,
            self.config.max_retries,
            self.config.max_retry_wait,
            response.status_code if response is not None else None,
            response.headers if response is not None else None,
            time.time(),
        )
        if wait is not None and not self.deadlines.allows_wait(wait):
            error.add_note(self.deadlines.skipped_wait_note(wait))
            wait = None
        self._log(response.status_code if response is not None else type(error).__name__, wait)
        if wait is None:
            error.attempts = self.attempts
            raise error
        return wait

    def _log(self, outcome: int | str, wait: float | None) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %s attempt=%d wait=%s elapsed=%.3fs",
                self.call.method,
                self.call.path,
                outcome,
                self.attempts,
                "none" if wait is None else f"{wait:.2f}s",
                time.monotonic() - self.started,
            )
