"""Splitting a byte stream into lines as chunks arrive, whatever the chunk boundaries."""

from __future__ import annotations

__all__ = ["LineSplitter"]


class LineSplitter:
    """Feed chunks, get whole lines (without ``\\n``); ``count`` numbers the lines handed out.

    Linear in the input however the chunks fall: a long line arriving one byte at a time is not
    copied again for every byte.
    """

    __slots__ = ("_buffer", "_scanned", "count")

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._scanned = 0  # bytes of the buffer known to hold no newline
        self.count = 0

    def feed(self, chunk: bytes) -> list[bytes]:
        buffer = self._buffer
        buffer += chunk
        end = buffer.find(b"\n", self._scanned)
        if end < 0:
            self._scanned = len(buffer)
            return []
        last = buffer.rfind(b"\n")
        lines = bytes(buffer[:last]).split(b"\n")
        del buffer[: last + 1]
        self._scanned = 0
        self.count += len(lines)
        return lines

    def rest(self) -> bytes:
        """What follows the last newline (a final line without one); counts it when not empty."""
        rest = bytes(self._buffer)
        self._buffer.clear()
        self._scanned = 0
        if rest:
            self.count += 1
        return rest
