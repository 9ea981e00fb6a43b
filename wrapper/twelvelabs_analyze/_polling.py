"""What waiting for a task needs besides I/O: the polling rules, the progress report, the options."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypedDict, TypeVar

from attrs import frozen

from ._operation import Operation

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


@frozen
class Polling:
    """How to follow a task of this namespace (from ``openapi/client.yaml``)."""

    retrieve: Operation
    id_parameter: str  # the Python keyword of ``retrieve``'s task id
    id_field: str  # the attribute of ``create``'s result holding the id
    status_field: str
    done: frozenset[str]
    failed: frozenset[str]
    error_message: tuple[str, ...]  # attribute path of the failure's message on the task


@frozen
class TaskProgress(Generic[T]):
    """What ``on_progress`` receives after every poll."""

    task: T
    status: str
    elapsed: float  # seconds since ``wait`` started
    polls: int


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
        raise ValueError(f"{name} must be a finite number of seconds >= 0, not {value!r}")
