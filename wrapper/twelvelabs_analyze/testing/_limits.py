"""How much the fake accepts from a client: body size, time to send a request, open connections.

The fake is a test server, often left running (``mock-server``) where anything on the machine can
reach it; these bounds keep one careless or hostile client from exhausting its memory, its file
descriptors or its patience for everyone else.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["DEFAULT_LIMITS", "MIB", "ServerLimits"]

MIB = 1024 * 1024


def _positive(name: str, value: float) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ValueError(f"{name} must be a finite number > 0, not {value!r}")


@dataclass(frozen=True)
class ServerLimits:
    """Bounds on what one client may send; a request past one is answered (or cut) as noted.

    * ``max_body_bytes`` (64 MiB): a larger request body gets ``413 request_too_large``, and the
      connection is closed. Over HTTP the body is counted while it arrives (a ``Content-Length``
      over the limit is refused before a byte of it is read; a chunked body is cut at the limit),
      so memory never holds more than the limit. The largest documented request part is a video
      sent inline: "The base64-encoded video data. The maximum size is 30MB" (VideoContext in the
      published spec) — 30 MB of base64 text, or 40 MB if the 30 MB are the decoded bytes; 64 MiB
      admits either with room for the rest of the request (prompt, a reference image), and no
      valid request is near it otherwise.
      A direct asset upload (``POST /assets``, documented up to 200 MB) is bounded by it too:
      raise it to test files near that size. Parts PUT to presigned URLs are not: they are read
      as they arrive, each bounded by its chunk size.
    * ``body_timeout`` (60 s): time to receive a whole body once its head is in; then ``408
      request_timeout`` and the connection is closed.
    * ``header_timeout`` (10 s): time to receive a request head, counted from the connection (or
      the end of the previous answer on a kept-alive one); then the connection is closed (``408``
      when part of a head had arrived). This ends slowloris connections, which send a header
      byte now and then and would otherwise be held forever.
    * ``keep_alive_timeout`` (5 s, uvicorn's default): an idle kept-alive connection is closed.
    * ``max_connections`` (512): connections open at once. A connection past it closes the oldest
      one still waiting for its request head (so idle and slowloris connections cannot lock
      clients out); when every connection is busy with a request, the new one gets ``503`` and
      is closed. Never more than half the process's file-descriptor limit (``RLIMIT_NOFILE``),
      so the server does not run out of descriptors for what it must still open.
    * ``max_head_bytes`` (16 KiB, h11's default): a request line and headers larger than this get
      ``400`` from the HTTP layer.

    Only ``max_body_bytes`` applies in-process (``fake.client()``, the ASGI app); the others are
    about sockets and apply to ``serve()`` and ``mock-server``.
    """

    max_body_bytes: int = 64 * MIB
    body_timeout: float = 60.0
    header_timeout: float = 10.0
    keep_alive_timeout: int = 5
    max_connections: int = 512
    max_head_bytes: int = 16 * 1024

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_connections", "max_head_bytes", "keep_alive_timeout"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be an integer >= 1, not {value!r}")
        for name in ("body_timeout", "header_timeout"):
            _positive(name, getattr(self, name))


DEFAULT_LIMITS = ServerLimits()
