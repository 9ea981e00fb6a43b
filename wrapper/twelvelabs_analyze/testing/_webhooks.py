"""The fake's webhooks: signed deliveries of what happened (a task became ready or failed) to the
endpoints a test registers, with a small bounded retry on the fake's clock.

Nothing runs by itself, as with tasks: :meth:`Webhooks.run` looks at what has happened by the
fake's time (each *source* reports its new occurrences once), sends every delivery that is due
and records the outcome, which the API shows as ``webhooks: [{url, delivered, attempts,
last_error}]`` (the spec's ``AnalyzeTaskWebhookInfo``) on the subject (a task, a batch).
The fake calls ``run`` when it handles a request in-process, when it advances its clock, and,
while ``serve()`` runs, from a ticker thread (a served request must not wait on a receiver that
may be calling the fake back).

Envelope and signature as TwelveLabs documents them: ``{id, created_at, type, data}``, the
header ``TL-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">``
(https://docs.twelvelabs.io/docs/webhooks-notification-schema). The signature's time is the wall
clock's, not the fake's: receivers compare it with their own clock.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import math
import ssl
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from twelvelabs_analyze.webhooks import SIGNATURE_HEADER, sign

from ._words import digest

if TYPE_CHECKING:
    import httpx

__all__ = ["Occurrence", "Source", "Webhooks", "task_occurrences"]

logger = logging.getLogger("twelvelabs_analyze.testing")

DEFAULT_MAX_ATTEMPTS = 3
DEFAULT_RETRY_DELAY = 10.0  # fake seconds between attempts
DEFAULT_TIMEOUT = 5.0  # wall seconds one attempt may take
TICK_S = 0.05  # how often serve()'s ticker looks for due deliveries


@dataclass(frozen=True)
class Occurrence:
    """Something endpoints hear about: ``type`` with ``data``, shown on ``subject`` (a task id …)."""

    subject: str
    type: str
    data: dict[str, Any]


# Given the fake's time, what happened since the last call (each occurrence reported once).
Source = Callable[[float], Iterable[Occurrence]]


def task_occurrences(finished: Iterable[tuple[str, str, str | None]]) -> list[Occurrence]:
    """``analyze.task.ready``/``failed`` for tasks that are done, given as ``(task_id, status,
    custom_id)``; ``data`` as documented: the task's ``id``, ``status`` and ``custom_id``."""
    return [
        Occurrence(
            task_id, f"analyze.task.{status}", {"id": task_id, "status": status, "custom_id": custom_id}
        )
        for task_id, status, custom_id in finished
    ]


@dataclass(eq=False)
class _Endpoint:
    url: str
    secret: bytes = field(repr=False)
    transport: Any = field(repr=False)  # httpx.BaseTransport | httpx.AsyncBaseTransport | None
    max_attempts: int
    retry_delay: float
    timeout: float


@dataclass(eq=False)
class _Delivery:
    endpoint: _Endpoint
    subject: str
    body: bytes
    due: float  # fake time of the next attempt
    attempts: int = 0
    delivered: bool = False
    last_error: str | None = None
    busy: bool = False  # an attempt is under way

    @property
    def finished(self) -> bool:
        return self.delivered or self.attempts >= self.endpoint.max_attempts

    def info(self) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": self.endpoint.url,
            "delivered": self.delivered,
            "attempts": self.attempts,
        }
        if not self.delivered and self.last_error is not None:
            info["last_error"] = self.last_error
        return info


def _timestamp(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_endpoint(
    url: str, secret: str | bytes, max_attempts: int, retry_delay: float, timeout: float
) -> bytes:
    import httpx  # noqa: PLC0415 - the fake itself does not need httpx

    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"url must be an http(s) URL: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"url must be an absolute http(s) URL, not {url!r}")
    if isinstance(secret, str):
        secret = secret.encode()
    if not isinstance(secret, bytes) or not secret:
        raise ValueError("secret must be a non-empty str or bytes")
    if isinstance(max_attempts, bool) or not isinstance(max_attempts, int) or max_attempts < 1:
        raise ValueError(f"max_attempts must be an int >= 1, not {max_attempts!r}")
    if not (math.isfinite(retry_delay) and retry_delay >= 0):
        raise ValueError(f"retry_delay must be a finite number of seconds >= 0, not {retry_delay!r}")
    if not (math.isfinite(timeout) and timeout > 0):
        raise ValueError(f"timeout must be a finite number of seconds > 0, not {timeout!r}")
    return secret


@functools.cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every delivery: building one (as each new client does) takes ~60 ms."""
    import httpx  # noqa: PLC0415

    return httpx.create_ssl_context()


def _post(endpoint: _Endpoint, body: bytes) -> str | None:
    """One attempt; ``None`` when the receiver answered 2xx, else what went wrong."""
    import httpx  # noqa: PLC0415

    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(body, endpoint.secret)}
    transport = endpoint.transport
    try:
        if transport is None:
            # trust_env=False: a proxy from the environment must not see loopback deliveries.
            with httpx.Client(timeout=endpoint.timeout, trust_env=False, verify=_tls()) as client:
                status = client.post(endpoint.url, content=body, headers=headers).status_code
        elif isinstance(transport, httpx.BaseTransport):
            # Not closed: closing a client closes its transport, which belongs to the test.
            client = httpx.Client(transport=transport, timeout=endpoint.timeout, trust_env=False)
            status = client.post(endpoint.url, content=body, headers=headers).status_code
        else:
            status = _post_async(endpoint, body, headers)
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # the test's receiver app raised: a failed delivery, not a fake crash
        logger.warning("webhook receiver at %s raised %r", endpoint.url, exc)
        return f"the receiver raised {type(exc).__name__}: {exc}"
    return None if 200 <= status < 300 else f"HTTP {status}"


def _post_async(endpoint: _Endpoint, body: bytes, headers: dict[str, str]) -> int:
    """POST through an async transport (``httpx.ASGITransport`` …) on an event loop of its own,
    in a thread: the caller may be inside a running loop already."""
    import anyio  # noqa: PLC0415
    import httpx  # noqa: PLC0415

    async def post() -> int:
        client = httpx.AsyncClient(transport=endpoint.transport, timeout=endpoint.timeout, trust_env=False)
        with anyio.fail_after(endpoint.timeout):
            return (await client.post(endpoint.url, content=body, headers=headers)).status_code

    outcome: list[int | BaseException] = []

    def run() -> None:
        try:
            outcome.append(anyio.run(post))
        except BaseException as exc:  # handed back to the calling thread below
            outcome.append(exc)

    thread = threading.Thread(target=run, name="fake-twelvelabs-webhook", daemon=True)
    thread.start()
    thread.join(endpoint.timeout + 1.0)
    if not outcome:
        raise httpx.ReadTimeout(f"the receiver did not answer within {endpoint.timeout:g} s")
    result = outcome[0]
    if isinstance(result, TimeoutError):
        raise httpx.ReadTimeout(f"the receiver did not answer within {endpoint.timeout:g} s")
    if isinstance(result, BaseException):
        raise result
    return result


class Webhooks:
    """The endpoints of one fake, what they are sent, and how that went; behind one lock."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._endpoints: list[_Endpoint] = []
        self._sources: list[Source] = []
        self._pending: list[_Delivery] = []  # not delivered yet, attempts left
        self._by_subject: dict[str, list[_Delivery]] = {}
        self._events = 0

    def add_source(self, source: Source) -> None:
        """Report ``source``'s occurrences from now on (tasks; batches when the fake has them)."""
        with self._lock:
            self._sources.append(source)

    def add_endpoint(
        self,
        url: str,
        secret: str | bytes,
        *,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        retry_delay: float = DEFAULT_RETRY_DELAY,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        key = _check_endpoint(url, secret, max_attempts, retry_delay, timeout)
        endpoint = _Endpoint(url, key, transport, max_attempts, float(retry_delay), float(timeout))
        with self._lock:
            # What happened before this endpoint existed goes to the older ones only.
            self._collect(self._clock())
            self._endpoints.append(endpoint)

    @property
    def configured(self) -> bool:
        return bool(self._endpoints)

    def _collect(self, now: float) -> None:
        """Turn the sources' new occurrences into deliveries, one per endpoint (lock held)."""
        for source in self._sources:
            for occurrence in source(now):
                self._events += 1
                envelope = {
                    "id": "whe_" + digest({"webhook": self._events}).hex()[:32],
                    "created_at": _timestamp(now),
                    "type": occurrence.type,
                    "data": occurrence.data,
                }
                body = json.dumps(envelope, ensure_ascii=False).encode()
                for endpoint in self._endpoints:
                    delivery = _Delivery(endpoint, occurrence.subject, body, due=now)
                    self._pending.append(delivery)
                    self._by_subject.setdefault(occurrence.subject, []).append(delivery)

    def run(self) -> int:
        """Send every delivery due by the fake's time; returns how many attempts were made."""
        if not self._endpoints:  # nothing to send; what happens meanwhile is collected on add
            return 0
        now = self._clock()
        with self._lock:
            self._collect(now)
            due = [d for d in self._pending if not d.busy and d.due <= now]
            for delivery in due:
                delivery.busy = True
        # Sent without the lock: a receiver may call the fake back, which runs this again.
        for delivery in due:
            error = _post(delivery.endpoint, delivery.body)
            with self._lock:
                delivery.busy = False
                delivery.attempts += 1
                delivery.delivered = error is None
                delivery.last_error = error
                delivery.due = self._clock() + delivery.endpoint.retry_delay
                if delivery.finished and delivery in self._pending:
                    self._pending.remove(delivery)
        return len(due)

    def status(self, subject: str) -> list[dict[str, Any]]:
        """The spec's ``webhooks`` field for ``subject``: one entry per delivery attempted so far."""
        with self._lock:
            return [d.info() for d in self._by_subject.get(subject, ()) if d.attempts > 0]

    def clear(self) -> None:
        """Forget every delivery (the endpoints stay)."""
        with self._lock:
            self._pending.clear()
            self._by_subject.clear()

    @contextmanager
    def ticking(self) -> Iterator[None]:
        """Run due deliveries from a background thread until the block ends (for ``serve()``)."""
        stop = threading.Event()

        def tick() -> None:
            while not stop.wait(TICK_S):
                try:
                    self.run()
                except Exception:  # a bug here must not end deliveries for the rest of the server's life
                    logger.exception("webhook delivery failed")

        thread = threading.Thread(target=tick, name="fake-twelvelabs-webhooks", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()
