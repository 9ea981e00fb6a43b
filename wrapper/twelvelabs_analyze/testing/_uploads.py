"""Multipart uploads (``/assets/multipart-uploads``) and the S3-like presigned URLs their parts go to.

A session splits ``total_size`` into chunks of the fake's ``chunk_size`` (grown, when the file
is large, so there are at most :data:`MAX_CHUNKS`), hands out presigned URLs for the first
``initial_urls`` chunks, and more on request (at most 50 at a time). Each URL points at the
fake itself, outside the API's paths (``/_presigned/{upload_id}/{chunk_index}?…``), and carries
its expiry and an HMAC signature in its query string, as an S3 presigned URL does. A ``PUT``
to it needs no API key (and its requests are recorded, so tests can check it never got one);
it is refused with ``403`` and an S3-style XML body when the signature is wrong, the URL has
expired (1 h) or was used before: a URL is used up by the first PUT that reaches it, whatever
its outcome ("Each URL can only be used once"). The body must be exactly the chunk's size (the
last chunk: the remainder); it is read as it arrives into an MD5, which is the quoted ``ETag``
of the answer and the proof the report must give. A session lasts 24 h on the fake's clock;
once every chunk is reported it is ``completed`` and its asset starts processing.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal
from urllib.parse import parse_qs, urlencode
from xml.sax.saxutils import escape

from ._assets import IMAGE_LIMIT, AssetStore, kind_of, user_metadata_of
from ._errors import ApiError
from ._tasks import _timestamp
from ._types import API_KEY_HEADER, Disconnect, FakeResponse
from ._words import digest

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_INITIAL_URLS",
    "MAX_CHUNKS",
    "MAX_URLS_PER_REQUEST",
    "PRESIGNED_PREFIX",
    "PartSink",
    "PresignedRequest",
    "UploadStore",
]

PRESIGNED_PREFIX = "/_presigned/"
MIB = 1024 * 1024
DEFAULT_CHUNK_SIZE = 5 * MIB  # small, so tests split small files; real sessions choose larger chunks
DEFAULT_INITIAL_URLS = 10  # the create answer "may not include URLs for all chunks"
MAX_CHUNKS = 10_000  # S3's limit on the parts of one upload: chunk_size grows to stay within it
MAX_URLS_PER_REQUEST = 50  # "You can request a maximum of 50 URLs in a single API call"
URL_LIFETIME_S = 3600.0  # "URLs expire after one hour"
SESSION_LIFETIME_S = 86_400.0  # "This identifier remains valid for 24 hours from the time of creation"
# "Video and audio: Up to 10 GB" (decimal, the stricter reading; images: IMAGE_LIMIT).
MULTIPART_LIMIT = 10 * 1000 * 1000 * 1000
DEFAULT_MAX_PRESIGNED_RECORDS = 10_000
IN_PROCESS_ORIGIN = "http://fake.twelvelabs.test"
ASSET_URL_ORIGIN = "https://assets.fake.twelvelabs.test"

# The origin (scheme://host[:port]) the current API request was sent to: presigned URLs point
# there, so they work in-process and over serve() alike.
REQUEST_ORIGIN: ContextVar[str | None] = ContextVar("twelvelabs_fake_request_origin", default=None)

PartFaultKind = Literal["fail", "stall", "drop"]


@dataclass(frozen=True)
class PartFault:
    how: PartFaultKind
    status: int = 500
    seconds: float = 0.0


@dataclass(frozen=True)
class PresignedRequest:
    """One request to a presigned URL: what arrived (never the URL's query string) and the answer."""

    method: str
    path: str  # /_presigned/{upload_id}/{chunk_index}
    headers: Mapping[str, str]  # lower-case names
    status: int  # 0: the connection was dropped on purpose
    size: int  # body bytes read
    etag: str | None  # the ETag answered, quoted
    time: float  # time.monotonic() on arrival

    @property
    def api_key(self) -> str | None:
        """The ``x-api-key`` it carried (a presigned host should never get one)."""
        return self.headers.get(API_KEY_HEADER)

    @property
    def upload_id(self) -> str:
        return self.path.removeprefix(PRESIGNED_PREFIX).split("/", 1)[0]

    @property
    def chunk_index(self) -> int | None:
        tail = self.path.removeprefix(PRESIGNED_PREFIX).split("/")
        return int(tail[1]) if len(tail) == 2 and tail[1].isdigit() else None

    def __repr__(self) -> str:
        shown = {k: ("<redacted>" if k == API_KEY_HEADER else v) for k, v in self.headers.items()}
        return (
            f"PresignedRequest(method={self.method!r}, path={self.path!r}, status={self.status}, "
            f"size={self.size}, etag={self.etag!r}, headers={shown!r})"
        )


@dataclass
class _Chunk:
    size: int = 0
    etag: str | None = None  # of the last part that arrived whole
    data: bytes | None = field(default=None, repr=False)
    reported: float | None = None  # fake time it was reported
    updated: float | None = None
    error: str | None = None  # the last attempt failed (cleared when a part arrives)


@dataclass
class _Session:
    upload_id: str
    asset_id: str
    number: int
    total_size: int
    chunk_size: int
    total_chunks: int
    created: float
    chunks: dict[int, _Chunk] = field(default_factory=dict)
    completed: float | None = None
    used_urls: set[str] = field(default_factory=set)  # nonces of URLs a PUT has reached

    @property
    def expires(self) -> float:
        return self.created + SESSION_LIFETIME_S

    def status(self, now: float) -> str:
        if self.completed is not None:
            return "completed"
        return "expired" if now >= self.expires else "active"

    def expected_size(self, index: int) -> int:
        if index < self.total_chunks:
            return self.chunk_size
        return self.total_size - self.chunk_size * (self.total_chunks - 1)

    def reported_count(self) -> int:
        return sum(1 for chunk in self.chunks.values() if chunk.reported is not None)

    def summary(self) -> dict[str, Any]:
        return {
            "upload_id": self.upload_id,
            "status": "active",
            "total_size": self.total_size,
            "chunk_size": self.chunk_size,
            "total_chunks": self.total_chunks,
            "created_at": _timestamp(self.created),
            "expires_at": _timestamp(self.expires),
        }


def _xml_error(
    status: int, code: str, message: str, headers: Mapping[str, str] | None = None
) -> FakeResponse:
    """An S3-style error answer."""
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{escape(code)}</Code><Message>{escape(message)}</Message></Error>"
    ).encode()
    return FakeResponse(status, [("Content-Type", "application/xml"), *(headers or {}).items()], body)


def _not_found(upload_id: str) -> ApiError:
    return ApiError(404, "resource_not_exist", f"No upload session has the id {upload_id!r}.")


def _paged(total: int, query: Mapping[str, Any]) -> tuple[slice, dict[str, Any]]:
    limit, number = int(query["page_limit"]), int(query["page"])
    info = {
        "limit_per_page": limit,
        "page": number,
        "total_page": max(1, math.ceil(total / limit)),
        "total_results": total,
    }
    return slice((number - 1) * limit, number * limit), info


class PartSink:
    """One PUT to a presigned URL: checked when its head arrives, its body read into an MD5.

    ``refusal`` is set when the PUT is refused before its body is read (the caller answers it at
    once and closes the connection); otherwise ``feed`` the body and ``finish`` for the answer.
    """

    def __init__(self, store: UploadStore, method: str, path: str, headers: Mapping[str, str]) -> None:
        self._store = store
        self._method = method
        self._path = path
        self._headers = headers
        self._arrived = time.monotonic()
        self._md5 = hashlib.md5(usedforsecurity=False)
        self._size = 0
        self._kept: bytearray | None = None
        self.refusal: FakeResponse | None = None
        self._session: _Session | None = None
        self._index = 0
        self._expected = 0
        self._fault: PartFault | None = None

    def _refuse(self, answer: FakeResponse) -> None:
        self.refusal = answer
        self._store.record(self._method, self._path, self._headers, answer.status, 0, None, self._arrived)

    def begin(self, query: str) -> None:
        """Check the method, signature, expiry and single use; the fault for this part is taken here."""
        store = self._store
        if self._method != "PUT":
            self._refuse(
                _xml_error(
                    405, "MethodNotAllowed", "Only PUT is allowed on a presigned URL.", {"Allow": "PUT"}
                )
            )
            return
        tail = self._path.removeprefix(PRESIGNED_PREFIX).split("/")
        params = {name: values[0] for name, values in parse_qs(query, keep_blank_values=True).items()}
        if len(tail) != 2 or not tail[1].isdigit() or not store.signature_ok(tail[0], tail[1], params):
            self._refuse(
                _xml_error(403, "SignatureDoesNotMatch", "The request signature does not match the URL.")
            )
            return
        now = store.now()
        if now >= float(params["X-Tl-Expires"]):
            self._refuse(_xml_error(403, "AccessDenied", "Request has expired."))
            return
        missing = [
            name for name, value in store.upload_headers.items() if self._headers.get(name.lower()) != value
        ]
        if missing:
            self._refuse(
                _xml_error(
                    403, "SignatureDoesNotMatch", f"The signed header {missing[0]} is missing or differs."
                )
            )
            return
        with store.lock:
            session = store.sessions.get(tail[0])
            if session is None or session.status(now) != "active":
                refusal = _xml_error(
                    404, "NoSuchUpload", "The upload does not exist, expired or is complete."
                )
            elif params["X-Tl-Nonce"] in session.used_urls:
                refusal = _xml_error(403, "AccessDenied", "This presigned URL has already been used.")
            else:
                refusal = None
                session.used_urls.add(params["X-Tl-Nonce"])
        if refusal is not None or session is None:
            self._refuse(refusal or _xml_error(404, "NoSuchUpload", "The upload does not exist."))
            return
        index = int(tail[1])
        self._session, self._index, self._expected = session, index, session.expected_size(index)
        declared = self._headers.get("content-length")
        if declared is not None and declared.strip().isdigit() and int(declared) != self._expected:
            self._refuse(self._wrong_size(int(declared)))
            return
        self._fault = store.take_part_fault()
        if store.keep_bytes:
            self._kept = bytearray()

    def _wrong_size(self, size: int) -> FakeResponse:
        message = f"Chunk {self._index} must be {self._expected} bytes, not {size}."
        self._failed(message)
        return _xml_error(400, "IncompleteBody" if size < self._expected else "EntityTooLarge", message)

    def _failed(self, message: str) -> None:
        if self._session is not None:
            with self._store.lock:
                chunk = self._session.chunks.setdefault(self._index, _Chunk())
                if chunk.reported is None:
                    chunk.error, chunk.updated = message, self._store.now()

    def feed(self, data: bytes) -> bool:
        """Take the next bytes of the body; False once it is longer than the chunk (``refusal`` set)."""
        if self.refusal is not None:
            return False
        self._size += len(data)
        if self._size > self._expected:
            self._refuse(self._wrong_size(self._size))
            return False
        self._md5.update(data)
        if self._kept is not None:
            self._kept += data
        return True

    def finish(self) -> FakeResponse:
        """The answer once the whole body is in."""
        if self.refusal is not None:
            return self.refusal
        if self._size != self._expected:
            answer = self._wrong_size(self._size)
            self._store.record(
                self._method, self._path, self._headers, answer.status, self._size, None, self._arrived
            )
            return answer
        fault, store = self._fault, self._store
        if fault is not None and fault.how == "fail":
            self._failed(f"The part upload failed (injected HTTP {fault.status}).")
            answer = _xml_error(
                fault.status, "InternalError" if fault.status >= 500 else "AccessDenied", "Injected failure."
            )
            store.record(
                self._method, self._path, self._headers, answer.status, self._size, None, self._arrived
            )
            return answer
        if fault is not None and fault.how == "drop":
            self._failed("The connection was closed while the part was uploading.")
            store.record(self._method, self._path, self._headers, 0, self._size, None, self._arrived)
            return FakeResponse(200, [("Content-Type", "application/xml")], b"", parts=(Disconnect(),))
        etag = f'"{self._md5.hexdigest()}"'
        assert self._session is not None
        with store.lock:
            chunk = self._session.chunks.setdefault(self._index, _Chunk())
            if chunk.reported is None:  # a reported chunk is final
                chunk.size, chunk.etag, chunk.error, chunk.updated = self._size, etag, None, store.now()
                chunk.data = bytes(self._kept) if self._kept is not None else None
        store.record(self._method, self._path, self._headers, 200, self._size, etag, self._arrived)
        delay = fault.seconds if fault is not None else 0.0  # a stalled part is stored, its answer late
        return FakeResponse(200, [("ETag", etag)], b"", delay=delay)


class UploadStore:
    """Every multipart upload session of one fake, its presigned URLs and part faults."""

    def __init__(self, clock: Callable[[], float], assets: AssetStore) -> None:
        self._clock = clock
        self._assets = assets
        self.lock = threading.Lock()
        self.sessions: dict[str, _Session] = {}
        self._created = 0
        self._nonces = 0
        self._secret = os.urandom(32)  # signs this fake's URLs; another fake's do not verify
        self._faults: deque[PartFault] = deque()
        self._records: deque[PresignedRequest] = deque(maxlen=DEFAULT_MAX_PRESIGNED_RECORDS)
        self.chunk_size = DEFAULT_CHUNK_SIZE
        self.initial_urls = DEFAULT_INITIAL_URLS
        self.presigned_origin: str | None = None
        self.upload_headers: dict[str, str] = {}

    @property
    def keep_bytes(self) -> bool:
        return self._assets.keep_bytes

    def now(self) -> float:
        return self._clock()

    # --- presigned URLs -------------------------------------------------------------------

    def _signature(self, upload_id: str, index: str, expires: str, nonce: str) -> str:
        message = f"PUT\n{upload_id}\n{index}\n{expires}\n{nonce}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def signature_ok(self, upload_id: str, index: str, params: Mapping[str, str]) -> bool:
        try:
            expires, nonce, given = params["X-Tl-Expires"], params["X-Tl-Nonce"], params["X-Tl-Signature"]
            float(expires)
        except (KeyError, ValueError):
            return False
        expected = self._signature(upload_id, index, expires, nonce).encode()
        return hmac.compare_digest(expected, given.encode("utf-8", "replace"))  # any text may arrive

    def _url(self, session: _Session, index: int, now: float) -> dict[str, Any]:
        with self.lock:
            self._nonces += 1
            nonce = secrets.token_hex(8) + str(self._nonces)
        expires = str(int(now + URL_LIFETIME_S))
        origin = self.presigned_origin or REQUEST_ORIGIN.get() or IN_PROCESS_ORIGIN
        query = urlencode(
            {
                "X-Tl-Expires": expires,
                "X-Tl-Nonce": nonce,
                "X-Tl-Signature": self._signature(session.upload_id, str(index), expires, nonce),
            }
        )
        return {
            "chunk_index": index,
            "url": f"{origin.rstrip('/')}{PRESIGNED_PREFIX}{session.upload_id}/{index}?{query}",
            "expires_at": _timestamp(float(expires)),
        }

    def open_part(self, method: str, path: str, query: str, headers: Mapping[str, str]) -> PartSink:
        sink = PartSink(self, method, path, headers)
        sink.begin(query)
        return sink

    def take_part_fault(self) -> PartFault | None:
        with self.lock:
            return self._faults.popleft() if self._faults else None

    def add_part_faults(self, fault: PartFault, times: int) -> None:
        with self.lock:
            self._faults.extend(fault for _ in range(times))

    def record(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str],
        status: int,
        size: int,
        etag: str | None,
        arrived: float,
    ) -> None:
        record = PresignedRequest(method, path, MappingProxyType(dict(headers)), status, size, etag, arrived)
        with self.lock:
            self._records.append(record)

    @property
    def records(self) -> list[PresignedRequest]:
        with self.lock:
            return list(self._records)

    # --- the API --------------------------------------------------------------------------

    def _session(self, upload_id: str) -> _Session:
        with self.lock:
            session = self.sessions.get(upload_id)
        if session is None:
            raise _not_found(upload_id)
        return session

    def _active(self, upload_id: str, now: float) -> _Session:
        session = self._session(upload_id)
        status = session.status(now)
        if status != "active":
            raise ApiError(
                400,
                "upload_not_active",
                f"The upload session {upload_id} is {status}"
                + ("; create a new one." if status == "expired" else "."),
            )
        return session

    def create(self, request: Mapping[str, Any]) -> dict[str, Any]:
        kind = str(request["type"])
        total_size = int(request["total_size"])
        limit = IMAGE_LIMIT if kind == "image" else MULTIPART_LIMIT
        if not 1 <= total_size <= limit:
            raise ApiError(
                400,
                "parameter_invalid",
                f"The total_size parameter is invalid: a {kind} upload is 1 to {limit} bytes, not {total_size}.",
            )
        metadata = user_metadata_of(request.get("user_metadata"))
        _, mime = kind_of(str(request["filename"]))
        if not mime.startswith(kind + "/"):
            mime = {"video": "video/mp4", "audio": "audio/mpeg", "image": "image/jpeg"}[kind]
        asset = self._assets.reserve(
            method="multipart",
            filename=str(request["filename"]),
            kind=kind,
            file_type=mime,
            user_metadata=metadata,
            enable_hls=bool(request.get("enable_hls", False)),
            enable_thumbnail=bool(request.get("enable_thumbnail", False)),
        )
        chunk_size = max(self.chunk_size, math.ceil(total_size / MAX_CHUNKS))
        now = self._clock()
        with self.lock:
            self._created += 1
            session = _Session(
                upload_id=digest({"upload": self._created, "asset": asset.asset_id}).hex()[:24],
                asset_id=asset.asset_id,
                number=self._created,
                total_size=total_size,
                chunk_size=chunk_size,
                total_chunks=math.ceil(total_size / chunk_size),
                created=now,
            )
            self.sessions[session.upload_id] = session
        answer: dict[str, Any] = {
            "upload_id": session.upload_id,
            "asset_id": session.asset_id,
            "upload_urls": [
                self._url(session, index, now)
                for index in range(1, min(self.initial_urls, session.total_chunks) + 1)
            ],
            "chunk_size": session.chunk_size,
            "total_chunks": session.total_chunks,
            "expires_at": _timestamp(session.expires),
        }
        if self.upload_headers:
            answer["upload_headers"] = dict(self.upload_headers)
        return answer

    def more_urls(self, upload_id: str, start: int, count: int) -> dict[str, Any]:
        now = self._clock()
        session = self._active(upload_id, now)
        if not 1 <= count <= MAX_URLS_PER_REQUEST:
            raise ApiError(
                400,
                "parameter_invalid",
                f"The count parameter must be 1 to {MAX_URLS_PER_REQUEST}, not {count}.",
            )
        if not 1 <= start <= session.total_chunks or start + count - 1 > session.total_chunks:
            raise ApiError(
                400,
                "parameter_invalid",
                f"Chunks {start} to {start + count - 1} are not all among the upload's chunks 1 to "
                f"{session.total_chunks}.",
            )
        urls = [self._url(session, index, now) for index in range(start, start + count)]
        return {
            "upload_id": upload_id,
            "start_index": start,
            "count": count,
            "upload_urls": urls,
            "generated_at": _timestamp(now),
            "expires_at": urls[0]["expires_at"],
        }

    def report(self, upload_id: str, completed: list[Mapping[str, Any]]) -> dict[str, Any]:
        now = self._clock()
        session = self._active(upload_id, now)
        with self.lock:
            fresh: set[int] = set()
            duplicates = 0
            for item in completed:  # every item is checked before any is taken
                index = int(item["chunk_index"])
                chunk = session.chunks.get(index)
                if not 1 <= index <= session.total_chunks:
                    raise ApiError(
                        400,
                        "parameter_invalid",
                        f"The chunk_index {index} is not among the upload's chunks 1 to {session.total_chunks}.",
                    )
                if chunk is None or chunk.etag is None:
                    raise ApiError(400, "parameter_invalid", f"Chunk {index} has not been uploaded.")
                if str(item["proof"]) not in (chunk.etag, chunk.etag.strip('"')):
                    raise ApiError(
                        400,
                        "parameter_invalid",
                        f"The proof of chunk {index} is not the ETag its upload returned.",
                    )
                if int(item["chunk_size"]) != chunk.size:
                    raise ApiError(
                        400,
                        "parameter_invalid",
                        f"The chunk_size of chunk {index} is {item['chunk_size']}, but {chunk.size} bytes arrived.",
                    )
                if chunk.reported is not None or index in fresh:
                    duplicates += 1
                else:
                    fresh.add(index)
            for index in fresh:
                session.chunks[index].reported = now
                session.chunks[index].updated = now
            total = session.reported_count()
            done = total == session.total_chunks
            if done:
                session.completed = now
        answer: dict[str, Any] = {
            "asset_id": session.asset_id,
            "processed_chunks": len(fresh),
            "duplicate_chunks": duplicates,
            "total_completed": total,
        }
        if done:
            self._finish(session)
            answer["url"] = f"{ASSET_URL_ORIGIN}/{session.asset_id}"
        return answer

    def _finish(self, session: _Session) -> None:
        """The file is in: its asset starts processing."""
        ordered = [session.chunks[index] for index in range(1, session.total_chunks + 1)]
        md5 = hashlib.md5(usedforsecurity=False)
        for chunk in ordered:  # an MD5 of the part MD5s: what S3 makes of a multipart object
            md5.update(bytes.fromhex(str(chunk.etag).strip('"')))
        data = b"".join(c.data for c in ordered if c.data is not None) if self.keep_bytes else None
        for chunk in ordered:
            chunk.data = None
        self._assets.start(
            session.asset_id, size=session.total_size, md5=f"{md5.hexdigest()}-{len(ordered)}", data=data
        )

    def status(self, upload_id: str, query: Mapping[str, Any]) -> dict[str, Any]:
        session = self._session(upload_id)
        now = self._clock()
        with self.lock:
            chunks = [(index, session.chunks.get(index)) for index in range(1, session.total_chunks + 1)]
        window, info = _paged(len(chunks), query)
        listed = []
        for index, chunk in chunks[window]:
            item: dict[str, Any] = {"index": index, "status": "pending"}
            if chunk is not None and chunk.reported is not None:
                item.update(status="completed", uploaded_at=_timestamp(chunk.reported))
            elif chunk is not None and chunk.error is not None:
                item.update(status="failed", error=chunk.error)
            if chunk is not None and chunk.updated is not None:
                item["updated_at"] = _timestamp(chunk.updated)
            listed.append(item)
        completed = sum(1 for _, c in chunks if c is not None and c.reported is not None)
        failed = sum(1 for _, c in chunks if c is not None and c.reported is None and c.error is not None)
        updated = max(
            (c.updated for _, c in chunks if c is not None and c.updated is not None), default=session.created
        )
        return {
            "upload_id": upload_id,
            "status": session.status(now),
            "uploaded_chunks": listed,
            "chunks_completed": completed,
            "chunks_failed": failed,
            "chunks_pending": session.total_chunks - completed - failed,
            "page_info": info,
            "total_size": session.total_size,
            "uploaded_size": sum(c.size for _, c in chunks if c is not None and c.etag is not None),
            "created_at": _timestamp(session.created),
            "updated_at": _timestamp(updated),
        }

    def incomplete(self, query: Mapping[str, Any]) -> dict[str, Any]:
        """The sessions still active (not completed, not expired), newest first."""
        now = self._clock()
        with self.lock:
            active = [s for s in self.sessions.values() if s.status(now) == "active"]
        active.sort(key=lambda s: s.number, reverse=True)
        window, info = _paged(len(active), query)
        return {"data": [s.summary() for s in active[window]], "page_info": info}

    def snapshot(self) -> list[dict[str, Any]]:
        """Every session as get-status shows it (all chunks on one page), newest first."""
        with self.lock:
            sessions = sorted(self.sessions.values(), key=lambda s: -s.number)
        return [self.status(s.upload_id, {"page": 1, "page_limit": max(1, s.total_chunks)}) for s in sessions]

    def clear(self) -> None:
        with self.lock:
            self.sessions.clear()
            self._faults.clear()
            self._records.clear()
            self._created = 0
