"""multipart/form-data request bodies (``assets.create``), through the public client and a capturing transport.

The requests are parsed here, part by part: the fields as the spec types them (form text), a file
argument (path, bytes, binary file) streamed whole, sent again whole on a retry, never read into
memory at once; a file that cannot seek is not retried once partly sent.
"""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twelvelabs_analyze import APIConnectionError, InternalServerError
from twelvelabs_analyze.types import FileSource

from ._transport import Both, Script

ASSET = {"_id": "asset_1", "status": "processing"}
CREATED = httpx.Response(201, json=ASSET)
UNAVAILABLE = httpx.Response(503, json={"code": "service_unavailable", "message": "try again"})


def parse_form(request: httpx.Request) -> list[tuple[str, str | None, bytes]]:
    """``(name, filename, content)`` of each part of a read multipart/form-data request, in order."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.partition("boundary=")[2].encode()
    body = request.content
    assert body.endswith(b"--" + boundary + b"--\r\n")
    parts = []
    for chunk in body.split(b"--" + boundary)[1:-1]:
        assert chunk.startswith(b"\r\n") and chunk.endswith(b"\r\n")
        head, _, content = chunk[2:-2].partition(b"\r\n\r\n")
        disposition = head.split(b"\r\n")[0].decode()
        assert disposition.startswith("Content-Disposition: form-data; ")
        params = dict(p.split("=", 1) for p in disposition.split("; ")[1:])
        name = params["name"].strip('"')
        filename = params["filename"].strip('"') if "filename" in params else None
        parts.append((name, filename, content))
    return parts


def fields(request: httpx.Request) -> dict[str, str]:
    return {name: content.decode() for name, filename, content in parse_form(request) if filename is None}


def file_part(request: httpx.Request) -> tuple[str | None, bytes]:
    [(filename, content)] = [(f, c) for name, f, c in parse_form(request) if name == "file"]
    return filename, content


def test_fields_are_form_text_as_the_spec_types_them(mode: str) -> None:
    script = Script(CREATED)
    client = Both(mode, script)
    asset = client.call(
        "assets.create",
        method="direct",
        file=b"\x00video\r\n--bytes",
        enable_hls=True,
        enable_thumbnail=False,
        user_metadata='{"team": "a"}',  # the spec declares a JSON-encoded string: sent as given
        filename="clip.mp4",
    )
    assert asset.id == "asset_1"
    [request] = script.requests
    assert fields(request) == {
        "method": "direct",
        "filename": "clip.mp4",
        "enable_hls": "true",
        "enable_thumbnail": "false",
        "user_metadata": '{"team": "a"}',
    }
    assert file_part(request) == ("file", b"\x00video\r\n--bytes")
    assert "application/json" not in request.headers["content-type"]


def test_a_form_without_a_file_is_multipart_too(mode: str) -> None:
    script = Script(CREATED)
    Both(mode, script).call("assets.create", method="url", url="https://example.com/v.mp4")
    [request] = script.requests
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert fields(request) == {"method": "url", "url": "https://example.com/v.mp4"}
    assert [name for name, _, _ in parse_form(request)] == ["method", "url"]


def open_fds_on(path: Path) -> list[str]:
    fds = Path("/proc/self/fd")
    found = []
    for fd in fds.iterdir():
        try:
            if fd.readlink() == path:
                found.append(fd.name)
        except OSError:
            continue
    return found


@pytest.mark.parametrize("as_", ["str", "Path"])
def test_a_path_is_opened_for_the_call_and_closed_after_it(mode: str, tmp_path: Path, as_: str) -> None:
    video = tmp_path / "holiday.mp4"
    video.write_bytes(b"v" * 70_000)  # more than one 64 KiB chunk
    script = Script(CREATED)
    Both(mode, script).call("assets.create", method="direct", file=str(video) if as_ == "str" else video)
    assert file_part(script.requests[0]) == ("holiday.mp4", b"v" * 70_000)
    if Path("/proc/self/fd").is_dir():
        assert open_fds_on(video) == []


def test_a_path_is_closed_when_the_call_fails(mode: str, tmp_path: Path) -> None:
    video = tmp_path / "v.mp4"
    video.write_bytes(b"abc")
    script = Script(httpx.Response(400, json={"code": "parameter_invalid", "message": "no"}))
    with pytest.raises(Exception, match="parameter_invalid"):
        Both(mode, script).call("assets.create", method="direct", file=video)
    if Path("/proc/self/fd").is_dir():
        assert open_fds_on(video) == []


def test_an_open_binary_file_is_sent_whole_and_left_open(mode: str, tmp_path: Path) -> None:
    video = tmp_path / "v.mp4"
    video.write_bytes(b"0123456789")
    script = Script(CREATED)
    with video.open("rb") as file:
        file.read(4)  # a position other than the start: the whole file is still sent
        Both(mode, script).call("assets.create", method="direct", file=file)
        assert not file.closed
    assert file_part(script.requests[0]) == ("v.mp4", b"0123456789")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (12, "file must be a file: a path, bytes or a file opened in binary mode, not int"),
        (io.StringIO("text"), "file must be opened in binary mode"),
        (b"x".decode, "file must be a file"),
    ],
)
def test_an_invalid_file_argument_sends_nothing(mode: str, value: Any, message: str) -> None:
    script = Script(CREATED)
    with pytest.raises(TypeError, match=message):
        Both(mode, script).call("assets.create", method="direct", file=value)
    assert script.requests == []


def test_other_fields_are_checked_against_the_spec_before_anything_is_sent(mode: str, tmp_path: Path) -> None:
    script = Script(CREATED)
    client = Both(mode, script)
    with pytest.raises(ValueError, match="method must be one of 'direct', 'url', not 'upload'"):
        client.call("assets.create", method="upload", file=b"x")
    with pytest.raises(TypeError, match="enable_hls"):
        client.call("assets.create", method="direct", file=b"x", enable_hls="yes")
    with pytest.raises(TypeError, match="user_metadata"):  # a string in the spec, not an object
        client.call("assets.create", method="direct", file=b"x", user_metadata={"a": 1})
    with pytest.raises(ValueError, match="file must be a file: the path is empty"):
        client.call("assets.create", method="direct", file="")
    with pytest.raises(FileNotFoundError):
        client.call("assets.create", method="direct", file=tmp_path / "missing.mp4")
    assert script.requests == []


@pytest.mark.parametrize("kind", ["path", "bytes", "file"])
def test_a_retry_after_a_5xx_sends_the_whole_file_again(
    mode: str, sleeps: list[float], tmp_path: Path, kind: str
) -> None:
    content = os.urandom(200_000)
    video = tmp_path / "v.mp4"
    video.write_bytes(content)
    script = Script(UNAVAILABLE, UNAVAILABLE, CREATED)
    with video.open("rb") as file:
        sources: dict[str, FileSource] = {"path": video, "bytes": content, "file": file}
        source = sources[kind]
        Both(mode, script, max_retries=2).call("assets.create", method="direct", file=source)
    assert len(script.requests) == 3
    assert [file_part(r)[1] == content for r in script.requests] == [True, True, True]
    assert len(sleeps) == 2


class Pipe(io.RawIOBase):
    """A stream that cannot seek (as a pipe or a socket)."""

    def __init__(self, content: bytes) -> None:
        self.data = io.BytesIO(content)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self.data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_a_stream_that_cannot_seek_is_not_retried_once_sent(mode: str, sleeps: list[float]) -> None:
    script = Script(UNAVAILABLE, CREATED)
    with pytest.raises(InternalServerError) as raised:
        Both(mode, script, max_retries=3).call("assets.create", method="direct", file=Pipe(b"x" * 100_000))
    assert len(script.requests) == 1, "no second attempt with what is left of the stream"
    assert file_part(script.requests[0])[1] == b"x" * 100_000
    assert any("cannot seek" in note and "file" in note for note in raised.value.__notes__)
    assert sleeps == []


class Unread(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Hands each request to ``handler`` unread (``httpx.MockTransport`` reads the body first)."""

    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        self.handler = handler

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.handler(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handler(request)


def on_transport(mode: str, transport: Any, **options: Any) -> Both:
    client = Both(mode, Script(), **options)
    http: Any = (
        httpx.Client(transport=transport) if mode == "sync" else httpx.AsyncClient(transport=transport)
    )
    client.client = client.client.with_options(http_client=http)
    return client


def test_a_stream_that_cannot_seek_is_retried_while_nothing_was_read(mode: str, sleeps: list[float]) -> None:
    attempts: list[httpx.Request] = []

    def refuse_then_accept(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if len(attempts) == 1:
            raise httpx.ConnectError("connection refused")  # before a byte of the body was read
        request.read()
        return httpx.Response(201, json=ASSET)

    client = on_transport(mode, Unread(refuse_then_accept), max_retries=1)
    client.call("assets.create", method="direct", file=Pipe(b"y" * 1000))
    assert file_part(attempts[1])[1] == b"y" * 1000


def test_a_stream_that_breaks_mid_file_is_not_retried(mode: str, sleeps: list[float]) -> None:
    def read_some_then_break(request: httpx.Request) -> httpx.Response:
        chunks = iter(request.stream)  # type: ignore[arg-type]
        for _ in range(8):  # the method field, then into the file
            next(chunks)
        raise httpx.WriteError("connection reset")

    client = on_transport(mode, Unread(read_some_then_break), max_retries=3)
    with pytest.raises(APIConnectionError) as raised:
        client.call("assets.create", method="direct", file=Pipe(b"z" * 200_000))
    assert any("cannot seek" in note for note in raised.value.__notes__)
    assert sleeps == []


class Hashing(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Reads each request body chunk by chunk, hashing the file part's content (keeping none of it);
    answers with ``statuses`` in order.

    httpx yields a part's headers, its content and the closing CRLF as separate chunks: the
    content is what comes between the file part's headers and that CRLF.
    """

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.digests: list[str] = []
        self.largest_chunk = 0
        self._digest = hashlib.sha256()
        self._in_file = False

    def _chunk(self, chunk: bytes) -> None:
        self.largest_chunk = max(self.largest_chunk, len(chunk))
        if chunk.startswith(b'Content-Disposition: form-data; name="file"'):
            self._in_file = True
        elif self._in_file and chunk == b"\r\n":
            self._in_file = False
        elif self._in_file:
            self._digest.update(chunk)

    def _answer(self) -> httpx.Response:
        self.digests.append(self._digest.hexdigest())
        self._digest = hashlib.sha256()
        status = self.statuses[min(len(self.digests), len(self.statuses)) - 1]
        return httpx.Response(status, json=ASSET if status < 300 else {"code": "unavailable", "message": "x"})

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for chunk in request.stream:  # type: ignore[union-attr]
            self._chunk(chunk)
        return self._answer()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        chunks: AsyncIterator[bytes] = request.stream  # type: ignore[assignment]
        async for chunk in chunks:
            self._chunk(chunk)
        return self._answer()


def write_big_file(path: Path, megabytes: int) -> str:
    """Writes the file; its SHA-256."""
    digest = hashlib.sha256()
    with path.open("wb") as out:
        for _ in range(megabytes):
            block = os.urandom(1 << 20)
            digest.update(block)
            out.write(block)
    return digest.hexdigest()


def test_a_50_mb_file_is_streamed_with_bounded_memory_and_sent_again_whole(
    mode: str, sleeps: list[float], tmp_path: Path
) -> None:
    video = tmp_path / "big.mp4"
    size = 50 << 20
    expected = write_big_file(video, 50)
    transport = Hashing(503, 201)
    client = on_transport(mode, transport, max_retries=1)
    tracemalloc.start()
    try:
        client.call("assets.create", method="direct", file=video)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert transport.digests == [expected, expected], "each attempt sent the whole file"
    assert peak < size // 20, f"peak {peak} bytes while sending a {size}-byte file"
    assert transport.largest_chunk < 1 << 20


PRINTABLE = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=40)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    content=st.binary(max_size=3000),
    filename=PRINTABLE,
    user_metadata=PRINTABLE,
    url=st.none() | PRINTABLE,
    hls=st.booleans(),
)
def test_fields_and_files_arrive_as_given(
    mode: str, content: bytes, filename: str, user_metadata: str, url: str | None, hls: bool
) -> None:
    script = Script(CREATED)
    extra: dict[str, Any] = {} if url is None else {"url": url}
    Both(mode, script).call(
        "assets.create",
        method="direct",
        file=io.BytesIO(content),
        filename=filename,
        user_metadata=user_metadata,
        enable_hls=hls,
        **extra,
    )
    [request] = script.requests
    expected = {"method": "direct", "filename": filename, "enable_hls": str(hls).lower()}
    expected |= {"user_metadata": user_metadata, **extra}
    assert fields(request) == expected
    assert file_part(request)[1] == content


def test_extra_body_adds_form_fields(mode: str) -> None:
    script = Script(CREATED)
    Both(mode, script).call(
        "assets.create", method="url", url="u", extra_body={"tags": ["a", "b"], "priority": 2}
    )
    assert [(n, c) for n, _, c in parse_form(script.requests[0])] == [
        ("method", b"url"),
        ("url", b"u"),
        ("tags", b"a"),
        ("tags", b"b"),
        ("priority", b"2"),
    ]
