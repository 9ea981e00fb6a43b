"""Error texts, redaction edges and the route state, pinned exactly (found by mutation testing, issue #10).

Each test here tells the client's behaviour from a nearly-identical one: a message built from the
other field, a bound off by one, a copy that keeps one header too many.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from twelvelabs_analyze import (
    APIStatusError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from twelvelabs_analyze import _sleep as sleep_module
from twelvelabs_analyze._async._routes import AsyncRoutes, endpoint_gone
from twelvelabs_analyze._durations import describe_duration
from twelvelabs_analyze._error_mapping import (
    SNIPPET_LENGTH,
    error_from_response,
    error_text_fields,
    snippet,
)
from twelvelabs_analyze._response import RateLimitInfo, RawResponse, response_text
from twelvelabs_analyze._secrets import Secret, redact, redacted_response, scrub_request

NOW = 1_800_000_000.0
KEY = "tlk_abc-123"
URL = "https://api.test/v1.3/gist"


def response(status: int, content: bytes | str = b"", **headers: str) -> httpx.Response:
    request = httpx.Request("POST", URL, headers={"x-api-key": KEY, "accept": "application/json"})
    body = content.encode() if isinstance(content, str) else content
    return httpx.Response(status, content=body, headers=headers, request=request)


def message(status: int, content: bytes | str = b"", **headers: str) -> str:
    return str(error_from_response(response(status, content, **headers), Secret(KEY), now=NOW))


# --------------------------------------------------------------------------- messages


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (400, '{"code": "c", "message": "m"}', "400 c: m"),
        (400, '{"message": "only the message"}', "400: only the message"),
        (400, '{"code": "only_code"}', "400: only_code"),
        (400, '{"code": "", "message": "m"}', "400: m"),
        (400, '{"code": 5, "message": ["m"]}', "400 Bad Request"),
        (400, '{"error": {"code": "nested", "message": "inner"}}', "400 nested: inner"),
        (400, '{"code": "top", "error": {"code": "nested", "message": "inner"}}', "400: top"),
        (400, '{"error": "text"}', "400 Bad Request"),
        (400, '{"unrelated": 1}', "400 Bad Request"),
        (400, "[1, 2]", "400 Bad Request: [1, 2]"),
        (503, "", "503 Service Unavailable"),
        (599, "", "599 error"),
        (502, "  upstream\n\n  said   no  ", "502 Bad Gateway: upstream said no"),
        (502, "<p>oops</p>", "502 Bad Gateway: (an HTML error page)"),
        (502, "   ", "502 Bad Gateway"),
    ],
)
def test_status_messages(status: int, body: str, expected: str) -> None:
    assert message(status, body) == expected


def test_a_json_error_body_of_another_shape_is_kept_whole() -> None:
    error = error_from_response(response(409, '{"error": {"code": "busy", "docs_url": "https://d"}}'), None)
    assert isinstance(error, ConflictError)
    assert (error.code, error.docs_url) == ("busy", "https://d")
    assert error.body == {"error": {"code": "busy", "docs_url": "https://d"}}


def test_error_text_fields_reads_both_shapes() -> None:
    assert error_text_fields({"code": "c", "message": "m", "docs_url": "u"}) == ("c", "m", "u")
    assert error_text_fields({"error": {"code": "c", "message": "m", "docs_url": "u"}}) == ("c", "m", "u")
    assert error_text_fields({"message": "m", "error": {"code": "c"}}) == ("c", None, None)
    assert error_text_fields(["c"]) == (None, None, None)
    assert error_text_fields(None) == (None, None, None)


def test_statuses_without_a_class_of_their_own() -> None:
    assert type(error_from_response(response(422), None)) is APIStatusError
    assert type(error_from_response(response(499), None)) is APIStatusError
    assert type(error_from_response(response(500), None)) is InternalServerError
    assert type(error_from_response(response(400), None)) is BadRequestError
    assert type(error_from_response(response(404), None)) is NotFoundError


def test_an_html_page_is_recognised_by_its_type_or_its_first_character() -> None:
    page = "Service down for maintenance"
    assert (
        snippet(response(503, page, **{"content-type": "text/html; charset=utf-8"})) == "(an HTML error page)"
    )
    assert snippet(response(503, page)) == page
    assert snippet(response(503, "  <!doctype html>")) == "(an HTML error page)"


def test_snippets_are_one_line_and_capped() -> None:
    exact = "x" * SNIPPET_LENGTH
    assert snippet(response(502, exact)) == exact
    assert snippet(response(502, exact + "y")) == exact + "…"
    words = "word " * 1000  # 5000 characters
    assert snippet(response(502, words)) == ("word " * 40)[:SNIPPET_LENGTH] + "…"
    assert snippet(response(502, "")) == ""
    # The error message shows the capped snippet; the error keeps the whole body.
    error = error_from_response(response(502, exact + "tail"), None)
    assert str(error) == f"502 Bad Gateway: {exact}…"
    assert error.body == exact + "tail"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0s"), (0.2, "1s"), (59, "59s"), (59.5, "1m 00s"), (61, "1m 01s"), (3599, "59m 59s"), (3600, "1h 00m"), (3660, "1h 01m"), (7199, "1h 59m"), (7322, "2h 02m"), (-3, "0s")],
)  # fmt: skip
def test_waits_are_described_in_whole_units(seconds: float, text: str) -> None:
    assert describe_duration(seconds) == text


def test_rate_limit_messages_and_fields() -> None:
    reset = str(int(NOW) + 3700)
    error = error_from_response(
        response(429, '{"code": "too_many_requests", "message": "Slow down."}', **{
            "x-ratelimit-reset": reset, "x-ratelimit-limit": "50", "x-ratelimit-remaining": "0",
        }),
        None,
        now=NOW,
    )  # fmt: skip
    assert isinstance(error, RateLimitError)
    assert str(error) == (
        "429 too_many_requests: Slow down. (rate limit resets at 2027-01-15 09:01:40 UTC, in 1h 01m)"
    )
    assert (error.limit, error.remaining, error.retry_after) == (50, 0, 3700.0)
    assert error.reset_at is not None and error.reset_at.timestamp() == NOW + 3700
    assert message(429, **{"retry-after": "30"}) == "429 Too Many Requests (retry after 30s)"
    # A reset with a Retry-After: the wait is the server's word, the time the reset.
    both = message(429, **{"retry-after": "5", "x-ratelimit-reset": reset})
    assert both == "429 Too Many Requests (rate limit resets at 2027-01-15 09:01:40 UTC, in 5s)"
    assert message(429) == "429 Too Many Requests"


def test_a_reset_too_far_away_is_not_a_wait() -> None:
    far = str(int(NOW) + 400 * 24 * 3600)
    error = error_from_response(response(429, **{"x-ratelimit-reset": far}), None, now=NOW)
    assert isinstance(error, RateLimitError)
    assert (error.reset_at, error.retry_after) == (None, None)
    assert str(error) == "429 Too Many Requests"


def test_messages_never_quote_the_key() -> None:
    text = message(400, f'{{"code": "api_key_invalid", "message": "Key {KEY} is not valid."}}')
    assert text == "400 api_key_invalid: Key *** is not valid."
    assert message(502, f"bad key {KEY}") == "502 Bad Gateway: bad key ***"


# --------------------------------------------------------------------------- redaction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (KEY, "***"),
        (f"{KEY} at the start", "*** at the start"),
        (f"at the end {KEY}", "at the end ***"),
        (f"twice {KEY},{KEY}.", "twice ***,***."),
        (f"x{KEY}", f"x{KEY}"),
        (f"{KEY}9", f"{KEY}9"),
        (f"_{KEY}", f"_{KEY}"),
        (f"{KEY}-", f"{KEY}-"),
        (f"'{KEY}'", "'***'"),
        ("nothing here", "nothing here"),
    ],
)
def test_the_key_is_redacted_as_a_whole_token(text: str, expected: str) -> None:
    assert redact(text, Secret(KEY)) == expected
    assert redact(text, None) == text


def test_an_empty_secret_redacts_nothing() -> None:
    assert Secret("").redact("some text") == "some text"
    assert redact("", Secret("")) == ""


def test_scrub_masks_only_the_key_header() -> None:
    request = httpx.Request("GET", URL, headers={"x-api-key": KEY, "accept": "application/json"})
    scrub_request(request)
    assert request.headers["x-api-key"] == "***"
    assert request.headers["accept"] == "application/json"
    bare = httpx.Request("GET", URL)
    scrub_request(bare)
    assert "x-api-key" not in bare.headers


def test_a_redacted_copy_keeps_everything_but_the_key() -> None:
    body = f'{{"echo": "{KEY}"}}'.encode()
    original = response(
        400,
        body,
        **{"content-type": "application/json", "x-request-id": "r1", "content-length": str(len(body))},
    )
    original.extensions["http_version"] = b"HTTP/2"
    original.extensions["other"] = "dropped"
    copy = redacted_response(original, Secret(KEY))
    assert copy.status_code == 400
    assert copy.content == b'{"echo": "***"}'
    assert copy.headers["content-length"] == str(len(b'{"echo": "***"}'))
    assert copy.headers["x-request-id"] == "r1" and copy.headers["content-type"] == "application/json"
    assert copy.request.method == "POST" and str(copy.request.url) == URL
    assert copy.request.headers["x-api-key"] == "***"
    assert copy.request.headers["accept"] == "application/json"
    assert copy.extensions == {"http_version": b"HTTP/2"}
    assert original.request.headers["x-api-key"] == KEY  # the original is left alone


def test_a_redacted_copy_of_a_decoded_body_drops_the_encoding_headers() -> None:
    original = httpx.Response(
        200,
        content=b"plain",
        headers={"content-encoding": "identity", "transfer-encoding": "chunked"},
    )
    copy = redacted_response(original, None, content=b"replacement")
    assert copy.content == b"replacement"
    assert "content-encoding" not in copy.headers and "transfer-encoding" not in copy.headers
    assert copy.headers == httpx.Headers({"content-length": "11"})  # httpx counts the new body
    with pytest.raises(RuntimeError):
        copy.request  # noqa: B018 - built without a request, as the original was


def test_a_body_is_rewritten_only_when_it_holds_the_key() -> None:
    original = response(400, "caf\xe9".encode("latin-1"))
    assert redacted_response(original, Secret(KEY)).content == "caf\xe9".encode("latin-1")
    assert redacted_response(original, Secret("")).content == "caf\xe9".encode("latin-1")


def test_response_text_falls_back_to_utf8() -> None:
    assert (
        response_text(
            httpx.Response(200, content="é".encode(), headers={"content-type": "text/plain; charset=rot13"})
        )
        == "é"
    )
    assert response_text(httpx.Response(200, content=b"\xff")) == "\ufffd"


def test_raw_response_reads_its_response() -> None:
    reply = httpx.Response(201, headers={"x-ratelimit-limit": "9", "x-ratelimit-used": "2", "x": "y"})
    raw = RawResponse("parsed", reply, attempts=3, elapsed=1.5, endpoint="POST /gist")
    assert (raw.parsed, raw.status_code, raw.attempts, raw.elapsed, raw.endpoint) == (
        "parsed", 201, 3, 1.5, "POST /gist",
    )  # fmt: skip
    assert raw.headers["x"] == "y"
    assert raw.rate_limit == RateLimitInfo(limit=9, remaining=None, used=2, reset_at=None)


# --------------------------------------------------------------------------- the legacy route


def gone_error(status: int, body: Any = None, code: str | None = None) -> APIStatusError:
    return APIStatusError("x", response=httpx.Response(status), body=body, code=code, docs_url=None)


def test_endpoint_gone_edges() -> None:
    assert endpoint_gone(gone_error(410, code="video_not_found")) is True
    assert endpoint_gone(gone_error(404, code="not_found")) is True
    assert endpoint_gone(gone_error(404, code="route_not_found")) is True
    assert endpoint_gone(gone_error(404, code="url_not_found")) is True
    assert endpoint_gone(gone_error(404, code="resource_not_exist")) is False
    assert endpoint_gone(gone_error(404, code="not_existing")) is True  # not a *_not_exist code
    assert endpoint_gone(gone_error(404, code="xnot_found")) is True  # no underscore: not a resource code
    assert endpoint_gone(gone_error(405)) is False
    assert endpoint_gone(gone_error(403)) is False
    # The video id quoted anywhere in the body means the video is missing, not the endpoint.
    assert endpoint_gone(gone_error(404, {"detail": ["v123"]}), "v123") is False
    assert endpoint_gone(gone_error(404, {"detail": ["v123"]}), "v999") is True
    assert endpoint_gone(gone_error(404, "no v123 here"), "v123") is False
    assert endpoint_gone(gone_error(404, "None"), None) is True
    assert endpoint_gone(gone_error(404, "anything"), "") is True
    # No body: nothing quotes the video, whatever its id looks like.
    assert endpoint_gone(gone_error(404, None), "None") is True
    assert endpoint_gone(gone_error(404, None), "XX") is True


def test_the_route_state_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[float] = []
    routes = AsyncRoutes()

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)
        routes.settle("legacy")  # the probe answers while the other caller waits

    monkeypatch.setattr(sleep_module, "async_sleep", fake_sleep)

    async def scenario() -> list[str]:
        seen = [routes.state, await routes.claim(), routes.state]
        seen.append(await routes.claim())  # waits for the probe, which reports "legacy"
        seen.append(routes.state)
        return seen

    assert asyncio.run(scenario()) == ["unknown", "probe", "probing", "legacy", "legacy"]
    assert waits == [0.02]


def test_settling() -> None:
    routes = AsyncRoutes()
    assert asyncio.run(routes.claim()) == "probe"
    routes.settle("unknown")  # the probe learnt nothing: the next caller probes
    assert routes.state == "unknown"
    assert asyncio.run(routes.claim()) == "probe"
    routes.settle("gone")
    assert routes.state == "gone"
    routes.settle("legacy")  # a late success on the old endpoint does not undo "gone"
    routes.settle("unknown")
    assert routes.state == "gone"
    assert asyncio.run(routes.claim()) == "successor"
    fresh = AsyncRoutes()
    fresh.settle("unknown")  # nothing was being probed: nothing changes
    assert fresh.state == "unknown"
    fresh.settle("legacy")
    fresh.settle("unknown")
    assert fresh.state == "legacy"
    assert asyncio.run(fresh.claim()) == "legacy"


def test_a_sunset_after_the_legacy_endpoint_worked_moves_every_later_call() -> None:
    routes = AsyncRoutes()
    assert asyncio.run(routes.claim()) == "probe"
    routes.settle("legacy")
    assert asyncio.run(routes.claim()) == "legacy"
    routes.settle("gone")  # a call in flight learns that the endpoint was retired meanwhile
    assert routes.state == "gone"
    assert asyncio.run(routes.claim()) == "successor"


# --------------------------------------------------------------------------- more edges


def test_a_timeout_message_never_quotes_the_key() -> None:
    from twelvelabs_analyze._error_mapping import connection_error

    where = f"GET https://api.test/v1.3/analyze/tasks/{KEY}"
    timeout = connection_error(httpx.ReadTimeout("slow"), where, None, Secret(KEY))
    assert str(timeout) == (
        "request timed out: no complete response within httpx's timeout (ReadTimeout): "
        "GET https://api.test/v1.3/analyze/tasks/***"
    )
    refused = connection_error(httpx.ConnectError(f"refused {KEY}"), where, None, Secret(KEY))
    assert str(refused) == (
        "connection error: refused *** (ConnectError): GET https://api.test/v1.3/analyze/tasks/***"
    )


def test_error_reprs_name_the_class_and_message() -> None:
    error = error_from_response(response(400, '{"code": "c", "message": "m"}'), None)
    assert repr(error) == "BadRequestError('400 c: m')"


@pytest.mark.parametrize(
    ("date", "seconds"),
    [
        ("Fri, 15 Jan 2027 09:00:00 +0100", 100.0),  # 08:00 UTC: the offset is honoured
        ("Fri, 15 Jan 2027 08:30:00 -0000", 1900.0),  # "-0000" is UTC (RFC 5322), not local time
        ("Fri, 15 Jan 2027 09:00:00 GMT" + " " * 35, 3700.0),  # 64 characters: still read
        ("Fri, 15 Jan 2027 09:00:00 GMT" + " " * 36, None),  # 65: not read
    ],
)
def test_http_dates_in_any_zone(monkeypatch: pytest.MonkeyPatch, date: str, seconds: float | None) -> None:
    import time

    from twelvelabs_analyze._headers import _http_date_wait

    monkeypatch.setenv("TZ", "Asia/Tokyo")  # a local zone that is not UTC
    time.tzset()
    try:
        assert _http_date_wait(date, NOW - 100) == seconds  # NOW is 2027-01-15 08:00:00 UTC
    finally:
        monkeypatch.undo()
        time.tzset()


def test_resolving_refuses_foreign_and_circular_references() -> None:
    from twelvelabs_analyze._emulation import _resolve

    document = {
        "components": {
            "schemas": {
                "A": {"$ref": "#/components/schemas/B"},
                "B": {"$ref": "#/components/schemas/A"},
                "C": {"type": "string"},
            }
        }
    }
    assert _resolve({"$ref": "#/components/schemas/C"}, document) == {"type": "string"}
    with pytest.raises(ValueError, match=r"^cannot resolve #/definitions/C$"):
        _resolve({"$ref": "#/definitions/C"}, document)
    with pytest.raises(ValueError, match=r"^cannot resolve #/components/schemas/A$"):
        _resolve({"$ref": "#/components/schemas/A"}, document)


def test_restricted_keywords_keep_their_own_values() -> None:
    from twelvelabs_analyze._emulation import restricted_schema

    document = {"components": {"schemas": {"S": {"type": "string", "maxLength": 3}}}}
    schema = {"anyOf": [{"$ref": "#/components/schemas/S"}, {"type": "null"}], "enum": ["a", None]}
    out = restricted_schema(schema, document)
    assert out == {"anyOf": [{"type": "string"}, {"type": "null"}], "enum": ["a", None]}
    assert out["enum"] is not schema["enum"]  # a copy: the spec's own schema is never shared
    assert restricted_schema({"type": "string", "format": "email", "description": "d"}, {}) == {
        "type": "string",
        "description": "d",
    }
    assert restricted_schema({"type": "array", "minItems": 0, "items": {}}, {}) == {
        "type": "array",
        "minItems": 0,
        "items": {},
    }
    assert restricted_schema({"type": "array", "minItems": 5}, {}) == {"type": "array", "minItems": 1}


# --------------------------------------------------------------------------- header readers


FAR = 3_000_000_000.0  # 2065: a clock far from the machine's, so only the given `now` can be used


def test_the_readers_take_any_mapping_of_lower_case_names() -> None:
    from twelvelabs_analyze._headers import server_wait

    plain = {
        "x-ratelimit-limit": "50",
        "x-ratelimit-remaining": "7",
        "x-ratelimit-used": "43",
        "x-ratelimit-reset": str(int(FAR) + 60),
        "retry-after-ms": "1500",
    }
    info = RateLimitInfo.from_headers(plain, FAR)
    assert (info.limit, info.remaining, info.used) == (50, 7, 43)
    assert info.reset_at is not None and info.reset_at.timestamp() == FAR + 60
    assert server_wait(503, plain, FAR) == 1.5
    assert server_wait(429, {"x-ratelimit-reset": str(int(FAR) + 60)}, FAR) == 60.0


def test_numbers_up_to_32_characters_are_read() -> None:
    from twelvelabs_analyze._headers import parse_count

    assert parse_count({"n": "0" * 31 + "7"}, "n") == 7
    assert parse_count({"n": "0" * 32 + "7"}, "n") is None


def test_a_snippet_looks_at_the_first_1600_characters_only() -> None:
    # Bounded work on a huge body: what lies past the first 8 x 200 characters is not read.
    assert snippet(response(502, " " * 1600 + "late words")) == ""
    assert snippet(response(502, " " * 1590 + "early words")) == "early word"  # cut at 1600


def test_a_rate_limit_error_reads_its_reset_against_the_given_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    reset = str(int(FAR) + 90)
    monkeypatch.setenv("TZ", "Asia/Tokyo")  # the message says UTC whatever the local zone
    time.tzset()
    try:
        error = error_from_response(response(429, **{"x-ratelimit-reset": reset}), None, now=FAR)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert isinstance(error, RateLimitError)
    assert error.reset_at is not None and error.reset_at.timestamp() == FAR + 90
    assert str(error) == "429 Too Many Requests (rate limit resets at 2065-01-24 05:21:30 UTC, in 1m 30s)"


def test_a_status_error_keeps_headers_and_no_body_as_none() -> None:
    error = error_from_response(response(503, **{"x-request-id": "r9"}), None)
    assert error.body is None
    assert error.headers["x-request-id"] == "r9"
    assert error.headers is error.response.headers


def test_a_body_that_is_not_utf8_is_still_redacted() -> None:
    original = response(400, b"\xff\xfe bad bytes and " + KEY.encode())
    copy = redacted_response(original, Secret(KEY))
    assert copy.content == "\ufffd\ufffd bad bytes and ***".encode()


def test_a_late_success_does_not_undo_a_sunset_recorded_meanwhile() -> None:
    """The probe's success races another caller's "gone": the sunset wins even when it lands between
    the probe's first look at the state and its taking the lock (scheduled here by the lock itself)."""
    routes = AsyncRoutes()
    assert asyncio.run(routes.claim()) == "probe"
    lock = routes._guard

    class SunsetOnEnter:
        def __enter__(self) -> None:
            routes.state = "gone"  # another caller's settle("gone"), just before this one takes the lock
            lock.acquire()

        def __exit__(self, *exc: object) -> None:
            lock.release()

    routes._guard = SunsetOnEnter()  # type: ignore[assignment]
    routes.settle("legacy")
    assert routes.state == "gone"
    routes._guard = lock
    assert asyncio.run(routes.claim()) == "successor"
