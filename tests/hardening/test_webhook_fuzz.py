"""verify() on anything a sender can put in a request: a typed webhook error or a valid event,
never another exception, and never an event for a body the secret did not sign."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from twelvelabs_analyze.webhooks import (
    SIGNATURE_HEADER,
    MalformedEventError,
    WebhookEvent,
    WebhookVerificationError,
    sign,
    verify,
)

SECRET = "whsec_fuzz"
NOW = 1_800_000_000
FUZZ = settings(deadline=None, derandomize=True, database=None)

# Integers within 64 bits: beyond them orjson (used when installed) reads a float, the stdlib an int.
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
# Envelopes close to real ones (each field usually right, sometimes wrong or missing), so the
# checks after the signature get exercised.
MISSING = object()


def _usually(right: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(right, right, right, json_values, st.just(MISSING))


def _without_missing(value: dict[str, Any]) -> dict[str, Any]:
    return {key: item for key, item in value.items() if item is not MISSING}


task_data = st.fixed_dictionaries(
    {
        "id": _usually(st.text(max_size=10)),
        "status": _usually(st.sampled_from(["ready", "failed"])),
        "custom_id": _usually(st.none() | st.text(max_size=10)),
    }
).map(_without_missing)
real_envelopes = st.fixed_dictionaries(
    {
        "id": st.text(max_size=10),
        "created_at": st.datetimes().map(lambda moment: moment.isoformat()),
        "type": st.sampled_from(["analyze.task.ready", "analyze.task.failed"]),
        "data": st.fixed_dictionaries(
            {"id": st.text(max_size=10), "status": st.sampled_from(["ready", "failed"])},
            optional={"custom_id": st.none() | st.text(max_size=10), "extra": json_values},
        ),
    },
    optional={"extra": json_values},
)
envelopes = st.fixed_dictionaries(
    {
        "id": _usually(st.text(max_size=10)),
        "created_at": _usually(st.datetimes().map(lambda moment: moment.isoformat())),
        "type": _usually(st.sampled_from(["analyze.task.ready", "analyze.task.failed", "index.task.ready"])),
        "data": _usually(task_data),
    }
).map(_without_missing)
header_values = st.one_of(
    st.text(max_size=80),
    st.builds(
        lambda t, v: f"t={t},v1={v}",
        st.one_of(st.integers(min_value=-10, max_value=10**16), st.text(max_size=12)),
        st.text(alphabet="0123456789abcdefABCDEF", max_size=70) | st.text(max_size=10),
    ),
)
headers = st.dictionaries(
    st.sampled_from(["TL-Signature", "tl-signature", "content-type", "x-other"]) | st.text(max_size=12),
    header_values,
    max_size=4,
)


def _outcome(body: bytes | str, sent: Any, **kwargs: Any) -> WebhookEvent | WebhookVerificationError:
    try:
        return verify(body, sent, SECRET, now=NOW, **kwargs)
    except WebhookVerificationError as error:
        return error


@settings(FUZZ, max_examples=300)
@given(body=st.binary(max_size=200) | st.text(max_size=200), sent=headers)
def test_arbitrary_requests_are_refused_with_a_typed_error(body: bytes | str, sent: dict[str, str]) -> None:
    outcome = _outcome(body, sent)
    # Nothing here was signed with the secret (a forger would have to find an HMAC).
    assert isinstance(outcome, WebhookVerificationError)
    assert SECRET not in str(outcome)


@settings(FUZZ, max_examples=300)
@given(
    envelope=st.one_of(real_envelopes, envelopes, json_values),
    timestamp=st.integers(min_value=NOW - 400, max_value=NOW + 400)
    | st.integers(min_value=0, max_value=10**12),
    tolerance=st.none() | st.floats(min_value=0, max_value=10**13),
)
def test_signed_bodies_give_an_event_or_a_typed_error(
    envelope: Any, timestamp: int, tolerance: float | None
) -> None:
    body = json.dumps(envelope).encode()
    outcome = _outcome(body, {SIGNATURE_HEADER: sign(body, SECRET, timestamp=timestamp)}, tolerance=tolerance)
    if isinstance(outcome, WebhookEvent):
        assert outcome.raw == envelope
        assert isinstance(outcome.id, str)
        assert isinstance(outcome.type, str)
        assert outcome.data == envelope["data"]
        if outcome.type.startswith("analyze.task."):
            assert outcome.task is not None
            assert outcome.task.task_id == envelope["data"]["id"]
    else:
        assert isinstance(outcome, WebhookVerificationError)


@settings(FUZZ, max_examples=200)
@given(body=st.binary(max_size=200))
def test_signed_bytes_that_are_not_an_event_are_malformed_events(body: bytes) -> None:
    outcome = _outcome(body, {SIGNATURE_HEADER: sign(body, SECRET, timestamp=NOW)})
    assert isinstance(outcome, WebhookEvent | MalformedEventError)
    if isinstance(outcome, MalformedEventError):
        assert outcome.body == body
