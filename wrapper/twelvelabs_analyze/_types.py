"""Sentinels and small types shared by the client, the generated methods and users' code."""

from __future__ import annotations

import os
from typing import IO, Final, Literal, TypeAlias

__all__ = ["NOT_GIVEN", "FileSource", "NotGiven"]

FileSource: TypeAlias = str | os.PathLike[str] | bytes | IO[bytes]
"""What a file argument (a ``format: binary`` form field, e.g. ``assets.create(file=...)``) accepts:
a path (opened by the client, closed after the call), the content as ``bytes``, or a file opened
in binary mode (sent whole, from its start; the client does not close it). Files are streamed, never
read whole into memory."""


class NotGiven:
    """The type of :data:`NOT_GIVEN`: "this argument was not passed", as opposed to ``None``.

    Optional parameters of every method default to ``NOT_GIVEN`` and are then left out of the
    request, so the API applies its own default. It is falsy, and there is only one.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"  # pickles as a reference to the module-level singleton


NOT_GIVEN: Final = NotGiven()
