from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chunk_info_status import ChunkInfoStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChunkInfo")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "index",
        "status",
        "uploaded_at",
        "updated_at",
        "error",
    ]
)


@_attrs_define
class ChunkInfo:
    """
    Attributes:
        index (int | Unset): The index of the chunk. The platform uses 1-based indexing, and this value matches the
            value of the
            [`chunk_index`](https://docs.twelvelabs.io/v1.3/api-reference/upload-content/multipart-uploads/create#response.body.upload_urls.chunk_index)
            field in the list of upload URLs.
        status (ChunkInfoStatus | str | Unset): The current status of this chunk. This field can take one of the
            following values:
            - `completed`: Successfully uploaded and reported.
            - `pending`: Not yet reported. A chunk may be in this status if it has been uploaded but not yet reported.
            - `failed`: The upload process failed; you must retry uploading this chunk.
        uploaded_at (datetime.datetime | Unset): The date and time, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"),
            when this chunk was successfully reported as uploaded. The value of this field is `null` for pending or failed
            chunks.
        updated_at (datetime.datetime | Unset): A string representing the date and time, in RFC 3339 format
            (“YYYY-MM-DDTHH:mm:ssZ”), when the resource was last updated.
        error (str | Unset): A detailed error message explaining why this chunk failed. The platform returns this field
            only when the status is failed.
    """

    index: int | Unset = UNSET
    status: ChunkInfoStatus | str | Unset = UNSET
    uploaded_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.index is not UNSET:
            field_dict["index"] = self.index

        if self.status is not UNSET:
            field_dict["status"] = self.status

        uploaded_at: str | Unset = UNSET
        if not isinstance(self.uploaded_at, Unset):
            uploaded_at = self.uploaded_at.isoformat()
        if uploaded_at is not UNSET:
            field_dict["uploaded_at"] = uploaded_at

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        if self.error is not UNSET:
            field_dict["error"] = self.error

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
        index = _get("index", UNSET)
        if not (type(index) is int or (type(index) is float and index.is_integer())):
            if index is not UNSET:
                raise TypeError(
                    "ChunkInfo.index: expected int, got " + type(index).__name__
                )
            _missing += 1

        status = _get("status", UNSET)
        if not (isinstance(status, str)):
            if status is not UNSET:
                raise TypeError(
                    "ChunkInfo.status: expected ChunkInfoStatus | str, got "
                    + type(status).__name__
                )
            _missing += 1

        _uploaded_at = _get("uploaded_at", UNSET)
        if _uploaded_at is UNSET:
            _missing += 1
        _uploaded_at = _uploaded_at
        uploaded_at: datetime.datetime | Unset
        if isinstance(_uploaded_at, Unset):
            uploaded_at = UNSET
        else:
            uploaded_at = datetime.datetime.fromisoformat(_uploaded_at)

        _updated_at = _get("updated_at", UNSET)
        if _updated_at is UNSET:
            _missing += 1
        _updated_at = _updated_at
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        error = _get("error", UNSET)
        if not (isinstance(error, str)):
            if error is not UNSET:
                raise TypeError(
                    "ChunkInfo.error: expected str, got " + type(error).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.index = index
        _instance.status = status
        _instance.uploaded_at = uploaded_at
        _instance.updated_at = updated_at
        _instance.error = error
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
