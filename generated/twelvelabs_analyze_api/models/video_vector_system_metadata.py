from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoVectorSystemMetadata")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "filename",
        "duration",
        "fps",
        "width",
        "height",
        "size",
    ]
)


@_attrs_define
class VideoVectorSystemMetadata:
    """System-generated metadata about the video.

    Attributes:
        filename (str | Unset):
        duration (float | Unset):
        fps (float | Unset):
        width (int | Unset):
        height (int | Unset):
        size (float | Unset):
    """

    filename: str | Unset = UNSET
    duration: float | Unset = UNSET
    fps: float | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    size: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.filename is not UNSET:
            field_dict["filename"] = self.filename

        if self.duration is not UNSET:
            field_dict["duration"] = self.duration

        if self.fps is not UNSET:
            field_dict["fps"] = self.fps

        if self.width is not UNSET:
            field_dict["width"] = self.width

        if self.height is not UNSET:
            field_dict["height"] = self.height

        if self.size is not UNSET:
            field_dict["size"] = self.size

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
        filename = _get("filename", UNSET)
        if not (isinstance(filename, str)):
            if filename is not UNSET:
                raise TypeError(
                    "VideoVectorSystemMetadata.filename: expected str, got "
                    + type(filename).__name__
                )
            _missing += 1

        duration = _get("duration", UNSET)
        if not (type(duration) is float or type(duration) is int):
            if duration is not UNSET:
                raise TypeError(
                    "VideoVectorSystemMetadata.duration: expected float, got "
                    + type(duration).__name__
                )
            _missing += 1

        fps = _get("fps", UNSET)
        if not (type(fps) is float or type(fps) is int):
            if fps is not UNSET:
                raise TypeError(
                    "VideoVectorSystemMetadata.fps: expected float, got "
                    + type(fps).__name__
                )
            _missing += 1

        width = _get("width", UNSET)
        if not (type(width) is int or (type(width) is float and width.is_integer())):
            if width is not UNSET:
                raise TypeError(
                    "VideoVectorSystemMetadata.width: expected int, got "
                    + type(width).__name__
                )
            _missing += 1

        height = _get("height", UNSET)
        if not (type(height) is int or (type(height) is float and height.is_integer())):
            if height is not UNSET:
                raise TypeError(
                    "VideoVectorSystemMetadata.height: expected int, got "
                    + type(height).__name__
                )
            _missing += 1

        size = _get("size", UNSET)
        if not (type(size) is float or type(size) is int):
            if size is not UNSET:
                raise TypeError(
                    "VideoVectorSystemMetadata.size: expected float, got "
                    + type(size).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.filename = filename
        _instance.duration = duration
        _instance.fps = fps
        _instance.width = width
        _instance.height = height
        _instance.size = size
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
