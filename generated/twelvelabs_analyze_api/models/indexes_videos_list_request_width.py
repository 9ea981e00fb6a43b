from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndexesVideosListRequestWidth")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "gte",
        "lte",
    ]
)


@_attrs_define
class IndexesVideosListRequestWidth:
    """
    Attributes:
        gte (int | Unset):
        lte (int | Unset):
    """

    gte: int | Unset = UNSET
    lte: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        if self.gte is not UNSET:
            field_dict["gte"] = self.gte

        if self.lte is not UNSET:
            field_dict["lte"] = self.lte

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``)."""
        try:
            _get = src_dict.get
        except AttributeError:
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            ) from None
        _missing = 0
        gte = _get("gte", UNSET)
        if not (type(gte) is int or (type(gte) is float and gte.is_integer())):
            if gte is not UNSET:
                raise TypeError(
                    "IndexesVideosListRequestWidth.gte: expected int, got "
                    + type(gte).__name__
                )
            _missing += 1

        lte = _get("lte", UNSET)
        if not (type(lte) is int or (type(lte) is float and lte.is_integer())):
            if lte is not UNSET:
                raise TypeError(
                    "IndexesVideosListRequestWidth.lte: expected int, got "
                    + type(lte).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.gte = gte
        _instance.lte = lte
        return _instance
