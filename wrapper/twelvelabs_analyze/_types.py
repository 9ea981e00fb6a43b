"""Sentinels and small types shared by the client, the generated methods and users' code."""

from __future__ import annotations

from typing import Final, Literal

__all__ = ["NOT_GIVEN", "NotGiven"]


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
