from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioStream")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "index",
        "codec",
        "codec_long",
        "sample_rate",
        "bit_depth",
        "channels",
        "channel_layout",
        "bitrate_bps",
        "language",
        "duration_seconds",
    ]
)


@_attrs_define
class AudioStream:
    """The technical properties of a single audio stream within the media file.

    Attributes:
        index (int | Unset): The zero-based index of the stream within the media file.
        codec (str | Unset): The codec of the audio stream.
        codec_long (str | Unset): The descriptive long name of the audio codec.
        sample_rate (int | Unset): The sample rate of the audio stream, in hertz.
        bit_depth (int | Unset): The bit depth of the audio stream.
        channels (int | Unset): The number of channels in the audio stream.
        channel_layout (str | Unset): The channel layout of the audio stream.
        bitrate_bps (int | Unset): The bit rate of the audio stream, in bits per second.
        language (str | Unset): The language of the audio stream, when present.
        duration_seconds (float | Unset): The duration of the audio stream, in seconds.
    """

    index: int | Unset = UNSET
    codec: str | Unset = UNSET
    codec_long: str | Unset = UNSET
    sample_rate: int | Unset = UNSET
    bit_depth: int | Unset = UNSET
    channels: int | Unset = UNSET
    channel_layout: str | Unset = UNSET
    bitrate_bps: int | Unset = UNSET
    language: str | Unset = UNSET
    duration_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.index is not UNSET:
            field_dict["index"] = self.index

        if self.codec is not UNSET:
            field_dict["codec"] = self.codec

        if self.codec_long is not UNSET:
            field_dict["codec_long"] = self.codec_long

        if self.sample_rate is not UNSET:
            field_dict["sample_rate"] = self.sample_rate

        if self.bit_depth is not UNSET:
            field_dict["bit_depth"] = self.bit_depth

        if self.channels is not UNSET:
            field_dict["channels"] = self.channels

        if self.channel_layout is not UNSET:
            field_dict["channel_layout"] = self.channel_layout

        if self.bitrate_bps is not UNSET:
            field_dict["bitrate_bps"] = self.bitrate_bps

        if self.language is not UNSET:
            field_dict["language"] = self.language

        if self.duration_seconds is not UNSET:
            field_dict["duration_seconds"] = self.duration_seconds

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
                    "AudioStream.index: expected int, got " + type(index).__name__
                )
            _missing += 1

        codec = _get("codec", UNSET)
        if not (isinstance(codec, str)):
            if codec is not UNSET:
                raise TypeError(
                    "AudioStream.codec: expected str, got " + type(codec).__name__
                )
            _missing += 1

        codec_long = _get("codec_long", UNSET)
        if not (isinstance(codec_long, str)):
            if codec_long is not UNSET:
                raise TypeError(
                    "AudioStream.codec_long: expected str, got "
                    + type(codec_long).__name__
                )
            _missing += 1

        sample_rate = _get("sample_rate", UNSET)
        if not (
            type(sample_rate) is int
            or (type(sample_rate) is float and sample_rate.is_integer())
        ):
            if sample_rate is not UNSET:
                raise TypeError(
                    "AudioStream.sample_rate: expected int, got "
                    + type(sample_rate).__name__
                )
            _missing += 1

        bit_depth = _get("bit_depth", UNSET)
        if not (
            type(bit_depth) is int
            or (type(bit_depth) is float and bit_depth.is_integer())
        ):
            if bit_depth is not UNSET:
                raise TypeError(
                    "AudioStream.bit_depth: expected int, got "
                    + type(bit_depth).__name__
                )
            _missing += 1

        channels = _get("channels", UNSET)
        if not (
            type(channels) is int or (type(channels) is float and channels.is_integer())
        ):
            if channels is not UNSET:
                raise TypeError(
                    "AudioStream.channels: expected int, got " + type(channels).__name__
                )
            _missing += 1

        channel_layout = _get("channel_layout", UNSET)
        if not (isinstance(channel_layout, str)):
            if channel_layout is not UNSET:
                raise TypeError(
                    "AudioStream.channel_layout: expected str, got "
                    + type(channel_layout).__name__
                )
            _missing += 1

        bitrate_bps = _get("bitrate_bps", UNSET)
        if not (
            type(bitrate_bps) is int
            or (type(bitrate_bps) is float and bitrate_bps.is_integer())
        ):
            if bitrate_bps is not UNSET:
                raise TypeError(
                    "AudioStream.bitrate_bps: expected int, got "
                    + type(bitrate_bps).__name__
                )
            _missing += 1

        language = _get("language", UNSET)
        if not (isinstance(language, str)):
            if language is not UNSET:
                raise TypeError(
                    "AudioStream.language: expected str, got " + type(language).__name__
                )
            _missing += 1

        duration_seconds = _get("duration_seconds", UNSET)
        if not (type(duration_seconds) is float or type(duration_seconds) is int):
            if duration_seconds is not UNSET:
                raise TypeError(
                    "AudioStream.duration_seconds: expected float, got "
                    + type(duration_seconds).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.index = index
        _instance.codec = codec
        _instance.codec_long = codec_long
        _instance.sample_rate = sample_rate
        _instance.bit_depth = bit_depth
        _instance.channels = channels
        _instance.channel_layout = channel_layout
        _instance.bitrate_bps = bitrate_bps
        _instance.language = language
        _instance.duration_seconds = duration_seconds
        _instance.additional_properties = (
            {}
            if len(src_dict) == 10 - _missing
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
