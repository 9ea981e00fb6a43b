"""Exit codes, and every failure turned into one readable line on stderr."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from twelvelabs_analyze import MissingAPIKeyError, TwelveLabsError
from twelvelabs_analyze._constants import API_KEY_ENV, LOGGER_NAME

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_RATE_LIMITED",
    "EXIT_USAGE",
    "CommandError",
    "enable_debug_logging",
    "reported_errors",
]

EXIT_OK = 0
EXIT_FAILED = 1  # an API error, or some videos of a batch failed
EXIT_USAGE = 2  # the command cannot run as given (click uses 2 for bad options too)
EXIT_RATE_LIMITED = 3  # a batch stopped on a rate limit; rerun to resume
EXIT_INTERRUPTED = 130  # Ctrl-C, after a clean finish (128 + SIGINT, as shells report it)

MISSING_KEY_MESSAGE = (
    f"no API key: set {API_KEY_ENV} or pass --api-key "
    "(try 'twelvelabs-analyze demo' or 'mock-server' to run without one)"
)


class CommandError(Exception):
    """A failure the command has already phrased for the user; ``exit_code`` says how it ends."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _say(message: str) -> None:
    sys.stderr.write(f"error: {message}\n")
    sys.stderr.flush()


@contextmanager
def reported_errors(
    verbose: bool,
    exit: Callable[[int], BaseException],
    passthrough: tuple[type[BaseException], ...] = (),
) -> Iterator[None]:
    """Turn an exception into ``error: …`` on stderr and ``raise exit(code)``; tracebacks only when verbose.

    ``passthrough`` exceptions (the CLI framework's own usage errors and exits) propagate untouched.
    """
    code: int | None = None
    try:
        yield
    except passthrough:
        raise
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        code = EXIT_INTERRUPTED
    except Exception as error:
        if verbose:
            traceback.print_exc()
        if isinstance(error, CommandError):
            _say(str(error))
            code = error.exit_code
        elif isinstance(error, MissingAPIKeyError):
            _say(MISSING_KEY_MESSAGE)
            code = EXIT_USAGE
        elif isinstance(error, TwelveLabsError):
            _say(str(error))
            code = EXIT_FAILED
        elif isinstance(error, (ValueError, TypeError)):  # the client refused the input before sending
            _say(str(error))
            code = EXIT_USAGE
        elif isinstance(error, OSError):
            _say(f"{error.strerror or error}: {error.filename}" if error.filename else str(error))
            code = EXIT_USAGE if isinstance(error, FileNotFoundError) else EXIT_FAILED
        else:
            hint = "" if verbose else " (run with --verbose for the traceback)"
            _say(f"unexpected {type(error).__name__}: {error}{hint}")
            code = EXIT_FAILED
    if code is not None:
        raise exit(code)


class _Redact(logging.Filter):
    def __init__(self, secret: str | None) -> None:
        super().__init__()
        self._secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        if self._secret and self._secret in record.getMessage():
            record.msg, record.args = record.getMessage().replace(self._secret, "***"), None
        return True


def enable_debug_logging(api_key: str | None) -> Callable[[], None]:
    """DEBUG logs of the library on stderr; the key never appears. Returns the undo."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_Redact(api_key))
    logger = logging.getLogger(LOGGER_NAME)
    level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)

    def undo() -> None:
        logger.removeHandler(handler)
        logger.setLevel(level)

    return undo
