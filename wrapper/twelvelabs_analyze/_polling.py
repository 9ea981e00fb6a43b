"""What waiting for a task needs besides I/O: the polling rules, the progress report, the options.

:class:`PollSchedule` holds every rule about *when* to poll: ``tasks.wait`` is a loop of I/O
around it, and any other loop that polls tasks (the CLI's batch) uses it too, so all of them
keep the same floor, backoff and deadline.
"""

from __future__ import annotations

import difflib
import re
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypedDict, TypeVar

from ._operation import Operation, _Record

if TYPE_CHECKING:
    from ._response import RateLimitInfo

__all__ = [
    "BACKOFF_FACTOR",
    "CLOCK_TOLERANCE",
    "CUSTOM_ID_PREFIX",
    "DEFAULT_MAX_POLL_INTERVAL",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "MAX_LOOKUP_PAGES",
    "MIN_PAUSE_AFTER_RATE_LIMIT",
    "PollSchedule",
    "Polling",
    "TaskLookup",
    "TaskProgress",
    "WaitOptions",
    "attribute_path",
    "check_seconds",
    "check_wait_options",
    "is_client_custom_id",
    "new_custom_id",
]

T = TypeVar("T")

DEFAULT_POLL_INTERVAL = 2.0  # seconds before the second poll
DEFAULT_MAX_POLL_INTERVAL = 30.0  # the wait between polls grows by half each time, up to this
DEFAULT_WAIT_TIMEOUT = 4 * 3600.0  # long videos take a while; a wait still ends
BACKOFF_FACTOR = 1.5
# The shortest pause after the server said the quota is spent (a 429, or X-Ratelimit-Remaining: 0),
# whatever wait it named. Retry-After counts whole seconds and X-Ratelimit-Reset is a whole epoch
# second, so "0", "Retry-After-Ms: 1" or a reset just past mean "within the second": one second is
# the shortest pause that honours them all. It keeps a waiter at one poll a second against a
# server that keeps answering 429 with no wait (it was 2,800-4,400 requests a second).
MIN_PAUSE_AFTER_RATE_LIMIT = 1.0

CUSTOM_ID_PREFIX = "tla-"  # + 32 hex digits: within the API's 1-64 letters, digits, "-" and "_"
_CLIENT_CUSTOM_ID = re.compile(re.escape(CUSTOM_ID_PREFIX) + "[0-9a-f]{32}")
# A task looked for after a lost answer was created seconds ago: it is among the newest of its
# video. Pages hold the most the list allows (50 tasks), so this is the 200 newest of that video.
MAX_LOOKUP_PAGES = 4
# Seconds the client's clock may be ahead of the server's when judging whether a task with a
# custom_id the caller made up was created by this call (created_at is the server's clock).
CLOCK_TOLERANCE = 60.0


def new_custom_id() -> str:
    """A custom id no other task has (``tla-`` and 122 random bits as 32 hex digits).

    ``tasks.create`` gives one to every task created without a custom id; a caller that must
    record the id before the call (to find the task after a crash) makes it with this function.
    """
    return CUSTOM_ID_PREFIX + uuid.uuid4().hex


def is_client_custom_id(custom_id: str) -> bool:
    """Whether ``custom_id`` is one :func:`new_custom_id` makes (then no other task has it)."""
    return _CLIENT_CUSTOM_ID.fullmatch(custom_id) is not None


class TaskLookup(_Record):
    """How to find a task by the custom id it was created with (from ``openapi/client.yaml``)."""

    __slots__ = ("created_field", "custom_id", "filters", "list", "page_size")
    list: Operation  # the paged list of tasks, newest first
    custom_id: str  # create's keyword of the custom id (each task in the list has it as an attribute)
    created_field: str  # the attribute of a listed task holding when it was created (a datetime)
    filters: tuple[tuple[str, tuple[str, ...]], ...]  # list keyword <- path into create's arguments
    page_size: tuple[str, int] | None  # list's page-size keyword and its largest value

    def __init__(
        self,
        *,
        list: Operation,
        custom_id: str,
        created_field: str,
        filters: tuple[tuple[str, tuple[str, ...]], ...] = (),
        page_size: tuple[str, int] | None = None,
    ) -> None:
        self._set(
            list=list, custom_id=custom_id, created_field=created_field, filters=filters, page_size=page_size
        )

    def arguments(self, create_arguments: Mapping[str, Any]) -> dict[str, Any]:
        """list's arguments that narrow it to tasks made from the same source as ``create_arguments``."""
        chosen: dict[str, Any] = {}
        for keyword, path in self.filters:
            value: Any = create_arguments
            for part in path:
                value = value.get(part) if isinstance(value, Mapping) else None
            if isinstance(value, str):
                chosen[keyword] = value
        if self.page_size is not None:
            chosen[self.page_size[0]] = self.page_size[1]
        return chosen


class Polling(_Record):
    """How to follow a task of this namespace (from ``openapi/client.yaml``)."""

    __slots__ = (
        "create",
        "done",
        "error_message",
        "failed",
        "id_field",
        "id_parameter",
        "lookup",
        "namespace",
        "noun",
        "retrieve",
        "status_field",
    )
    retrieve: Operation
    id_parameter: str  # the Python keyword of ``retrieve``'s task id
    id_field: str  # the attribute of ``create``'s result holding the id
    status_field: str
    done: frozenset[str]
    failed: frozenset[str]
    error_message: tuple[str, ...]  # attribute path of the failure's message on the task
    namespace: str  # where the methods are, "analyze_async.tasks" (for messages)
    noun: str  # what messages call one: "task", "asset"
    create: Operation | None
    lookup: TaskLookup | None  # None: create is sent like any call (retried blindly)

    def __init__(
        self,
        *,
        retrieve: Operation,
        id_parameter: str,
        id_field: str,
        status_field: str,
        done: frozenset[str],
        failed: frozenset[str],
        error_message: tuple[str, ...],
        namespace: str = "",
        noun: str = "task",
        create: Operation | None = None,
        lookup: TaskLookup | None = None,
    ) -> None:
        self._set(
            retrieve=retrieve,
            id_parameter=id_parameter,
            id_field=id_field,
            status_field=status_field,
            done=done,
            failed=failed,
            error_message=error_message,
            namespace=namespace,
            noun=noun,
            create=create,
            lookup=lookup,
        )


class TaskProgress(_Record, Generic[T]):
    """What ``on_progress`` receives after every poll: the task, its status, the time waited, the polls made."""

    __slots__ = ("elapsed", "polls", "status", "task")
    task: T
    status: str
    elapsed: float  # seconds since ``wait`` started
    polls: int

    def __init__(self, task: T, status: str, elapsed: float, polls: int) -> None:
        self._set(task=task, status=status, elapsed=elapsed, polls=polls)


class WaitOptions(TypedDict, total=False):
    """Options of ``wait`` (and of ``create_and_wait``)."""

    poll_interval: float
    max_poll_interval: float
    timeout: float | None
    on_progress: Callable[[TaskProgress[Any]], object] | None


def attribute_path(value: Any, path: tuple[str, ...]) -> str | None:
    for name in path:
        value = getattr(value, name, None)
    return value if isinstance(value, str) and value else None


def check_seconds(name: str, value: object, *, allow_zero: bool) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:  # noqa: PLR0124 - NaN
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    if value < 0 or (value == 0 and not allow_zero) or value == float("inf"):
        bound = ">= 0" if allow_zero else "> 0"
        raise ValueError(f"{name} must be a finite number of seconds {bound}, not {value!r}")


def _check_callback(name: str, value: object) -> None:
    if value is not None and not callable(value):
        raise TypeError(f"{name} must be a callable or None, not {type(value).__name__}")


def check_wait_options(options: Mapping[str, object], method: str) -> WaitOptions:
    """``options`` checked as ``wait`` would check them — before any request is made.

    An unknown name raises ``TypeError`` as Python does for a keyword argument (``method`` is
    the name it shows), with the closest known name when one is close.
    """
    known = WaitOptions.__annotations__
    for name in options:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise TypeError(f"{method}() got an unexpected keyword argument {name!r}{hint}")
    if "poll_interval" in options:
        check_seconds("poll_interval", options["poll_interval"], allow_zero=False)
    if "max_poll_interval" in options:
        check_seconds("max_poll_interval", options["max_poll_interval"], allow_zero=True)
    if options.get("timeout") is not None:
        check_seconds("timeout", options["timeout"], allow_zero=True)
    _check_callback("on_progress", options.get("on_progress"))
    checked: WaitOptions = dict(options)  # type: ignore[assignment] # every key and value checked above
    return checked


class PollSchedule:
    """When to poll one task next, free of I/O; ``now`` is ``time.monotonic()``.

    * after an answer, the pause is the current interval (``poll_interval`` at first, growing by
      :data:`BACKOFF_FACTOR` up to ``max_poll_interval``); an answer whose
      ``X-Ratelimit-Remaining`` is 0 stretches it to the window's reset;
    * after a 429 the loop got to see, the pause is the longest of the server's wait, the current
      interval, and the interval grows as after an answer;
    * after either rate-limit signal the pause is never below :data:`MIN_PAUSE_AFTER_RATE_LIMIT`,
      whatever the server said (a wait of 0, a reset already past);
    * ``timeout`` seconds after the start, :meth:`left` is 0: the loop ends.
    """

    __slots__ = ("_ceiling", "deadline", "interval", "started")

    def __init__(
        self, poll_interval: float, max_poll_interval: float, timeout: float | None, *, now: float
    ) -> None:
        self.interval = float(poll_interval)
        self._ceiling = max(float(max_poll_interval), self.interval)
        self.started = now
        self.deadline = None if timeout is None else now + timeout

    def _next(self, pause: float) -> float:
        self.interval = min(self.interval * BACKOFF_FACTOR, self._ceiling)
        return pause

    def after_answer(self, rate_limit: RateLimitInfo, *, wall: float) -> float:
        """Seconds to pause after an answer with these rate-limit figures (``wall``: ``time.time()``)."""
        pause = self.interval
        if rate_limit.remaining == 0:
            reset = rate_limit.reset_at
            told = 0.0 if reset is None else reset.timestamp() - wall
            pause = max(pause, told, MIN_PAUSE_AFTER_RATE_LIMIT)
        return self._next(pause)

    def after_rate_limit(self, retry_after: float | None) -> float:
        """Seconds to pause after a 429 (``retry_after``: its wait, ``None`` when it named none)."""
        return self._next(max(retry_after or 0.0, self.interval, MIN_PAUSE_AFTER_RATE_LIMIT))

    def left(self, now: float) -> float | None:
        """Seconds until the deadline (0 once it has passed); ``None`` without a timeout."""
        return None if self.deadline is None else max(0.0, self.deadline - now)
