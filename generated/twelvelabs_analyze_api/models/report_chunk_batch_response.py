from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportChunkBatchResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "url",
        "asset_id",
        "processed_chunks",
        "duplicate_chunks",
        "total_completed",
    ]
)


@_attrs_define
class ReportChunkBatchResponse:
    """
    Attributes:
        url (str | Unset): The URL for accessing your asset. The platform returns this field only when all chunks are
            reported and the upload is complete. If absent, continue uploading and reporting the remaining chunks.
        asset_id (str | Unset): The unique identifier of this asset.
        processed_chunks (int | Unset): The number of chunks accepted from this specific request. This equals the number
            of chunks in your `completed_chunks` array minus any duplicates.
        duplicate_chunks (int | Unset): The number of chunks in this request that were already reported. Duplicates are
            ignored and don't affect your upload.
        total_completed (int | Unset): The cumulative count of all unique chunks successfully reported across all
            requests. When this equals `total_chunks`, the upload is complete.
    """

    url: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    processed_chunks: int | Unset = UNSET
    duplicate_chunks: int | Unset = UNSET
    total_completed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.url is not UNSET:
            field_dict["url"] = self.url

        if self.asset_id is not UNSET:
            field_dict["asset_id"] = self.asset_id

        if self.processed_chunks is not UNSET:
            field_dict["processed_chunks"] = self.processed_chunks

        if self.duplicate_chunks is not UNSET:
            field_dict["duplicate_chunks"] = self.duplicate_chunks

        if self.total_completed is not UNSET:
            field_dict["total_completed"] = self.total_completed

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``). Unknown keys go to ``additional_properties``."""
        try:
            _get = src_dict.get
        except AttributeError:
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            ) from None
        _missing = 0
        url = _get("url", UNSET)
        if not (isinstance(url, str)):
            if url is not UNSET:
                raise TypeError(
                    "ReportChunkBatchResponse.url: expected str, got "
                    + type(url).__name__
                )
            _missing += 1

        asset_id = _get("asset_id", UNSET)
        if not (isinstance(asset_id, str)):
            if asset_id is not UNSET:
                raise TypeError(
                    "ReportChunkBatchResponse.asset_id: expected str, got "
                    + type(asset_id).__name__
                )
            _missing += 1

        processed_chunks = _get("processed_chunks", UNSET)
        if not (
            type(processed_chunks) is int
            or (type(processed_chunks) is float and processed_chunks.is_integer())
        ):
            if processed_chunks is not UNSET:
                raise TypeError(
                    "ReportChunkBatchResponse.processed_chunks: expected int, got "
                    + type(processed_chunks).__name__
                )
            _missing += 1

        duplicate_chunks = _get("duplicate_chunks", UNSET)
        if not (
            type(duplicate_chunks) is int
            or (type(duplicate_chunks) is float and duplicate_chunks.is_integer())
        ):
            if duplicate_chunks is not UNSET:
                raise TypeError(
                    "ReportChunkBatchResponse.duplicate_chunks: expected int, got "
                    + type(duplicate_chunks).__name__
                )
            _missing += 1

        total_completed = _get("total_completed", UNSET)
        if not (
            type(total_completed) is int
            or (type(total_completed) is float and total_completed.is_integer())
        ):
            if total_completed is not UNSET:
                raise TypeError(
                    "ReportChunkBatchResponse.total_completed: expected int, got "
                    + type(total_completed).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.url = url
        _instance.asset_id = asset_id
        _instance.processed_chunks = processed_chunks
        _instance.duplicate_chunks = duplicate_chunks
        _instance.total_completed = total_completed
        _instance.additional_properties = (
            {}
            if len(src_dict) == 5 - _missing
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
