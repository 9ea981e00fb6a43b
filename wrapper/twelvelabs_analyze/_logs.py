"""``TWELVELABS_LOG=debug`` (or ``info``): the client's log lines on stderr, no logging set-up needed.

Read once, when ``twelvelabs_analyze`` is imported (as openai's ``OPENAI_LOG``). Only this
library's logger (``twelvelabs_analyze``) is turned on: httpx's own lines carry full URLs, whose
query strings may hold presigned video URLs. The library's lines name operations and paths,
never the key or a URL's query. Any other value is ignored with one line on stderr saying so.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

from ._constants import LOGGER_NAME

__all__ = ["LOG_ENV", "environment_handlers", "setup_logging"]

LOG_ENV = "TWELVELABS_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


class _EnvironmentHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``TWELVELABS_LOG`` installs (recognised so that it is installed once)."""


def environment_handlers(logger: logging.Logger) -> list[logging.Handler]:
    """The handlers ``TWELVELABS_LOG`` installed on ``logger`` (a command that logs on its own displaces them)."""
    return [handler for handler in logger.handlers if isinstance(handler, _EnvironmentHandler)]


def setup_logging(environ: Mapping[str, str] = os.environ) -> None:
    """Apply ``TWELVELABS_LOG``: a stderr handler and the level on the library's logger."""
    value = environ.get(LOG_ENV, "").strip()
    if not value:
        return
    level = _LEVELS.get(value.lower())
    if level is None:
        print(
            f"twelvelabs_analyze: {LOG_ENV}={value[:20]!r} ignored; use one of {', '.join(_LEVELS)}",
            file=sys.stderr,
        )
        return
    logger = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(handler, _EnvironmentHandler) for handler in logger.handlers):
        handler = _EnvironmentHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)
