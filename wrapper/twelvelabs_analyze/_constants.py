"""Defaults for timeouts, retries and the environment; one place to read them all."""

from __future__ import annotations

from ._version import __version__

DEFAULT_BASE_URL = "https://api.twelvelabs.io/v1.3"
API_KEY_ENV = "TWELVELABS_API_KEY"
BASE_URL_ENV = "TWELVELABS_BASE_URL"
API_KEY_HEADER = "x-api-key"

DEFAULT_TIMEOUT = 60.0  # seconds; summaries of long videos take a while
DEFAULT_MAX_RETRIES = 2
# A 429 on these endpoints can mean "wait until tomorrow": never block longer than this inside a call.
DEFAULT_MAX_RETRY_WAIT = 60.0

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
RETRY_JITTER = 0.25  # fraction of the backoff removed at random, so clients don't retry in lockstep

RETRYABLE_STATUSES = frozenset({408, 409, 429})  # plus every status >= 500

# POST /assets takes local video and audio files up to 200 MB and images up to 32 MB (the spec's
# description of the direct method), read as decimal megabytes: the stricter reading, which the
# fake enforces too. Larger files go through the multipart flow (up to 10 GB).
DIRECT_UPLOAD_LIMIT = 200 * 1000 * 1000
DIRECT_IMAGE_UPLOAD_LIMIT = 32 * 1000 * 1000
DEFAULT_UPLOAD_CONCURRENCY = 4  # parts in flight: an upload holds at most this many chunks in memory

TEMPERATURE_MIN = 0.0
TEMPERATURE_MAX = 1.0

LOGGER_NAME = "twelvelabs_analyze"

# Sent by the HTTP clients this library creates; a client you pass in keeps its own headers.
DEFAULT_HEADERS = {"accept": "application/json", "user-agent": f"twelvelabs-analyze/{__version__}"}
