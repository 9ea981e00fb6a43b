from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoStream")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "index",
        "codec",
        "width",
        "height",
        "fps",
        "avg_fps",
        "duration_seconds",
        "bitrate_bps",
        "rotation",
        "pixel_aspect_ratio",
        "display_aspect_ratio",
        "scan_type",
        "pixel_format",
        "bit_depth",
        "color_range",
        "color_transfer",
        "color_space",
        "color_primaries",
    ]
)


@_attrs_define
class VideoStream:
    """The technical properties of a single video stream within the media file.

    Attributes:
        index (int | Unset): The zero-based index of the stream within the media file.
        codec (str | Unset): The codec of the video stream.
        width (int | Unset): The pixel width of the video stream.
        height (int | Unset): The pixel height of the video stream.
        fps (float | Unset): The nominal frame rate of the video stream, in frames per second.
        avg_fps (float | Unset): The average frame rate of the video stream, in frames per second.
        duration_seconds (float | Unset): The duration of the video stream, in seconds.
        bitrate_bps (int | Unset): The bit rate of the video stream, in bits per second.
        rotation (int | Unset): The rotation applied to the video stream, in degrees.
        pixel_aspect_ratio (str | Unset): The pixel (sample) aspect ratio of the video stream.
        display_aspect_ratio (str | Unset): The display aspect ratio of the video stream.
        scan_type (str | Unset): The scan type of the video stream (for example, progressive or interlaced).
        pixel_format (str | Unset): The pixel format of the video stream.
        bit_depth (int | Unset): The bit depth per color component of the video stream.
        color_range (str | Unset): The color range of the video stream.
        color_transfer (str | Unset): The color transfer characteristics of the video stream.
        color_space (str | Unset): The color space of the video stream.
        color_primaries (str | Unset): The color primaries of the video stream.
    """

    index: int | Unset = UNSET
    codec: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    fps: float | Unset = UNSET
    avg_fps: float | Unset = UNSET
    duration_seconds: float | Unset = UNSET
    bitrate_bps: int | Unset = UNSET
    rotation: int | Unset = UNSET
    pixel_aspect_ratio: str | Unset = UNSET
    display_aspect_ratio: str | Unset = UNSET
    scan_type: str | Unset = UNSET
    pixel_format: str | Unset = UNSET
    bit_depth: int | Unset = UNSET
    color_range: str | Unset = UNSET
    color_transfer: str | Unset = UNSET
    color_space: str | Unset = UNSET
    color_primaries: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.index is not UNSET:
            field_dict["index"] = self.index

        if self.codec is not UNSET:
            field_dict["codec"] = self.codec

        if self.width is not UNSET:
            field_dict["width"] = self.width

        if self.height is not UNSET:
            field_dict["height"] = self.height

        if self.fps is not UNSET:
            field_dict["fps"] = self.fps

        if self.avg_fps is not UNSET:
            field_dict["avg_fps"] = self.avg_fps

        if self.duration_seconds is not UNSET:
            field_dict["duration_seconds"] = self.duration_seconds

        if self.bitrate_bps is not UNSET:
            field_dict["bitrate_bps"] = self.bitrate_bps

        if self.rotation is not UNSET:
            field_dict["rotation"] = self.rotation

        if self.pixel_aspect_ratio is not UNSET:
            field_dict["pixel_aspect_ratio"] = self.pixel_aspect_ratio

        if self.display_aspect_ratio is not UNSET:
            field_dict["display_aspect_ratio"] = self.display_aspect_ratio

        if self.scan_type is not UNSET:
            field_dict["scan_type"] = self.scan_type

        if self.pixel_format is not UNSET:
            field_dict["pixel_format"] = self.pixel_format

        if self.bit_depth is not UNSET:
            field_dict["bit_depth"] = self.bit_depth

        if self.color_range is not UNSET:
            field_dict["color_range"] = self.color_range

        if self.color_transfer is not UNSET:
            field_dict["color_transfer"] = self.color_transfer

        if self.color_space is not UNSET:
            field_dict["color_space"] = self.color_space

        if self.color_primaries is not UNSET:
            field_dict["color_primaries"] = self.color_primaries

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
                    "VideoStream.index: expected int, got " + type(index).__name__
                )
            _missing += 1

        codec = _get("codec", UNSET)
        if not (isinstance(codec, str)):
            if codec is not UNSET:
                raise TypeError(
                    "VideoStream.codec: expected str, got " + type(codec).__name__
                )
            _missing += 1

        width = _get("width", UNSET)
        if not (type(width) is int or (type(width) is float and width.is_integer())):
            if width is not UNSET:
                raise TypeError(
                    "VideoStream.width: expected int, got " + type(width).__name__
                )
            _missing += 1

        height = _get("height", UNSET)
        if not (type(height) is int or (type(height) is float and height.is_integer())):
            if height is not UNSET:
                raise TypeError(
                    "VideoStream.height: expected int, got " + type(height).__name__
                )
            _missing += 1

        fps = _get("fps", UNSET)
        if not (type(fps) is float or type(fps) is int):
            if fps is not UNSET:
                raise TypeError(
                    "VideoStream.fps: expected float, got " + type(fps).__name__
                )
            _missing += 1

        avg_fps = _get("avg_fps", UNSET)
        if not (type(avg_fps) is float or type(avg_fps) is int):
            if avg_fps is not UNSET:
                raise TypeError(
                    "VideoStream.avg_fps: expected float, got " + type(avg_fps).__name__
                )
            _missing += 1

        duration_seconds = _get("duration_seconds", UNSET)
        if not (type(duration_seconds) is float or type(duration_seconds) is int):
            if duration_seconds is not UNSET:
                raise TypeError(
                    "VideoStream.duration_seconds: expected float, got "
                    + type(duration_seconds).__name__
                )
            _missing += 1

        bitrate_bps = _get("bitrate_bps", UNSET)
        if not (
            type(bitrate_bps) is int
            or (type(bitrate_bps) is float and bitrate_bps.is_integer())
        ):
            if bitrate_bps is not UNSET:
                raise TypeError(
                    "VideoStream.bitrate_bps: expected int, got "
                    + type(bitrate_bps).__name__
                )
            _missing += 1

        rotation = _get("rotation", UNSET)
        if not (
            type(rotation) is int or (type(rotation) is float and rotation.is_integer())
        ):
            if rotation is not UNSET:
                raise TypeError(
                    "VideoStream.rotation: expected int, got " + type(rotation).__name__
                )
            _missing += 1

        pixel_aspect_ratio = _get("pixel_aspect_ratio", UNSET)
        if not (isinstance(pixel_aspect_ratio, str)):
            if pixel_aspect_ratio is not UNSET:
                raise TypeError(
                    "VideoStream.pixel_aspect_ratio: expected str, got "
                    + type(pixel_aspect_ratio).__name__
                )
            _missing += 1

        display_aspect_ratio = _get("display_aspect_ratio", UNSET)
        if not (isinstance(display_aspect_ratio, str)):
            if display_aspect_ratio is not UNSET:
                raise TypeError(
                    "VideoStream.display_aspect_ratio: expected str, got "
                    + type(display_aspect_ratio).__name__
                )
            _missing += 1

        scan_type = _get("scan_type", UNSET)
        if not (isinstance(scan_type, str)):
            if scan_type is not UNSET:
                raise TypeError(
                    "VideoStream.scan_type: expected str, got "
                    + type(scan_type).__name__
                )
            _missing += 1

        pixel_format = _get("pixel_format", UNSET)
        if not (isinstance(pixel_format, str)):
            if pixel_format is not UNSET:
                raise TypeError(
                    "VideoStream.pixel_format: expected str, got "
                    + type(pixel_format).__name__
                )
            _missing += 1

        bit_depth = _get("bit_depth", UNSET)
        if not (
            type(bit_depth) is int
            or (type(bit_depth) is float and bit_depth.is_integer())
        ):
            if bit_depth is not UNSET:
                raise TypeError(
                    "VideoStream.bit_depth: expected int, got "
                    + type(bit_depth).__name__
                )
            _missing += 1

        color_range = _get("color_range", UNSET)
        if not (isinstance(color_range, str)):
            if color_range is not UNSET:
                raise TypeError(
                    "VideoStream.color_range: expected str, got "
                    + type(color_range).__name__
                )
            _missing += 1

        color_transfer = _get("color_transfer", UNSET)
        if not (isinstance(color_transfer, str)):
            if color_transfer is not UNSET:
                raise TypeError(
                    "VideoStream.color_transfer: expected str, got "
                    + type(color_transfer).__name__
                )
            _missing += 1

        color_space = _get("color_space", UNSET)
        if not (isinstance(color_space, str)):
            if color_space is not UNSET:
                raise TypeError(
                    "VideoStream.color_space: expected str, got "
                    + type(color_space).__name__
                )
            _missing += 1

        color_primaries = _get("color_primaries", UNSET)
        if not (isinstance(color_primaries, str)):
            if color_primaries is not UNSET:
                raise TypeError(
                    "VideoStream.color_primaries: expected str, got "
                    + type(color_primaries).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.index = index
        _instance.codec = codec
        _instance.width = width
        _instance.height = height
        _instance.fps = fps
        _instance.avg_fps = avg_fps
        _instance.duration_seconds = duration_seconds
        _instance.bitrate_bps = bitrate_bps
        _instance.rotation = rotation
        _instance.pixel_aspect_ratio = pixel_aspect_ratio
        _instance.display_aspect_ratio = display_aspect_ratio
        _instance.scan_type = scan_type
        _instance.pixel_format = pixel_format
        _instance.bit_depth = bit_depth
        _instance.color_range = color_range
        _instance.color_transfer = color_transfer
        _instance.color_space = color_space
        _instance.color_primaries = color_primaries
        _instance.additional_properties = (
            {}
            if len(src_dict) == 18 - _missing
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
