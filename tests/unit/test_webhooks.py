"""twelvelabs_analyze.webhooks: verify() accepts what sign() (and TwelveLabs) signs and refuses the
rest with a typed error; the secret shows nowhere."""

from __future__ import annotations

import hashlib
import hmac
import json
import pickle
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

import twelvelabs_analyze
from twelvelabs_analyze import TwelveLabsError
from twelvelabs_analyze import webhooks as webhooks_module
from twelvelabs_analyze.webhooks import (
    DEFAULT_TOLERANCE,
    SIGNATURE_HEADER,
    ExpiredSignatureError,
    InvalidSignatureError,
    MalformedEventError,
    MalformedSignatureError,
    MissingSignatureError,
    TaskEventData,
    WebhookEvent,
    WebhookVerificationError,
    sign,
    verify,
)

SECRET = "whsec_unit-test-secret-7f3a"
NOW = 1_800_000_000
EVENT: dict[str, Any] = {
    "id": "whe_0123456789abcdef",
    "created_at": "2027-01-15T08:00:00Z",
    "type": "analyze.task.ready",
    "data": {"id": "6720ab2c3f1e4d5a6b7c8d9e", "status": "ready", "custom_id": "order-42"},
}
BODY = json.dumps(EVENT).encode()


def headers_for(body: bytes = BODY, secret: str | bytes = SECRET, timestamp: int = NOW) -> dict[str, str]:
    return {SIGNATURE_HEADER: sign(body, secret, timestamp=timestamp)}


def check(body: bytes | str = BODY, headers: Any = None, **kwargs: Any) -> WebhookEvent:
    kwargs.setdefault("now", NOW)
    return verify(body, headers_for() if headers is None else headers, SECRET, **kwargs)


# --- what is accepted -------------------------------------------------------------------------


def test_the_signature_is_hmac_sha256_of_timestamp_dot_raw_body() -> None:
    # The scheme TwelveLabs documents, computed here independently of sign().
    expected = hmac.new(SECRET.encode(), f"{NOW}.".encode() + BODY, hashlib.sha256).hexdigest()
    assert sign(BODY, SECRET, timestamp=NOW) == f"t={NOW},v1={expected}"
    assert sign(BODY.decode(), SECRET.encode(), timestamp=NOW) == f"t={NOW},v1={expected}"


def test_a_signed_delivery_gives_the_typed_event() -> None:
    event = check()
    assert event.id == "whe_0123456789abcdef"
    assert event.type == "analyze.task.ready"
    assert event.created_at == datetime(2027, 1, 15, 8, 0, tzinfo=UTC)
    assert event.task == TaskEventData(
        task_id="6720ab2c3f1e4d5a6b7c8d9e", status="ready", custom_id="order-42", raw=EVENT["data"]
    )
    assert event.data == EVENT["data"]
    assert event.raw == EVENT


def test_a_failed_task_event_without_custom_id() -> None:
    failed = {**EVENT, "type": "analyze.task.failed", "data": {"id": "t-1", "status": "failed"}}
    body = json.dumps(failed).encode()
    event = check(body, headers_for(body))
    assert event.task is not None
    assert (event.task.task_id, event.task.status, event.task.custom_id) == ("t-1", "failed", None)


def test_other_event_types_are_accepted_without_task_data() -> None:
    other = {**EVENT, "type": "index.task.ready", "data": {"id": "v-1", "metadata": {"duration": 30}}}
    body = json.dumps(other).encode()
    event = check(body, headers_for(body))
    assert event.type == "index.task.ready"
    assert event.task is None
    assert event.data == {"id": "v-1", "metadata": {"duration": 30}}


def test_fields_added_later_are_kept() -> None:
    extended = {**EVENT, "api_version": "1.3", "data": {**EVENT["data"], "completed_at": "x"}}
    body = json.dumps(extended).encode()
    event = check(body, headers_for(body))
    assert event.raw["api_version"] == "1.3"
    assert event.task is not None
    assert event.task.raw["completed_at"] == "x"


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param({"tl-signature": sign(BODY, SECRET, timestamp=NOW)}, id="lower-case-dict"),
        pytest.param({"TL-SIGNATURE": sign(BODY, SECRET, timestamp=NOW)}, id="upper-case-dict"),
        pytest.param(httpx.Headers({"Tl-Signature": sign(BODY, SECRET, timestamp=NOW)}), id="httpx"),
        pytest.param(
            [("Content-Type", "application/json"), ("TL-Signature", sign(BODY, SECRET, timestamp=NOW))],
            id="pairs",
        ),
        pytest.param([(b"tl-signature", sign(BODY, SECRET, timestamp=NOW).encode())], id="asgi-raw-pairs"),
    ],
)
def test_headers_in_any_case_and_container(headers: Any) -> None:
    assert check(headers=headers).id == EVENT["id"]


def test_str_bodies_and_bytes_like_bodies() -> None:
    assert check(BODY.decode()).id == EVENT["id"]
    assert check(bytearray(BODY)).id == EVENT["id"]  # type: ignore[arg-type]
    assert check(memoryview(BODY)).id == EVENT["id"]  # type: ignore[arg-type]


def test_key_rotation_any_v1_may_match() -> None:
    old = sign(BODY, "whsec_old", timestamp=NOW).split("v1=")[1]
    new = sign(BODY, SECRET, timestamp=NOW).split("v1=")[1]
    for header in (
        f"t={NOW},v1={old},v1={new}",
        f"t={NOW},v1={new},v1={old}",
        f"v1={old}, t={NOW} ,v1={new}",
    ):
        assert check(headers={SIGNATURE_HEADER: header}).id == EVENT["id"]
    with pytest.raises(InvalidSignatureError):
        check(headers={SIGNATURE_HEADER: f"t={NOW},v1={old}"})


def test_repeated_headers_are_read_together() -> None:
    signature = sign(BODY, SECRET, timestamp=NOW).split(",")[1]
    assert check(headers=[("TL-Signature", f"t={NOW}"), ("tl-signature", signature)]).id == EVENT["id"]


def test_upper_case_hex_and_unknown_schemes_are_fine() -> None:
    t_part, v1_part = sign(BODY, SECRET, timestamp=NOW).split(",")
    assert check(headers={SIGNATURE_HEADER: f"{t_part},v0=abc,{v1_part.upper().replace('V1=', 'v1=')},junk"})


# --- what is refused ----------------------------------------------------------------------------


def test_a_missing_header() -> None:
    with pytest.raises(MissingSignatureError, match="no TL-Signature header"):
        check(headers={"content-type": "application/json"})


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ("", "no t= timestamp"),
        ("v1=abcd", "no t= timestamp"),
        (f"t={NOW}", "no v1= signature"),
        (f"t={NOW},v1", "no v1= signature"),
        (f"t={NOW},t={NOW},v1=ab", "more than one t="),
        ("t=soon,v1=ab", "not a time"),
        ("t=-5,v1=ab", "not a time"),
        ("t=1.5,v1=ab", "not a time"),
        ("t=١٢٣,v1=ab", "not a time"),  # non-ASCII digits
        ("t=" + "9" * 5000 + ",v1=ab", "not a time"),
    ],
)
def test_a_malformed_header(header: str, problem: str) -> None:
    with pytest.raises(MalformedSignatureError, match=problem):
        check(headers={SIGNATURE_HEADER: header})


def test_a_forged_signature() -> None:
    with pytest.raises(InvalidSignatureError, match="no TL-Signature signature matches"):
        check(headers={SIGNATURE_HEADER: f"t={NOW},v1={'0' * 64}"})


def test_a_tampered_body() -> None:
    tampered = BODY.replace(b"order-42", b"order-43")
    with pytest.raises(InvalidSignatureError):
        check(tampered)


def test_a_re_serialized_body_does_not_match() -> None:
    reserialized = json.dumps(json.loads(BODY), indent=1).encode()  # same JSON, other bytes
    with pytest.raises(InvalidSignatureError):
        check(reserialized)


def test_a_tampered_timestamp() -> None:
    signature = sign(BODY, SECRET, timestamp=NOW).split(",")[1]
    with pytest.raises(InvalidSignatureError):
        check(headers={SIGNATURE_HEADER: f"t={NOW + 1},{signature}"})


def test_the_wrong_secret() -> None:
    with pytest.raises(InvalidSignatureError):
        check(headers=headers_for(secret="whsec_another"))


def test_a_non_ascii_signature_is_refused_not_crashed_on() -> None:
    with pytest.raises(InvalidSignatureError):
        check(headers={SIGNATURE_HEADER: f"t={NOW},v1=é\udcff"})


def test_stale_and_future_timestamps() -> None:
    for age in (0, 300, -300):
        assert check(headers=headers_for(timestamp=NOW - age))
    with pytest.raises(ExpiredSignatureError, match="301 s old") as old:
        check(headers=headers_for(timestamp=NOW - 301))
    assert (old.value.timestamp, old.value.age, old.value.tolerance) == (NOW - 301, 301, DEFAULT_TOLERANCE)
    with pytest.raises(ExpiredSignatureError, match="301 s in the future") as future:
        check(headers=headers_for(timestamp=NOW + 301))
    assert future.value.age == -301


def test_tolerance_is_configurable_and_none_skips_the_check() -> None:
    ancient = headers_for(timestamp=1_000)
    assert check(headers=ancient, tolerance=None).id == EVENT["id"]
    with pytest.raises(ExpiredSignatureError):
        check(headers=headers_for(timestamp=NOW - 11), tolerance=10)
    assert check(headers=headers_for(timestamp=NOW - 11), tolerance=11)


def test_the_clock_is_the_default_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("twelvelabs_analyze.webhooks.time.time", lambda: float(NOW + 1000))
    with pytest.raises(ExpiredSignatureError):
        verify(BODY, headers_for(), SECRET)
    assert verify(BODY, headers_for(timestamp=NOW + 1000), SECRET)


def test_the_signature_is_checked_before_the_age() -> None:
    # A forged, old delivery says "forged", not "too old".
    with pytest.raises(InvalidSignatureError):
        check(headers={SIGNATURE_HEADER: f"t={NOW - 10_000},v1={'a' * 64}"})


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe{}", "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (json.dumps({**EVENT, "data": None}).encode(), "no data object"),
        (json.dumps({k: v for k, v in EVENT.items() if k != "type"}).encode(), "no type string"),
        (json.dumps({**EVENT, "id": 7}).encode(), "no id string"),
        (json.dumps({**EVENT, "created_at": "yesterday"}).encode(), "created_at is not"),
        (json.dumps({**EVENT, "data": {"status": "ready"}}).encode(), "data has no id string"),
        (json.dumps({**EVENT, "data": {"id": "t", "status": "ready", "custom_id": 5}}).encode(), "custom_id"),
    ],
)
def test_a_genuine_body_that_is_not_an_event(body: bytes, problem: str) -> None:
    with pytest.raises(MalformedEventError, match=problem) as caught:
        check(body, headers_for(body))
    assert caught.value.body == body  # nothing lost


def test_programming_errors_are_not_webhook_errors() -> None:
    with pytest.raises(ValueError, match="secret is empty"):
        verify(BODY, headers_for(), "")
    with pytest.raises(TypeError, match="secret must be"):
        verify(BODY, headers_for(), None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="body must be"):
        verify({"id": 1}, headers_for(), SECRET)  # type: ignore[arg-type]
    for tolerance in (-1.0, float("nan")):
        with pytest.raises(ValueError, match="tolerance"):
            check(tolerance=tolerance)
    with pytest.raises(TypeError, match="headers must be"):
        verify(BODY, "TL-Signature: t=1,v1=00", SECRET)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="headers must be"):
        verify(BODY, ["TL-Signature"], SECRET)  # type: ignore[list-item]
    with pytest.raises(ValueError, match="now"):
        check(now=float("inf"))
    with pytest.raises(ValueError, match="timestamp"):
        sign(BODY, SECRET, timestamp=-1)
    with pytest.raises(ValueError, match="secret is empty"):
        sign(BODY, b"")


def test_the_signatures_are_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def recording(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr("twelvelabs_analyze.webhooks.hmac.compare_digest", recording)
    good = sign(BODY, SECRET, timestamp=NOW).split(",")[1]
    check(headers={SIGNATURE_HEADER: f"t={NOW},v1={'0' * 64},{good}"})
    assert len(compared) == 2  # every candidate, through compare_digest


# --- the secret, the errors, the types ----------------------------------------------------------


def test_the_secret_is_in_no_message_repr_or_pickle() -> None:
    errors: list[WebhookVerificationError] = []
    for headers in [
        {},
        {SIGNATURE_HEADER: "t=x"},
        {SIGNATURE_HEADER: f"t={NOW},v1=00"},
        headers_for(timestamp=0),
    ]:
        with pytest.raises(WebhookVerificationError) as caught:
            check(headers=headers)
        errors.append(caught.value)
    with pytest.raises(WebhookVerificationError) as malformed:
        check(b"{}", headers_for(b"{}"))
    errors.append(malformed.value)
    for error in errors:
        for text in (str(error), repr(error), pickle.dumps(error).decode("latin-1")):
            assert SECRET not in text
            assert "unit-test-secret" not in text
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert copy.message == error.message
    event = check()
    assert SECRET not in repr(event)
    assert pickle.loads(pickle.dumps(event)) == event


def test_every_webhook_error_is_a_twelvelabs_error_and_importable_from_the_package() -> None:
    for name in (
        "WebhookVerificationError",
        "MissingSignatureError",
        "MalformedSignatureError",
        "InvalidSignatureError",
        "ExpiredSignatureError",
        "MalformedEventError",
    ):
        error = getattr(twelvelabs_analyze, name)
        assert error is getattr(webhooks_module, name)
        assert issubclass(error, WebhookVerificationError)
        assert issubclass(error, TwelveLabsError)
        assert name in twelvelabs_analyze.__all__
        assert name in webhooks_module.__all__


def test_the_module_exports_what_its_all_names() -> None:
    for name in webhooks_module.__all__:
        assert getattr(webhooks_module, name) is not None
    assert "sign" in webhooks_module.__all__
    assert "verify" in webhooks_module.__all__


def _mapping_like(pairs: dict[str, str]) -> Mapping[str, str]:
    """A read-only Mapping that is neither a dict nor case-insensitive (as some frameworks give)."""

    class Headers(Mapping[str, str]):
        def __getitem__(self, key: str) -> str:
            return pairs[key]

        def __iter__(self) -> Any:
            return iter(pairs)

        def __len__(self) -> int:
            return len(pairs)

    return Headers()


def test_any_mapping_works() -> None:
    assert check(headers=_mapping_like({"Tl-SiGnAtUrE": sign(BODY, SECRET, timestamp=NOW)}))
