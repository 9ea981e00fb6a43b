"""A server that echoes the key in every field it answers: no error the client raises carries it.

What the server sent reaches errors in many ways — a failed task's ``error.message`` and the
task itself, a broken stream's events and text, an answer served through ``/analyze`` that is
cut short or breaks the legacy schema. The key is echoed as sent, JSON-escaped, percent-encoded
and base64-encoded; it must show in no ``str``/``repr``/pickle/attribute/traceback-with-locals
(sync and async clients).
"""

from __future__ import annotations

import base64
import json
import pickle
from typing import Any

import httpx
import pytest

from tests.unit._transport import API_KEY, Both, Chunks, Script, ndjson
from twelvelabs_analyze import (
    APIResponseValidationError,
    OutputTruncatedError,
    StreamInterruptedError,
    TaskFailedError,
    TaskTimeoutError,
    TwelveLabsError,
)

from ._leaks import leaks, places

VIDEO = "6298d673f1090f1100476d4c"
ESCAPED = API_KEY.replace("_", "\\u005f")  # the JSON text spells it with escapes; decoded, it is the key
PERCENT = "".join(f"%{b:02x}" for b in API_KEY.encode())
BASE64 = base64.b64encode(f"key:{API_KEY}".encode()).decode()  # e.g. an echoed Basic credential


def echo(text: str) -> str:
    """``text`` followed by the key in every spelling (for JSON bodies written by hand)."""
    return f"{text} [{API_KEY} / {ESCAPED} / {PERCENT} / {BASE64}]"


def raw_json(body: dict[str, Any]) -> bytes:
    """``body`` as JSON, then the escaped spelling written in as raw JSON text (json.dumps would
    escape its backslash)."""
    return json.dumps(body).replace(json.dumps(ESCAPED)[1:-1], ESCAPED).encode()


def json_response(body: dict[str, Any], status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=raw_json(body), headers={"content-type": "application/json"})


def assert_safe(error: BaseException) -> None:
    assert leaks(error, API_KEY) == [], places(error)
    assert isinstance(error, TwelveLabsError)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy)) == (type(error), str(error))


def a_task(status: str, **fields: Any) -> dict[str, Any]:
    return {
        "task_id": "t1",
        "custom_id": echo("run"),
        "status": status,
        "created_at": "2026-07-01T12:00:00Z",
        "video_source": {"type": "url", "url": f"https://e.com/v.mp4?key={PERCENT}"},
        **fields,
    }


def test_a_failed_task_carries_no_key(mode: str, sleeps: list[float]) -> None:
    script = Script(json_response(a_task("failed", error={"message": echo("could not decode")})))
    with pytest.raises(TaskFailedError) as caught:
        Both(mode, script).call("analyze_async.tasks.wait", "t1")
    assert_safe(caught.value)
    assert caught.value.reason == "could not decode [*** / *** / *** / a2V5On***]"
    assert str(caught.value) == "task t1 failed: could not decode [*** / *** / *** / a2V5On***]"
    assert caught.value.task.status == "failed"  # the task is kept, masked


def test_a_task_that_times_out_carries_no_key(mode: str, sleeps: list[float]) -> None:
    script = Script(json_response(a_task("processing")))
    with pytest.raises(TaskTimeoutError) as caught:
        Both(mode, script).call("analyze_async.tasks.wait", "t1", timeout=0)
    assert_safe(caught.value)
    assert caught.value.task.custom_id == "run [*** / *** / *** / a2V5On***]"


START = {"event_type": "stream_start", "metadata": {"generation_id": "g"}}


def text_event(text: str) -> dict[str, Any]:
    return {"event_type": "text_generation", "text": text}


def stream_of(chunks: list[bytes], error: Exception | None = None) -> httpx.Response:
    return httpx.Response(200, stream=Chunks(chunks, error), headers={"content-type": "application/x-ndjson"})


def read_stream(both: Both) -> Any:
    return both.collect(lambda client: client.analyze_stream(video_id=VIDEO, prompt="p"))


def test_a_broken_stream_carries_no_key(mode: str, sleeps: list[float]) -> None:
    body = ndjson(START, text_event(echo("Hello"))) + raw_json(text_event(echo(" again"))) + b"\n"
    both = Both(mode, Script(stream_of([body], httpx.RemoteProtocolError(f"peer said {API_KEY}"))))
    with pytest.raises(StreamInterruptedError) as caught:
        read_stream(both)
    assert_safe(caught.value)
    assert caught.value.event_count == 3  # events themselves are kept only after keep_events()
    assert caught.value.text == "Hello [*** / *** / *** / a2V5On***] again [*** / *** / *** / a2V5On***]"


def test_a_stream_without_its_final_event_carries_no_key(mode: str, sleeps: list[float]) -> None:
    body = ndjson(START, text_event(echo("Hello")))
    with pytest.raises(StreamInterruptedError) as caught:
        read_stream(Both(mode, Script(stream_of([body]))))
    assert_safe(caught.value)
    assert caught.value.text == "Hello [*** / *** / *** / a2V5On***]"


GONE = {"code": "not_found", "message": "No endpoint at /v1.3/gist."}


def analyze_answer(data: str, finish_reason: str = "stop", warning: str | None = None) -> httpx.Response:
    answer: dict[str, Any] = {"id": "gen-1", "data": data, "finish_reason": finish_reason}
    if warning is not None:
        answer["error"] = {"message": warning}
    return json_response(answer)


@pytest.mark.parametrize(
    ("answer", "error_type"),
    [
        (analyze_answer(echo("not JSON")), APIResponseValidationError),
        (analyze_answer(json.dumps({"title": 5, "x": echo("")})), APIResponseValidationError),
        (analyze_answer('{"title": "' + echo("cut"), "length", echo("Max length.")), OutputTruncatedError),
    ],
    ids=["not-json", "wrong-shape", "cut-short"],
)
def test_an_answer_served_through_analyze_carries_no_key(
    mode: str, sleeps: list[float], answer: httpx.Response, error_type: type[Exception]
) -> None:
    script = Script(httpx.Response(404, json=GONE), answer)
    with pytest.raises(error_type) as caught:
        Both(mode, script).call("gist", VIDEO, types=["title"])
    assert_safe(caught.value)
    assert caught.value.attempts == 2  # the error is the call's, not a copy's


def test_a_chapter_interval_error_through_analyze_carries_no_key(mode: str, sleeps: list[float]) -> None:
    chapters = {
        "chapters": [{"start_sec": 9, "end_sec": 1, "chapter_title": echo("t"), "chapter_summary": "s"}]
    }
    script = Script(httpx.Response(404, json=GONE), analyze_answer(json.dumps(chapters)))
    with pytest.raises(APIResponseValidationError) as caught:
        Both(mode, script).call("summarize", VIDEO, type="chapter")
    assert_safe(caught.value)
    assert "goes from 9 to 1" in str(caught.value)


def test_a_truncation_keeps_what_has_no_key(mode: str, sleeps: list[float]) -> None:
    script = Script(
        httpx.Response(404, json=GONE), analyze_answer('{"title": "Wal', "length", f"Stopped ({API_KEY}).")
    )
    with pytest.raises(OutputTruncatedError) as caught:
        Both(mode, script).call("gist", VIDEO, types=["title"])
    assert (caught.value.partial, caught.value.warning) == ('{"title": "Wal', "Stopped (***).")
    assert "(Stopped (***).)" in str(caught.value)
