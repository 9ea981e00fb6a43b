from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoSystemMetadata")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "duration",
        "filename",
        "fps",
        "height",
        "width",
    ]
)


@_attrs_define
class VideoSystemMetadata:
    """System-generated metadata about the video.

    Attributes:
        duration (float | Unset):
        filename (str | Unset):
        fps (float | Unset):
        height (int | Unset):
        width (int | Unset):
    """

    duration: float | Unset = UNSET
    filename: str | Unset = UNSET
    fps: float | Unset = UNSET
    height: int | Unset = UNSET
    width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.duration is not UNSET:
            field_dict["duration"] = self.duration

        if self.filename is not UNSET:
            field_dict["filename"] = self.filename

        if self.fps is not UNSET:
            field_dict["fps"] = self.fps

        if self.height is not UNSET:
            field_dict["height"] = self.height

        if self.width is not UNSET:
            field_dict["width"] = self.width

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
        duration = _get("duration", UNSET)
        if not (type(duration) is float or type(duration) is int):
            if duration is not UNSET:
                raise TypeError(
                    "VideoSystemMetadata.duration: expected float, got "
                    + type(duration).__name__
                )
            _missing += 1

        filename = _get("filename", UNSET)
        if not (isinstance(filename, str)):
            if filename is not UNSET:
                raise TypeError(
                    "VideoSystemMetadata.filename: expected str, got "
                    + type(filename).__name__
                )
            _missing += 1

        fps = _get("fps", UNSET)
        if not (type(fps) is float or type(fps) is int):
            if fps is not UNSET:
                raise TypeError(
                    "VideoSystemMetadata.fps: expected float, got " + type(fps).__name__
                )
            _missing += 1

        height = _get("height", UNSET)
        if not (type(height) is int or (type(height) is float and height.is_integer())):
            if height is not UNSET:
                raise TypeError(
                    "VideoSystemMetadata.height: expected int, got "
                    + type(height).__name__
                )
            _missing += 1

        width = _get("width", UNSET)
        if not (type(width) is int or (type(width) is float and width.is_integer())):
            if width is not UNSET:
                raise TypeError(
                    "VideoSystemMetadata.width: expected int, got "
                    + type(width).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.duration = duration
        _instance.filename = filename
        _instance.fps = fps
        _instance.height = height
        _instance.width = width
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
