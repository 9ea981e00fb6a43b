from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresignedURLChunk")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "chunk_index",
        "url",
        "expires_at",
    ]
)


@_attrs_define
class PresignedURLChunk:
    """
    Attributes:
        chunk_index (int | Unset): The index of this chunk.
        url (str | Unset): The presigned URL for uploading this chunk. Each URL can only be used once and expires after
            1 hour.
        expires_at (datetime.datetime | Unset): A string representing the date and time, in RFC 3339 format
            ("YYYY-MM-DDTHH:mm:ssZ"), when the resource will expire.
    """

    chunk_index: int | Unset = UNSET
    url: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.chunk_index is not UNSET:
            field_dict["chunk_index"] = self.chunk_index

        if self.url is not UNSET:
            field_dict["url"] = self.url

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

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
        chunk_index = _get("chunk_index", UNSET)
        if not (
            type(chunk_index) is int
            or (type(chunk_index) is float and chunk_index.is_integer())
        ):
            if chunk_index is not UNSET:
                raise TypeError(
                    "PresignedURLChunk.chunk_index: expected int, got "
                    + type(chunk_index).__name__
                )
            _missing += 1

        url = _get("url", UNSET)
        if not (isinstance(url, str)):
            if url is not UNSET:
                raise TypeError(
                    "PresignedURLChunk.url: expected str, got " + type(url).__name__
                )
            _missing += 1

        _expires_at = _get("expires_at", UNSET)
        if _expires_at is UNSET:
            _missing += 1
        _expires_at = _expires_at
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _instance = cls.__new__(cls)
        _instance.chunk_index = chunk_index
        _instance.url = url
        _instance.expires_at = expires_at
        _instance.additional_properties = (
            {}
            if len(src_dict) == 3 - _missing
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
