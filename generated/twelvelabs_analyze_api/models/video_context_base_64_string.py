from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.video_context_base_64_string_type import (
    VideoContextBase64StringType,
    check_video_context_base_64_string_type,
)

T = TypeVar("T", bound="VideoContextBase64String")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "type",
        "base64_string",
    ]
)


@_attrs_define
class VideoContextBase64String:
    """Provide the video via base64-encoded data.

    Attributes:
        type_ (VideoContextBase64StringType): Discriminator value: base64_string
        base64_string (str): The base64-encoded video data. The maximum size is 30MB.
    """

    type_: VideoContextBase64StringType
    base64_string: str

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type_

        field_dict["base64_string"] = self.base64_string

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
        type_ = check_video_context_base_64_string_type(src_dict["type"])

        base64_string = src_dict["base64_string"]
        if not (isinstance(base64_string, str)):
            raise TypeError(
                "VideoContextBase64String.base64_string: expected str, got "
                + type(base64_string).__name__
            )

        _instance = cls.__new__(cls)
        _instance.type_ = type_
        _instance.base64_string = base64_string
        return _instance
