"""The fake's handler as an ASGI application (for ``serve()``, ``httpx.ASGITransport``, schemathesis).

A streamed answer goes out as one ``http.response.body`` message per chunk (``more_body``), so a
real server sends it with chunked transfer encoding, one HTTP chunk per message. An injected
disconnect returns without the final message: the server then closes the connection with the
chunked body unfinished, which is what the client sees when a real connection breaks. uvicorn
logs that as an error; :data:`DELIBERATE_CUT` lets ``serve()`` tell an injected cut from a bug.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from contextvars import ContextVar
from typing import Any

import anyio

from ._types import Handler, Stall

__all__ = ["DELIBERATE_CUT", "Receive", "Scope", "Send", "asgi_app"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

# Set in the request's context when the fake ends a response early on purpose.
DELIBERATE_CUT: ContextVar[bool] = ContextVar("twelvelabs_fake_deliberate_cut", default=False)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _read_body(receive: Receive) -> bytes | None:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


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


def asgi_app(handler: Handler) -> App:
    """An ASGI 3 application that answers every HTTP request with ``handler``."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body = await _read_body(receive)
        if body is None:
            return
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in scope["headers"]]
        response = handler(scope["method"], _target(scope), headers, body)
        if response.delay > 0:
            await anyio.sleep(response.delay)
        raw_headers = [
            (name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in response.headers
        ]
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

    return app
