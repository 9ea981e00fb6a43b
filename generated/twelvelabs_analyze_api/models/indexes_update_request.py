from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="IndexesUpdateRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "index_name",
    ]
)


@_attrs_define
class IndexesUpdateRequest:
    """
    Attributes:
        index_name (str): The name of the index.
    """

    index_name: str

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["index_name"] = self.index_name

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``)."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            )
        index_name = src_dict["index_name"]
        if not (isinstance(index_name, str)):
            raise TypeError(
                "IndexesUpdateRequest.index_name: expected str, got "
                + type(index_name).__name__
            )

        _instance = cls.__new__(cls)
        _instance.index_name = index_name
        return _instance
