"""A loopback API that answers what a test scripts: exact JSON, NDJSON streams sent in pieces, gates.

The fake (``twelvelabs_analyze.testing``) derives its answers from the request; these tests need
answers chosen to the byte instead (a stream cut short, a task that is ``processing`` twice and
then ``ready``, a page that must not be fetched). Each route answers its scripted answers in
order, repeating the last one; anything unscripted gets the API's 404.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping, MutableMapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

import anyio

from twelvelabs_analyze.testing._serve import serve_asgi

__all__ = ["Answer", "ScriptedAPI", "json_answer", "ndjson_answer", "serve_scripted", "stream_events", "task"]

ROOT = "/v1.3"


@dataclass
class Answer:
    status: int = 200
    chunks: Sequence[bytes] = (b"",)
    headers: Mapping[str, str] = field(default_factory=dict)
    gates: Mapping[int, threading.Event] = field(default_factory=dict)  # wait for gates[i] before chunk i
    close_early: bool = False  # stop after the chunks without finishing the body (a cut connection)


def json_answer(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Answer:
    data = json.dumps(body).encode()
    return Answer(status, (data,), {"content-type": "application/json", **(headers or {})})


def ndjson_answer(
    events: Sequence[Mapping[str, Any]],
    *,
    pieces: int = 1,
    gates: Mapping[int, threading.Event] | None = None,
) -> Answer:
    """The events as NDJSON, split into ``pieces`` chunks at arbitrary points (inside lines too)."""
    data = b"".join(json.dumps(event).encode() + b"\n" for event in events)
    size = max(1, -(-len(data) // pieces))
    chunks = [data[i : i + size] for i in range(0, len(data), size)]
    return Answer(200, chunks, {"content-type": "application/x-ndjson"}, gates or {})


def stream_events(
    texts: Sequence[str],
    finish_reason: str = "stop",
    warning: str | None = None,
    output_tokens: int = 12,
) -> list[dict[str, Any]]:
    """A documented /analyze stream: start, one text_generation event per text, end."""
    end: dict[str, Any] = {
        "event_type": "stream_end",
        "finish_reason": finish_reason,
        "metadata": {"generation_id": "gen-1", "usage": {"output_tokens": output_tokens, "input_tokens": 30}},
    }
    if warning is not None:
        end["error"] = {"message": warning}
    return [
        {"event_type": "stream_start", "metadata": {"generation_id": "gen-1"}},
        *({"event_type": "text_generation", "text": text} for text in texts),
        end,
    ]


def task(
    task_id: str,
    status: str,
    *,
    data: str | None = None,
    finish_reason: str = "stop",
    error: str | None = None,
    url: str = "https://example.com/v.mp4",
    response_format: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """An analysis task as ``GET /analyze/tasks/{id}`` documents it."""
    body: dict[str, Any] = {
        "task_id": task_id,
        "custom_id": None,
        "status": status,
        "created_at": datetime(2026, 7, 1, 12, 0, tzinfo=UTC).isoformat(),
        "video_source": {"type": "url", "url": url},
        "request_params": {"prompt": "p", "response_format": response_format},
    }
    if data is not None:
        body["result"] = {
            "generation_id": "gen-1",
            "data": data,
            "finish_reason": finish_reason,
            "usage": {"output_tokens": 42, "input_tokens": 7},
        }
        body["completed_at"] = "2026-07-01T12:05:00+00:00"
    if error is not None:
        body["error"] = {"message": error}
    return body


@dataclass(frozen=True)
class Received:
    method: str
    path: str  # without the API root
    query: dict[str, list[str]]
    json: Any


class ScriptedAPI:
    """An ASGI app; ``on(method, path, *answers)`` scripts a route."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._routes: dict[tuple[str, str], list[Answer]] = {}
        self.requests: list[Received] = []

    def reset(self) -> None:
        with self._lock:
            self._routes.clear()
            self.requests.clear()

    def on(self, method: str, path: str, *answers: Answer) -> None:
        with self._lock:
            self._routes[(method.upper(), path)] = list(answers)

    def received(self, method: str, path: str) -> list[Received]:
        return [r for r in self.requests if r.method == method and r.path == path]

    def _next(self, method: str, path: str) -> Answer:
        with self._lock:
            answers = self._routes.get((method, path))
            if not answers:
                return json_answer({"code": "not_found", "message": f"No endpoint at {ROOT}{path}."}, 404)
            return answers.pop(0) if len(answers) > 1 else answers[0]

    async def __call__(
        self, scope: MutableMapping[str, Any], receive: Any, send: Any
    ) -> None:  # the ASGI interface
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        path = scope["path"].removeprefix(ROOT)
        try:
            parsed = json.loads(body) if body else None
        except ValueError:
            parsed = None
        query = parse_qs(scope.get("query_string", b"").decode())
        with self._lock:
            self.requests.append(Received(scope["method"], path, query, parsed))
        answer = self._next(scope["method"], path)
        headers = [(k.lower().encode(), v.encode()) for k, v in answer.headers.items()]
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        for index, chunk in enumerate(answer.chunks):
            gate = answer.gates.get(index)
            if gate is not None:
                await anyio.to_thread.run_sync(gate.wait, 30)
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        if answer.close_early:
            raise RuntimeError("scripted: connection cut mid-body")  # uvicorn drops the connection
        await send({"type": "http.response.body", "body": b"", "more_body": False})


@contextmanager
def serve_scripted(api: ScriptedAPI) -> Iterator[str]:
    with serve_asgi(api) as origin:
        yield origin + ROOT
