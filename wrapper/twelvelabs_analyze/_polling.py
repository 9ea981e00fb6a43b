"""What waiting for a task needs besides I/O: the polling rules, the progress report, the options."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypedDict, TypeVar

from ._operation import Operation, _Record

__all__ = [
    "BACKOFF_FACTOR",
    "DEFAULT_MAX_POLL_INTERVAL",
    "DEFAULT_POLL_INTERVAL",
    "DEFAULT_WAIT_TIMEOUT",
    "Polling",
    "TaskProgress",
    "WaitOptions",
    "attribute_path",
    "check_seconds",
]

T = TypeVar("T")

DEFAULT_POLL_INTERVAL = 2.0  # seconds before the second poll
DEFAULT_MAX_POLL_INTERVAL = 30.0  # the wait between polls grows by half each time, up to this
DEFAULT_WAIT_TIMEOUT = 4 * 3600.0  # long videos take a while; a wait still ends
BACKOFF_FACTOR = 1.5


class Polling(_Record):
    """How to follow a task of this namespace (from ``openapi/client.yaml``)."""

    __slots__ = ("done", "error_message", "failed", "id_field", "id_parameter", "retrieve", "status_field")
    retrieve: Operation
    id_parameter: str  # the Python keyword of ``retrieve``'s task id
    id_field: str  # the attribute of ``create``'s result holding the id
    status_field: str
    done: frozenset[str]
    failed: frozenset[str]
    error_message: tuple[str, ...]  # attribute path of the failure's message on the task

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
    ) -> None:
        self._set(
            retrieve=retrieve,
            id_parameter=id_parameter,
            id_field=id_field,
            status_field=status_field,
            done=done,
            failed=failed,
            error_message=error_message,
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
