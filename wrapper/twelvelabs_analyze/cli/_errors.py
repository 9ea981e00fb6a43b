"""Exit codes, and every failure turned into one readable line on stderr.

The key is masked in whatever is written about a failure: a command runs with the key in scope
(``_secrets.redacting``), so the errors made while it runs carry no key, and the line (or, with
``--verbose``, the traceback) written here is masked once more.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from twelvelabs_analyze import MissingAPIKeyError, NotFoundError, TwelveLabsError
from twelvelabs_analyze._constants import API_KEY_ENV, BASE_URL_ENV, DEFAULT_BASE_URL, LOGGER_NAME
from twelvelabs_analyze._logs import environment_handlers
from twelvelabs_analyze._secrets import Secret, redact_in_scope
from twelvelabs_analyze._spec import spec_document

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_RATE_LIMITED",
    "EXIT_USAGE",
    "MISSING_KEY_MESSAGE",
    "CommandError",
    "command_secret",
    "enable_debug_logging",
    "reported_errors",
    "say",
]

EXIT_OK = 0
EXIT_FAILED = 1  # an API error, or some videos of a batch failed
EXIT_USAGE = 2  # the command cannot run as given (click uses 2 for bad options too)
EXIT_RATE_LIMITED = 3  # a batch stopped on a rate limit; rerun to resume
EXIT_INTERRUPTED = 130  # Ctrl-C, after a clean finish (128 + SIGINT, as shells report it)

MISSING_KEY_MESSAGE = f"no API key: set {API_KEY_ENV} or pass --api-key"
# Said only where the demo and the mock server can run (the testing extra is installed).
TRY_WITHOUT_A_KEY = " (try 'twelvelabs-analyze demo' or 'mock-server' to run without one)"


class CommandError(Exception):
    """A failure the command has already phrased for the user; ``exit_code`` says how it ends."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def say(message: str) -> None:
    sys.stderr.write(f"error: {message}\n")
    sys.stderr.flush()


def _api_root_path() -> str:
    """``/v1.3``: the path of the API root in the spec's server URL."""
    servers = spec_document().get("servers") or [{}]
    return urlsplit(str(servers[0].get("url", DEFAULT_BASE_URL))).path.rstrip("/")


def effective_base_url(base_url: str | None) -> str:
    """The base URL a client made with ``base_url`` uses (the option, the environment, the default)."""
    return base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL


_VERSION_SEGMENT = re.compile(r"/v\d+(?:\.\d+)*$")


def base_url_hint(error: TwelveLabsError, base_url: str | None) -> str:
    """For a 404 from a base URL without the API's version path (``/v1.3``): the URL it probably should be."""
    root = _api_root_path()
    if not isinstance(error, NotFoundError) or not root:
        return ""
    base = effective_base_url(base_url).rstrip("/")
    parts = urlsplit(base)
    if parts.path.endswith(root):
        return ""
    path = _VERSION_SEGMENT.sub("", parts.path) + root
    return f"; did you mean {parts._replace(path=path).geturl()}? (the API root ends with {root})"


def describe(error: BaseException, base_url: str | None = None) -> tuple[str, int]:
    """The one line a failure is reported with, and the exit code."""
    if isinstance(error, CommandError):
        return str(error), error.exit_code
    if isinstance(error, MissingAPIKeyError):
        from ._extras import missing_testing_extra  # noqa: PLC0415

        return MISSING_KEY_MESSAGE + ("" if missing_testing_extra() else TRY_WITHOUT_A_KEY), EXIT_USAGE
    if isinstance(error, TwelveLabsError):
        return str(error) + base_url_hint(error, base_url), EXIT_FAILED
    if isinstance(error, (ValueError, TypeError)):  # the client refused the input before sending
        return str(error), EXIT_USAGE
    if isinstance(error, OSError):
        text = f"{error.strerror or error}: {error.filename}" if error.filename else str(error)
        return text, EXIT_USAGE if isinstance(error, FileNotFoundError) else EXIT_FAILED
    return f"unexpected {type(error).__name__}: {error}", EXIT_FAILED


@contextmanager
def reported_errors(
    verbose: bool,
    exit: Callable[[int], BaseException],
    base_url: str | None = None,
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
            sys.stderr.write(redact_in_scope(traceback.format_exc()))
        message, code = describe(error, base_url)
        if (
            code == EXIT_FAILED
            and not verbose
            and not isinstance(error, (TwelveLabsError, CommandError, OSError))
        ):
            message += " (run with --verbose for the traceback)"
        say(redact_in_scope(message))
    if code is not None:
        raise exit(code)


class _Redact(logging.Filter):
    def __init__(self, secret: Secret) -> None:
        super().__init__()
        self._secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        redacted = self._secret.redact(text)
        if redacted != text:
            record.msg, record.args = redacted, None
        return True


def command_secret(api_key: str | None) -> Secret:
    """The key a command's client uses (``--api-key``, else the environment), to mask it."""
    return Secret((api_key or os.environ.get(API_KEY_ENV) or "").strip())


def enable_debug_logging(api_key: str | None) -> Callable[[], None]:
    """DEBUG logs of the library on stderr, the key redacted as the library redacts it. Returns the undo."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_Redact(command_secret(api_key)))
    logger = logging.getLogger(LOGGER_NAME)
    level = logger.level
    # TWELVELABS_LOG's handler writes the same lines to the same stderr: one of the two is enough.
    displaced = environment_handlers(logger)
    for other in displaced:
        logger.removeHandler(other)
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)

    def undo() -> None:
        logger.removeHandler(handler)
        for other in displaced:
            logger.addHandler(other)
        logger.setLevel(level)

    return undo
