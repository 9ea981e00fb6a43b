"""What an upload needs besides I/O: the source, its identity, the resume record, presigned URLs.

:mod:`._async._uploads` (and its sync twin) does the requests; everything here is shared by both
and free of network I/O:

* :class:`UploadSource` reads a path, an open binary file or bytes one part at a time (seek and
  read under a lock: parts are read in parallel, never copied to temporary files);
* :class:`StateStore` keeps one small JSON record per source path (``state_dir``, by default
  ``$XDG_CACHE_HOME/twelvelabs-analyze/uploads``): the file's identity (path, size, mtime and a
  hash of a few sampled blocks), the session's ``upload_id``, ``asset_id`` and chunk size — no
  URL, no key — written atomically (a temporary file, fsync, ``os.replace``);
* :class:`PresignedURL` holds one single-use URL: its repr, and every message made while it is
  in use, show it with the query string (the signature) masked.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import io
import json
import logging
import math
import os
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Final, Literal, NoReturn

import httpx

from ._constants import DIRECT_IMAGE_UPLOAD_LIMIT, DIRECT_UPLOAD_LIMIT
from ._operation import _Record
from ._secrets import Secret, redact_url_query

__all__ = [
    "FileIdentity",
    "PresignedURL",
    "StateStore",
    "UploadProgress",
    "UploadSource",
    "UploadState",
    "asset_type",
    "chunk_span",
    "default_state_dir",
    "direct_limit_for",
]

MAX_URLS_PER_REQUEST: Final = 50  # get_additional_presigned_urls' documented maximum count
STATUS_PAGE_LIMIT: Final = 50  # get_status' largest page of chunks
# A URL this close to its expiry is not used: a chunk sent on it could arrive after it.
URL_EXPIRY_MARGIN: Final = 120.0
_SAMPLES: Final = 8  # blocks hashed to recognise a file without reading all of it
_SAMPLE_SIZE: Final = 64 * 1024
_STATE_VERSION: Final = 1

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]


def default_state_dir() -> Path:
    """Where resume records live unless ``state_dir`` says otherwise."""
    cache = os.environ.get("XDG_CACHE_HOME")
    return (Path(cache) if cache else Path.home() / ".cache") / "twelvelabs-analyze" / "uploads"


def asset_type(filename: str) -> Literal["video", "audio", "image"]:
    """The multipart session's ``type`` from the file name (video unless it names audio or an image)."""
    import mimetypes  # noqa: PLC0415 - only when a multipart session starts

    guessed, _ = mimetypes.guess_type(filename)
    if guessed is not None and guessed.startswith("audio/"):
        return "audio"
    if guessed is not None and guessed.startswith("image/"):
        return "image"
    return "video"


def direct_limit_for(filename: str) -> int:
    """The documented largest file ``POST /assets`` takes for this kind of file."""
    return DIRECT_IMAGE_UPLOAD_LIMIT if asset_type(filename) == "image" else DIRECT_UPLOAD_LIMIT


def chunk_span(index: int, chunk_size: int, total_size: int) -> tuple[int, int]:
    """Offset and length of 1-based chunk ``index``: every chunk but the last is ``chunk_size`` long."""
    offset = (index - 1) * chunk_size
    return offset, max(0, min(chunk_size, total_size - offset))


def expected_chunks(total_size: int, chunk_size: int) -> int:
    return max(1, math.ceil(total_size / chunk_size))


class UploadProgress(_Record):
    """What ``on_progress`` receives: after each part sent (``event="part"``), and when a session
    is resumed (``"resumed"``) or started over (``"restarted"``, with the reason in ``message``)."""

    __slots__ = ("bytes_sent", "chunk_index", "event", "message", "total_bytes")
    bytes_sent: int  # bytes of this upload the API has (parts sent now and before a resume)
    total_bytes: int
    chunk_index: int | None  # the part just sent (1-based)
    event: Literal["part", "resumed", "restarted", "direct"]
    message: str

    def __init__(
        self,
        bytes_sent: int,
        total_bytes: int,
        *,
        chunk_index: int | None = None,
        event: Literal["part", "resumed", "restarted", "direct"] = "part",
        message: str = "",
    ) -> None:
        self._set(
            bytes_sent=bytes_sent,
            total_bytes=total_bytes,
            chunk_index=chunk_index,
            event=event,
            message=message,
        )


class FileIdentity(_Record):
    """What tells a file from an edited one: its path, size, mtime and a hash of sampled blocks."""

    __slots__ = ("mtime_ns", "path", "sample_hash", "size")
    path: str
    size: int
    mtime_ns: int
    sample_hash: str

    def __init__(self, path: str, size: int, mtime_ns: int, sample_hash: str) -> None:
        self._set(path=path, size=size, mtime_ns=mtime_ns, sample_hash=sample_hash)

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "size": self.size,
            "mtime_ns": self.mtime_ns,
            "sample_hash": self.sample_hash,
        }


class UploadSource:
    """The bytes to upload, read one part at a time; ``close()`` closes what it opened."""

    def __init__(self, source: Source, filename: str | None) -> None:
        self.path: str | None = None
        self.original: bytes | IO[bytes] | None = None  # what a direct upload sends (None: the path)
        self._owned: IO[bytes] | None = None
        self._lock = threading.Lock()
        if isinstance(source, bytes | bytearray | memoryview):
            self.original = bytes(source)
            self._file: IO[bytes] = io.BytesIO(self.original)
            name = filename
        elif isinstance(source, str | os.PathLike):
            resolved = Path(source).absolute()
            self.path = str(resolved)
            if not resolved.is_file():
                raise FileNotFoundError(f"no such file to upload: {self.path}")
            self._file = self._owned = resolved.open("rb")  # closed by close()
            name = filename or resolved.name
        elif hasattr(source, "read") and hasattr(source, "seek"):
            self._file = self.original = source
            shown = getattr(source, "name", None)
            name = filename or (Path(shown).name if isinstance(shown, str) else None)
        else:
            raise TypeError(
                f"source must be a path, an open binary file or bytes, not {type(source).__name__}"
            )
        if not name:
            raise ValueError("filename is required when the source has no name (bytes, an unnamed file)")
        self.filename: str = name
        self._start = self._file.tell()
        self.size: int = self._file.seek(0, os.SEEK_END) - self._start

    def read(self, offset: int, length: int) -> bytes:
        """``length`` bytes at ``offset`` (seek and read: parts are read by several workers)."""
        with self._lock:
            self._file.seek(self._start + offset)
            data = self._file.read(length)
        if len(data) != length:
            raise OSError(
                f"{self.filename} changed while it was uploaded: expected {length} bytes at {offset}"
            )
        return data

    def read_into(self, offset: int, view: memoryview) -> None:
        """Fill ``view`` with the bytes at ``offset``: each worker reuses one buffer for all its parts
        (fresh 16 MB objects per part let the allocator's arenas grow far past the bound)."""
        with self._lock:
            self._file.seek(self._start + offset)
            filled = 0
            readinto = getattr(self._file, "readinto", None)
            while filled < len(view):
                if callable(readinto):
                    count = readinto(view[filled:])
                else:
                    data = self._file.read(len(view) - filled)
                    count = len(data)
                    view[filled : filled + count] = data
                if not count:
                    raise OSError(
                        f"{self.filename} changed while it was uploaded: it ends before {offset + len(view)} bytes"
                    )
                filled += count

    def identity(self) -> FileIdentity | None:
        """The file's identity (``None`` for bytes and open files: those do not resume)."""
        if self.path is None:
            return None
        stat = Path(self.path).stat()
        digest = hashlib.blake2b(digest_size=16)
        digest.update(str(stat.st_size).encode())
        samples = min(_SAMPLES, max(1, math.ceil(stat.st_size / _SAMPLE_SIZE)))
        step = max(0, stat.st_size - _SAMPLE_SIZE) // max(1, samples - 1)
        for number in range(samples):
            digest.update(self.read(number * step, min(_SAMPLE_SIZE, self.size - number * step)))
        return FileIdentity(self.path, stat.st_size, stat.st_mtime_ns, digest.hexdigest())

    def close(self) -> None:
        if self._owned is not None:
            self._owned.close()


class UploadState(_Record):
    """The resume record of one multipart session (no URL, no key)."""

    __slots__ = ("asset_id", "chunk_size", "headers", "identity", "total_chunks", "upload_id")
    identity: FileIdentity
    upload_id: str
    asset_id: str
    chunk_size: int
    total_chunks: int
    headers: dict[str, str]  # the create answer's upload_headers: a resumed PUT needs them too

    def __init__(
        self,
        identity: FileIdentity,
        upload_id: str,
        asset_id: str,
        chunk_size: int,
        total_chunks: int,
        headers: dict[str, str] | None = None,
    ) -> None:
        self._set(
            identity=identity,
            upload_id=upload_id,
            asset_id=asset_id,
            chunk_size=chunk_size,
            total_chunks=total_chunks,
            headers=dict(headers or {}),
        )


class StateStore:
    """Resume records in one directory, one per source path."""

    def __init__(self, directory: str | os.PathLike[str] | None) -> None:
        self.directory = Path(directory) if directory is not None else default_state_dir()

    def _file(self, path: str) -> Path:
        return self.directory / (hashlib.sha256(path.encode()).hexdigest()[:32] + ".json")

    def load(self, path: str) -> UploadState | None:
        """The record for ``path``; ``None`` when there is none or it cannot be read (a stray file)."""
        try:
            data = json.loads(self._file(path).read_text(encoding="utf-8"))
            if data.get("version") != _STATE_VERSION:
                return None
            file = data["file"]
            identity = FileIdentity(
                str(file["path"]), int(file["size"]), int(file["mtime_ns"]), str(file["sample_hash"])
            )
            return UploadState(
                identity,
                str(data["upload_id"]),
                str(data["asset_id"]),
                int(data["chunk_size"]),
                int(data["total_chunks"]),
                {str(k): str(v) for k, v in dict(data.get("upload_headers") or {}).items()},
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def save(self, state: UploadState) -> None:
        """Write the record atomically: a reader sees the old one or the new one, never half."""
        self.directory.mkdir(parents=True, exist_ok=True)
        record = {
            "version": _STATE_VERSION,
            "file": state.identity.as_json(),
            "upload_id": state.upload_id,
            "asset_id": state.asset_id,
            "chunk_size": state.chunk_size,
            "total_chunks": state.total_chunks,
            "upload_headers": state.headers,
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        import tempfile  # noqa: PLC0415 - only when a record is written

        target = self._file(state.identity.path)
        handle, temporary = tempfile.mkstemp(dir=self.directory, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(record, out, indent=1)
                out.flush()
                os.fsync(out.fileno())
            Path(temporary).replace(target)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
            raise
        with contextlib.suppress(OSError):  # the rename itself survives a crash once the directory is synced
            directory = os.open(self.directory, os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)

    def remove(self, path: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._file(path).unlink()


class PresignedURL:
    """One single-use presigned URL; shows itself with the query string (its signature) masked."""

    __slots__ = ("_url", "chunk_index", "expires_at", "secret", "shown")

    def __init__(self, chunk_index: int, url: str, expires_at: float | None) -> None:
        self.chunk_index = chunk_index
        self._url = url
        self.expires_at = expires_at  # epoch seconds; None when the API gave none
        self.shown = redact_url_query(url)
        query = url.partition("?")[2].partition("#")[0]
        self.secret = Secret(query) if query else None  # put in scope where errors are made

    def reveal(self) -> str:
        """The URL itself: for the PUT alone."""
        return self._url

    def usable(self, now: float) -> bool:
        return self.expires_at is None or self.expires_at - now > URL_EXPIRY_MARGIN

    def __repr__(self) -> str:
        return f"PresignedURL(chunk {self.chunk_index}, {self.shown})"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("a presigned URL is a credential: it is never pickled")


def epoch(value: Any) -> float | None:
    """An ``expires_at`` datetime as epoch seconds (``None`` when unset)."""
    return value.timestamp() if isinstance(value, datetime) else None


class PresignedURLFilter(logging.Filter):
    """Masks the query string of URLs in httpx's request log lines (``HTTP Request: PUT <url>``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(_is_presigned(arg) for arg in record.args):
            record.args = tuple(
                redact_url_query(str(arg)) if _is_presigned(arg) else arg for arg in record.args
            )
        return True


_presigned_urls: set[str] = set()  # URLs being sent: httpx's log lines about them are masked
_presigned_lock = threading.Lock()


def _is_presigned(value: object) -> bool:
    return (
        str(value) in _presigned_urls
        if value.__class__.__name__ == "URL" or isinstance(value, str)
        else False
    )


@contextlib.contextmanager
def presigned_in_flight(url: PresignedURL) -> Any:
    """While ``url`` is being sent, httpx's log lines show it masked."""
    with _presigned_lock:
        _presigned_urls.add(url.reveal())
    try:
        yield
    finally:
        with _presigned_lock:
            _presigned_urls.discard(url.reveal())


_FILTER = PresignedURLFilter()
logging.getLogger("httpx").addFilter(_FILTER)

ProgressCallback = Callable[[UploadProgress], object]

# Monotonic clock, replaceable in tests of URL expiry.
clock: Callable[[], float] = time.time


class PartBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """One part's bytes from a reused buffer, sent in slices (a retry sends them again)."""

    _SLICE = 1024 * 1024

    def __init__(self, view: memoryview) -> None:
        self.view = view

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self.view), self._SLICE):
            yield bytes(self.view[start : start + self._SLICE])

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for start in range(0, len(self.view), self._SLICE):
            yield bytes(self.view[start : start + self._SLICE])


class Session:
    """One multipart session as the upload follows it: which chunks are done, which URLs are unused."""

    def __init__(
        self,
        *,
        upload_id: str,
        asset_id: str,
        chunk_size: int,
        total_chunks: int,
        total_size: int,
        headers: dict[str, str],
    ) -> None:
        self.upload_id = upload_id
        self.asset_id = asset_id
        self.chunk_size = chunk_size
        self.total_chunks = total_chunks
        self.total_size = total_size
        self.headers = headers  # upload_headers: what every PUT sends (and nothing else)
        self.urls: dict[int, PresignedURL] = {}  # unused ones only: a URL is taken once
        self.done: set[int] = set()  # reported and acknowledged (or completed before a resume)
        # Sent, with their proofs, not yet reported (appended and taken by several workers).
        self.finished: collections.deque[dict[str, Any]] = collections.deque()
        self.complete = False  # the API said every chunk is in

    def add_urls(self, chunks: Any) -> None:
        """The ``upload_urls`` of an answer (models with chunk_index, url, expires_at)."""
        for chunk in chunks if isinstance(chunks, list) else ():
            index, url = getattr(chunk, "chunk_index", None), getattr(chunk, "url", None)
            if isinstance(index, int) and isinstance(url, str) and 1 <= index <= self.total_chunks:
                self.urls[index] = PresignedURL(index, url, epoch(getattr(chunk, "expires_at", None)))

    def take_url(self, index: int, now: float) -> PresignedURL | None:
        """An unused URL for chunk ``index`` that is not about to expire (removed: it is used once)."""
        url = self.urls.pop(index, None)
        return url if url is not None and url.usable(now) else None

    def span(self, index: int) -> tuple[int, int]:
        return chunk_span(index, self.chunk_size, self.total_size)

    def pending(self) -> list[int]:
        return [index for index in range(1, self.total_chunks + 1) if index not in self.done]

    def bytes_done(self) -> int:
        return sum(self.span(index)[1] for index in self.done)

    def __repr__(self) -> str:  # the URLs stay out
        return (
            f"Session(upload_id={self.upload_id!r}, asset_id={self.asset_id!r}, "
            f"chunks={len(self.done)}/{self.total_chunks}, chunk_size={self.chunk_size})"
        )

    def __reduce__(self) -> NoReturn:
        raise TypeError("an upload session holds presigned URLs: it is never pickled")
