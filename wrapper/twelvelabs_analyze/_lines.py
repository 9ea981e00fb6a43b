"""A streamed body as lines, in memory bounded by the longest line allowed, whatever the chunks.

* :class:`BodyDecoding` — the body's ``Content-Encoding`` (gzip, deflate) undone in pieces of at
  most :data:`DECODED_PIECE` bytes. httpx decodes each chunk whole, and 64 KiB of gzip can inflate
  to 64 MB: a 300 KiB body inflating to one 300 MB line would be in memory at once.
* :class:`LineSplitter` — whole lines out, and a line refused (:class:`LineTooLong`) as soon as
  more than :data:`MAX_LINE_BYTES` of it have arrived, before the rest of it is read.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Iterator

import httpx

__all__ = ["DECODED_PIECE", "MAX_LINE_BYTES", "BodyDecoding", "LineSplitter", "LineTooLong"]

# The longest line a stream accepts. An /analyze event is a few words of text or the stream's
# metadata (under 1 KiB); even one event carrying a whole answer at Pegasus 1.5's largest
# max_tokens (98,304 tokens of ~4 characters, each \u-escaped in 6 bytes) stays under 2.5 MB.
# 8 MiB leaves room for that, and is all a broken or hostile server can make the client hold for
# one line (instead of the whole body), well under what the JSON decoder accepts (64 MiB).
MAX_LINE_BYTES = 8 * 1024 * 1024
DECODED_PIECE = 64 * 1024  # bytes of decoded body handed on at a time
_HEAD = 1024  # bytes of a refused line kept for its error (plus room to find a key cut at the end)
_HEAD_MARGIN = 256


class LineTooLong(ValueError):
    """Line ``number`` passed ``limit`` bytes (``size`` seen so far); ``head`` is its beginning."""

    def __init__(self, number: int, size: int, limit: int, head: bytes) -> None:
        super().__init__(f"line {number} has more than {limit:,} bytes ({size:,} so far)")
        self.number = number
        self.size = size
        self.limit = limit
        self.head = head

    def beginning(self, redact: Callable[[str], str]) -> str:
        """The line's first ~1 KiB as text, passed through ``redact`` before it is cut: a key
        starting in it is whole in ``head`` (which runs on for as long as a key can be)."""
        keep = len(self.head[:_HEAD].decode("utf-8", "replace"))
        return redact(self.head.decode("utf-8", "replace"))[:keep]


class LineSplitter:
    """Feed chunks, get whole lines (without ``\\n``); ``count`` numbers the lines handed out.

    Linear in the input however the chunks fall: a long line arriving one byte at a time is not
    copied again for every byte. The buffer never holds more than ``limit`` bytes plus one chunk:
    a line longer than ``limit`` is not handed out; the lines before it are, and ``refused`` then
    tells why the stream must stop (feeding more raises it).
    """

    __slots__ = ("_buffer", "_scanned", "count", "limit", "refused")

    def __init__(self, limit: int = MAX_LINE_BYTES) -> None:
        self._buffer = bytearray()
        self._scanned = 0  # bytes of the buffer known to hold no newline
        self.count = 0
        self.limit = limit
        self.refused: LineTooLong | None = None

    def feed(self, chunk: bytes) -> list[bytes]:
        if self.refused is not None:
            raise self.refused
        buffer = self._buffer
        buffer += chunk
        end = buffer.find(b"\n", self._scanned)
        if end < 0:
            if len(buffer) > self.limit:
                self._refuse(self.count + 1, buffer)
                return []
            self._scanned = len(buffer)
            return []
        last = buffer.rfind(b"\n")
        lines = bytes(buffer[:last]).split(b"\n")
        if len(buffer) > self.limit:  # only then can a line be too long: cheap for every usual chunk
            lines, refused = self._within_limit(lines, last)
            if refused:
                return lines
        del buffer[: last + 1]
        self._scanned = 0
        self.count += len(lines)
        return lines

    def rest(self) -> list[bytes]:
        """What follows the last newline (a final line without one), counted; ``[]`` when empty."""
        if self.refused is not None:
            raise self.refused
        rest = bytes(self._buffer)
        self._buffer.clear()
        self._scanned = 0
        if not rest:
            return []
        self.count += 1
        return [rest]

    def _within_limit(self, lines: list[bytes], last: int) -> tuple[list[bytes], bool]:
        """``lines`` up to the first one over the limit, and whether one (or the rest) was refused."""
        for index, line in enumerate(lines):
            if len(line) > self.limit:
                self.count += index
                self._refuse(self.count + 1, line)
                return lines[:index], True
        if len(self._buffer) - last - 1 > self.limit:
            self.count += len(lines)
            self._refuse(self.count + 1, self._buffer[last + 1 :])
            return lines, True
        return lines, False

    def _refuse(self, number: int, line: bytes | bytearray) -> None:
        self.refused = LineTooLong(number, len(line), self.limit, bytes(line[: _HEAD + _HEAD_MARGIN]))
        self._buffer = bytearray()  # the memory goes now, not when the stream is dropped
        self._scanned = 0


# --------------------------------------------------------------------------- content decoding

# Encodings httpx decodes only with an optional package (brotli, zstandard); any other name it
# does not know passes through undecoded, here as there.
_HTTPX_ONLY = frozenset({"br", "zstd"})


class BodyDecoding:
    """How a streamed body's bytes become its content.

    ``raw`` says whether to read the raw bytes (``iter_raw``) and decode them here, in bounded
    pieces: for identity, gzip and deflate, alone or chained. Any other encoding (``br``, ``zstd``,
    decoded by httpx when their packages are installed) is read decoded by httpx (``iter_bytes``):
    the line limit still holds after each chunk, but one chunk is decoded whole.
    """

    __slots__ = ("_stages", "raw")

    def __init__(self, encodings: Iterable[str], *, raw: bool = True) -> None:
        names = [name.strip().lower() for name in encodings]
        self.raw = raw and not _HTTPX_ONLY.intersection(names)
        # Applied in header order, so undone in reverse; unknown names pass through (as in httpx).
        self._stages = (
            [_Inflate(name) for name in reversed(names) if name in ("gzip", "deflate")] if self.raw else []
        )

    @classmethod
    def of(cls, response: httpx.Response) -> BodyDecoding:
        if response.is_stream_consumed:  # read already (a test transport's content=): httpx decoded it
            return cls((), raw=False)
        return cls(response.headers.get_list("content-encoding", split_commas=True))

    def decode(self, chunk: bytes | None) -> Iterable[bytes]:
        """The content of ``chunk`` in pieces of at most :data:`DECODED_PIECE` bytes (when decoded
        here); ``None`` marks the end of the body: whatever the decoders still hold."""
        if not self._stages:
            return (chunk,) if chunk else ()
        return self._through(0, chunk)

    def _through(self, stage: int, data: bytes | None) -> Iterator[bytes]:
        pieces = self._stages[stage].decode(data)
        if stage + 1 == len(self._stages):
            yield from pieces
            return
        for piece in pieces:
            yield from self._through(stage + 1, piece)
        if data is None:
            yield from self._through(stage + 1, None)


class _Inflate:
    """One zlib stream (gzip, or deflate with or without its zlib header), decoded in bounded pieces."""

    __slots__ = ("_head", "_zlib")

    def __init__(self, name: str) -> None:
        # "deflate" is often sent without its zlib header (raw deflate): its first two bytes tell.
        self._head: bytes | None = None if name == "gzip" else b""
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16)

    def decode(self, data: bytes | None) -> Iterator[bytes]:
        if self._head is not None:  # deflate whose format is not known yet
            if data is not None and len(self._head) + len(data) < 2:
                self._head += data
                return
            data = self._head + (data or b"")
            self._head = None
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS if _zlib_header(data) else -zlib.MAX_WBITS)
        if data is None:  # the end: what zlib still holds (nothing, once every piece was taken)
            try:
                rest = self._zlib.flush()
            except zlib.error as exc:  # pragma: no cover - flush does not fail in practice
                raise httpx.DecodingError(str(exc)) from None
            if rest:
                yield rest
            return
        while True:
            try:
                piece = self._zlib.decompress(data, DECODED_PIECE)
            except zlib.error as exc:
                raise httpx.DecodingError(str(exc)) from None
            if piece:
                yield piece
            data = self._zlib.unconsumed_tail
            # A piece shorter than the maximum means zlib ran out of input: nothing is pending.
            if not data and len(piece) < DECODED_PIECE:
                return


def _zlib_header(data: bytes) -> bool:
    """Whether ``data`` starts with a zlib header (RFC 1950: method 8, window <= 32 KiB, check bits)."""
    if len(data) < 2:
        return False
    method, flags = data[0], data[1]
    return method & 0x0F == 8 and method >> 4 <= 7 and (method << 8 | flags) % 31 == 0 and not flags & 0x20
