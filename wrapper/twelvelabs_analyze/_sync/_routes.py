"""Which route serves the legacy operations: their own endpoints, or their successor.

A client with ``legacy_endpoints="auto"`` (and its ``with_options`` copies, which share one
:class:`Routes`) sends ``gist``/``summarize`` to their endpoints until one answers that it
no longer exists; from then on it serves them through ``/analyze``. While nobody knows yet, one
call goes out alone as the probe and the others wait for its answer, so a client wastes at most
one request on a retired endpoint (a sunset in the middle of a run can cost one per call in flight).

Generated from ``_async/_routes.py`` by scripts/unasync.py — do not edit; change the async source.
"""

from __future__ import annotations

import re
import threading
from typing import Literal

from twelvelabs_analyze import _sleep
from twelvelabs_analyze._exceptions import APIStatusError

__all__ = ["Routes", "endpoint_gone"]

Route = Literal["legacy", "successor", "probe"]
PROBE_POLL_SECONDS = 0.02

# 404 codes that are about the request's resource (the video, an index), not the endpoint:
# `resource_not_exist` is the API's documented one; any other `*_not_exist` / `*_not_found`
# except the route-level ones below names a resource too.
_RESOURCE_CODE = re.compile(r"(?:^|_)(?:not_exist|not_found)$")
_ROUTE_CODES = frozenset({"not_found", "endpoint_not_found", "route_not_found", "url_not_found"})
# A path or URL a route-level 404 quotes ("No endpoint at /v1.3/gist.", "Cannot POST '/gist'"):
# from a "/" that does not follow a word (as in the id "a/b"), or from a scheme, to the next space.
# A video id inside one is part of the path.
_PATH_OR_URL = re.compile(r"(?<![A-Za-z0-9_.~%-])/\S*|[A-Za-z][A-Za-z0-9+.-]*://\S*")
_ID_CHARACTERS = "A-Za-z0-9_-"


def endpoint_gone(error: APIStatusError, video_id: object = None) -> bool:
    """Whether an error says the *endpoint* no longer exists — never a missing video.

    410 Gone always does. A 404 does unless it names a resource: an error code such as
    ``resource_not_exist`` or ``video_not_found``, or a body that names the video — a text of the
    body that is the video id or, when no route-level code (``not_found`` …) says what the 404
    is about, one that holds the id as a word of its own outside any path or URL it quotes
    (``Video v1 was not found.``, not ``No endpoint at /v1.3/gist.``).
    """
    if error.status_code == 410:
        return True
    if error.status_code != 404:
        return False
    code = error.code or ""
    if code and code not in _ROUTE_CODES and _RESOURCE_CODE.search(code):
        return False
    if not isinstance(video_id, str) or not video_id:
        return True
    return not _names(error.body, video_id, in_words=code not in _ROUTE_CODES)


def _names(body: object, video_id: str, *, in_words: bool) -> bool:
    """Whether a text (or number) of the decoded body is ``video_id``, or holds it as a word
    outside paths and URLs (``in_words``)."""
    if isinstance(body, dict):
        return any(_names(value, video_id, in_words=in_words) for value in body.values())
    if isinstance(body, list):
        return any(_names(value, video_id, in_words=in_words) for value in body)
    if isinstance(body, int | float) and not isinstance(body, bool):
        return str(body) == video_id
    if not isinstance(body, str) or video_id not in body:
        return False
    if body.strip() == video_id:
        return True
    word = rf"(?<![{_ID_CHARACTERS}]){re.escape(video_id)}(?![{_ID_CHARACTERS}])"
    return in_words and re.search(word, _PATH_OR_URL.sub(" ", body)) is not None


class Routes:
    """The route state of one client family; safe to share between tasks and threads."""

    def __init__(self) -> None:
        self._guard = threading.Lock()  # held only between two awaits, never across one
        self.state: Literal["unknown", "probing", "legacy", "gone"] = "unknown"

    def claim(self) -> Route:
        """``"legacy"``: use the legacy endpoint; ``"probe"``: use it and report back; ``"successor"``."""
        # Once settled, the state only ever goes from "legacy" to "gone": reading it without the lock
        # is the same as having claimed a moment earlier.
        state = self.state
        if state == "legacy":
            return "legacy"
        if state == "gone":
            return "successor"
        while True:
            with self._guard:
                if self.state == "gone":
                    return "successor"
                if self.state == "legacy":
                    return "legacy"
                if self.state == "unknown":
                    self.state = "probing"
                    return "probe"
            _sleep.sleep(PROBE_POLL_SECONDS)

    def settle(self, outcome: Literal["legacy", "gone", "unknown"]) -> None:
        """Record what a legacy call learnt: it worked, the endpoint is gone, or nothing (try again)."""
        if outcome == "legacy" and self.state in ("legacy", "gone"):
            return  # nothing to record (the usual case, without taking the lock)
        with self._guard:
            if outcome == "gone":
                self.state = "gone"
            elif outcome == "legacy" and self.state != "gone":
                self.state = "legacy"
            elif outcome == "unknown" and self.state == "probing":
                self.state = "unknown"  # the next caller probes
