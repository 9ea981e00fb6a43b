"""FakeTwelveLabs: an in-memory TwelveLabs analyze API, served in-process or over loopback HTTP."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

import anyio
from jsonschema.exceptions import SchemaError, ValidationError

from . import _content
from ._ratelimit import RateLimiter
from ._spec import Operation, Spec, load_spec

if TYPE_CHECKING:
    from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs

__all__ = ["FakeResponse", "FakeTwelveLabs", "RecordedRequest"]

logger = logging.getLogger("twelvelabs_analyze.testing")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Body = bytes | str | Mapping[str, Any] | list[Any] | None

API_KEY_HEADER = "x-api-key"
IN_PROCESS_ORIGIN = "http://fake.twelvelabs.test"
DOCS_ORIGIN = "https://docs.twelvelabs.io"
DEFAULT_RATE_LIMIT = 10_000
DEFAULT_WINDOW_SECONDS = 86_400.0
INJECTED_RETRY_AFTER_S = 1.0
_JSON = "application/json"

# What an injected failure says when the test gives no body.
_DEFAULT_CODES = {
    400: "parameter_invalid",
    401: "api_key_invalid",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "request_timeout",
    409: "conflict",
    415: "unsupported_media_type",
    422: "parameter_invalid",
}


class FakeResponse(NamedTuple):
    """What the fake answers: status, headers, body bytes, and how long to wait before sending."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes
    delay: float = 0.0


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake received and the status it answered (kept in the order answered)."""

    method: str
    path: str
    headers: Mapping[str, str]  # lower-case names
    content: bytes
    json: Any  # the parsed body, or None when it was not JSON
    status: int
    time: float  # time.monotonic() on arrival

    @property
    def api_key(self) -> str | None:
        return self.headers.get(API_KEY_HEADER)

    def __repr__(self) -> str:
        # Never print a key: these records end up in assertion messages and CI logs.
        shown = {k: ("<redacted>" if k == API_KEY_HEADER else v) for k, v in self.headers.items()}
        return (
            f"RecordedRequest(method={self.method!r}, path={self.path!r}, status={self.status}, "
            f"headers={shown!r}, json={self.json!r})"
        )


@dataclass
class _Fault:
    status: int | None  # None: answer normally, only late
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    delay: float = 0.0


class _ApiError(Exception):
    def __init__(
        self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def _encode_body(body: Body) -> bytes | None:
    if body is None or isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode()
    return json.dumps(body).encode()


def _media_type(headers: Mapping[str, str]) -> str | None:
    value = headers.get("content-type")
    return value.split(";", 1)[0].strip().lower() if value is not None else None


def _is_json_media_type(media_type: str | None) -> bool:
    return media_type is not None and (media_type == _JSON or media_type.endswith("+json"))


def _normalize_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    merged: dict[str, str] = {}
    for name, value in pairs:
        key = name.lower()
        merged[key] = f"{merged[key]}, {value}" if key in merged else value
    return merged


def _json_or_none(body: bytes) -> Any:
    try:
        return json.loads(body) if body else None
    except (ValueError, UnicodeDecodeError):
        return None


def _parameter(path: Iterable[str | int]) -> str:
    return ".".join(str(part) for part in path)


def _error_message(error: ValidationError) -> str | None:
    """The spec's own sentence for a failed rule: ``x-error-message`` beside the failing keyword."""
    message = error.schema.get("x-error-message") if isinstance(error.schema, Mapping) else None
    return message if isinstance(message, str) else None


def _first_request_error(operation: Operation, body: Any) -> _ApiError | None:
    """The 400 the API answers for ``body``, mapped from jsonschema errors against the spec."""
    if operation.request_validator is None:
        return None  # no request body documented (GET, DELETE): nothing to validate
    if not isinstance(body, dict):
        return _ApiError(400, "parameter_invalid", "The request body must be a JSON object.")
    errors = list(operation.request_validator.iter_errors(body))
    # Missing parameters first, then unknown ones, then invalid values: the order the API reports them.
    for error in errors:
        if error.validator == "required" and isinstance(error.instance, dict):
            missing = next(name for name in error.validator_value if name not in error.instance)
            name = _parameter([*error.absolute_path, missing])
            if message := _error_message(error):  # a conditional requirement states its reason
                return _ApiError(
                    400, "parameter_not_provided", f"The {name} parameter is required: {message}."
                )
            return _ApiError(400, "parameter_not_provided", f"The {name} parameter is required.")
    # The spec keeps schemas open for forward compatibility, so "unknown" means "not declared".
    for name in body:
        if name not in operation.properties:
            return _ApiError(400, "parameter_unknown", f"The {name} parameter is unknown.")
    if errors:
        # Blame a named parameter when there is one; name the top-level parameter, as the API does.
        error = min(errors, key=lambda e: (len(e.absolute_path) == 0, list(map(str, e.absolute_path))))
        if message := _error_message(error):  # the spec's sentence, which names the parameter
            return _ApiError(400, "parameter_invalid", message + ".")
        name = str(error.absolute_path[0]) if error.absolute_path else "request body"
        return _ApiError(400, "parameter_invalid", f"The {name} parameter is invalid: {error.message}")
    return None


class FakeTwelveLabs:
    """A fake of TwelveLabs' analyze API (``/gist``, ``/summarize``), driven by the normalized spec.

    It is an ASGI application; ``client()``/``async_client()`` bind a client to it in-process
    and ``serve()`` runs it on a real loopback HTTP server. All state sits behind one lock, so
    the fake is safe to share between threads and concurrent requests.
    """

    def __init__(
        self,
        api_key: str = "test-key",
        *,
        rate_limit: int = DEFAULT_RATE_LIMIT,
        window_seconds: float = DEFAULT_WINDOW_SECONDS,
        clock: Callable[[], float] = time.time,
        spec: Spec | None = None,
    ) -> None:
        self._api_key = api_key
        self._spec = spec if spec is not None else load_spec()
        self._lock = threading.Lock()
        self._faults: deque[_Fault] = deque()
        self._requests: list[RecordedRequest] = []
        self._rate_limiter = RateLimiter(rate_limit, window_seconds, clock)
        self._answers: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
            "gist": _content.gist_answer,
            "summarize": _content.summarize_answer,
        }

    def __repr__(self) -> str:
        return (
            f"<FakeTwelveLabs rate_limit={self._rate_limiter.limit}/{self._rate_limiter.window_seconds:g}s "
            f"requests={len(self._requests)} pending_faults={len(self._faults)}>"
        )

    # --- configuration --------------------------------------------------------------------

    @property
    def api_key(self) -> str:
        return self._api_key

    @property
    def spec(self) -> Spec:
        return self._spec

    @property
    def base_url(self) -> str:
        """The base URL in-process clients use; any host works, only the path is routed."""
        return IN_PROCESS_ORIGIN + self._spec.server_path

    def set_rate_limit(self, limit: int, window_seconds: float) -> None:
        """Allow ``limit`` requests per ``window_seconds`` (a float; sub-second works); starts a new window."""
        self._rate_limiter.configure(limit, window_seconds)

    def fail_next(
        self,
        status: int,
        *,
        times: int = 1,
        headers: Mapping[str, str] | None = None,
        body: Body = None,
        delay: float = 0.0,
    ) -> None:
        """Answer the next ``times`` requests with ``status`` instead of handling them.

        ``body`` may be bytes, text or JSON data; by default it is the API's error shape
        ``{code, message, docs_url}`` (empty for 429, which gets ``Retry-After: 1``).
        ``headers`` override the defaults. ``delay`` seconds pass before the answer is sent.
        Injected answers do not count against the rate limit.
        """
        if times < 1:
            raise ValueError("times must be >= 1")
        fault = _Fault(status, dict(headers or {}), _encode_body(body), float(delay))
        with self._lock:
            self._faults.extend(fault for _ in range(times))

    def delay_next(self, seconds: float, *, times: int = 1) -> None:
        """Handle the next ``times`` requests normally but answer ``seconds`` late (to provoke timeouts)."""
        if times < 1:
            raise ValueError("times must be >= 1")
        with self._lock:
            self._faults.extend(_Fault(None, delay=float(seconds)) for _ in range(times))

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request answered so far, oldest first."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def reset(self) -> None:
        """Forget recorded requests and pending faults and start a fresh rate-limit window."""
        with self._lock:
            self._requests.clear()
            self._faults.clear()
        self._rate_limiter.reset()

    # --- the one handler every transport calls --------------------------------------------

    def handle(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes,
    ) -> FakeResponse:
        """Answer one request. Pure apart from the locked state; safe to call from any thread."""
        arrived = time.monotonic()
        request_headers = _normalize_headers(headers)
        with self._lock:
            fault = self._faults.popleft() if self._faults else None
        if fault is not None and fault.status is not None:
            response = self._injected(fault)
        else:
            response = self._respond(method.upper(), path, request_headers, body)
            if fault is not None:
                response = response._replace(delay=fault.delay)
        record = RecordedRequest(
            method=method.upper(),
            path=path,
            headers=MappingProxyType(request_headers),
            content=body,
            json=_json_or_none(body),
            status=response.status,
            time=arrived,
        )
        with self._lock:
            self._requests.append(record)
        return response

    def _error_body(self, code: str, message: str) -> bytes:
        docs_url = f"{DOCS_ORIGIN}{self._spec.server_path}/api-reference/error-codes#{code}"
        return json.dumps({"code": code, "message": message, "docs_url": docs_url}).encode()

    def _injected(self, fault: _Fault) -> FakeResponse:
        assert fault.status is not None
        status = fault.status
        if status == 429:
            headers = self._rate_limiter.exhaust_for(INJECTED_RETRY_AFTER_S)
        else:
            headers = self._rate_limiter.peek()
        body = fault.body
        if body is None and status != 429 and status >= 400:
            code = _DEFAULT_CODES.get(status, "internal_error" if status >= 500 else "request_failed")
            body = self._error_body(code, f"Injected failure: HTTP {status}.")
        if body:
            headers["Content-Type"] = _JSON
        headers.update(fault.headers)
        return FakeResponse(status, list(headers.items()), body or b"", fault.delay)

    @staticmethod
    def _parse_json(headers: Mapping[str, str], body: bytes) -> Any:
        media_type = _media_type(headers)
        if media_type is None and not body.strip():
            return {}  # no body at all: reported as the first missing required parameter
        if not _is_json_media_type(media_type):
            raise _ApiError(
                415,
                "unsupported_media_type",
                f"The request body must be {_JSON}, not {media_type or 'absent'}.",
            )
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise _ApiError(400, "parameter_invalid", "The request body is not valid JSON.") from None

    def _respond(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> FakeResponse:
        rate_headers: dict[str, str] = {}
        try:
            operation, path_parameters = self._route(method, path)
            if headers.get(API_KEY_HEADER) != self._api_key:
                raise _ApiError(401, "api_key_invalid", "The API key is missing or invalid.")
            allowed, rate_headers = self._rate_limiter.acquire()
            if not allowed:
                return FakeResponse(429, list(rate_headers.items()), b"")
            payload = self._parse_json(headers, body) if operation.request_schema is not None else {}
            if error := _first_request_error(operation, payload):
                raise error
            answer = self._answer(operation, {**path_parameters, **payload})
        except _ApiError as error:
            out = rate_headers or self._rate_limiter.peek()
            out.update(error.headers)
            out["Content-Type"] = _JSON
            return FakeResponse(error.status, list(out.items()), self._error_body(error.code, error.message))
        status = operation.success_status
        if status not in operation.response_schemas:  # documented without a body (DELETE's 200)
            return FakeResponse(status, list(rate_headers.items()), b"")
        rate_headers["Content-Type"] = _JSON
        return FakeResponse(status, list(rate_headers.items()), json.dumps(answer).encode())

    def _route(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        found = self._spec.find(method, path)
        if found is not None:
            return found
        methods = self._spec.methods_for(path)
        if methods:
            raise _ApiError(
                405,
                "method_not_allowed",
                f"The {method} method is not allowed on {path}; use {', '.join(methods)}.",
                {"Allow": ", ".join(methods)},
            )
        raise _ApiError(404, "not_found", f"No endpoint at {path}.")

    def _answer(self, operation: Operation, payload: Mapping[str, Any]) -> dict[str, Any]:
        build = self._answers.get(operation.operation_id)
        if build is None:
            # An operation the spec gained after this fake was written: a schema-shaped answer.
            answer = self._schema_answer(operation, payload)
        else:
            try:
                answer = build(payload)
            except (_content.SchemaNotSupported, SchemaError) as exc:
                # Only a caller-supplied JSON schema (response_format) can get here.
                message = exc.message if isinstance(exc, SchemaError) else str(exc)
                raise _ApiError(
                    400, "parameter_invalid", f"The response_format parameter is invalid: {message}"
                ) from None
        validator = operation.response_validators.get(operation.success_status)
        problem = next(validator.iter_errors(answer), None) if validator is not None else None
        if problem is not None:
            logger.error("fake answer violates the spec: %s", problem.message)
            raise _ApiError(500, "internal_error", f"The fake produced an invalid answer: {problem.message}")
        return answer

    def _schema_answer(self, operation: Operation, payload: Mapping[str, Any]) -> dict[str, Any]:
        schema = operation.response_schemas.get(operation.success_status)
        if schema is None:
            return {}
        rng = _content.seeded_random(payload)
        validator = operation.response_validators[operation.success_status]
        answer = _content.instance_of(schema, rng, root=self._spec.document, validator=validator)
        return dict(answer) if isinstance(answer, Mapping) else {"value": answer}

    # --- ASGI -----------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        chunks = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in scope["headers"]]
        response = self.handle(scope["method"], scope["path"], headers, b"".join(chunks))
        if response.delay > 0:
            await anyio.sleep(response.delay)
        raw_headers = [
            (name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in response.headers
        ]
        raw_headers.append((b"content-length", str(len(response.body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": response.body})

    # --- clients and the loopback server --------------------------------------------------

    def client(self, **client_kwargs: Any) -> TwelveLabs:
        """A ``TwelveLabs`` client bound to this fake in-process (no sockets).

        ``client_kwargs`` go to ``TwelveLabs`` (e.g. ``max_retries=0``); ``api_key`` defaults to the fake's.
        """
        import httpx  # noqa: PLC0415 - only needed by in-process clients

        from twelvelabs_analyze import TwelveLabs  # noqa: PLC0415 - the package imports this one lazily

        from ._transport import FakeTransport  # noqa: PLC0415

        client_kwargs.setdefault("api_key", self._api_key)
        client_kwargs.setdefault("base_url", self.base_url)
        return TwelveLabs(http_client=httpx.Client(transport=FakeTransport(self)), **client_kwargs)

    def async_client(self, **client_kwargs: Any) -> AsyncTwelveLabs:
        """An ``AsyncTwelveLabs`` client bound to this fake in-process (no sockets)."""
        import httpx  # noqa: PLC0415 - only needed by in-process clients

        from twelvelabs_analyze import AsyncTwelveLabs  # noqa: PLC0415

        from ._transport import AsyncFakeTransport  # noqa: PLC0415

        client_kwargs.setdefault("api_key", self._api_key)
        client_kwargs.setdefault("base_url", self.base_url)
        return AsyncTwelveLabs(
            http_client=httpx.AsyncClient(transport=AsyncFakeTransport(self)), **client_kwargs
        )

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Run the fake on a real HTTP server (uvicorn, background thread); yields the base URL.

        On exit the server stops and its port is released.
        """
        from ._serve import serve_asgi  # noqa: PLC0415 - uvicorn is imported only when serving

        with serve_asgi(self, host=host, port=port) as origin:
            yield origin + self._spec.server_path
