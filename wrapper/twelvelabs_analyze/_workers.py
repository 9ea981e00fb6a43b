"""Running a few workers in parallel, the one thing the sync and async uploads do differently.

``_async/_uploads.py`` uses :class:`AsyncWorkers` (anyio tasks); its generated sync twin uses
:class:`Workers` (threads) under the same method names, so the upload is written once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

__all__ = ["AsyncWorkers", "Workers"]

T = TypeVar("T")


class Workers:
    """Threads: ``run`` starts ``count`` of ``worker`` and waits for all; ``stop`` asks them to
    take no more work (a thread cannot be interrupted: each finishes what it is doing)."""

    def __init__(self) -> None:
        self._stopped = threading.Event()

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def stop(self) -> None:
        self._stopped.set()

    def lock(self) -> threading.Lock:
        return threading.Lock()

    def call(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` (blocking I/O such as reading a part); in the caller's thread here."""
        return function(*args)

    def run(self, worker: Callable[[], None], count: int) -> None:
        with ThreadPoolExecutor(max_workers=count, thread_name_prefix="twelvelabs-upload") as pool:
            futures = [pool.submit(worker) for _ in range(count)]
            try:
                for future in futures:
                    future.result()
            except BaseException:  # Ctrl-C in the waiting thread: the others take no more parts
                self.stop()
                raise


class AsyncWorkers:
    """anyio tasks: ``run`` starts ``count`` of ``worker`` and waits for all; ``stop`` cancels them."""

    def __init__(self) -> None:
        self._stopped = False
        self._scope: Any = None

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        self._stopped = True
        if self._scope is not None:
            self._scope.cancel()

    def lock(self) -> Any:
        import anyio  # noqa: PLC0415 - sync users never load the event-loop libraries

        return anyio.Lock()

    async def call(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in a worker thread: reading a part must not block the event loop."""
        import anyio  # noqa: PLC0415

        return await anyio.to_thread.run_sync(function, *args)

    async def run(self, worker: Callable[[], Coroutine[Any, Any, None]], count: int) -> None:
        import anyio  # noqa: PLC0415

        try:
            async with anyio.create_task_group() as group:
                self._scope = group.cancel_scope
                for _ in range(count):
                    group.start_soon(worker)
        except BaseExceptionGroup as group_error:  # what a worker let through (Ctrl-C, a crash): as itself
            raise group_error.exceptions[0] from None
