"""What one client may send the fake (ServerLimits): body size, time to send a request, connections.

Over loopback with raw sockets: a body past the limit is refused while it arrives (a declared one
before any of it), slow request heads and bodies are timed out, connections past the cap evict
the oldest idle one, and a server out of file descriptors neither floods stderr nor stops
answering. Memory is measured in a server process of its own (its peak resident size).
"""

from __future__ import annotations

import json
import select
import socket
import sys
import time
from typing import Any

import httpx
import pytest

from twelvelabs_analyze.testing import FakeTwelveLabs, ServerLimits

from ._hostile import WAIT_S, connect, peak_memory, read_answer, served_in_a_process, wait_closed
from .conftest import JSON_HEADERS, KEY, body_of, post

HEADERS = {"x-api-key": KEY}
GIST = {"video_id": "v", "types": ["title"]}
MIB = 1024 * 1024
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="/proc and RLIMIT_NOFILE are POSIX")


def head(path: str = "/v1.3/gist", **headers: str) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: fake", f"x-api-key: {KEY}", "Content-Type: application/json"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def read_one_answer(sock: socket.socket) -> bytes:
    """One whole answer with a Content-Length body, leaving the connection open."""
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = sock.recv(65536)
        assert chunk, f"closed before the answer's head was whole: {received!r}"
        received += chunk
    head_part, _, body = received.partition(b"\r\n\r\n")
    length = int(
        next(
            line.split(b":")[1]
            for line in head_part.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
    )
    while len(body) < length:
        chunk = sock.recv(65536)
        assert chunk, "closed before the answer's body was whole"
        body += chunk
    return head_part + b"\r\n\r\n" + body


def status_and_json(answer: bytes) -> tuple[int, Any]:
    status_line, _, rest = answer.partition(b"\r\n")
    _, _, body = rest.partition(b"\r\n\r\n")
    return int(status_line.split()[1]), json.loads(body) if body else None


def test_the_defaults_are_the_documented_ones() -> None:
    limits = FakeTwelveLabs().limits
    assert limits == ServerLimits()
    assert (limits.max_body_bytes, limits.header_timeout, limits.body_timeout) == (64 * MIB, 10.0, 60.0)
    assert (limits.max_connections, limits.keep_alive_timeout, limits.max_head_bytes) == (512, 5, 16384)


@pytest.mark.parametrize(
    "bad",
    [
        {"max_body_bytes": 0},
        {"max_connections": -1},
        {"max_head_bytes": 1.5},
        {"keep_alive_timeout": True},
        {"header_timeout": 0},
        {"body_timeout": float("inf")},
        {"body_timeout": float("nan")},
    ],
)
def test_limits_are_checked(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=next(iter(bad))):
        ServerLimits(**bad)
    with pytest.raises(TypeError, match="ServerLimits"):
        FakeTwelveLabs(limits={"max_body_bytes": 1})  # type: ignore[arg-type]


def test_a_body_over_the_limit_is_413_in_process_too() -> None:
    fake = FakeTwelveLabs(api_key=KEY, limits=ServerLimits(max_body_bytes=40))
    assert post(fake, "/v1.3/gist", GIST).status == 200  # 38 bytes
    refused = post(fake, "/v1.3/gist", {**GIST, "video_id": "a longer id"})
    assert refused.status == 413
    assert body_of(refused)["code"] == "request_too_large"
    tasks = post(fake, "/v1.3/analyze/tasks", {"video": {"type": "url", "url": "https://x/" + "a" * 40}})
    assert body_of(tasks)["error"]["code"] == "request_too_large"  # the shape the route documents
    assert [(r.status, r.content) for r in fake.requests][1:] == [(413, b""), (413, b"")]


def test_a_declared_length_over_the_limit_is_refused_before_any_of_the_body() -> None:
    fake = FakeTwelveLabs(api_key=KEY, limits=ServerLimits(max_body_bytes=1000))
    with fake.serve() as base_url, connect(base_url) as sock:
        sock.sendall(head(content_length=str(10**12)))  # a terabyte announced, not a byte sent
        status, body = status_and_json(read_answer(sock))
    assert (status, body["code"]) == (413, "request_too_large")
    assert "1000 bytes" in body["message"]


def test_an_oversized_body_gets_413_over_http_and_the_connection_is_closed() -> None:
    fake = FakeTwelveLabs(api_key=KEY, limits=ServerLimits(max_body_bytes=MIB))
    with fake.serve() as base_url, httpx.Client(base_url=base_url, headers=JSON_HEADERS) as client:
        whole = client.post("/gist", content=b" " * (8 * MIB))
        chunked = client.post("/gist", content=iter([b" " * MIB] * 8))  # no Content-Length
        after = client.post("/gist", json=GIST)
    for refused in (whole, chunked):
        assert (refused.status_code, refused.json()["code"]) == (413, "request_too_large")
        assert refused.headers["connection"] == "close"
    assert after.status_code == 200


@posix_only
@pytest.mark.slow
def test_an_endless_chunked_body_is_cut_at_the_limit_and_memory_stays_low() -> None:
    sent_at_most = 256 * MIB
    with served_in_a_process({"max_body_bytes": 4 * MIB}) as served:
        before = peak_memory(served.process.pid)
        with connect(served.base_url) as sock:
            sock.sendall(head(transfer_encoding="chunked"))
            chunk = b"%x\r\n%s\r\n" % (MIB, b"7" * MIB)
            sent, answer = 0, b""
            while sent < sent_at_most and not answer:
                try:
                    sock.sendall(chunk)
                except (BrokenPipeError, ConnectionResetError):  # cut by the server, as it should
                    answer = read_answer(sock)
                    break
                sent += MIB
                if select.select([sock], [], [], 0)[0]:  # the server answered before the end
                    answer = read_answer(sock)
        grown = peak_memory(served.process.pid) - before
        normal = httpx.post(f"{served.base_url}/gist", json=GIST, headers=HEADERS, timeout=WAIT_S)
    assert sent < sent_at_most, "the server read the whole endless body"
    assert answer.startswith(b"HTTP/1.1 413 ")
    # The body is refused past 4 MiB; without the limit it is buffered whole (twice, when joined).
    assert grown < 48 * MIB, f"the server's peak memory grew by {grown / MIB:.0f} MiB"
    assert normal.status_code == 200


def test_a_body_that_arrives_too_slowly_gets_408() -> None:
    fake = FakeTwelveLabs(api_key=KEY, limits=ServerLimits(body_timeout=0.3))
    with fake.serve() as base_url, connect(base_url) as sock:
        sock.sendall(head(content_length="100") + b'{"video_id": ')  # and the rest never comes
        status, body = status_and_json(read_answer(sock))
    assert (status, body["code"]) == (408, "request_timeout")
    assert fake.requests[-1].status == 408


def test_slow_request_heads_are_closed_after_the_header_timeout() -> None:
    fake = FakeTwelveLabs(api_key=KEY, limits=ServerLimits(header_timeout=0.3))
    with fake.serve() as base_url:
        silent = [connect(base_url) for _ in range(5)]
        partial = [connect(base_url) for _ in range(20)]
        for sock in partial:
            sock.sendall(b"POST /v1.3/gist HTTP/1.1\r\nHost: fake\r\n")  # and never the blank line
        # The server answers others meanwhile.
        assert httpx.post(f"{base_url}/gist", json=GIST, headers=HEADERS).status_code == 200
        answers = [read_answer(sock) for sock in partial]
        assert all(read_answer(sock) == b"" for sock in silent)  # closed without a word
        for sock in silent + partial:
            sock.close()
    for answer in answers:
        status, body = status_and_json(answer)
        assert (status, body["code"]) == (408, "request_timeout")


def test_a_dripping_head_does_not_restart_the_clock() -> None:
    drip = b"POST /v1.3/gist HTTP/1.1\r\nHost: fake\r\n" + b"x-padding: " + b"p" * 200
    fake = FakeTwelveLabs(api_key=KEY, limits=ServerLimits(header_timeout=0.3))
    with fake.serve() as base_url, connect(base_url) as sock:
        cut = False
        for byte in drip:  # a byte every 50 ms: 12 s for the whole head, the timeout is 0.3 s
            try:
                sock.sendall(bytes([byte]))
            except (BrokenPipeError, ConnectionResetError):
                cut = True
                break
            time.sleep(0.05)
        if not cut:
            cut = read_answer(sock).startswith(b"HTTP/1.1 408 ")
    assert cut, "the server waited for the whole dripping head"


def test_a_kept_alive_connection_must_send_its_next_head_in_time_too() -> None:
    fake = FakeTwelveLabs(api_key=KEY, limits=ServerLimits(header_timeout=0.3, keep_alive_timeout=60))
    body = json.dumps(GIST).encode()
    with fake.serve() as base_url, connect(base_url) as sock:
        sock.sendall(head(content_length=str(len(body))) + body)
        assert read_one_answer(sock).startswith(b"HTTP/1.1 200 ")
        sock.sendall(b"POST /v1.3/gist HTTP/1.1\r\n")  # the next head, never finished
        status, answer = status_and_json(read_answer(sock))
    assert (status, answer["code"]) == (408, "request_timeout")


def test_connections_past_the_cap_close_the_oldest_idle_ones() -> None:
    fake = FakeTwelveLabs(api_key=KEY, limits=ServerLimits(max_connections=8, header_timeout=60))
    with fake.serve() as base_url:
        idle = [connect(base_url) for _ in range(30)]
        # Not locked out: the new connection closes an idle one.
        assert httpx.post(f"{base_url}/gist", json=GIST, headers=HEADERS).status_code == 200
        closed = wait_closed(idle, at_least=30 - 8)
        assert idle[0] in closed  # the oldest first
        assert len(closed) >= 30 - 8
        for sock in idle:
            sock.close()


def test_a_connection_past_the_cap_gets_503_when_every_connection_is_busy() -> None:
    fake = FakeTwelveLabs(api_key=KEY, limits=ServerLimits(max_connections=2))
    fake.delay_next(1.0, times=2)
    body = json.dumps(GIST).encode()
    with fake.serve() as base_url:
        busy = [connect(base_url) for _ in range(2)]
        for sock in busy:
            sock.sendall(head(content_length=str(len(body))) + body)
        deadline = time.monotonic() + WAIT_S
        while len(fake.requests) < 2 and time.monotonic() < deadline:  # both being answered (late)
            time.sleep(0.01)
        with connect(base_url) as extra:
            status, answer = status_and_json(read_answer(extra))
        late = [read_one_answer(sock) for sock in busy]
        for sock in busy:
            sock.close()
    assert (status, answer["code"]) == (503, "service_unavailable")
    assert all(answer.startswith(b"HTTP/1.1 200 ") for answer in late)


def test_requests_still_running_for_clients_that_left_count_against_the_cap() -> None:
    fake = FakeTwelveLabs(api_key=KEY, limits=ServerLimits(max_connections=2))
    fake.delay_next(30.0, times=3)  # answered late: long after their clients hung up
    body = json.dumps(GIST).encode()
    with fake.serve() as base_url:
        for left in range(1, 4):
            with connect(base_url) as sock:
                sock.sendall(head(content_length=str(len(body))) + body)
                deadline = time.monotonic() + WAIT_S
                while len(fake.requests) < left and time.monotonic() < deadline:
                    time.sleep(0.01)
        with connect(base_url) as sock:
            sock.sendall(head(content_length=str(len(body))) + body)
            answer = read_answer(sock)
    assert answer.startswith(b"HTTP/1.1 503 ")
    assert len(fake.requests) == 3  # the fourth never reached the fake


def test_an_oversized_request_head_is_400() -> None:
    fake = FakeTwelveLabs(api_key=KEY, limits=ServerLimits(max_head_bytes=1024))
    with fake.serve() as base_url, connect(base_url) as sock:
        sock.sendall(head(x_padding="p" * 4096)[:-2])  # not finished: h11 would read it whole
        answer = read_answer(sock)
    assert answer.startswith(b"HTTP/1.1 400 ")


@posix_only
@pytest.mark.slow
def test_out_of_file_descriptors_the_server_still_answers_and_stays_quiet() -> None:
    """The mock-server command with 256 descriptors against 400 slowloris connections: it still
    answers a client, and stderr gets a line, not a million (asyncio logs every failed accept)."""
    import resource  # POSIX only

    def few_descriptors() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))

    command = [sys.executable, "-m", "twelvelabs_analyze", "mock-server", "--port", "0"]
    with served_in_a_process(command=command, before=few_descriptors) as served:
        assert served.process.stdout is not None
        banner = [served.process.stdout.readline().strip() for _ in range(5)]
        assert banner[-1] == (
            "request bodies up to 64 MiB, heads within 10s, bodies within 60s; at most 512 connections"
        )
        hostile = []
        for _ in range(400):
            sock = connect(served.base_url)
            sock.sendall(b"POST /v1.3/gist HTTP/1.1\r\nHost: fake\r\n")
            hostile.append(sock)
        answer = httpx.post(f"{served.base_url}/gist", json=GIST, headers=HEADERS, timeout=WAIT_S)
        for sock in hostile:
            sock.close()
        served.process.terminate()
        served.process.wait(WAIT_S)
        stderr = served.stderr()
    assert answer.status_code == 200
    assert len(stderr.splitlines()) < 20, stderr[-2000:]
