from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.video_context_url_type import (
    VideoContextUrlType,
    check_video_context_url_type,
)

T = TypeVar("T", bound="VideoContextUrl")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "type",
        "url",
    ]
)


@_attrs_define
class VideoContextUrl:
    """Provide the video via a URL.

    Attributes:
        type_ (VideoContextUrlType): Discriminator value: url
        url (str): The publicly accessible URL of the video file.

            Use direct links to raw media files. Video hosting platforms and cloud storage sharing links are not supported.
    """

    type_: VideoContextUrlType
    url: str

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type_

        field_dict["url"] = self.url

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
        type_ = check_video_context_url_type(src_dict["type"])

        url = src_dict["url"]
        if not (isinstance(url, str)):
            raise TypeError(
                "VideoContextUrl.url: expected str, got " + type(url).__name__
            )

        _instance = cls.__new__(cls)
        _instance.type_ = type_
        _instance.url = url
        return _instance
