"""The key is masked in every spelling a server could echo it in, and nothing else is touched.

``Secret.redact`` masks the key as a whole token as sent, JSON-escaped (any character as
``\\uXXXX``, either case), percent-encoded, and base64-encoded at any alignment (standard and
URL-safe alphabets); text that does not spell the key comes back as the same object.
``redacted`` masks it in the values errors carry and keeps the values that hold no key.
"""

from __future__ import annotations

import base64
import string
from typing import Any

import attrs
import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from twelvelabs_analyze import APIResponseValidationError, TaskFailedError
from twelvelabs_analyze._secrets import REDACTED, Secret, redacted, redacting

from ._leaks import found

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True, database=None)
KEY_CHARACTERS = string.ascii_letters + string.digits + "_-"
keys = st.text(KEY_CHARACTERS, min_size=1, max_size=40)
# Text around a key that ends the token: no key character at the edges.
edges = st.text(" .,:;!?'\"()[]{}<>/=&\n\tßé€", max_size=6)
prose = st.text(string.ascii_letters + string.digits + " .,:;!?'\"()[]{}/=&_-ßé€\n%\\u", max_size=60)


def json_escaped(character: str, upper: bool) -> str:
    escape = f"\\u{ord(character):04x}"
    return escape.upper().replace("\\U", "\\u") if upper else escape


def percent_encoded(character: str, upper: bool) -> str:
    return "".join(f"%{b:02X}" if upper else f"%{b:02x}" for b in character.encode())


@st.composite
def spelled(draw: st.DrawFn, key: str) -> str:
    """``key`` with any of its characters JSON-escaped, or percent-encoded (one scheme per spelling)."""
    encode = draw(st.sampled_from([json_escaped, percent_encoded]))
    return "".join(encode(c, draw(st.booleans())) if draw(st.booleans()) else c for c in key)


@SETTINGS
@given(st.data(), keys, edges, edges)
def test_a_whole_token_is_masked_in_any_spelling(
    data: st.DataObject, key: str, before: str, after: str
) -> None:
    text = before + data.draw(spelled(key)) + after
    masked = Secret(key).redact(text)
    assert not found(key, masked, base64_runs=False), masked
    assert masked.startswith(before) and masked.endswith(after) and REDACTED in masked


@SETTINGS
@given(keys, prose)
def test_text_that_does_not_spell_the_key_is_the_same_object(key: str, text: str) -> None:
    if found(key, text, base64_runs=False):
        return  # spells the key: the other tests' business
    assert Secret(key).redact(text) is text


@SETTINGS
@given(keys, st.sampled_from(KEY_CHARACTERS), st.sampled_from(KEY_CHARACTERS))
def test_a_key_inside_a_longer_token_is_not_masked(key: str, before: str, after: str) -> None:
    for text in (before + key, key + after, before + key + after):
        assert Secret(key).redact(text) == text


@SETTINGS
@given(
    st.text(KEY_CHARACTERS, min_size=12, max_size=40),
    st.binary(max_size=7),
    st.binary(max_size=7),
    st.booleans(),
)
def test_base64_is_masked_at_every_alignment(key: str, before: bytes, after: bytes, url_safe: bool) -> None:
    encode = base64.urlsafe_b64encode if url_safe else base64.b64encode
    text = "auth " + encode(before + key.encode() + after).decode() + " end"
    masked = Secret(key).redact(text)
    assert not found(key, masked), masked
    assert masked.startswith("auth ") and masked.endswith(" end")


def test_short_keys_have_no_base64_spelling() -> None:
    # base64 of a short key is short enough to occur by chance: "k" would mask "aw" in "away".
    assert Secret("k").redact("away aw== k") == "away aw== ***"


def test_escapes_next_to_the_key_end_the_token() -> None:
    secret = Secret("tlk_abc-123")
    assert secret.redact("\\u0041tlk_abc-123") == "\\u0041***"
    assert secret.redact("%20tlk_abc\\u002d123%0A") == "%20***%0A"
    assert secret.redact("x/tlk%5Fabc%2d123?y") == "x/***?y"


@attrs.define
class Model:
    text: str
    count: int
    nested: list[Any] = attrs.field(factory=list)
    extra: dict[str, Any] = attrs.field(init=False, factory=dict)


@attrs.frozen
class Frozen:
    text: str


def test_redacted_masks_what_values_hold_and_keeps_the_rest() -> None:
    secret = Secret("tlk_abc-123")
    clean = {"a": [1, 2.5, None, True, ("x", "y")], "b": Model("no key", 3)}
    assert redacted(clean, secret) is clean
    model = Model("key tlk_abc-123", 3, [Frozen("tlk_abc-123")])
    model.extra["tlk_abc-123"] = b"bytes tlk_abc-123"
    masked = redacted(model, secret)
    assert masked is not model and model.text == "key tlk_abc-123"  # a copy: the original is untouched
    assert (masked.text, masked.count, masked.nested) == ("key ***", 3, [Frozen("***")])
    assert masked.extra == {"***": b"bytes ***"}
    assert redacted(("tlk_abc-123", 1), secret) == ("***", 1)


def test_redacted_walks_the_deepest_body_a_response_may_hold() -> None:
    deep: Any = "tlk_abc-123"
    for _ in range(512):
        deep = [deep]
    masked = redacted(deep, Secret("tlk_abc-123"))
    for _ in range(512):
        masked = masked[0]
    assert masked == REDACTED


def test_redacted_copies_httpx_objects_without_the_key() -> None:
    secret = Secret("tlk_abc-123")
    request = httpx.Request("GET", "https://api.test/x?k=tlk_abc-123", headers={"x-api-key": "tlk_abc-123"})
    response = httpx.Response(
        200, content=b'{"k": "tlk_abc\\u002d123"}', headers={"x-echo": "tlk_abc-123"}, request=request
    )
    masked = redacted(response, secret)
    assert masked.content == b'{"k": "***"}'
    assert masked.headers["x-echo"] == REDACTED and masked.request.headers["x-api-key"] == REDACTED
    assert str(masked.request.url) == "https://api.test/x?k=***"
    assert request.headers["x-api-key"] == "tlk_abc-123"  # the original is untouched


def test_errors_made_in_scope_carry_no_key_and_others_are_untouched() -> None:
    secret = Secret("tlk_abc-123")
    with redacting(secret):
        error = TaskFailedError("failed: tlk_abc-123", task=Model("tlk_abc-123", 1), reason="tlk_abc-123")
        error.add_note("note tlk_abc-123")
        error.extra = ["tlk_abc-123"]  # type: ignore[attr-defined]
    assert (str(error), error.args, error.reason, error.task.text) == (
        "failed: ***",
        ("failed: ***",),
        "***",
        "***",
    )
    assert (error.__notes__, error.extra) == (["note ***"], ["***"])  # type: ignore[attr-defined]
    outside = APIResponseValidationError("body tlk_abc-123", body="tlk_abc-123")
    assert (str(outside), outside.body) == ("body tlk_abc-123", "tlk_abc-123")
    with redacting(None), redacting(Secret("")):
        assert APIResponseValidationError("tlk_abc-123", body="").message == "tlk_abc-123"
