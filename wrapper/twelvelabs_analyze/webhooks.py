"""Receiving TwelveLabs webhooks: check a delivery's signature and read its event.

>>> from twelvelabs_analyze.webhooks import verify
>>> event = verify(request_body, request_headers, secret)   # raw bytes, as received
>>> if event.task is not None:
...     print(event.type, event.task.task_id, event.task.custom_id)

TwelveLabs signs each delivery with the secret of your webhook (from its console): the
``TL-Signature`` header is ``t=<unix seconds>,v1=<hex>``, where the hex is HMAC-SHA256 of
``"<t>.<raw body>"``. :func:`verify` checks that on the raw body, refuses deliveries signed more
than ``tolerance`` seconds away from now (5 minutes, as TwelveLabs suggests), and raises a
:class:`WebhookVerificationError` subclass for anything it refuses. :func:`sign` makes the header,
for your own tests (``twelvelabs_analyze.testing.FakeTwelveLabs`` delivers signed events too).
"""

from __future__ import annotations

import hashlib
import hmac
import math
import re
import time
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Final, Literal, TypeAlias

from attrs import field, frozen

from ._exceptions import (
    ExpiredSignatureError,
    InvalidSignatureError,
    MalformedEventError,
    MalformedSignatureError,
    MissingSignatureError,
    WebhookVerificationError,
)
from ._json import BodyDecodeError, loads

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "ExpiredSignatureError",
    "InvalidSignatureError",
    "MalformedEventError",
    "MalformedSignatureError",
    "MissingSignatureError",
    "TaskEventData",
    "WebhookEvent",
    "WebhookEventType",
    "WebhookVerificationError",
    "sign",
    "verify",
]

SIGNATURE_HEADER: Final = "TL-Signature"
DEFAULT_TOLERANCE: Final = 300.0  # seconds; "less than five minutes", TwelveLabs' suggestion

# The types TwelveLabs documents (https://docs.twelvelabs.io/docs/webhooks-notification-schema);
# others may come, so an event's type is any string.
WebhookEventType: TypeAlias = Literal[
    "analyze.task.ready", "analyze.task.failed", "index.task.ready", "index.task.failed"
]
_TASK_EVENTS = frozenset({"analyze.task.ready", "analyze.task.failed"})

# A Unix time in seconds has 10 digits until 2286; more than 15 is not a time, and int() of
# thousands of digits would cost (or refuse) more than the check is worth.
_TIMESTAMP = re.compile(r"[0-9]{1,15}", re.ASCII)


@frozen
class TaskEventData:
    """The ``data`` of an ``analyze.task.ready`` or ``analyze.task.failed`` event.

    ``task_id`` is the analysis task's id (``data.id``), ``status`` its status (``"ready"`` or
    ``"failed"``), ``custom_id`` the identifier given when the task was created (``None`` when
    none was); ``raw`` is ``data`` as sent, other fields included.
    """

    task_id: str
    status: str
    custom_id: str | None
    raw: dict[str, Any] = field(repr=False)


@frozen
class WebhookEvent:
    """One verified webhook event: the envelope ``{id, created_at, type, data}``.

    ``task`` is the typed ``data`` of the analysis task events (``analyze.task.ready``,
    ``analyze.task.failed``) and ``None`` for other types; ``data`` is the object as sent and
    ``raw`` the whole decoded body (fields added later included).
    """

    id: str
    type: WebhookEventType | str
    created_at: datetime
    data: dict[str, Any]
    task: TaskEventData | None = None
    raw: dict[str, Any] = field(factory=dict, repr=False)


def _body_bytes(body: bytes | bytearray | memoryview | str) -> bytes:
    if isinstance(body, str):
        # A framework may hand over decoded text; lone surrogates cannot come from the UTF-8 that
        # was signed, so they are kept as bytes that will not match (and will not decode).
        return body.encode("utf-8", "surrogatepass")
    if isinstance(body, bytes | bytearray | memoryview):
        return bytes(body)
    raise TypeError(f"body must be the raw request body as bytes (or str), not {type(body).__name__}")


def _key(secret: str | bytes) -> bytes:
    if isinstance(secret, str):
        secret = secret.encode("utf-8", "surrogatepass")
    elif not isinstance(secret, bytes | bytearray):
        raise TypeError(f"secret must be str or bytes, not {type(secret).__name__}")
    if not secret:
        # An unset environment variable read as "": checking against an empty key would accept
        # anything anyone signs with an empty key.
        raise ValueError("secret is empty: pass the webhook's signing secret")
    return bytes(secret)


def _signature(key: bytes, timestamp: int, body: bytes) -> str:
    return hmac.new(key, b"%d." % timestamp + body, hashlib.sha256).hexdigest()


def sign(body: bytes | str, secret: str | bytes, timestamp: int | None = None) -> str:
    """The ``TL-Signature`` header value TwelveLabs would send with ``body``, for your tests.

    ``timestamp`` is Unix seconds (now by default). The secret appears nowhere in the result.

    >>> sign(b'{"type": "analyze.task.ready"}', "whsec_test", timestamp=1700000000)
    't=1700000000,v1=…'
    """
    if timestamp is None:
        timestamp = int(time.time())
    elif isinstance(timestamp, bool) or not isinstance(timestamp, int) or timestamp < 0:
        raise ValueError(f"timestamp must be Unix seconds, an int >= 0, not {timestamp!r}")
    return f"t={timestamp},v1={_signature(_key(secret), timestamp, _body_bytes(body))}"


def _header_values(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> list[str]:
    """Every ``TL-Signature`` value, whatever the case of the name and the kind of headers object."""
    given: object = headers  # typed callers cannot pass text; untyped ones can
    if isinstance(given, str | bytes | bytearray):
        raise TypeError("headers must be the request's headers (a mapping or name-value pairs), not text")
    pairs: Iterable[Any] = headers.items() if isinstance(headers, Mapping) else headers
    wanted = SIGNATURE_HEADER.lower()
    found: list[str] = []
    for pair in pairs:
        if not (isinstance(pair, tuple | list) and len(pair) == 2):
            raise TypeError("headers must be a mapping or (name, value) pairs")
        name, value = pair
        if isinstance(name, bytes | bytearray):  # ASGI's raw headers
            name = bytes(name).decode("latin-1")
        if not isinstance(name, str) or name.strip().lower() != wanted:
            continue
        if isinstance(value, bytes | bytearray):
            value = bytes(value).decode("latin-1")
        if not isinstance(value, str):
            raise MalformedSignatureError(f"the {SIGNATURE_HEADER} header is not text")
        found.append(value)
    return found


def _parse_header(value: str) -> tuple[int, list[bytes]]:
    """``(t, [v1 …])`` from ``t=…,v1=…[,v1=…]``; other keys (future schemes) are ignored."""
    timestamps: list[str] = []
    signatures: list[bytes] = []
    for part in value.split(","):
        key, equals, item = part.partition("=")
        key, item = key.strip(), item.strip()
        if not equals:
            continue
        if key == "t":
            timestamps.append(item)
        elif key == "v1":
            # Hex compares case-insensitively; bytes let compare_digest take any text.
            signatures.append(item.lower().encode("utf-8", "surrogatepass"))
    if not timestamps:
        raise MalformedSignatureError(f"the {SIGNATURE_HEADER} header has no t= timestamp")
    if len(timestamps) > 1:
        raise MalformedSignatureError(f"the {SIGNATURE_HEADER} header has more than one t= timestamp")
    if _TIMESTAMP.fullmatch(timestamps[0]) is None:
        raise MalformedSignatureError(
            f"the {SIGNATURE_HEADER} header's t= is not a time in Unix seconds (digits only)"
        )
    if not signatures:
        raise MalformedSignatureError(f"the {SIGNATURE_HEADER} header has no v1= signature")
    return int(timestamps[0]), signatures


def _check_age(timestamp: int, now: float, tolerance: float) -> None:
    age = now - timestamp
    if abs(age) <= tolerance:
        return
    when = f"{age:.0f} s old" if age > 0 else f"{-age:.0f} s in the future"
    raise ExpiredSignatureError(
        f"the {SIGNATURE_HEADER} timestamp is {when}; deliveries more than {tolerance:g} s from now "
        "are refused (a replay, a delivery held up, or a clock that is off)",
        timestamp=timestamp,
        age=age,
        tolerance=tolerance,
    )


def _text_field(envelope: Mapping[str, Any], name: str, what: str, body: bytes) -> str:
    value = envelope.get(name)
    if not isinstance(value, str):
        raise MalformedEventError(f"the {what} has no {name} string", body=body)
    return value


def _task_data(data: dict[str, Any], body: bytes) -> TaskEventData:
    custom_id = data.get("custom_id")
    if custom_id is not None and not isinstance(custom_id, str):
        raise MalformedEventError("the event's data.custom_id is neither a string nor null", body=body)
    return TaskEventData(
        task_id=_text_field(data, "id", "event's data", body),
        status=_text_field(data, "status", "event's data", body),
        custom_id=custom_id,
        raw=data,
    )


def _event(body: bytes) -> WebhookEvent:
    try:
        envelope = loads(body)
    except BodyDecodeError as exc:
        raise MalformedEventError(f"the body is not JSON: {exc}", body=body) from None
    if not isinstance(envelope, dict):
        raise MalformedEventError("the body is not a JSON object", body=body)
    data = envelope.get("data")
    if not isinstance(data, dict):
        raise MalformedEventError("the event has no data object", body=body)
    kind = _text_field(envelope, "type", "event", body)
    created = _text_field(envelope, "created_at", "event", body)
    try:
        created_at = datetime.fromisoformat(created)
    except ValueError:
        raise MalformedEventError(
            "the event's created_at is not an RFC 3339 date and time", body=body
        ) from None
    return WebhookEvent(
        id=_text_field(envelope, "id", "event", body),
        type=kind,
        created_at=created_at,
        data=data,
        task=_task_data(data, body) if kind in _TASK_EVENTS else None,
        raw=envelope,
    )


def verify(
    body: bytes | str,
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
    secret: str | bytes,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> WebhookEvent:
    """Check a webhook delivery and return its event.

    Args:
        body: the raw request body, exactly as received (parsing and re-serializing it changes
            the bytes, and the signature with them).
        headers: the request headers: a dict (names in any case), ``httpx.Headers``, a Starlette,
            Flask or Django headers object, or ``(name, value)`` pairs.
        secret: your webhook's signing secret.
        tolerance: how far (seconds) the signature's timestamp may be from ``now``, either way;
            ``None`` skips the check (only for replaying stored deliveries).
        now: Unix seconds to judge the timestamp by (the clock by default).

    The signature is checked first, with a constant-time comparison; every ``v1=`` entry is
    tried, so deliveries signed with either secret pass while one is being rotated.

    Raises:
        MissingSignatureError: no ``TL-Signature`` header.
        MalformedSignatureError: the header is not ``t=<unix seconds>,v1=<hex>``.
        InvalidSignatureError: no signature matches (forged, altered, or another secret).
        ExpiredSignatureError: genuine, but signed more than ``tolerance`` seconds from ``now``.
        MalformedEventError: genuine, but the body is not an event envelope.
        ValueError, TypeError: an empty secret, a negative tolerance, a body that is not bytes/str.
    """
    if tolerance is not None and not tolerance >= 0:  # also refuses NaN
        raise ValueError(f"tolerance must be >= 0 seconds or None, not {tolerance!r}")
    if now is not None and not math.isfinite(now):
        raise ValueError(f"now must be a finite time in Unix seconds, not {now!r}")
    key = _key(secret)
    raw = _body_bytes(body)
    values = _header_values(headers)
    if not values:
        raise MissingSignatureError(f"the request has no {SIGNATURE_HEADER} header")
    # Repeated headers arrive joined with commas by most frameworks: read them the same way.
    timestamp, signatures = _parse_header(",".join(values))
    expected = _signature(key, timestamp, raw).encode()
    # Every candidate is compared, so the time taken does not say which one (if any) matched.
    matched = [hmac.compare_digest(expected, candidate) for candidate in signatures]
    if not any(matched):
        raise InvalidSignatureError(
            f"no {SIGNATURE_HEADER} signature matches this body and secret "
            "(forged, the body changed on the way, or another secret)"
        )
    if tolerance is not None:
        _check_age(timestamp, time.time() if now is None else now, tolerance)
    return _event(raw)
