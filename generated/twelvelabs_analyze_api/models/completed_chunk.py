from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.completed_chunk_proof_type import (
    CompletedChunkProofType,
    check_completed_chunk_proof_type,
)

T = TypeVar("T", bound="CompletedChunk")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "chunk_index",
        "proof",
        "proof_type",
        "chunk_size",
    ]
)


@_attrs_define
class CompletedChunk:
    """
    Attributes:
        chunk_index (int): The number that identifies which chunk you uploaded. When you received presigned URLs from
            the platform, each URL was assigned an index number. Use that same number. The chunks are numbered starting from
            1.
        proof (str): The ETag value you received after uploading the chunk. When you upload a chunk to a presigned URLs,
            the response includes an ETag. Use this value and submit it as proof of successful upload.
        proof_type (CompletedChunkProofType): The verification method. Supported value: `etag`.
        chunk_size (int): The number of bytes uploaded for this chunk. For all chunks except the last, this value equals
            [`chunk_size`](https://docs.twelvelabs.io/v1.3/api-reference/upload-content/multipart-uploads/create#response.body.chunk_size).
            For the last chunk, it may be smaller.
    """

    chunk_index: int
    proof: str
    proof_type: CompletedChunkProofType
    chunk_size: int

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["chunk_index"] = self.chunk_index

        field_dict["proof"] = self.proof

        field_dict["proof_type"] = self.proof_type

        field_dict["chunk_size"] = self.chunk_size

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
        chunk_index = src_dict["chunk_index"]
        if not (
            type(chunk_index) is int
            or (type(chunk_index) is float and chunk_index.is_integer())
        ):
            raise TypeError(
                "CompletedChunk.chunk_index: expected int, got "
                + type(chunk_index).__name__
            )

        proof = src_dict["proof"]
        if not (isinstance(proof, str)):
            raise TypeError(
                "CompletedChunk.proof: expected str, got " + type(proof).__name__
            )

        proof_type = check_completed_chunk_proof_type(src_dict["proof_type"])

        chunk_size = src_dict["chunk_size"]
        if not (
            type(chunk_size) is int
            or (type(chunk_size) is float and chunk_size.is_integer())
        ):
            raise TypeError(
                "CompletedChunk.chunk_size: expected int, got "
                + type(chunk_size).__name__
            )

        _instance = cls.__new__(cls)
        _instance.chunk_index = chunk_index
        _instance.proof = proof
        _instance.proof_type = proof_type
        _instance.chunk_size = chunk_size
        return _instance
