"""multipart/form-data request bodies: checked arguments as form fields, files streamed per attempt.

``prepare`` builds a :class:`FormBody` for an operation whose body is form data (``Operation.form``);
each attempt hands httpx its parts as ``files=`` (text fields as ``(None, text)`` parts, so a form
without a file is multipart too, as the spec says, not URL-encoded). httpx reads a file in 64 KiB
chunks while sending: a file is never read whole into memory.

A file argument is a path (opened when the call starts, closed when it ends), ``bytes``, or a file
opened in binary mode (sent whole, from its start; left open). A retry sends it again from its start;
a file that cannot seek (a pipe, a socket) cannot be sent twice, so a call whose first attempt read
some of it is not retried: its error says so (see :attr:`FormBody.replayable`).
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Mapping
from pathlib import Path, PurePath
from typing import IO, Any

__all__ = ["FILE_PLACEHOLDER", "FileArgument", "FormBody", "check_file", "form_text"]

# What the body checker sees in place of a file: a value only the file fields' schema (``true``) accepts.
FILE_PLACEHOLDER = ""


def form_text(value: Any) -> list[str]:
    """A checked JSON value as form field texts: a string as it is, an array one field per item,
    anything else as its JSON text (``true``, ``1.5``, ``{"a":1}``), as OpenAPI's form encoding says."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item if isinstance(item, str) else _json(item) for item in value]
    return [_json(value)]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class _ForwardOnly:
    """A file that cannot seek, as httpx sees it: ``read`` alone (no ``fileno``, ``seek`` or ``tell``,
    from which httpx would compute a wrong length: a pipe's size is 0), so the body is sent chunked.
    Counts what was read: a retry is safe while nothing was."""

    __slots__ = ("consumed", "file", "name")

    def __init__(self, file: IO[bytes], name: str) -> None:
        self.file = file
        self.name = name
        self.consumed = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self.file.read(size)
        self.consumed += len(chunk)
        return chunk


class FileArgument:
    """One file argument, checked: its source and the file name its part carries."""

    __slots__ = ("_opened", "filename", "path", "source", "wire")

    def __init__(
        self, wire: str, source: bytes | IO[bytes] | _ForwardOnly | None, path: str | None, filename: str
    ) -> None:
        self.wire = wire
        self.source = source  # None for a path until the call opens it
        self.path = path
        self.filename = filename
        self._opened: IO[bytes] | None = None

    def open(self) -> None:
        if self.path is not None and self._opened is None:
            self._opened = self.source = Path(self.path).open("rb")  # noqa: SIM115 - closed by close()

    def close(self) -> None:
        opened, self._opened = self._opened, None
        if opened is not None:
            opened.close()

    @property
    def replayable(self) -> bool:
        """Whether the file can be sent again from its start."""
        source = self.source
        return not isinstance(source, _ForwardOnly) or source.consumed == 0

    def part(self) -> tuple[str, bytes | IO[bytes] | _ForwardOnly]:
        """``(filename, content)`` for httpx, the file rewound to its start."""
        source = self.source
        assert source is not None, "a path is opened before the first attempt"
        if not isinstance(source, bytes | _ForwardOnly):
            source.seek(0)
        return self.filename, source

    def __repr__(self) -> str:
        what = f"path {self.path!r}" if self.path is not None else type(self.source).__name__
        return f"FileArgument({self.wire}: {what})"


def check_file(value: object, wire: str) -> FileArgument:
    """A file argument as a :class:`FileArgument`, or ``ArgumentTypeError`` naming the parameter."""
    from ._schema import ArgumentTypeError, ArgumentValueError  # noqa: PLC0415 - the checkers load lazily

    if isinstance(value, bytes | bytearray | memoryview):
        return FileArgument(wire, bytes(value), None, wire)
    if isinstance(value, str | os.PathLike):
        path = os.fspath(value)
        if not isinstance(path, str):
            raise ArgumentTypeError(f"{wire} must be a path given as str, not bytes", wire, wire)
        if not path:
            raise ArgumentValueError(f"{wire} must be a file: the path is empty", wire, wire)
        return FileArgument(wire, None, path, PurePath(path).name or wire)
    read = getattr(value, "read", None)
    if not callable(read):
        raise ArgumentTypeError(
            f"{wire} must be a file: a path, bytes or a file opened in binary mode, not {type(value).__name__}",
            wire,
            wire,
        )
    if isinstance(value, io.TextIOBase):
        raise ArgumentTypeError(f"{wire} must be opened in binary mode ('rb'), not text mode", wire, wire)
    name = getattr(value, "name", None)
    filename = (PurePath(name).name if isinstance(name, str) else "") or wire
    file: IO[bytes] = value  # type: ignore[assignment]  # it reads: the rest is duck-typed
    if _seekable(file):
        return FileArgument(wire, file, None, filename)
    return FileArgument(wire, _ForwardOnly(file, filename), None, filename)


def _seekable(file: IO[bytes]) -> bool:
    try:
        return bool(file.seekable())
    except (AttributeError, OSError, ValueError):  # no seekable(), or closed
        return False


class FormBody:
    """A form-data body: its text fields, then its files (a server reading the stream meets the
    fields that describe a file before the file)."""

    __slots__ = ("files", "texts")

    def __init__(self, texts: list[tuple[str, str]], files: list[FileArgument]) -> None:
        self.texts: list[tuple[str, str]] = texts
        self.files: list[FileArgument] = files

    def add(self, extra: Mapping[str, Any]) -> None:
        """A call's ``extra_body`` fields, each value encoded as a form field."""
        for wire, value in extra.items():
            try:
                self.texts += [(wire, text) for text in form_text(value)]
            except (TypeError, ValueError) as exc:  # only extra_body can hold what JSON cannot
                raise TypeError(f"extra_body must hold JSON values only: {exc}") from None

    def open(self) -> None:
        """Open the files given as paths: a missing one fails here, before anything is sent."""
        try:
            for file in self.files:
                file.open()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        for file in self.files:
            file.close()

    @property
    def replayable(self) -> bool:
        """Whether another attempt can send the whole body again."""
        return all(file.replayable for file in self.files)

    def unreplayable(self) -> str:
        """Why not (for an error's note)."""
        wires = ", ".join(file.wire for file in self.files if not file.replayable)
        return (
            f"not retried: the file given as {wires} cannot seek and was partly sent, so it cannot be "
            "sent again; pass a path, bytes or a seekable file to let the client retry"
        )

    def parts(self) -> list[tuple[str, tuple[str | None, Any]]]:
        """This attempt's ``files=`` for httpx (files rewound)."""
        parts: list[tuple[str, tuple[str | None, Any]]] = [(wire, (None, text)) for wire, text in self.texts]
        parts += [(file.wire, file.part()) for file in self.files]
        return parts
