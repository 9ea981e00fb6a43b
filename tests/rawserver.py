"""A scripted HTTP/1.1 server over raw sockets on 127.0.0.1, for fault tests.

Each accepted connection plays one script (a list of steps: read the request, send bytes, drip
bytes, sleep, close); connection *i* plays ``scripts[i]``, and the last script repeats. Every
connection runs in its own thread, so a connection that never answers does not stop the next
one. Leaving the ``with`` block stops everything at once: sleeps and drips wait on an event.

>>> with RawServer([[ReadRequest(), Send(response(200, b"{}"))]]) as server:
...     httpx.get(server.base_url).json()
{}
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import TracebackType

__all__ = [
    "Close",
    "Drip",
    "RawServer",
    "ReadRequest",
    "Send",
    "Sleep",
    "closed_port",
    "response",
]


@dataclass(frozen=True)
class ReadRequest:
    """Read one request: the head, then a ``Content-Length`` body."""


@dataclass(frozen=True)
class Send:
    """Send bytes; a callable is called when the step runs (for times such as a reset epoch)."""

    data: bytes | Callable[[], bytes]


@dataclass(frozen=True)
class Drip:
    """Send ``data`` one byte every ``interval`` seconds."""

    data: bytes
    interval: float


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Close:
    """Close the connection now (the end of every script closes it too)."""


Step = ReadRequest | Send | Drip | Sleep | Close

_REASONS = {200: "OK", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}  # fmt: skip


def response(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> bytes:
    """A complete HTTP/1.1 response that closes the connection."""
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
    merged = {"Content-Type": "application/json", **(headers or {})}
    merged.setdefault("Content-Length", str(len(body)))
    merged["Connection"] = "close"
    lines += [f"{name}: {value}" for name, value in merged.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def closed_port() -> int:
    """A loopback port nothing listens on (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@dataclass
class RawServer:
    scripts: Sequence[Sequence[Step]]
    connections: int = 0
    requests: list[bytes] = field(default_factory=list)  # the heads of the requests read

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def __enter__(self) -> RawServer:
        self._start(self._accept_loop)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        with self._lock:
            for sock in self._sockets:
                _close(sock)
        for thread in list(self._threads):
            thread.join(timeout=5)
        self._listener.close()

    def _start(self, target: Callable[..., None], *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                index = self.connections
                self.connections += 1
                self._sockets.append(conn)
            self._start(self._play, conn, self.scripts[min(index, len(self.scripts) - 1)])

    def _play(self, conn: socket.socket, script: Sequence[Step]) -> None:
        try:
            for step in script:
                if self._stop.is_set() or not self._run(conn, step):
                    break
        except OSError:  # the client went away: the script is over
            pass
        finally:
            _close(conn)

    def _run(self, conn: socket.socket, step: Step) -> bool:
        """Play one step; False ends the script."""
        if isinstance(step, ReadRequest):
            head = self._read_request(conn)
            with self._lock:
                self.requests.append(head)
        elif isinstance(step, Send):
            conn.sendall(step.data() if callable(step.data) else step.data)
        elif isinstance(step, Drip):
            for byte in step.data:
                conn.sendall(bytes([byte]))
                if self._stop.wait(step.interval):
                    return False
        elif isinstance(step, Sleep):
            return not self._stop.wait(step.seconds)
        else:
            return False
        return True

    def _read_request(self, conn: socket.socket) -> bytes:
        conn.settimeout(10)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        deadline = time.monotonic() + 10
        while len(body) < length and time.monotonic() < deadline:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        return head


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
