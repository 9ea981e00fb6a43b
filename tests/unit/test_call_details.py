"""One call's bookkeeping pinned exactly: retry boundaries, waits, attempts, elapsed time, the DEBUG log
and the texts of errors, sync and async (the ``make_runner`` fixture, respx).
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
import respx

from twelvelabs_analyze import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncTwelveLabs,
    InternalServerError,
    RateLimitError,
    TwelveLabs,
)
from twelvelabs_analyze import _attempt as attempt_module
from twelvelabs_analyze._retry import backoff_delay, plan_retry, retry_delay, should_retry

from ._transport import SteppingClock
from .conftest import API_KEY, BASE_URL

GIST = {"id": "g1", "title": "A walk"}
GIST_URL = f"{BASE_URL}/gist"


def debug_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "twelvelabs_analyze"]


# --------------------------------------------------------------------------- retry policy, pure


def test_which_statuses_are_retried() -> None:
    assert should_retry(None) is True
    assert [s for s in (400, 401, 403, 404, 408, 409, 422, 429, 499) if should_retry(s)] == [408, 409, 429]
    assert all(should_retry(s) for s in (500, 502, 503, 599))


def test_backoff_doubles_from_half_a_second_caps_at_eight_and_jitters_down_a_quarter() -> None:
    assert [backoff_delay(n, rand=lambda: 0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff_delay(10_000, rand=lambda: 0.0) == 8.0  # no overflow however many retries
    assert backoff_delay(0, rand=lambda: 1.0) == 0.375
    assert backoff_delay(3, rand=lambda: 0.5) == 4.0 * 0.875


def test_the_server_is_believed_before_backoff() -> None:
    assert retry_delay(0, 503, {"retry-after": "3"}, 0.0, rand=lambda: 0.0) == 3.0
    assert retry_delay(2, 503, {}, 0.0, rand=lambda: 0.0) == 2.0
    assert retry_delay(2, None, None, 0.0, rand=lambda: 0.0) == 2.0


def test_plan_retry_boundaries() -> None:
    zero = {"rand": lambda: 0.0}
    assert plan_retry(1, 2, 60.0, 503, None, 0.0, **zero) == 1.0
    assert plan_retry(2, 2, 60.0, 503, None, 0.0, **zero) is None  # retries spent
    assert plan_retry(0, 2, 60.0, 400, None, 0.0, **zero) is None  # not retryable
    assert plan_retry(0, 2, 5.0, 429, {"retry-after": "5"}, 0.0, **zero) == 5.0  # exactly the limit
    assert plan_retry(0, 2, 5.0, 429, {"retry-after": "5.01"}, 0.0, **zero) is None


# --------------------------------------------------------------------------- through the client


def test_every_retry_is_counted_and_the_last_error_raised(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner(max_retries=3)
    with respx.mock() as mock:
        route = mock.post(GIST_URL).respond(503, headers={"retry-after": "1"})
        with pytest.raises(InternalServerError) as caught:
            run("gist", "v", types=["title"])
    assert route.call_count == 4
    assert caught.value.attempts == 4
    assert sleeps == [1.0, 1.0, 1.0]


def test_no_retries_means_one_attempt(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner(max_retries=0)
    with respx.mock() as mock:
        route = mock.post(GIST_URL).respond(503)
        with pytest.raises(InternalServerError) as caught:
            run("gist", "v", types=["title"])
    assert (route.call_count, caught.value.attempts, sleeps) == (1, 1, [])


def test_retry_after_zero_retries_at_once(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner()
    with respx.mock() as mock:
        mock.post(GIST_URL).side_effect = [
            httpx.Response(429, headers={"retry-after": "0"}),
            httpx.Response(200, json=GIST),
        ]
        raw = run("gist", "v", types=["title"], raw=True)
    assert sleeps == [0.0]
    assert raw.attempts == 2


def test_an_http_date_retry_after_is_waited_until(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner()
    when = datetime.fromtimestamp(int(time.time()) + 30, tz=UTC)
    with respx.mock() as mock:
        mock.post(GIST_URL).side_effect = [
            httpx.Response(503, headers={"retry-after": format_datetime(when, usegmt=True)}),
            httpx.Response(200, json=GIST),
        ]
        assert run("gist", "v", types=["title"]).title == "A walk"
    (wait,) = sleeps
    assert 28.0 < wait <= 30.0


@pytest.mark.parametrize(("told", "retried"), [("10", True), ("10.5", False)])
def test_a_wait_up_to_max_retry_wait_is_waited(
    make_runner: Any, sleeps: list[float], told: str, retried: bool
) -> None:
    run = make_runner(max_retry_wait=10)
    with respx.mock() as mock:
        mock.post(GIST_URL).side_effect = [
            httpx.Response(429, headers={"retry-after": told}),
            httpx.Response(200, json=GIST),
        ]
        if retried:
            assert run("gist", "v", types=["title"]).title == "A walk"
            assert sleeps == [10.0]
        else:
            with pytest.raises(RateLimitError) as caught:
                run("gist", "v", types=["title"])
            assert caught.value.attempts == 1 and sleeps == []
            assert str(caught.value) == "429 Too Many Requests (retry after 11s)"


def test_a_wait_past_the_total_timeout_is_not_taken(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner(total_timeout=5)
    with respx.mock() as mock:
        mock.post(GIST_URL).respond(503, headers={"retry-after": "9"})
        with pytest.raises(InternalServerError) as caught:
            run("gist", "v", types=["title"])
    assert sleeps == [] and caught.value.attempts == 1
    (note,) = caught.value.__notes__
    assert note.startswith("not retried: waiting 9.00s would pass total_timeout=5s for the call")


def test_raw_response_counts_attempts_and_elapsed_time(
    make_runner: Any, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attempt_module, "time", SteppingClock(step=0.25))
    run = make_runner()
    with respx.mock() as mock:
        mock.post(GIST_URL).side_effect = [httpx.Response(500), httpx.Response(200, json=GIST)]
        raw = run("gist", "v", types=["title"], raw=True)
    # monotonic() is read when the call starts and when it ends (DEBUG logging is off).
    assert raw.elapsed == 0.25
    assert raw.attempts == 2
    assert raw.endpoint == "POST /gist"
    assert raw.status_code == 200


def test_the_debug_log_tells_each_outcome_and_wait(
    make_runner: Any, sleeps: list[float], caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attempt_module, "time", SteppingClock(step=0.5))
    caplog.set_level(logging.DEBUG, logger="twelvelabs_analyze")
    run = make_runner(max_retries=3)
    with respx.mock() as mock:
        mock.post(GIST_URL).side_effect = [
            httpx.Response(503, headers={"retry-after": "1.5"}),
            httpx.ConnectError("refused"),
            httpx.Response(429, headers={"retry-after": "0.25"}),
            httpx.Response(200, json=GIST),
        ]
        run("gist", "v", types=["title"])
    assert debug_lines(caplog) == [
        "POST /gist -> 503 attempt=1 wait=1.50s elapsed=0.500s",
        "POST /gist -> APIConnectionError attempt=2 wait=" + debug_lines(caplog)[1].split("wait=")[1],
        "POST /gist -> 429 attempt=3 wait=0.25s elapsed=1.500s",
        "POST /gist -> 200 attempt=4 wait=none elapsed=2.000s",
    ]
    # A connection error has no server wait: backoff 1 s less up to 25 % jitter.
    wait = debug_lines(caplog)[1].split("wait=")[1]
    assert re.fullmatch(r"(0\.7[5-9]|0\.[89]\d|1\.00)s elapsed=1\.000s", wait), wait


def test_the_last_attempt_is_logged_with_no_wait(
    make_runner: Any, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="twelvelabs_analyze")
    run = make_runner(max_retries=0)
    with respx.mock() as mock:
        mock.post(GIST_URL).respond(400, json={"code": "parameter_invalid", "message": "bad"})
        with pytest.raises(APIStatusError):
            run("gist", "v", types=["title"])
    (line,) = debug_lines(caplog)
    assert re.fullmatch(r"POST /gist -> 400 attempt=1 wait=none elapsed=\d+\.\d{3}s", line)


def test_nothing_is_logged_above_debug(
    make_runner: Any, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="twelvelabs_analyze")
    run = make_runner()
    with respx.mock() as mock:
        mock.post(GIST_URL).side_effect = [httpx.Response(503), httpx.Response(200, json=GIST)]
        run("gist", "v", types=["title"])
    assert debug_lines(caplog) == []


def test_a_bad_success_body_is_logged_and_counted(
    make_runner: Any, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="twelvelabs_analyze")
    run = make_runner()
    with respx.mock() as mock:
        mock.post(GIST_URL).side_effect = [httpx.Response(502), httpx.Response(200, content=b"[1]")]
        with pytest.raises(APIResponseValidationError) as caught:
            run("gist", "v", types=["title"])
    assert caught.value.attempts == 2
    assert str(caught.value) == (
        "response to POST /gist is not the documented shape: expected a JSON object, got array"
    )
    assert [line.split(" attempt=")[0] for line in debug_lines(caplog)] == [
        "POST /gist -> 502",
        "POST /gist -> 200",
    ]


def test_a_body_that_is_not_json_is_quoted(make_runner: Any) -> None:
    run = make_runner()
    with respx.mock() as mock:
        mock.post(GIST_URL).respond(200, content=b"  oops\n  not   json ")
        with pytest.raises(APIResponseValidationError) as caught:
            run("gist", "v", types=["title"])
    text = str(caught.value)
    assert text.startswith("200 response to POST /gist is not JSON (")
    assert text.endswith("): oops not json")
    assert caught.value.body == "  oops\n  not   json "


def test_a_missing_field_is_named(make_runner: Any) -> None:
    run = make_runner()
    with respx.mock() as mock:
        mock.get(f"{BASE_URL}/analyze/tasks/t1").respond(200, json={"status": "queued"})
        with pytest.raises(APIResponseValidationError) as caught:
            result = run.client.analyze_async.tasks.retrieve("t1")
            if run.mode == "async":
                asyncio.run(result)
    assert str(caught.value) == (
        "response to GET /analyze/tasks/{task_id} is not the documented shape: missing field 'task_id'"
    )


def test_connection_errors_name_the_request(make_runner: Any, sleeps: list[float]) -> None:
    run = make_runner(max_retries=0)
    with respx.mock() as mock:
        mock.post(GIST_URL).side_effect = httpx.ConnectError("no route to host")
        with pytest.raises(APIConnectionError) as caught:
            run("gist", "v", types=["title"])
    assert str(caught.value) == f"connection error: no route to host (ConnectError): POST {GIST_URL}"
    assert caught.value.attempts == 1
    with respx.mock() as mock:
        mock.post(GIST_URL).side_effect = httpx.RemoteProtocolError("")
        with pytest.raises(APIConnectionError) as caught:
            run("gist", "v", types=["title"])
    assert (
        str(caught.value) == f"connection error: RemoteProtocolError (RemoteProtocolError): POST {GIST_URL}"
    )


@pytest.mark.parametrize(
    ("options", "limit"),
    [
        ({"timeout": 7}, "timeout=7s for one attempt (connect, send, headers and body)"),
        ({"timeout": None}, "httpx's timeout"),
    ],
)
def test_timeouts_name_the_deadline(
    make_runner: Any, sleeps: list[float], options: dict[str, Any], limit: str
) -> None:
    run = make_runner(max_retries=1, **options)
    with respx.mock() as mock:
        route = mock.post(GIST_URL)
        route.side_effect = httpx.ReadTimeout("slow")
        with pytest.raises(APITimeoutError) as caught:
            run("gist", "v", types=["title"])
    assert str(caught.value) == (
        f"request timed out: no complete response within {limit} (ReadTimeout): POST {GIST_URL}"
    )
    assert caught.value.attempts == 2 and route.call_count == 2


def test_each_attempt_sends_the_key_and_the_operations_headers(make_runner: Any, sleeps: list[float]) -> None:
    seen: list[tuple[str, str, str, str]] = []
    answers = iter([httpx.Response(503), httpx.Response(200, json=GIST)])

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(
            (request.method, str(request.url), request.headers["content-type"], request.headers["x-api-key"])
        )
        return next(answers)

    run = make_runner()
    with respx.mock() as mock:
        mock.post(GIST_URL).side_effect = answer
        raw = run("gist", "v", types=["title"], raw=True)
    assert seen == [("POST", GIST_URL, "application/json", API_KEY)] * 2
    # The request kept with the response has the key masked.
    assert raw.http_response.request.headers["x-api-key"] == "***"


def test_path_parameters_are_quoted_and_a_trailing_slash_is_dropped(make_runner: Any) -> None:
    task = {"task_id": "t/1", "custom_id": None, "status": "queued", "created_at": "2026-01-01T00:00:00Z"}
    run = make_runner(base_url=BASE_URL + "/")
    with respx.mock() as mock:
        route = mock.get(f"{BASE_URL}/analyze/tasks/t%2F1").respond(200, json=task)
        result = run.client.analyze_async.tasks.retrieve("t/1")
        if run.mode == "async":
            asyncio.run(result)
    request = route.calls[0].request
    assert str(request.url) == f"{BASE_URL}/analyze/tasks/t%2F1"
    assert request.content == b""
    assert "content-type" not in request.headers


def test_a_failed_request_keeps_no_key(mode: str, sleeps: list[float]) -> None:
    """The request an httpx error carries (tracebacks, Sentry) has the key masked after the call."""
    failed: list[httpx.RequestError] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        error = httpx.ConnectError("refused", request=request)
        failed.append(error)
        raise error

    transport = httpx.MockTransport(refuse)
    options: dict[str, Any] = {"api_key": API_KEY, "base_url": BASE_URL, "max_retries": 0}
    if mode == "sync":
        with pytest.raises(APIConnectionError):
            TwelveLabs(http_client=httpx.Client(transport=transport), **options).gist("v", types=["title"])
    else:
        client = AsyncTwelveLabs(http_client=httpx.AsyncClient(transport=transport), **options)
        with pytest.raises(APIConnectionError):
            asyncio.run(client.gist("v", types=["title"]))
    (error,) = failed
    assert error.request.headers["x-api-key"] == "***"
