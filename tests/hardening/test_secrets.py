"""The API key appears nowhere: every error class, searched in every place a key could leak to.

For each way a call can fail (and for successes), the key must be absent from ``str``/``repr``,
a traceback rendered with local variables (what ``pytest --showlocals`` and Sentry show), the
pickled error, the error's response/request/body, and the logs of this library, httpx and httpcore.
"""

from __future__ import annotations

import asyncio
import logging
import pickle
import socket
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from twelvelabs_analyze import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncTwelveLabs,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OutputTruncatedError,
    RateLimitError,
    StreamInterruptedError,
    TaskFailedError,
    TwelveLabs,
    TwelveLabsError,
    parse_structured,
)

KEY = "tlk_SECRET_abc123"
BASE_URL = "https://api.test/v1.3"
ECHO = {"code": "parameter_invalid", "message": f"The key {KEY} may not use this video."}


def _library_frames(error: BaseException) -> str:
    """The traceback of ``error`` with every frame's local variables, leaving out this test's own frames
    (whose locals hold the key on purpose)."""
    frames = [
        (frame, line)
        for frame, line in traceback.walk_tb(error.__traceback__)
        if frame.f_code.co_filename != __file__
    ]
    summary = traceback.StackSummary.extract(iter(frames), capture_locals=True)
    return "".join(summary.format()) + "".join(traceback.format_exception_only(error))


def _places(error: BaseException) -> dict[str, str]:
    """Everything about ``error`` a user, a log or a crash reporter could see, as text."""
    rendered = _library_frames(error)
    places = {
        "str": str(error),
        "repr": repr(error),
        "traceback with locals": rendered,
        "pickle": repr(pickle.dumps(error)),
        "notes": repr(getattr(error, "__notes__", "")),
    }
    response = getattr(error, "response", None)
    if isinstance(response, httpx.Response):
        places["response headers"] = repr(response.headers)
        places["response text"] = response.text
        places["request headers"] = repr(response.request.headers)
    if hasattr(error, "body"):
        places["body"] = repr(error.body)
    return places


def assert_no_key(error: BaseException, caplog: pytest.LogCaptureFixture) -> None:
    for place, text in {**_places(error), "logs": caplog.text}.items():
        assert KEY not in text, f"the key leaks through {place}"
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error)


def client_on(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> TwelveLabs:
    transport = httpx.MockTransport(handler)
    return TwelveLabs(
        api_key=KEY, base_url=BASE_URL, http_client=httpx.Client(transport=transport), **options
    )


def answer(status: int, **kwargs: Any) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, **kwargs)


def raises(error: BaseException) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    return handler


@pytest.fixture(autouse=True)
def verbose_logs(caplog: pytest.LogCaptureFixture) -> None:
    for name in ("twelvelabs_analyze", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    async def async_sleep(seconds: float) -> None:
        return None

    monkeypatch.setattr("twelvelabs_analyze._sleep.sleep", lambda seconds: None)
    monkeypatch.setattr("twelvelabs_analyze._sleep.async_sleep", async_sleep)


STATUS_CASES = [
    (400, BadRequestError, {"json": ECHO}),
    (401, AuthenticationError, {"json": {"code": "api_key_invalid", "message": f"Key {KEY} is invalid."}}),
    (404, NotFoundError, {"json": {"code": "resource_not_exist", "message": f"{KEY}: no such video"}}),
    (409, ConflictError, {"text": f"conflict for {KEY}"}),
    (429, RateLimitError, {"headers": {"Retry-After": "9999"}, "text": KEY}),
    (500, InternalServerError, {"text": f"<html>{KEY}</html>", "headers": {"content-type": "text/html"}}),
    (200, APIResponseValidationError, {"text": f"not json {KEY}"}),
    (200, APIResponseValidationError, {"json": {"title": 5, "echo": KEY}}),
]


@pytest.mark.parametrize(("status", "error_type", "kwargs"), STATUS_CASES)
def test_status_and_body_errors(
    status: int, error_type: type[TwelveLabsError], kwargs: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    client = client_on(answer(status, **kwargs), max_retries=1, legacy_endpoints=True)
    with pytest.raises(error_type) as caught:
        client.gist("v", types=["title"])
    assert_no_key(caught.value, caplog)


@pytest.mark.parametrize(
    ("failure", "error_type"),
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.RemoteProtocolError("closed"), APIConnectionError),
    ],
)
def test_transport_errors(failure: Exception, error_type: type, caplog: pytest.LogCaptureFixture) -> None:
    client = client_on(raises(failure), max_retries=1)
    with pytest.raises(error_type) as caught:
        client.analyze(video_id="v", prompt="p")
    assert_no_key(caught.value, caplog)


def test_a_real_refused_connection(caplog: pytest.LogCaptureFixture) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = TwelveLabs(api_key=KEY, base_url=f"http://127.0.0.1:{port}/v1.3", max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        client.gist("v")
    assert_no_key(caught.value, caplog)


def test_stream_errors(caplog: pytest.LogCaptureFixture) -> None:
    start = b'{"event_type": "stream_start", "metadata": {"generation_id": "g"}}\n'

    class Broken(httpx.SyncByteStream):
        def __iter__(self) -> Any:
            yield start
            raise httpx.RemoteProtocolError(f"peer said {KEY}")

    client = client_on(lambda request: httpx.Response(200, stream=Broken()))
    with pytest.raises(StreamInterruptedError) as caught:
        list(client.analyze_stream(video_id="v", prompt="p"))
    assert_no_key(caught.value, caplog)
    bad_line = start + b'{"event_type": "text_generation", "text": 5, "k": "' + KEY.encode() + b'"}\n'
    client = client_on(lambda request: httpx.Response(200, content=bad_line))
    with pytest.raises(APIResponseValidationError) as invalid:
        list(client.analyze_stream(video_id="v", prompt="p"))
    assert_no_key(invalid.value, caplog)


def test_truncation_and_task_errors(caplog: pytest.LogCaptureFixture) -> None:
    cut = {"id": "a", "data": '{"a": [1', "finish_reason": "length", "error": {"message": "truncated"}}
    client = client_on(answer(200, json=cut))
    with pytest.raises(OutputTruncatedError) as truncated:
        parse_structured(client.analyze(video_id="v", prompt="p"))
    assert_no_key(truncated.value, caplog)
    failed = {"task_id": "t", "custom_id": None, "status": "failed", "created_at": "2026-01-01T00:00:00Z"}
    client = client_on(answer(200, json={**failed, "error": {"message": "bad video"}}))
    with pytest.raises(TaskFailedError) as task_failed:
        client.analyze_async.tasks.wait("t")
    assert_no_key(task_failed.value, caplog)


def test_invalid_arguments_and_settings(caplog: pytest.LogCaptureFixture) -> None:
    client = client_on(answer(200, json={}))
    for call in (
        lambda: client.gist(""),
        lambda: client.summarize("v", type="summary", temperature=5),
        lambda: TwelveLabs(api_key=KEY, base_url="ftp://x"),
        lambda: TwelveLabs(api_key=KEY, timeout=-1),
        lambda: client.with_options(max_retries=-1),
    ):
        with pytest.raises((TypeError, ValueError)) as caught:
            call()
        assert_no_key(caught.value, caplog)


def test_successes_keep_no_key(caplog: pytest.LogCaptureFixture) -> None:
    client = client_on(answer(200, json={"title": "t"}), legacy_endpoints=True)
    raw = client.with_raw_response.gist("v", types=["title"])
    assert KEY not in repr(raw.http_response.request.headers)
    assert KEY not in repr(client) and KEY not in repr(client.with_options(timeout=3))
    assert KEY not in repr(client._config)
    assert KEY not in caplog.text


def test_the_key_is_never_pickled_with_a_client_or_config() -> None:
    client = TwelveLabs(api_key=KEY)
    with pytest.raises(TypeError, match="never pickled"):
        pickle.dumps(client._config)


def test_a_half_constructed_client_has_a_repr() -> None:
    for cls in (TwelveLabs, AsyncTwelveLabs):
        half = cls.__new__(cls)
        assert "not initialised" in repr(half)
        rendered = "".join(
            traceback.TracebackException.from_exception(ValueError("x"), capture_locals=True).format()
        )
        assert rendered


def test_construction_failures_show_no_key_in_locals(caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(ValueError) as caught:
        TwelveLabs(api_key=KEY, max_retry_wait=-5)
    assert_no_key(caught.value, caplog)
    with pytest.raises(ValueError) as again:
        TwelveLabs(api_key="k").with_options(api_key=KEY, base_url="nope")
    assert_no_key(again.value, caplog)


def test_a_one_letter_key_does_not_garble_messages(caplog: pytest.LogCaptureFixture) -> None:
    client = TwelveLabs(
        api_key="k",
        base_url=BASE_URL,
        http_client=httpx.Client(
            transport=httpx.MockTransport(
                answer(400, json={"code": "parameter_invalid", "message": "check max_tokens, key k"})
            )
        ),
        legacy_endpoints=True,
    )
    with pytest.raises(BadRequestError) as caught:
        client.gist("v")
    assert str(caught.value) == "400 parameter_invalid: check max_tokens, key ***"


def test_async_errors_too(caplog: pytest.LogCaptureFixture) -> None:
    async def scenario() -> BaseException:
        transport = httpx.MockTransport(answer(400, json=ECHO))
        async with AsyncTwelveLabs(
            api_key=KEY,
            base_url=BASE_URL,
            http_client=httpx.AsyncClient(transport=transport),
            legacy_endpoints=True,
        ) as client:
            try:
                await client.gist("v")
            except TwelveLabsError as error:
                return error
        raise AssertionError("no error")

    assert_no_key(asyncio.run(scenario()), caplog)
