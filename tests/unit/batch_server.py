"""A small stand-in for /analyze/batches, for the batch job runner's tests until the fake serves batches.

Its clock is its own: ``now`` moves by ``advance`` (tests make the client's sleeps advance it),
or with real time times ``speed`` when served over HTTP to another process. Items of a batch
end one after another over ``item_seconds`` each; ``expire_after`` makes the next batches
created expire early (what 24 h does to a slow batch); ``lose_next_answers`` creates a batch
and answers 500 (an answer lost after the batch was stored).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

ACTIVE = ("pending", "processing", "canceling")
CUSTOM_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).isoformat().replace("+00:00", "Z")


@dataclass
class FakeBatch:
    batch_id: str
    items: list[dict[str, Any]]
    created: float
    expires: float
    item_seconds: float
    canceled_at: float | None = None
    done_at: list[float] = field(default_factory=list)

    def item_status(self, index: int, now: float) -> str:
        end = self.done_at[index]
        stop = min(self.expires, self.canceled_at if self.canceled_at is not None else float("inf"))
        if end <= min(now, stop):
            return "failed" if self.items[index]["custom_id"].endswith("-fail") else "ready"
        if now >= stop:
            return "canceled"
        return "processing" if end - self.item_seconds <= now else "queued"

    def status(self, now: float) -> str:
        if all(self.item_status(i, now) in ("ready", "failed") for i in range(len(self.items))):
            return "completed"
        if self.canceled_at is not None and now >= self.canceled_at:
            return "canceled"
        if now >= self.expires:
            return "expired"
        return "processing"


class BatchServer:
    """The batch endpoints on a clock of their own (see the module docstring)."""

    def __init__(
        self, *, item_seconds: float = 60.0, parallel: int = 100, speed: float | None = None
    ) -> None:
        self.started = time.monotonic()
        self.base = 1_800_000_000.0
        self.offset = 0.0
        self.speed = speed
        self.item_seconds = item_seconds
        self.parallel = parallel  # items a batch works on at once
        self.batches: dict[str, FakeBatch] = {}
        self.order: list[str] = []
        self.expiring: list[float] = []  # the next batches created expire after these seconds
        self.lost_answers = 0
        self.foreign_active = 0  # another client's active batches (count toward the 5)
        self.max_active_seen = 0
        self.creates = 0  # POSTs that created a batch
        self.lock = threading.Lock()

    @property
    def now(self) -> float:
        real = (time.monotonic() - self.started) * self.speed if self.speed is not None else 0.0
        return self.base + self.offset + real

    def advance(self, seconds: float) -> None:
        self.offset += seconds

    def expire_after(self, *seconds: float) -> None:
        self.expiring += seconds

    def lose_next_answers(self, times: int = 1) -> None:
        self.lost_answers += times

    def active(self) -> int:
        return self.foreign_active + sum(1 for b in self.batches.values() if b.status(self.now) in ACTIVE)

    def custom_id_sets(self) -> list[frozenset[str]]:
        return [frozenset(item["custom_id"] for item in self.batches[b].items) for b in self.order]

    # --- HTTP ---------------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            return self._handle(request.method, request.url.path, dict(request.url.params), request.content)

    @staticmethod
    def _error(status: int, code: str, message: str) -> httpx.Response:
        return httpx.Response(status, json={"error": {"code": code, "message": message}})

    def _handle(self, method: str, path: str, query: dict[str, str], body: bytes) -> httpx.Response:
        parts = path.rstrip("/").split("/")
        at = parts.index("batches")
        rest = parts[at + 1 :]
        if method == "POST" and not rest:
            return self._create(json.loads(body))
        if method == "GET" and not rest:
            return self._list(int(query.get("page", 1)), int(query.get("page_limit", 10)))
        batch = self.batches.get(rest[0]) if rest else None
        if batch is None:
            return self._error(404, "batch_not_found", "no such batch")
        if method == "GET" and len(rest) == 1:
            return httpx.Response(200, json=self._status(batch))
        if method == "GET" and rest[1:] == ["results"]:
            lines = [json.dumps(self._result(batch, i)) for i in range(len(batch.items))]
            return httpx.Response(200, content="\n".join(lines).encode() + b"\n")
        if method == "DELETE" and len(rest) == 1:
            status = batch.status(self.now)
            if status in ACTIVE:
                return self._error(409, "batch_not_terminal", f"batch is {status}")
            del self.batches[batch.batch_id]
            self.order.remove(batch.batch_id)
            return httpx.Response(200)
        if method == "POST" and rest[1:] == ["cancel"]:
            status = batch.status(self.now)
            if status not in ACTIVE:
                return self._error(409, f"batch_{status}", f"batch is {status}")
            batch.canceled_at = self.now
            return httpx.Response(202, json=self._status(batch))
        return self._error(404, "not_found", f"{method} {path}")

    def _create(self, body: dict[str, Any]) -> httpx.Response:
        requests = body["requests"]
        if not 1 <= len(requests) <= 1000:
            return self._error(400, "too_many_requests_in_batch", "1 to 1,000 requests")
        ids = [r.get("custom_id") for r in requests]
        if any(not isinstance(c, str) or not CUSTOM_ID.fullmatch(c) for c in ids) or len(set(ids)) != len(
            ids
        ):
            return self._error(400, "invalid_custom_id", "custom ids must be unique and match the pattern")
        if self.active() >= 5:
            return self._error(429, "too_many_active_batches", "five batches are active")
        now = self.now
        number = len(self.order) + 1
        expires = now + (self.expiring.pop(0) if self.expiring else 24 * 3600.0)
        batch = FakeBatch(f"batch{number:05d}", requests, now, expires, self.item_seconds)
        batch.done_at = [now + self.item_seconds * (1 + i // self.parallel) for i in range(len(requests))]
        self.batches[batch.batch_id] = batch
        self.order.append(batch.batch_id)
        self.creates += 1
        self.max_active_seen = max(self.max_active_seen, self.active())
        if self.lost_answers:
            self.lost_answers -= 1
            return self._error(500, "internal", "the answer was lost")
        answer = self._status(batch)
        answer["items"] = [{"task_id": f"{batch.batch_id}-t{i}", "custom_id": c} for i, c in enumerate(ids)]
        return httpx.Response(201, json=answer)

    def _list(self, page: int, limit: int) -> httpx.Response:
        newest = list(reversed(self.order))
        chosen = newest[(page - 1) * limit : page * limit]
        total_pages = max(1, -(-len(newest) // limit))
        return httpx.Response(
            200,
            json={
                "data": [self._status(self.batches[b]) for b in chosen],
                "page_info": {
                    "page": page,
                    "limit_per_page": limit,
                    "total_page": total_pages,
                    "total_results": len(newest),
                },
            },
        )

    def _status(self, batch: FakeBatch) -> dict[str, Any]:
        now = self.now
        counts = dict.fromkeys(("queued", "processing", "ready", "failed", "canceled"), 0)
        for i in range(len(batch.items)):
            counts[batch.item_status(i, now)] += 1
        return {
            "batch_id": batch.batch_id,
            "analysis_mode": "general",
            "model_name": "pegasus1.5",
            "status": batch.status(now),
            "total_items": len(batch.items),
            "created_at": _iso(batch.created),
            "expires_at": _iso(batch.expires),
            **{f"{name}_items": count for name, count in counts.items()},
        }

    def _result(self, batch: FakeBatch, index: int) -> dict[str, Any]:
        status = batch.item_status(index, self.now)
        line: dict[str, Any] = {
            "task_id": f"{batch.batch_id}-t{index}",
            "custom_id": batch.items[index]["custom_id"],
            "status": status,
        }
        if status == "ready":
            asset = batch.items[index]["video"]["asset_id"]
            line["data"] = {
                "generation_id": f"g-{batch.batch_id}-{index}",
                "data": f"about {asset}",
                "finish_reason": "stop",
                "usage": {"output_tokens": 3},
            }
        elif status == "failed":
            line["error"] = {"message": "the video is too long"}
        return line


def serve(server: BatchServer, forward_to: str | None = None) -> tuple[str, Callable[[], None]]:
    """``server`` on 127.0.0.1 (a thread): its base URL, and the function that stops it.

    ``forward_to``: another API root (the fake's) that answers every path but the batches'.
    """

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            url = urlsplit(self.path)
            query = {k: v[-1] for k, v in parse_qs(url.query).items()}
            if forward_to is not None and "/analyze/batches" not in url.path:
                headers = {
                    k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")
                }
                target = (
                    forward_to.rstrip("/")
                    + url.path.removeprefix("/v1.3")
                    + (f"?{url.query}" if url.query else "")
                )
                response = httpx.request(self.command, target, content=body, headers=headers, timeout=30)
            else:
                with server.lock:
                    response = server._handle(self.command, url.path, query, body)
            content = response.content
            try:
                self.send_response(response.status_code)
                self.send_header("Content-Type", response.headers.get("content-type", "application/json"))
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)
            except (BrokenPipeError, ConnectionResetError):  # a client killed mid-answer (the kill -9 tests)
                pass

        do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()

    def stop() -> None:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)

    return f"http://127.0.0.1:{httpd.server_address[1]}/v1.3", stop
