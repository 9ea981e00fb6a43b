from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RequestAdditionalPresignedURLsRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "start",
        "count",
    ]
)


@_attrs_define
class RequestAdditionalPresignedURLsRequest:
    """
    Attributes:
        start (int): The index of the first chunk number to generate URLs for. Chunks are numbered from 1.
        count (int): The number of presigned URLs to generate starting from the index. You can request a maximum of 50
            URLs in a single API call.
    """

    start: int
    count: int

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["start"] = self.start

        field_dict["count"] = self.count

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
        start = src_dict["start"]
        if not (type(start) is int or (type(start) is float and start.is_integer())):
            raise TypeError(
                "RequestAdditionalPresignedURLsRequest.start: expected int, got "
                + type(start).__name__
            )

        count = src_dict["count"]
        if not (type(count) is int or (type(count) is float and count.is_integer())):
            raise TypeError(
                "RequestAdditionalPresignedURLsRequest.count: expected int, got "
                + type(count).__name__
            )

        _instance = cls.__new__(cls)
        _instance.start = start
        _instance.count = count
        return _instance
