from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReportChunkBatchRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "completed_chunks",
    ]
)


@_attrs_define
class ReportChunkBatchRequest:
    """
    Attributes:
        completed_chunks (list[CompletedChunk]): The list of chunks successfully uploaded that you're reporting to the
            platform. Report only after receiving an ETag.
    """

    completed_chunks: list[CompletedChunk]

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["completed_chunks"] = [
            item.to_dict() for item in self.completed_chunks
        ]

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
        _completed_chunks = src_dict["completed_chunks"]
        completed_chunks: list[CompletedChunk]
        if isinstance(_completed_chunks, list):
            completed_chunks = list(map(CompletedChunk.from_dict, _completed_chunks))
        else:
            raise TypeError(
                "ReportChunkBatchRequest.completed_chunks: expected list[CompletedChunk], got "
                + type(_completed_chunks).__name__
            )

        _instance = cls.__new__(cls)
        _instance.completed_chunks = completed_chunks
        return _instance


from ..models.completed_chunk import CompletedChunk
