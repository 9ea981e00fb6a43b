"""The header parser: every hostile value is ``None``, never an exception (issue #10, items 1-2)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twelvelabs_analyze import RateLimitError
from twelvelabs_analyze._error_mapping import error_from_response
from twelvelabs_analyze._headers import (
    MAX_COUNT,
    MAX_SERVER_WAIT,
    parse_count,
    parse_reset_at,
    parse_retry_after,
    server_wait,
)
from twelvelabs_analyze._response import RateLimitInfo, RawResponse
from twelvelabs_analyze._secrets import Secret

NOW = 1_800_000_000.0
YEAR = MAX_SERVER_WAIT
HOSTILE_NUMBERS = [
    "inf", "-inf", "Infinity", "nan", "NaN", "1e400", "1e3", "-3", "-0", "+5", "1_000", "٣",
    "0x10", "", " ", "1.2.3", "9" * 400, "1" + "0" * 40, "10 20", "5;q=1", "\x00",
]  # fmt: skip


def _h(headers: dict[str, str]) -> httpx.Headers:
    """Headers as they arrive: bytes (httpx refuses non-ASCII str values)."""
    return httpx.Headers({name: value.encode() for name, value in headers.items()})


def _date(seconds_from_now: float) -> str:
    return format_datetime(
        datetime.fromtimestamp(NOW, tz=UTC) + timedelta(seconds=seconds_from_now), usegmt=True
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0), ("42", 42), (" 7 ", 7), ("10.9", 10), (str(MAX_COUNT), MAX_COUNT),
        (str(MAX_COUNT + 1), None), *[(v, None) for v in HOSTILE_NUMBERS],
    ],
)  # fmt: skip
def test_counts(value: str, expected: int | None) -> None:
    headers = _h({"x-ratelimit-limit": value})
    assert parse_count(headers, "x-ratelimit-limit") == expected
    assert RateLimitInfo.from_headers(headers, NOW).limit == expected


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": "0.5"}, 0.5),
        ({"retry-after": str(int(YEAR))}, YEAR),
        ({"retry-after": str(int(YEAR) + 1)}, None),
        ({"retry-after": _date(30)}, 30.0),
        ({"retry-after": _date(-30)}, 0.0),  # a date in the past: go now
        ({"retry-after": _date(-10 * YEAR)}, 0.0),
        ({"retry-after": _date(2 * YEAR)}, None),
        ({"retry-after": "Mon, 01 Jan 2024 00:00:00 +99999999999999"}, None),  # OverflowError today
        ({"retry-after": "Mon, 01 Jan 0000 00:00:00 GMT"}, 0.0),  # email.utils reads year 0 as 2000
        ({"retry-after": "Fri, 31 Dec 9999 23:59:59 -2359"}, None),
        ({"retry-after": "Mon, 99 Foo 2024 99:99:99 GMT"}, None),
        ({"retry-after": "Mon, 01 Jan 2024 00:00:00 GMT" + " " * 100}, None),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5),
        ({"retry-after-ms": "x", "retry-after": "9"}, 9.0),
        ({"retry-after-ms": "1e400", "retry-after": "9"}, 9.0),
        ({"retry-after-ms": str(int(YEAR * 1000) + 1000), "retry-after": "9"}, 9.0),
        ({}, None),
        *[({"retry-after": v}, None) for v in HOSTILE_NUMBERS],
        *[({"retry-after-ms": v}, None) for v in HOSTILE_NUMBERS],
    ],
)
def test_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(_h(headers), NOW) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (str(int(NOW) + 60), datetime.fromtimestamp(NOW + 60, tz=UTC)),
        (str(int(NOW) - 5), datetime.fromtimestamp(NOW - 5, tz=UTC)),  # just passed: clock skew
        (str(int(NOW + YEAR)), datetime.fromtimestamp(NOW + YEAR, tz=UTC)),
        (str(int(NOW + YEAR) + 1), None),  # more than a year away
        ("60", None),  # 1970: not epoch seconds
        *[(v, None) for v in HOSTILE_NUMBERS],
    ],
)
def test_reset_at(value: str, expected: datetime | None) -> None:
    assert parse_reset_at(_h({"x-ratelimit-reset": value}), NOW) == expected


def test_server_wait_order() -> None:
    reset = str(int(NOW) + 99)
    assert server_wait(429, _h({"retry-after-ms": "250", "retry-after": "4"}), NOW) == 0.25
    assert server_wait(429, _h({"retry-after": "4", "x-ratelimit-reset": reset}), NOW) == 4
    assert server_wait(429, _h({"x-ratelimit-reset": reset}), NOW) == 99
    assert server_wait(429, _h({"x-ratelimit-reset": str(int(NOW) - 5)}), NOW) == 0
    assert server_wait(503, _h({"x-ratelimit-reset": reset}), NOW) is None  # reset: 429 only
    assert server_wait(503, _h({"retry-after": "3"}), NOW) == 3
    assert server_wait(429, _h({"retry-after": "inf", "x-ratelimit-reset": "inf"}), NOW) is None
    assert server_wait(429, None, NOW) is None


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Ratelimit-Limit": "inf"},
        {"X-Ratelimit-Limit": "1e400"},
        {"X-Ratelimit-Remaining": "nan", "X-Ratelimit-Used": "-inf", "X-Ratelimit-Reset": "1e400"},
        {"Retry-After": "Mon, 01 Jan 2024 00:00:00 +99999999999999"},
        {"Retry-After-Ms": "inf", "Retry-After": "1e999"},
    ],
)
def test_hostile_headers_on_a_429_and_a_2xx(headers: dict[str, str]) -> None:
    """Reproducers of items 1 and 2: each raised OverflowError before."""
    error = error_from_response(httpx.Response(429, headers=_h(headers)), Secret("key"), now=NOW)
    assert isinstance(error, RateLimitError)
    assert error.retry_after is None and error.limit is None and error.reset_at is None
    raw = RawResponse(None, httpx.Response(200, headers=headers), attempts=1, elapsed=0.0)
    assert raw.rate_limit == RateLimitInfo(None, None, None, None)


def test_a_believable_429_is_described() -> None:
    headers = {
        "X-Ratelimit-Limit": "10",
        "X-Ratelimit-Remaining": "0",
        "X-Ratelimit-Reset": str(int(NOW) + 90),
    }
    error = error_from_response(httpx.Response(429, headers=_h(headers)), Secret("key"), now=NOW)
    assert isinstance(error, RateLimitError)
    assert (error.limit, error.remaining, error.retry_after) == (10, 0, 90)
    assert "in 1m 30s" in str(error)


_header_text = st.one_of(
    st.sampled_from(HOSTILE_NUMBERS),
    st.text(st.characters(min_codepoint=32, max_codepoint=255), max_size=40),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.datetimes(timezones=st.just(UTC)).map(lambda d: format_datetime(d, usegmt=True)),
    st.builds(
        lambda day, offset: f"{day}, 01 Jan 2024 00:00:00 {offset}",
        st.sampled_from(["Mon", "Tue", "", "Xyz"]),
        st.one_of(st.integers().map(lambda n: f"{n:+d}"), st.sampled_from(["GMT", "UT", "-0000", "PST"])),
    ),
)
_NAMES = ["retry-after", "retry-after-ms", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-used", "x-ratelimit-reset"]  # fmt: skip


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    headers=st.dictionaries(st.sampled_from(_NAMES), _header_text, max_size=6),
    status=st.sampled_from([200, 429, 503, None]),
)
def test_any_header_text_is_a_bounded_number_or_none(headers: dict[str, str], status: int | None) -> None:
    wait = server_wait(status, _h(headers), NOW)
    assert wait is None or 0 <= wait <= MAX_SERVER_WAIT
    info = RateLimitInfo.from_headers(_h(headers), NOW)
    for count in (info.limit, info.remaining, info.used):
        assert count is None or 0 <= count <= MAX_COUNT
    assert info.reset_at is None or abs(info.reset_at.timestamp() - NOW) <= MAX_SERVER_WAIT
