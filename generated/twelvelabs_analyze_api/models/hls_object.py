from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hls_object_status import HlsObjectStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="HLSObject")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "video_url",
        "thumbnail_urls",
        "status",
        "updated_at",
    ]
)


@_attrs_define
class HLSObject:
    """The platform returns this object only for the videos that you uploaded with the `enable_video_stream` parameter set
    to `true`.

        Attributes:
            video_url (str | Unset): A string representing the URL of the video. You can then use this URL to access the
                stream over the <a href="https://en.wikipedia.org/wiki/HTTP_Live_Streaming" target="_blank">HLS</a> protocol.
            thumbnail_urls (list[str] | Unset): An array containing the URL of the thumbnail.
            status (HlsObjectStatus | str | Unset): A string representing the encoding status of the video file from its
                original format to a streamable format.

                **Values**:
                - `PROCESSING`: Video is currently being encoded and is not yet ready for streaming
                - `COMPLETE`: Encoding has successfully finished and the video is ready for streaming
                - `CANCELED`: Encoding was manually canceled before completion
                - `ERROR`: An error occurred during the encoding process
            updated_at (str | Unset): A string indicating the date and time, in the RFC 3339 format
                ("YYYY-MM-DDTHH:mm:ssZ"), that the encoding status was last updated.
    """

    video_url: str | Unset = UNSET
    thumbnail_urls: list[str] | Unset = UNSET
    status: HlsObjectStatus | str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.video_url is not UNSET:
            field_dict["video_url"] = self.video_url

        if not isinstance(self.thumbnail_urls, Unset):
            field_dict["thumbnail_urls"] = list(self.thumbnail_urls)

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.updated_at is not UNSET:
            field_dict["updated_at"] = self.updated_at

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
        video_url = _get("video_url", UNSET)
        if not (isinstance(video_url, str)):
            if video_url is not UNSET:
                raise TypeError(
                    "HLSObject.video_url: expected str, got " + type(video_url).__name__
                )
            _missing += 1

        _thumbnail_urls = _get("thumbnail_urls", UNSET)
        thumbnail_urls: list[str] | Unset
        if isinstance(_thumbnail_urls, list):
            if not all(map(str.__instancecheck__, _thumbnail_urls)):
                _bad = next(
                    item for item in _thumbnail_urls if not (isinstance(item, str))
                )
                raise TypeError(
                    "HLSObject.thumbnail_urls: expected list[str], got a list holding "
                    + type(_bad).__name__
                )
            thumbnail_urls = _thumbnail_urls
        elif isinstance(_thumbnail_urls, Unset):
            thumbnail_urls = UNSET
            _missing += 1
        else:
            raise TypeError(
                "HLSObject.thumbnail_urls: expected list[str], got "
                + type(_thumbnail_urls).__name__
            )

        status = _get("status", UNSET)
        if not (isinstance(status, str)):
            if status is not UNSET:
                raise TypeError(
                    "HLSObject.status: expected HlsObjectStatus | str, got "
                    + type(status).__name__
                )
            _missing += 1

        updated_at = _get("updated_at", UNSET)
        if not (isinstance(updated_at, str)):
            if updated_at is not UNSET:
                raise TypeError(
                    "HLSObject.updated_at: expected str, got "
                    + type(updated_at).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.video_url = video_url
        _instance.thumbnail_urls = thumbnail_urls
        _instance.status = status
        _instance.updated_at = updated_at
        _instance.additional_properties = (
            {}
            if len(src_dict) == 4 - _missing
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
