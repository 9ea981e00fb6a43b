"""FakeTwelveLabs: an in-memory TwelveLabs analyze API, served in-process or over loopback HTTP."""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from jsonschema.exceptions import SchemaError

from . import _content
from ._analyze import SchemaNotSupported, generate, stream_lines
from ._asgi import Receive, Scope, Send, asgi_app, too_large
from ._asset_api import AssetsAndUploads
from ._batches import AssetRegistry, BatchAsset, BatchStore
from ._chunks import FaultKind, StreamFault, with_fault
from ._clock import FakeClock
from ._errors import ApiError, default_code, error_body
from ._formdata import request_payload
from ._limits import DEFAULT_LIMITS, ServerLimits
from ._ratelimit import RateLimiter
from ._resources import Resources
from ._spec import Operation, Spec, load_spec
from ._tasks import DEFAULT_FAILURE, DEFAULT_TASK_DURATIONS, TaskDurations, TaskStore, with_durations
from ._types import API_KEY_HEADER, FakeResponse, RecordedRequest
from ._validation import BODY_NOT_JSON, path_error, query_error, query_values
from ._video import VideoFacts, facts_for, looks_missing, video_identity
from ._webhooks import DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_DELAY, DEFAULT_TIMEOUT, Webhooks, task_occurrences
from ._words import seeded_random

if TYPE_CHECKING:
    import httpx

    from twelvelabs_analyze import AsyncTwelveLabs, TwelveLabs

__all__ = ["FakeResponse", "FakeTwelveLabs", "RecordedRequest"]

logger = logging.getLogger("twelvelabs_analyze.testing")

Body = bytes | str | Mapping[str, Any] | list[Any] | None

IN_PROCESS_ORIGIN = "http://fake.twelvelabs.test"
DEFAULT_RATE_LIMIT = 10_000
DEFAULT_WINDOW_SECONDS = 86_400.0
INJECTED_RETRY_AFTER_S = 1.0
DEFAULT_MAX_RECORDED_REQUESTS = 10_000
DEFAULT_STALL_SECONDS = 60.0
_JSON = "application/json"
# Set while handle() answers a request that came through the ASGI app.
_SERVED: ContextVar[bool] = ContextVar("twelvelabs_fake_served", default=False)
_NDJSON = "application/x-ndjson"
_SCHEMA_LINES = 3  # items in a schema-shaped line-framed answer


@dataclass
class _Fault:
    status: int | None  # None: answer normally, only late
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    delay: float = 0.0


@dataclass(frozen=True)
class _Call:
    """One validated request, as a behaviour sees it."""

    operation: Operation
    path: Mapping[str, str]
    query: Mapping[str, Any]
    body: Mapping[str, Any]
    headers: dict[str, str]  # the answer's headers so far (rate limit)


Behaviour = Callable[[_Call], FakeResponse]


def _encode_body(body: Body) -> bytes | None:
    if body is None or isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode()
    return json.dumps(body).encode()


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
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None


def _check_times(times: int) -> None:
    if times < 1:
        raise ValueError("times must be >= 1")


class FakeTwelveLabs(AssetsAndUploads):
    """A fake of TwelveLabs' analyze API, driven by the normalized spec.

    It serves every operation of the spec: ``/analyze`` (one JSON answer with ``"stream": false``,
    NDJSON events otherwise, as the API defaults to), ``/analyze/tasks`` (create, list,
    retrieve, delete), and the retired ``/gist`` and ``/summarize``. Requests are validated
    against the spec (body, query and path parameters, cross-field rules, token limits) and every
    answer is valid against the spec's response schemas. An operation the fake has no dedicated
    behaviour for is served by rule: where the spec's paths show a resource (``/indexes`` and
    ``/indexes/{index-id}``), what is created can be retrieved, listed (paged), updated and
    deleted by its id, and an unknown id gets ``resource_not_exist`` (see ``_resources``); any
    other operation gets an answer shaped by its response schema.

    It is an ASGI application; ``client()``/``async_client()`` bind a client to it in-process
    and ``serve()`` runs it on a real loopback HTTP server. All state sits behind locks, so the
    fake is safe to share between threads and concurrent requests.

    **The sunset** — ``legacy_endpoints=False`` answers as the live API has since 2026-02-15,
    when ``/gist`` and ``/summarize`` were removed: every operation the spec marks deprecated is
    gone, and its path answers like a path that never existed, ``404 {"code": "not_found",
    "message": "No endpoint at /v1.3/gist."}``, whatever the method. The live answer is not
    documented; a removed route answering like any unknown route is the least surprising
    choice, and it is what the client's fallback to ``/analyze`` recognises (a route-level
    ``not_found`` that does not name the video). ``True`` (the default) serves them as before.

    **Missing videos** — a video id, an asset id or a video URL's file name that starts with
    ``missing-`` (:data:`MISSING_VIDEO_PREFIX`; handy from the command line), or an identity given
    to :meth:`add_missing_video`, does not exist: ``/gist``, ``/summarize`` and ``/analyze``
    answer ``404 resource_not_exist``; creating an analysis task answers ``400`` with the same
    code (the spec documents 400 for "validation failure or inaccessible video" there).

    **Fake time** — tasks move ``queued → pending → processing → ready`` on the fake's clock
    (:class:`FakeClock`): wall time by default, with short durations (``task_durations``) so
    someone watching ``mock-server`` sees progress; :meth:`advance` jumps ahead without sleeping,
    and ``clock=FakeClock(start=…)`` stops time until advanced. The rate limiter reads the same
    clock.

    **Webhooks** — :meth:`add_webhook` registers a receiver: when a task becomes ready or fails,
    it gets a signed ``analyze.task.ready``/``analyze.task.failed`` event (check it with
    :func:`twelvelabs_analyze.webhooks.verify`), retried a few times on the fake's clock, and the
    task shows how that went in its ``webhooks`` field.

    **Assets and multipart uploads** — ``POST /assets`` takes multipart/form-data (a file up to
    ``max_body_bytes``, or a URL); every asset is ``processing`` for ``asset_processing`` seconds
    of fake time, then ``ready`` (or ``failed``: :meth:`fail_next_asset`). Multipart upload
    sessions hand out presigned URLs that the fake itself serves, S3-like, outside the API's paths:
    signed, expiring, single-use, answering an ``ETag``; :meth:`fail_next_part`,
    :meth:`stall_next_part` and :meth:`drop_next_part` break parts, :attr:`presigned_requests`
    shows what reached them. :meth:`configure_uploads` sets chunk size and the rest.

    **Recorded requests** — the last ``max_recorded_requests`` (10,000 by default) are kept, so
    a long-running server does not grow without limit.

    **Limits** — ``limits`` (:class:`ServerLimits`) bound what a client may send: a body over
    ``max_body_bytes`` (64 MiB) gets ``413 request_too_large`` on every transport; ``serve()``
    also times out slow request heads and bodies and caps open connections. Whatever a client
    sends gets an answer in the documented error shape: hostile JSON (nesting deeper than 64
    levels, ``NaN``/``Infinity``, numbers no double can hold, unpaired surrogates) is ``400``.
    """

    def __init__(
        self,
        api_key: str = "test-key",
        *,
        rate_limit: int = DEFAULT_RATE_LIMIT,
        window_seconds: float = DEFAULT_WINDOW_SECONDS,
        clock: Callable[[], float] | None = None,
        spec: Spec | None = None,
        legacy_endpoints: bool = True,
        task_durations: TaskDurations | tuple[float, float, float] = DEFAULT_TASK_DURATIONS,
        max_recorded_requests: int = DEFAULT_MAX_RECORDED_REQUESTS,
        limits: ServerLimits = DEFAULT_LIMITS,
    ) -> None:
        if max_recorded_requests < 0:
            raise ValueError("max_recorded_requests must be >= 0")
        if not isinstance(limits, ServerLimits):
            raise TypeError(f"limits must be a ServerLimits, not {type(limits).__name__}")
        self._api_key = api_key
        self._limits = limits
        self._spec = spec if spec is not None else load_spec()
        self._legacy_endpoints = bool(legacy_endpoints)
        self._clock = clock if isinstance(clock, FakeClock) else FakeClock(clock)
        self._lock = threading.Lock()
        self._faults: deque[_Fault] = deque()
        self._stream_faults: deque[StreamFault] = deque()
        self._requests: deque[RecordedRequest] = deque(maxlen=max_recorded_requests)
        self._answered = 0  # every request ever answered (the records keep only the last ones)
        self._missing: set[str] = set()
        self._rate_limiter = RateLimiter(rate_limit, window_seconds, self._clock)
        self._tasks = TaskStore(self._clock, with_durations(task_durations))
        self._webhooks = Webhooks(self._clock)
        self._webhooks.add_source(lambda now: task_occurrences(self._tasks.take_finished(now)))
        self._init_assets(self._clock)
        # What batches know of assets (AssetsAndUploads keeps the uploaded ones in self._assets).
        self._batch_assets = AssetRegistry(
            lambda asset_id: self._is_missing("asset_id", asset_id), self.asset_status
        )
        self._batches = BatchStore(self._clock, self._tasks, self._batch_assets)
        # Dedicated behaviour per (method, path as the spec writes it).
        self._behaviours: dict[tuple[str, str], Behaviour] = {
            ("POST", "/gist"): self._gist,
            ("POST", "/summarize"): self._summarize,
            ("POST", "/analyze"): self._analyze,
            ("POST", "/analyze/tasks"): self._create_task,
            ("GET", "/analyze/tasks"): self._list_tasks,
            ("GET", "/analyze/tasks/{task_id}"): self._retrieve_task,
            ("DELETE", "/analyze/tasks/{task_id}"): self._delete_task,
            **self._asset_behaviours(),
            **self._batch_behaviours(),
        }
        # Resources found by rule in the spec, for operations without a dedicated behaviour.
        self._resources = Resources(self._spec, self._clock, self._behaviours)
        self._text_event_checked = False
        self._app = asgi_app(
            self._handle_served,
            self._refuse,
            lambda: self._limits,
            lambda method, target, headers: self._presigned_sink(method, target, _normalize_headers(headers)),
        )

    def __repr__(self) -> str:
        return (
            f"<FakeTwelveLabs rate_limit={self._rate_limiter.limit}/{self._rate_limiter.window_seconds:g}s "
            f"requests={len(self._requests)} pending_faults={len(self._faults)} tasks={len(self._tasks)} "
            f"legacy_endpoints={self._legacy_endpoints}>"
        )

    # --- configuration --------------------------------------------------------------------

    @property
    def api_key(self) -> str:
        return self._api_key

    @property
    def spec(self) -> Spec:
        return self._spec

    @property
    def legacy_endpoints(self) -> bool:
        """Whether the retired ``/gist`` and ``/summarize`` are served (see the class docstring)."""
        return self._legacy_endpoints

    @property
    def base_url(self) -> str:
        """The base URL in-process clients use; any host works, only the path is routed."""
        return IN_PROCESS_ORIGIN + self._spec.server_path

    @property
    def clock(self) -> FakeClock:
        """The fake's clock (tasks and the rate limiter read it)."""
        return self._clock

    @property
    def limits(self) -> ServerLimits:
        """What a client may send (body size; over ``serve()`` also timeouts and connections)."""
        return self._limits

    @property
    def max_recorded_requests(self) -> int | None:
        return self._requests.maxlen

    def now(self) -> float:
        """The fake's time, in seconds since the epoch."""
        return self._clock()

    def advance(self, seconds: float) -> float:
        """Move the fake's time forward by ``seconds`` without sleeping; returns the new time.

        Webhooks due by then are sent before it returns."""
        now = self._clock.advance(seconds)
        self._webhooks.run()
        return now

    def add_webhook(
        self,
        url: str,
        secret: str | bytes,
        *,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        retry_delay: float = DEFAULT_RETRY_DELAY,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        """Send signed webhook events to ``url`` from now on, as TwelveLabs does to the endpoints
        registered in its console.

        Each task that becomes ready or fails afterwards is POSTed to ``url`` as
        ``{id, created_at, type, data: {id, status, custom_id}}`` (``type``
        ``analyze.task.ready`` or ``analyze.task.failed``) with a ``TL-Signature`` header made
        with ``secret`` and the wall-clock time. An answer other than 2xx, an error or no answer
        within ``timeout`` seconds is retried ``retry_delay`` seconds later on the fake's clock,
        up to ``max_attempts`` attempts in all; the task's ``webhooks`` field shows ``{url,
        delivered, attempts, last_error}``.

        ``transport`` delivers without a socket: ``httpx.MockTransport(handler)``,
        ``httpx.WSGITransport(app=…)`` or ``httpx.ASGITransport(app=…)`` (``url`` then only
        names the endpoint).

        Deliveries due are sent, and waited for, when :meth:`handle` answers a request (as it
        does for :meth:`client` and :meth:`async_client`), when :meth:`advance` moves the clock
        and when :meth:`deliver_webhooks` is called; while :meth:`serve` runs, a background
        thread sends them instead (requests served over HTTP or as an ASGI app do not). A
        receiver on the event loop that is waiting for the fake cannot answer meanwhile: give it
        as an ``ASGITransport`` (it gets a loop of its own) or run it in another thread.
        """
        self._webhooks.add_endpoint(
            url,
            secret,
            transport=transport,
            max_attempts=max_attempts,
            retry_delay=retry_delay,
            timeout=timeout,
        )

    def deliver_webhooks(self) -> int:
        """Send every webhook delivery due by the fake's time now; returns how many attempts were made."""
        return self._webhooks.run()

    def set_rate_limit(self, limit: int, window_seconds: float) -> None:
        """Allow ``limit`` requests per ``window_seconds`` (a float; sub-second works); starts a new window."""
        self._rate_limiter.configure(limit, window_seconds)

    def add_missing_video(self, identity: str) -> None:
        """Make a video id, asset id or video URL unknown: requests about it get ``resource_not_exist``."""
        with self._lock:
            self._missing.add(identity)

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

        ``body`` may be bytes, text or JSON data; by default it is the API's error in the shape
        the operation documents for ``status`` (``{code, message, docs_url}`` or ``{error:
        {code, message}}``; empty for 429, which gets ``Retry-After: 1``). ``headers`` override
        the defaults. ``delay`` seconds pass before the answer is sent. Injected answers do not
        count against the rate limit.
        """
        _check_times(times)
        fault = _Fault(status, dict(headers or {}), _encode_body(body), float(delay))
        with self._lock:
            self._faults.extend(fault for _ in range(times))

    def delay_next(self, seconds: float, *, times: int = 1) -> None:
        """Handle the next ``times`` requests normally but answer ``seconds`` late (to provoke timeouts)."""
        _check_times(times)
        with self._lock:
            self._faults.extend(_Fault(None, delay=float(seconds)) for _ in range(times))

    def fail_next_stream(
        self,
        after_events: int = 0,
        how: FaultKind = "disconnect",
        *,
        stall_seconds: float = DEFAULT_STALL_SECONDS,
        times: int = 1,
    ) -> None:
        """Break the next ``times`` streamed answers after ``after_events`` whole events.

        ``how``: ``"disconnect"`` cuts the connection (in-process the body raises
        ``httpx.RemoteProtocolError``; over ``serve()`` the server closes the socket without
        finishing the chunked body); ``"malformed"`` sends a line that is not JSON, then the
        rest; ``"stall"`` sends nothing for ``stall_seconds`` (a read timeout fires first when it
        is shorter), then the rest. Non-streamed answers do not use up the fault.
        """
        _check_times(times)
        if after_events < 0:
            raise ValueError("after_events must be >= 0")
        if how not in ("disconnect", "malformed", "stall"):
            raise ValueError(f"how must be 'disconnect', 'malformed' or 'stall', not {how!r}")
        if not stall_seconds >= 0:
            raise ValueError("stall_seconds must be >= 0")
        fault = StreamFault(after_events, how, float(stall_seconds))
        with self._lock:
            self._stream_faults.extend(fault for _ in range(times))

    def fail_next_task(self, message: str = DEFAULT_FAILURE, *, times: int = 1) -> None:
        """Make the next ``times`` analysis tasks fail with ``message`` when their processing ends."""
        _check_times(times)
        for _ in range(times):
            self._tasks.configure_next(failure=message)

    def fail_task(self, task_id: str, message: str = DEFAULT_FAILURE) -> None:
        """Make an existing task fail with ``message`` (at the end of its processing); KeyError if unknown."""
        self._tasks.update(task_id, failure=message)

    def set_task_durations(
        self, durations: TaskDurations | tuple[float, float, float], *, task_id: str | None = None
    ) -> None:
        """How long tasks stay queued, pending and processing: for tasks created from now on, or
        (with ``task_id``) for one task, counted from its creation; KeyError for an unknown id."""
        chosen = with_durations(durations)
        if task_id is None:
            self._tasks.durations = chosen
        else:
            self._tasks.update(task_id, durations=chosen)

    def add_asset(self, asset_id: str, *, status: str = "ready", duration: float | None = None) -> None:
        """Make an asset known to batches: its ``status`` (only ``ready`` ones can be analyzed; a
        batch naming another gets ``409``) and ``duration`` in seconds (counted against the
        2,000 content hours of a batch; ``None``: not known, counts as 0). Registering it again
        replaces it. Unregistered asset ids are ready, with the fake's duration for that video,
        unless they are missing (``missing-…``, :meth:`add_missing_video`): ``404``."""
        if duration is not None and not (math.isfinite(duration) and duration >= 0):
            raise ValueError(f"duration must be a finite number of seconds >= 0, not {duration!r}")
        self._batch_assets.add(asset_id, BatchAsset(status, None if duration is None else float(duration)))

    def fail_next_batch_item(
        self,
        message: str = DEFAULT_FAILURE,
        *,
        code: str | None = None,
        custom_id: str | None = None,
        times: int = 1,
    ) -> None:
        """Make the next ``times`` batch items fail with ``message`` (and ``code``, the result
        line's ``error.code``) when their processing ends; with ``custom_id``, the next items
        with that custom id, in whichever batch."""
        _check_times(times)
        for _ in range(times):
            self._batches.fail_next_item(message, code=code, custom_id=custom_id)

    @property
    def batches(self) -> list[dict[str, Any]]:
        """Every batch as ``retrieve`` shows it now, newest first."""
        return self._batches.snapshot()

    @property
    def tasks(self) -> list[dict[str, Any]]:
        """Every analysis task as ``retrieve`` shows it now, newest first."""
        return [self._with_webhooks(task) for task in self._tasks.snapshot()]

    def _with_webhooks(self, task: dict[str, Any]) -> dict[str, Any]:
        """``task`` with its webhook deliveries, when there are any (the API omits the field then)."""
        deliveries = self._webhooks.status(task["task_id"])
        if deliveries:
            task["webhooks"] = deliveries
        return task

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of the requests answered so far (the last ``max_recorded_requests``), oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def answered(self) -> int:
        """How many requests the fake has answered since it was made (not bounded, unlike ``requests``)."""
        with self._lock:
            return self._answered

    def requests_since(self, answered: int) -> tuple[list[RecordedRequest], int]:
        """The records of the requests answered after the first ``answered`` ones (those still kept),
        and the new count: ``new, seen = fake.requests_since(seen)`` follows a long-running fake
        (``mock-server``'s log) without missing or repeating a request, however many are kept."""
        with self._lock:
            fresh = max(0, self._answered - answered)
            kept = list(self._requests)
            return (kept[max(0, len(kept) - fresh) :] if fresh else []), self._answered

    def clear_requests(self) -> None:
        """Forget the recorded requests (``answered`` keeps counting)."""
        with self._lock:
            self._requests.clear()

    def reset(self) -> None:
        """Back to a fresh fake: no recorded requests, pending faults, tasks, batches, registered
        assets, resources, webhook deliveries or missing videos, and a fresh rate-limit window. The
        key, limits, durations, webhook
        endpoints and ``legacy_endpoints`` stay."""
        with self._lock:
            self._requests.clear()
            self._faults.clear()
            self._stream_faults.clear()
            self._missing.clear()
        self._tasks.clear()
        self._resources.clear()
        self._batches.clear()
        self._batch_assets.clear()
        self._webhooks.clear()
        self._rate_limiter.reset()
        self._reset_assets()

    # --- the one handler every transport calls --------------------------------------------

    def handle(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes,
    ) -> FakeResponse:
        """Answer one request (``path`` may carry ``?query``). Safe to call from any thread.

        Webhooks due by now are sent first (so the answer shows how their delivery went), except
        for requests served as an ASGI app (see :meth:`serve`)."""
        if not _SERVED.get():
            self._webhooks.run()
        arrived = time.monotonic()
        method = method.upper()
        raw_path, _, query = path.partition("?")
        path = unquote(raw_path)
        request_headers = _normalize_headers(headers)
        if (presigned := self._presigned_answer(method, path, query, request_headers, body)) is not None:
            return presigned  # a part upload: another host's request, not the API's
        if len(body) > self._limits.max_body_bytes:
            error = too_large(self._limits.max_body_bytes)
            return self._refused(method, path, query, request_headers, error, arrived)
        with self._lock:
            fault = self._faults.popleft() if self._faults else None
        if fault is not None and fault.status is not None:
            response = self._injected(fault, method, path)
        else:
            response = self._answer(method, path, query, request_headers, body)
            if fault is not None:
                response = response._replace(delay=fault.delay)
        self._record(method, path, query, request_headers, body, response.status, arrived)
        return response

    def _answer(
        self, method: str, path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> FakeResponse:
        """``_respond``, with a bug turned into the documented 500 instead of an exception (which
        would reach an in-process client raw, or make uvicorn answer in plain text)."""
        try:
            return self._respond(method, path, query, headers, body)
        except RecursionError:  # nesting the request's JSON allows, but a schema check cannot follow
            error = ApiError(400, "parameter_invalid", f"{BODY_NOT_JSON}: it is nested too deeply.")
        except Exception:
            logger.exception("the fake failed to answer %s %s", method, path)
            error = ApiError(500, "internal_error", "The fake failed to answer this request.")
        return self._error(self._find(method, path), error, self._rate_limiter.peek())

    def _record(
        self,
        method: str,
        path: str,
        query: str,
        headers: dict[str, str],
        body: bytes,
        status: int,
        arrived: float,
    ) -> None:
        record = RecordedRequest(
            method=method,
            path=path,
            headers=MappingProxyType(headers),
            content=body,
            json=_json_or_none(body),
            status=status,
            time=arrived,
            query=query,
        )
        with self._lock:
            self._requests.append(record)
            self._answered += 1

    def _refuse(
        self,
        method: str,
        target: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        error: ApiError,
    ) -> FakeResponse:
        """The answer to a request refused before its body was read whole (413, 408), recorded
        without the body."""
        raw_path, _, query = target.partition("?")
        return self._refused(
            method.upper(), unquote(raw_path), query, _normalize_headers(headers), error, time.monotonic()
        )

    def _refused(
        self,
        method: str,
        path: str,
        query: str,
        headers: dict[str, str],
        error: ApiError,
        arrived: float,
    ) -> FakeResponse:
        response = self._error(self._find(method, path), error, self._rate_limiter.peek())
        self._record(method, path, query, headers, b"", response.status, arrived)
        return response

    def _error(self, operation: Operation | None, error: ApiError, headers: dict[str, str]) -> FakeResponse:
        headers.update(error.headers)
        headers["Content-Type"] = _JSON
        body = error_body(self._spec, operation, error.status, error.code, error.message, error.details)
        return FakeResponse(error.status, list(headers.items()), body)

    def _injected(self, fault: _Fault, method: str, path: str) -> FakeResponse:
        assert fault.status is not None
        status = fault.status
        if status == 429:
            headers = self._rate_limiter.exhaust_for(INJECTED_RETRY_AFTER_S)
        else:
            headers = self._rate_limiter.peek()
        body = fault.body
        if body is None and status != 429 and status >= 400:
            operation = self._find(method, path)
            body = error_body(
                self._spec, operation, status, default_code(status), f"Injected failure: HTTP {status}."
            )
        if body:
            headers["Content-Type"] = _JSON
        headers.update(fault.headers)
        return FakeResponse(status, list(headers.items()), body or b"", fault.delay)

    def _respond(
        self, method: str, path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> FakeResponse:
        rate_headers: dict[str, str] = {}
        operation: Operation | None = None
        try:
            operation, path_parameters = self._route(method, path)
            if headers.get(API_KEY_HEADER) != self._api_key:
                raise ApiError(401, "api_key_invalid", "The API key is missing or invalid.")
            allowed, rate_headers = self._rate_limiter.acquire()
            if not allowed:
                return FakeResponse(429, list(rate_headers.items()), b"")
            if error := path_error(operation, path_parameters):
                raise error
            values = query_values(self._spec, operation, query)
            if error := query_error(operation, values):
                raise error
            payload = request_payload(operation, headers, body)
            call = _Call(operation, path_parameters, values, payload, rate_headers)
            behaviour = self._behaviours.get((operation.method, operation.path))
            if behaviour is None and (
                generic := self._resources.answer(operation, path_parameters, values, payload)
            ):
                return self._json(call, generic.body, generic.status)
            if behaviour is None and operation.success_status in operation.stream_media:
                return self._schema_lines(call, {**path_parameters, **values, **payload})
            if behaviour is None:
                # An operation the spec gained after this fake was written: a schema-shaped answer.
                return self._json(
                    call, self._schema_answer(operation, {**path_parameters, **values, **payload})
                )
            return behaviour(call)
        except ApiError as error:
            return self._error(operation, error, rate_headers or self._rate_limiter.peek())

    def _serves(self, operation: Operation) -> bool:
        return self._legacy_endpoints or not operation.deprecated

    def _find(self, method: str, path: str) -> Operation | None:
        found = self._spec.find(method, path)
        return found[0] if found is not None and self._serves(found[0]) else None

    def _route(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        found = self._spec.find(method, path)
        if found is not None and self._serves(found[0]):
            return found
        chosen = self._spec.path_for(path)  # the most specific path: concrete before templated
        methods = sorted(
            op.method for op in self._spec.operations.values() if op.path == chosen and self._serves(op)
        )
        if methods:
            raise ApiError(
                405,
                "method_not_allowed",
                f"The {method} method is not allowed on {path}; use {', '.join(methods)}.",
                {"Allow": ", ".join(methods)},
            )
        # A retired route answers like one that never existed (see the class docstring).
        raise ApiError(404, "not_found", f"No endpoint at {path}.")

    # --- answers --------------------------------------------------------------------------

    def _json(self, call: _Call, answer: Any, status: int | None = None) -> FakeResponse:
        """A JSON answer, checked against the operation's response schema first."""
        operation = call.operation
        status = operation.success_status if status is None else status
        headers = call.headers
        if status not in operation.response_schemas:  # documented without a body (DELETE's 200)
            return FakeResponse(status, list(headers.items()), b"")
        validator = operation.response_validators[status]
        problem = next(validator.iter_errors(answer), None)
        if problem is not None:
            logger.error("fake answer violates the spec: %s", problem.message)
            raise ApiError(500, "internal_error", f"The fake produced an invalid answer: {problem.message}")
        headers["Content-Type"] = _JSON
        return FakeResponse(status, list(headers.items()), json.dumps(answer, ensure_ascii=False).encode())

    def _schema_answer(self, operation: Operation, payload: Mapping[str, Any]) -> Any:
        schema = operation.response_schemas.get(operation.success_status)
        if schema is None:
            return None
        rng = seeded_random(dict(payload))
        validator = operation.response_validators[operation.success_status]
        try:
            return _content.instance_of(schema, rng, root=self._spec.document, validator=validator)
        except SchemaNotSupported as exc:
            raise ApiError(500, "internal_error", f"The fake cannot answer this operation: {exc}") from None

    def _schema_lines(self, call: _Call, payload: Mapping[str, Any]) -> FakeResponse:
        """A schema-shaped answer to an operation that answers one JSON value per line: a few
        items, each valid against the line schema."""
        operation = call.operation
        status = operation.success_status
        rng = seeded_random(dict(payload), "lines:")
        validator = operation.stream_validators[status]
        try:
            items = [
                _content.instance_of(
                    operation.stream_schemas[status], rng, root=self._spec.document, validator=validator
                )
                for _ in range(_SCHEMA_LINES)
            ]
        except SchemaNotSupported as exc:
            raise ApiError(500, "internal_error", f"The fake cannot answer this operation: {exc}") from None
        headers = call.headers
        headers["Content-Type"] = operation.stream_media[status]
        body = b"".join(json.dumps(item, ensure_ascii=False).encode() + b"\n" for item in items)
        return FakeResponse(status, list(headers.items()), body)

    def _video(self, payload: Mapping[str, Any], status: int) -> VideoFacts:
        """The facts of the video ``payload`` names; ``status`` with ``resource_not_exist`` when it is missing."""
        found = video_identity(payload)
        if found is None:  # the spec guarantees a video; a new document might not
            return facts_for("no-video")
        kind, identity = found
        if self._is_missing(kind, identity):
            raise ApiError(status, "resource_not_exist", f"The video {identity} does not exist.")
        if kind == "asset_id" and (asset_status := self.asset_status(identity)) not in (None, "ready"):
            raise ApiError(400, "parameter_invalid", f"The asset {identity} is {asset_status}, not ready.")
        return facts_for(identity)

    def _is_missing(self, kind: str, identity: str) -> bool:
        with self._lock:
            registered = identity in self._missing
        return registered or looks_missing(kind, identity)

    def _gist(self, call: _Call) -> FakeResponse:
        self._video(call.body, 404)
        return self._json(call, _content.gist_answer(call.body))

    def _summarize(self, call: _Call) -> FakeResponse:
        self._video(call.body, 404)
        try:
            answer = _content.summarize_answer(call.body)
        except (SchemaNotSupported, SchemaError) as exc:
            raise _bad_response_format(exc) from None
        return self._json(call, answer)

    def _analyze(self, call: _Call) -> FakeResponse:
        facts = self._video(call.body, 404)
        try:
            generation = generate(call.body, facts)
        except (SchemaNotSupported, SchemaError) as exc:
            raise _bad_response_format(exc) from None
        if call.body.get("stream", True) is False:
            answer: dict[str, Any] = {
                "id": generation.generation_id,
                "data": generation.data,
                "finish_reason": generation.finish_reason,
                "usage": generation.usage(),
            }
            if generation.warning is not None:
                answer["error"] = {"message": generation.warning}
            return self._json(call, answer)
        rng = seeded_random({"generation": generation.generation_id}, "chunks:")
        lines = stream_lines(generation, rng)
        self._check_events(call.operation, lines)
        with self._lock:
            fault = self._stream_faults.popleft() if self._stream_faults else None
        parts = with_fault(lines, fault, rng)
        headers = call.headers
        headers["Content-Type"] = _NDJSON
        body = b"".join(part for part in parts if isinstance(part, bytes))
        return FakeResponse(200, list(headers.items()), body, parts=parts)

    def _check_events(self, operation: Operation, lines: list[bytes]) -> None:
        """The opening and closing events against the spec's event schema, every time; a text event
        the first time (they differ only in their text), each against its own variant when the
        schema is a discriminated ``oneOf`` (a third of the work)."""
        status = operation.success_status
        whole = operation.stream_validators.get(status)
        if whole is None:
            return
        prop, variants = operation.stream_variants.get(status, ("", {}))
        sample = [lines[0], lines[-1]]
        if not self._text_event_checked and len(lines) > 2:
            sample.append(lines[1])
        for line in sample:
            event = json.loads(line)
            kind = event.get(prop) if isinstance(event, dict) else None
            validator = variants.get(kind, whole) if isinstance(kind, str) else whole
            problem = next(validator.iter_errors(event), None)
            if problem is not None:
                logger.error("fake stream event violates the spec: %s", problem.message)
                raise ApiError(
                    500, "internal_error", f"The fake produced an invalid event: {problem.message}"
                )
        self._text_event_checked = True

    def _create_task(self, call: _Call) -> FakeResponse:
        facts = self._video(call.body, 400)
        try:
            generation = generate(call.body, facts)  # refuses a response format it cannot satisfy
        except (SchemaNotSupported, SchemaError) as exc:
            raise _bad_response_format(exc) from None
        task = self._tasks.create(call.body, facts, generation)
        return self._json(call, {"task_id": task.task_id, "status": "queued"})

    def _list_tasks(self, call: _Call) -> FakeResponse:
        page = self._tasks.page({**_query_defaults(call.operation), **call.query})
        page["data"] = [self._with_webhooks(task) for task in page["data"]]
        return self._json(call, page)

    def _retrieve_task(self, call: _Call) -> FakeResponse:
        return self._json(call, self._with_webhooks(self._tasks.retrieve(call.path["task_id"])))

    def _delete_task(self, call: _Call) -> FakeResponse:
        self._tasks.delete(call.path["task_id"])
        return self._json(call, None)

    def _batch_behaviours(self) -> dict[tuple[str, str], Behaviour]:
        """``/analyze/batches`` (the rules are in ``_batches.py``)."""
        batches = self._batches
        one = "/analyze/batches/{batch_id}"
        return {
            ("POST", "/analyze/batches"): lambda call: self._json(call, batches.create(call.body)),
            ("GET", "/analyze/batches"): lambda call: self._json(
                call, batches.page({**_query_defaults(call.operation), **call.query})
            ),
            ("GET", one): lambda call: self._json(call, batches.retrieve(call.path["batch_id"])),
            ("DELETE", one): self._delete_batch,
            ("POST", one + "/cancel"): lambda call: self._json(call, batches.cancel(call.path["batch_id"])),
            ("GET", one + "/results"): lambda call: self._lines(call, batches.results(call.path["batch_id"])),
        }

    def _delete_batch(self, call: _Call) -> FakeResponse:
        self._batches.delete(call.path["batch_id"])
        return self._json(call, None)

    def _lines(self, call: _Call, items: list[dict[str, Any]]) -> FakeResponse:
        """A line-framed answer (JSON Lines), one item per line; the first item of each status is
        checked against the spec's line schema (they differ only in their values otherwise)."""
        operation = call.operation
        status = operation.success_status
        validator = operation.stream_validators[status]
        checked: set[Any] = set()
        for item in items:
            if item.get("status") in checked:
                continue
            checked.add(item.get("status"))
            problem = next(validator.iter_errors(item), None)
            if problem is not None:
                logger.error("fake answer line violates the spec: %s", problem.message)
                raise ApiError(500, "internal_error", f"The fake produced an invalid line: {problem.message}")
        headers = call.headers
        headers["Content-Type"] = operation.stream_media[status]
        body = b"".join(json.dumps(item, ensure_ascii=False).encode() + b"\n" for item in items)
        return FakeResponse(status, list(headers.items()), body)

    # --- ASGI -----------------------------------------------------------------------------

    def _handle_served(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str] | Iterable[tuple[str, str]],
        body: bytes,
    ) -> FakeResponse:
        """``handle`` for a request that came through the ASGI app: it must not wait on a webhook
        receiver, which may be calling this server back (serve() sends deliveries instead)."""
        token = _SERVED.set(True)
        try:
            return self.handle(method, path, headers, body)
        finally:
            _SERVED.reset(token)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._app(scope, receive, send)

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
        return TwelveLabs(http_client=httpx.Client(transport=FakeTransport(self.handle)), **client_kwargs)

    def async_client(self, **client_kwargs: Any) -> AsyncTwelveLabs:
        """An ``AsyncTwelveLabs`` client bound to this fake in-process (no sockets)."""
        import httpx  # noqa: PLC0415 - only needed by in-process clients

        from twelvelabs_analyze import AsyncTwelveLabs  # noqa: PLC0415

        from ._transport import FakeTransport  # noqa: PLC0415

        client_kwargs.setdefault("api_key", self._api_key)
        client_kwargs.setdefault("base_url", self.base_url)
        return AsyncTwelveLabs(
            http_client=httpx.AsyncClient(transport=FakeTransport(self.handle)), **client_kwargs
        )

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Run the fake on a real HTTP server (uvicorn, background thread); yields the base URL.

        On exit the server stops and its port is released. The fake's ``limits`` apply (see
        :class:`ServerLimits`): request heads and bodies that arrive too slowly are timed out,
        and open connections are capped. Meanwhile a background thread sends webhook deliveries
        as they fall due: a served request does not wait for them (a receiver may call this
        server back).
        """
        from ._serve import serve_asgi  # noqa: PLC0415 - uvicorn is imported only when serving

        def refusal(status: int, code: str, message: str) -> bytes:
            return error_body(self._spec, None, status, code, message)

        with (
            serve_asgi(self, host=host, port=port, limits=self._limits, refusal=refusal) as origin,
            self._webhooks.ticking(),
        ):
            yield origin + self._spec.server_path


def _query_defaults(operation: Operation) -> dict[str, Any]:
    """The ``default`` of every query parameter that has one (``page``: 1, ``page_limit``: 10)."""
    properties = (operation.query_schema or {}).get("properties", {})
    return {name: schema["default"] for name, schema in properties.items() if "default" in schema}


def _bad_response_format(exc: Exception) -> ApiError:
    message = exc.message if isinstance(exc, SchemaError) else str(exc)
    return ApiError(400, "parameter_invalid", f"The response_format parameter is invalid: {message}")
