"""A small stateful stand-in for the assets and multipart-upload endpoints and an S3-like presigned host.

An ``httpx.MockTransport`` handler (thread-safe: the sync upload sends parts from threads). The
presigned host checks each URL's signature, refuses an expired or used one with 403, keeps the
bytes and answers an ETag; ``faults`` inject part failures (a status, a stall, a crash).
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

BUCKET = "https://bucket.test"
Fault = Callable[[int, int], int | BaseException | None]  # (chunk index, attempt) -> what happens


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Crash(BaseException):
    """Raised by the transport: the process dies mid-upload (as far as the client can tell)."""


class UploadFake:
    def __init__(
        self,
        *,
        chunk_size: int = 1000,
        initial_urls: int = 4,
        url_lifetime: float = 3600.0,
        polls_until_ready: int = 1,
        upload_headers: dict[str, str] | None = None,
    ) -> None:
        self.chunk_size = chunk_size
        self.initial_urls = initial_urls
        self.url_lifetime = url_lifetime
        self.initial_lifetime: float | None = None  # the create answer's URLs (None: url_lifetime)
        self.polls_until_ready = polls_until_ready
        self.upload_headers = (
            {"content-type": "application/octet-stream"} if upload_headers is None else upload_headers
        )
        self.lock = threading.RLock()
        self.sessions: dict[str, dict[str, Any]] = {}
        self.assets: dict[str, dict[str, Any]] = {}
        self.signatures: dict[str, tuple[str, int, float]] = {}  # sig -> (upload, chunk, expiry)
        self.used: set[str] = set()
        self.puts: list[tuple[int, httpx.Headers]] = []  # (chunk, headers) of every PUT that reached the host
        self.sent: dict[tuple[str, int], int] = {}  # (upload, chunk) -> accepted PUTs
        self.api_requests: list[httpx.Request] = []
        self.fault: Fault | None = None
        self.report_faults: list[int] = []  # statuses for the next reports
        self.attempts: dict[int, int] = {}

    # --- helpers ---------------------------------------------------------------------------

    def _url(self, upload_id: str, index: int, now: float, lifetime: float | None = None) -> dict[str, Any]:
        sig = secrets.token_hex(16)
        expiry = now + (self.url_lifetime if lifetime is None else lifetime)
        self.signatures[sig] = (upload_id, index, expiry)
        return {
            "chunk_index": index,
            "url": f"{BUCKET}/{upload_id}/{index}?X-Sig={sig}&X-Expires={int(expiry)}",
            "expires_at": _iso(expiry),
        }

    def data(self, upload_id: str) -> bytes:
        session = self.sessions[upload_id]
        return b"".join(session["parts"][i] for i in range(1, session["total_chunks"] + 1))

    def expire(self, upload_id: str) -> None:
        self.sessions[upload_id]["status"] = "expired"

    # --- the handler -----------------------------------------------------------------------

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if str(request.url).startswith(BUCKET):
            return self._put(request)
        with self.lock:
            self.api_requests.append(request)
            return self._api(request)

    def _put(self, request: httpx.Request) -> httpx.Response:
        sig = request.url.params.get("X-Sig", "")
        with self.lock:
            known = self.signatures.get(sig)
            index = known[1] if known else 0
            self.puts.append((index, request.headers))
            attempt = self.attempts[index] = self.attempts.get(index, 0) + 1
            fault = self.fault(index, attempt) if self.fault is not None and known else None
        if isinstance(fault, BaseException):
            raise fault
        body = request.read()
        with self.lock:
            if known is None or sig in self.used or known[2] < time.time():
                return httpx.Response(403, text="<Error><Code>AccessDenied</Code></Error>")
            self.used.add(sig)
            if isinstance(fault, int):
                return httpx.Response(fault)
            upload_id, index, _ = known
            session = self.sessions[upload_id]
            offset = (index - 1) * session["chunk_size"]
            expected = max(0, min(session["chunk_size"], session["total_size"] - offset))
            if len(body) != expected:
                return httpx.Response(400, text="wrong size")
            session["parts"][index] = body
            self.sent[(upload_id, index)] = self.sent.get((upload_id, index), 0) + 1
            etag = '"' + hashlib.md5(body).hexdigest() + '"'  # S3's ETag
            session["etags"][index] = etag
            return httpx.Response(200, headers={"ETag": etag})

    def _api(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/v1.3")
        now = time.time()
        body = json.loads(request.content) if request.content else {}
        if request.method == "POST" and path == "/assets/multipart-uploads":
            upload_id = "up" + secrets.token_hex(6)
            asset_id = "as" + secrets.token_hex(6)
            total = max(1, -(-body["total_size"] // self.chunk_size))
            self.sessions[upload_id] = {
                "asset_id": asset_id,
                "chunk_size": self.chunk_size,
                "total_size": body["total_size"],
                "total_chunks": total,
                "status": "active",
                "parts": {},
                "etags": {},
                "reported": set(),
                "request": body,
            }
            self.assets[asset_id] = {
                "_id": asset_id,
                "status": "processing",
                "polls": 0,
                "filename": body["filename"],
            }
            answer: dict[str, Any] = {
                "upload_id": upload_id,
                "asset_id": asset_id,
                "upload_urls": [
                    self._url(upload_id, i, now, self.initial_lifetime)
                    for i in range(1, min(total, self.initial_urls) + 1)
                ],
                "chunk_size": self.chunk_size,
                "total_chunks": total,
                "expires_at": _iso(now + 86400),
            }
            if self.upload_headers:
                answer["upload_headers"] = self.upload_headers
            return httpx.Response(201, json=answer)
        match = re.fullmatch(r"/assets/multipart-uploads/(\w+)(/presigned-urls)?", path)
        if match:
            session = self.sessions.get(match.group(1))
            if session is None:
                return httpx.Response(404, json={"code": "not_found", "message": "no such upload"})
            upload_id = match.group(1)
            if match.group(2):
                start, count = body["start"], body["count"]
                last = min(session["total_chunks"], start + count - 1)
                urls = [self._url(upload_id, i, now) for i in range(start, last + 1)]
                return httpx.Response(
                    200,
                    json={
                        "upload_id": upload_id,
                        "start_index": start,
                        "count": len(urls),
                        "upload_urls": urls,
                    },
                )
            if request.method == "GET":
                return self._status(upload_id, session, request)
            if self.report_faults:
                return httpx.Response(
                    self.report_faults.pop(0), json={"code": "x", "message": "report failed"}
                )
            if session["status"] != "active":
                return httpx.Response(
                    400, json={"code": "upload_" + session["status"], "message": "not active"}
                )
            processed = 0
            for chunk in body["completed_chunks"]:
                index = chunk["chunk_index"]
                if session["etags"].get(index) != chunk["proof"]:
                    return httpx.Response(400, json={"code": "bad_proof", "message": f"chunk {index}"})
                if index not in session["reported"]:
                    processed += 1
                session["reported"].add(index)
            answer = {
                "asset_id": session["asset_id"],
                "processed_chunks": processed,
                "duplicate_chunks": len(body["completed_chunks"]) - processed,
                "total_completed": len(session["reported"]),
            }
            if len(session["reported"]) == session["total_chunks"]:
                session["status"] = "completed"
                answer["url"] = f"https://assets.test/{session['asset_id']}"
            return httpx.Response(200, json=answer)
        match = re.fullmatch(r"/assets/(\w+)", path)
        if match and request.method == "GET":
            asset = self.assets.get(match.group(1))
            if asset is None:
                return httpx.Response(404, json={"code": "not_found", "message": "no such asset"})
            session = next(s for s in self.sessions.values() if s["asset_id"] == asset["_id"])
            if session["status"] == "completed":
                asset["polls"] += 1
                if asset["polls"] > self.polls_until_ready:
                    asset["status"] = "ready"
            return httpx.Response(
                200, json={k: v for k, v in asset.items() if k != "polls"} | {"method": "multipart"}
            )
        return httpx.Response(404, json={"code": "no_route", "message": f"{request.method} {path}"})

    def _status(self, upload_id: str, session: dict[str, Any], request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        limit = int(request.url.params.get("page_limit", "10"))
        indices = list(range(1, session["total_chunks"] + 1))
        shown = indices[(page - 1) * limit : page * limit]
        chunks = [
            {"index": i, "status": "completed" if i in session["reported"] else "pending"} for i in shown
        ]
        return httpx.Response(
            200,
            json={
                "upload_id": upload_id,
                "status": session["status"],
                "uploaded_chunks": chunks,
                "chunks_completed": len(session["reported"]),
                "page_info": {
                    "page": page,
                    "total_page": max(1, -(-len(indices) // limit)),
                    "limit_per_page": limit,
                    "total_results": len(indices),
                },
            },
        )
