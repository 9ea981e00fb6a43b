from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestAdditionalPresignedURLsResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "upload_id",
        "start_index",
        "count",
        "upload_urls",
        "generated_at",
        "expires_at",
    ]
)


@_attrs_define
class RequestAdditionalPresignedURLsResponse:
    """
    Attributes:
        upload_id (str | Unset): The unique identifier of the upload session associated with these URLs.
        start_index (int | Unset): The index of the first chunk number in this set of URLs. Matches the start value from
            your request.
        count (int | Unset): The number of new URLs created. Matches the count value from your request.
        upload_urls (list[PresignedURLChunk] | Unset): An array of additional presigned URLs for uploading chunks.
        generated_at (datetime.datetime | Unset): The date and time, in the RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"),
            when these URLs were created. URLs remain valid for 1 hour from this time.
        expires_at (datetime.datetime | Unset): A string representing the date and time, in RFC 3339 format
            ("YYYY-MM-DDTHH:mm:ssZ"), when the resource will expire.
    """

    upload_id: str | Unset = UNSET
    start_index: int | Unset = UNSET
    count: int | Unset = UNSET
    upload_urls: list[PresignedURLChunk] | Unset = UNSET
    generated_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.upload_id is not UNSET:
            field_dict["upload_id"] = self.upload_id

        if self.start_index is not UNSET:
            field_dict["start_index"] = self.start_index

        if self.count is not UNSET:
            field_dict["count"] = self.count

        if not isinstance(self.upload_urls, Unset):
            field_dict["upload_urls"] = [item.to_dict() for item in self.upload_urls]

        generated_at: str | Unset = UNSET
        if not isinstance(self.generated_at, Unset):
            generated_at = self.generated_at.isoformat()
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at

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
        upload_id = _get("upload_id", UNSET)
        if not (isinstance(upload_id, str)):
            if upload_id is not UNSET:
                raise TypeError(
                    "RequestAdditionalPresignedURLsResponse.upload_id: expected str, got "
                    + type(upload_id).__name__
                )
            _missing += 1

        start_index = _get("start_index", UNSET)
        if not (
            type(start_index) is int
            or (type(start_index) is float and start_index.is_integer())
        ):
            if start_index is not UNSET:
                raise TypeError(
                    "RequestAdditionalPresignedURLsResponse.start_index: expected int, got "
                    + type(start_index).__name__
                )
            _missing += 1

        count = _get("count", UNSET)
        if not (type(count) is int or (type(count) is float and count.is_integer())):
            if count is not UNSET:
                raise TypeError(
                    "RequestAdditionalPresignedURLsResponse.count: expected int, got "
                    + type(count).__name__
                )
            _missing += 1

        _upload_urls = _get("upload_urls", UNSET)
        upload_urls: list[PresignedURLChunk] | Unset
        if isinstance(_upload_urls, list):
            upload_urls = list(map(PresignedURLChunk.from_dict, _upload_urls))
        elif isinstance(_upload_urls, Unset):
            upload_urls = UNSET
            _missing += 1
        else:
            raise TypeError(
                "RequestAdditionalPresignedURLsResponse.upload_urls: expected list[PresignedURLChunk], got "
                + type(_upload_urls).__name__
            )

        _generated_at = _get("generated_at", UNSET)
        if _generated_at is UNSET:
            _missing += 1
        _generated_at = _generated_at
        generated_at: datetime.datetime | Unset
        if isinstance(_generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = datetime.datetime.fromisoformat(_generated_at)

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
        _instance.upload_id = upload_id
        _instance.start_index = start_index
        _instance.count = count
        _instance.upload_urls = upload_urls
        _instance.generated_at = generated_at
        _instance.expires_at = expires_at
        _instance.additional_properties = (
            {}
            if len(src_dict) == 6 - _missing
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


from ..models.presigned_url_chunk import PresignedURLChunk
