"""The fake's handler as an ASGI application (for ``serve()``, ``httpx.ASGITransport``, schemathesis).

A streamed answer goes out as one ``http.response.body`` message per chunk (``more_body``), so a
real server sends it with chunked transfer encoding, one HTTP chunk per message. An injected
disconnect returns without the final message: the server then closes the connection with the
chunked body unfinished, which is what the client sees when a real connection breaks. uvicorn
logs that as an error; :data:`DELIBERATE_CUT` lets ``serve()`` tell an injected cut from a bug.

The request body is counted while it arrives: past ``max_body_bytes`` (or with a declared
``Content-Length`` past it) the answer is ``413`` at once, without reading the rest, so a huge or
endless body never sits in memory; a body that takes longer than ``body_timeout`` gets ``408``.
Both answers say ``Connection: close``.

A request ``sink`` claims (the presigned part uploads) is not read whole: its body is handed to
the sink as it arrives, so a part of any size takes no more memory than one message; the sink
may refuse it on its head or part-way, and is answered at once with ``Connection: close``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from contextvars import ContextVar
from typing import Any, Protocol

import anyio

from ._errors import ApiError
from ._limits import ServerLimits
from ._types import FakeResponse, Handler, Stall

__all__ = ["DELIBERATE_CUT", "BodySink", "Receive", "Refuse", "Scope", "Send", "asgi_app", "too_large"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]
# (method, target, headers, error) -> the answer to a request refused before its body was whole.
Refuse = Callable[[str, str, list[tuple[str, str]], ApiError], FakeResponse]


class BodySink(Protocol):
    """Takes a request body as it arrives (see the module docstring)."""

    refusal: FakeResponse | None  # set when the request is refused (on its head, or part-way)

    def feed(self, data: bytes) -> bool: ...  # False once refused

    def finish(self) -> FakeResponse: ...


# (method, target, headers) -> the sink that takes this request's body, or None.
SinkFor = Callable[[str, str, list[tuple[str, str]]], BodySink | None]

# Set in the request's context when the fake ends a response early on purpose.
DELIBERATE_CUT: ContextVar[bool] = ContextVar("twelvelabs_fake_deliberate_cut", default=False)


def too_large(limit: int) -> ApiError:
    """The answer to a request body over ``limit`` bytes."""
    return ApiError(
        413, "request_too_large", f"The request body is larger than the {limit} bytes the fake accepts."
    )


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def _declared_length(headers: list[tuple[str, str]]) -> int | None:
    value = next((v for k, v in headers if k == "content-length"), None)
    return int(value) if value is not None and value.strip().isdigit() else None


async def _read_body(receive: Receive, limits: ServerLimits) -> bytes | None:
    """The whole body, counted as it arrives; None when the client went away.

    Raises ApiError 413 past ``max_body_bytes``, 408 past ``body_timeout``.
    """
    body = bytearray()
    try:
        with anyio.fail_after(limits.body_timeout):
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return None
                body += message.get("body", b"")
                if len(body) > limits.max_body_bytes:
                    raise too_large(limits.max_body_bytes)
                if not message.get("more_body", False):
                    return bytes(body)
    except TimeoutError:
        raise ApiError(
            408, "request_timeout", f"The request body did not arrive within {limits.body_timeout:g} s."
        ) from None


async def _stall(seconds: float, receive: Receive) -> bool:
    """Send nothing for ``seconds``; True when the client went away meanwhile."""
    with anyio.move_on_after(seconds):
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return True
    return False


def _target(scope: Scope) -> str:
    raw = scope.get("raw_path")
    path = raw.split(b"?")[0].decode("latin-1") if isinstance(raw, bytes | bytearray) else str(scope["path"])
    query = scope.get("query_string", b"")
    return f"{path}?{query.decode('latin-1')}" if query else path


def _raw_headers(response: FakeResponse, *, close: bool) -> list[tuple[bytes, bytes]]:
    raw = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in response.headers]
    if close:
        raw.append((b"connection", b"close"))
    return raw


def asgi_app(
    handler: Handler, refuse: Refuse, limits: Callable[[], ServerLimits], sink_for: SinkFor | None = None
) -> App:
    """An ASGI 3 application that answers every HTTP request with ``handler``.

    ``limits()`` gives the body limits in force; ``refuse`` shapes the answer to a body refused
    on the way in; ``sink_for`` claims the requests whose bodies it takes as they arrive.
    """

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in scope["headers"]]
        method, target = scope["method"], _target(scope)
        chosen = limits()
        try:
            declared = _declared_length(headers)
            if declared is not None and declared > chosen.max_body_bytes:
                raise too_large(chosen.max_body_bytes)
            body = await _read_body(receive, chosen)
        except ApiError as error:
            refused = refuse(method, target, headers, error)
            raw_headers = _raw_headers(refused, close=True)
            raw_headers.append((b"content-length", str(len(refused.body)).encode()))
            await send({"type": "http.response.start", "status": refused.status, "headers": raw_headers})
            await send({"type": "http.response.body", "body": refused.body})
            return
        if body is None:
            return
        await _send(handler(method, target, headers, body), receive, send)

    async def app_with_sinks(scope: Scope, receive: Receive, send: Send) -> None:
        if sink_for is None or scope["type"] != "http":
            await app(scope, receive, send)
            return
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in scope["headers"]]
        sink = sink_for(scope["method"], _target(scope), headers)
        if sink is None:
            await app(scope, receive, send)
            return
        try:
            with anyio.fail_after(limits().body_timeout):
                while sink.refusal is None:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return
                    if not sink.feed(message.get("body", b"")) or not message.get("more_body", False):
                        break
        except TimeoutError:
            sink.refusal = FakeResponse(408, [("Content-Type", "text/plain")], b"The request body timed out.")
        if sink.refusal is not None:
            await _send(sink.refusal, receive, send, close=True)
            return
        await _send(sink.finish(), receive, send)

    return app_with_sinks


async def _send(response: FakeResponse, receive: Receive, send: Send, *, close: bool = False) -> None:
    if response.delay > 0:
        await anyio.sleep(response.delay)
    raw_headers = _raw_headers(response, close=close)
    if response.parts is None:
        raw_headers.append((b"content-length", str(len(response.body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": response.body})
        return
    await send({"type": "http.response.start", "status": response.status, "headers": raw_headers})
    for part in response.parts:
        if isinstance(part, bytes):
            await send({"type": "http.response.body", "body": part, "more_body": True})
        elif isinstance(part, Stall):
            if await _stall(part.seconds, receive):
                return
        else:
            DELIBERATE_CUT.set(True)
            return
    await send({"type": "http.response.body", "body": b"", "more_body": False})
