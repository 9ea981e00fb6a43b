from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TechnicalMetadata")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "file_size_bytes",
        "file_mime_type",
        "file_container_format",
        "container_creation_time",
        "video_streams",
        "video_codec",
        "video_width",
        "video_height",
        "video_fps",
        "video_duration_seconds",
        "video_bitrate_bps",
        "audio_streams",
        "audio_codec",
        "audio_sample_rate",
        "audio_channels",
        "audio_duration_seconds",
        "start_timecode",
        "timecode_source",
        "drop_frame",
        "image_width",
        "image_height",
        "image_format",
        "image_orientation",
        "image_color_space",
        "image_bit_depth",
        "is_hdr",
        "has_audio",
        "has_alpha",
        "is_animated",
        "total_video_streams",
        "total_audio_streams",
        "storage_aspect_ratio",
        "geospatial_latitude",
        "geospatial_longitude",
        "geospatial_altitude_meters",
    ]
)


@_attrs_define
class TechnicalMetadata:
    """Technical metadata read from the media file of the asset, covering the container, the individual video and audio
    streams, image properties, and derived attributes.

    The platform populates this object asynchronously after the upload completes. It is omitted from the response while
    the status of the asset is `processing`, and it may be partially populated when the status is `failed`. A field is
    absent when it does not apply to the media type of the asset, or when the source file did not carry the
    corresponding information.

        Attributes:
            file_size_bytes (int | Unset): The size of the source media file in bytes.
            file_mime_type (str | Unset): The MIME type detected for the source media file.
            file_container_format (str | Unset): The container format of the source media file. When a container maps to
                several format names, the platform reports them as a comma-separated list.
            container_creation_time (datetime.datetime | Unset): The creation time recorded in the media container, in RFC
                3339 format ("YYYY-MM-DDTHH:mm:ssZ"), when present.
            video_streams (list[VideoStream] | Unset): The video streams contained in the media file.
            video_codec (str | Unset): The codec of the primary video stream.
            video_width (int | Unset): The pixel width of the primary video stream.
            video_height (int | Unset): The pixel height of the primary video stream.
            video_fps (float | Unset): The frame rate of the primary video stream, in frames per second.
            video_duration_seconds (float | Unset): The duration of the primary video stream, in seconds.
            video_bitrate_bps (int | Unset): The bit rate of the primary video stream, in bits per second.
            audio_streams (list[AudioStream] | Unset): The audio streams contained in the media file.
            audio_codec (str | Unset): The codec of the primary audio stream.
            audio_sample_rate (int | Unset): The sample rate of the primary audio stream, in hertz.
            audio_channels (int | Unset): The number of channels in the primary audio stream.
            audio_duration_seconds (float | Unset): The duration of the primary audio stream, in seconds.
            start_timecode (str | Unset): The starting SMPTE timecode of the media, when present.
            timecode_source (str | Unset): The source from which the starting timecode was derived.
            drop_frame (bool | Unset): Whether the timecode uses drop-frame numbering.
            image_width (int | Unset): The pixel width of the image.
            image_height (int | Unset): The pixel height of the image.
            image_format (str | Unset): The format of the image.
            image_orientation (int | Unset): The EXIF orientation value of the image.
            image_color_space (str | Unset): The color space of the image.
            image_bit_depth (int | Unset): The bit depth per channel of the image.
            is_hdr (bool | Unset): Whether the media is high dynamic range (HDR).
            has_audio (bool | Unset): Whether the media contains at least one audio stream.
            has_alpha (bool | Unset): Whether the image contains an alpha (transparency) channel.
            is_animated (bool | Unset): Whether the image is animated (for example, an animated GIF or WebP).
            total_video_streams (int | Unset): The total number of video streams in the media file.
            total_audio_streams (int | Unset): The total number of audio streams in the media file.
            storage_aspect_ratio (float | Unset): The storage aspect ratio of the video (pixel width divided by pixel
                height).
            geospatial_latitude (float | Unset): The GPS latitude embedded in the source media, in decimal degrees. Present
                only when the source media carries location metadata.
            geospatial_longitude (float | Unset): The GPS longitude embedded in the source media, in decimal degrees.
                Present only when the source media carries location metadata.
            geospatial_altitude_meters (float | Unset): The GPS altitude embedded in the source media, in meters. Present
                only when the source media carries location metadata.
    """

    file_size_bytes: int | Unset = UNSET
    file_mime_type: str | Unset = UNSET
    file_container_format: str | Unset = UNSET
    container_creation_time: datetime.datetime | Unset = UNSET
    video_streams: list[VideoStream] | Unset = UNSET
    video_codec: str | Unset = UNSET
    video_width: int | Unset = UNSET
    video_height: int | Unset = UNSET
    video_fps: float | Unset = UNSET
    video_duration_seconds: float | Unset = UNSET
    video_bitrate_bps: int | Unset = UNSET
    audio_streams: list[AudioStream] | Unset = UNSET
    audio_codec: str | Unset = UNSET
    audio_sample_rate: int | Unset = UNSET
    audio_channels: int | Unset = UNSET
    audio_duration_seconds: float | Unset = UNSET
    start_timecode: str | Unset = UNSET
    timecode_source: str | Unset = UNSET
    drop_frame: bool | Unset = UNSET
    image_width: int | Unset = UNSET
    image_height: int | Unset = UNSET
    image_format: str | Unset = UNSET
    image_orientation: int | Unset = UNSET
    image_color_space: str | Unset = UNSET
    image_bit_depth: int | Unset = UNSET
    is_hdr: bool | Unset = UNSET
    has_audio: bool | Unset = UNSET
    has_alpha: bool | Unset = UNSET
    is_animated: bool | Unset = UNSET
    total_video_streams: int | Unset = UNSET
    total_audio_streams: int | Unset = UNSET
    storage_aspect_ratio: float | Unset = UNSET
    geospatial_latitude: float | Unset = UNSET
    geospatial_longitude: float | Unset = UNSET
    geospatial_altitude_meters: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.file_size_bytes is not UNSET:
            field_dict["file_size_bytes"] = self.file_size_bytes

        if self.file_mime_type is not UNSET:
            field_dict["file_mime_type"] = self.file_mime_type

        if self.file_container_format is not UNSET:
            field_dict["file_container_format"] = self.file_container_format

        container_creation_time: str | Unset = UNSET
        if not isinstance(self.container_creation_time, Unset):
            container_creation_time = self.container_creation_time.isoformat()
        if container_creation_time is not UNSET:
            field_dict["container_creation_time"] = container_creation_time

        if not isinstance(self.video_streams, Unset):
            field_dict["video_streams"] = [
                item.to_dict() for item in self.video_streams
            ]

        if self.video_codec is not UNSET:
            field_dict["video_codec"] = self.video_codec

        if self.video_width is not UNSET:
            field_dict["video_width"] = self.video_width

        if self.video_height is not UNSET:
            field_dict["video_height"] = self.video_height

        if self.video_fps is not UNSET:
            field_dict["video_fps"] = self.video_fps

        if self.video_duration_seconds is not UNSET:
            field_dict["video_duration_seconds"] = self.video_duration_seconds

        if self.video_bitrate_bps is not UNSET:
            field_dict["video_bitrate_bps"] = self.video_bitrate_bps

        if not isinstance(self.audio_streams, Unset):
            field_dict["audio_streams"] = [
                item.to_dict() for item in self.audio_streams
            ]

        if self.audio_codec is not UNSET:
            field_dict["audio_codec"] = self.audio_codec

        if self.audio_sample_rate is not UNSET:
            field_dict["audio_sample_rate"] = self.audio_sample_rate

        if self.audio_channels is not UNSET:
            field_dict["audio_channels"] = self.audio_channels

        if self.audio_duration_seconds is not UNSET:
            field_dict["audio_duration_seconds"] = self.audio_duration_seconds

        if self.start_timecode is not UNSET:
            field_dict["start_timecode"] = self.start_timecode

        if self.timecode_source is not UNSET:
            field_dict["timecode_source"] = self.timecode_source

        if self.drop_frame is not UNSET:
            field_dict["drop_frame"] = self.drop_frame

        if self.image_width is not UNSET:
            field_dict["image_width"] = self.image_width

        if self.image_height is not UNSET:
            field_dict["image_height"] = self.image_height

        if self.image_format is not UNSET:
            field_dict["image_format"] = self.image_format

        if self.image_orientation is not UNSET:
            field_dict["image_orientation"] = self.image_orientation

        if self.image_color_space is not UNSET:
            field_dict["image_color_space"] = self.image_color_space

        if self.image_bit_depth is not UNSET:
            field_dict["image_bit_depth"] = self.image_bit_depth

        if self.is_hdr is not UNSET:
            field_dict["is_hdr"] = self.is_hdr

        if self.has_audio is not UNSET:
            field_dict["has_audio"] = self.has_audio

        if self.has_alpha is not UNSET:
            field_dict["has_alpha"] = self.has_alpha

        if self.is_animated is not UNSET:
            field_dict["is_animated"] = self.is_animated

        if self.total_video_streams is not UNSET:
            field_dict["total_video_streams"] = self.total_video_streams

        if self.total_audio_streams is not UNSET:
            field_dict["total_audio_streams"] = self.total_audio_streams

        if self.storage_aspect_ratio is not UNSET:
            field_dict["storage_aspect_ratio"] = self.storage_aspect_ratio

        if self.geospatial_latitude is not UNSET:
            field_dict["geospatial_latitude"] = self.geospatial_latitude

        if self.geospatial_longitude is not UNSET:
            field_dict["geospatial_longitude"] = self.geospatial_longitude

        if self.geospatial_altitude_meters is not UNSET:
            field_dict["geospatial_altitude_meters"] = self.geospatial_altitude_meters

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
        file_size_bytes = _get("file_size_bytes", UNSET)
        if not (
            type(file_size_bytes) is int
            or (type(file_size_bytes) is float and file_size_bytes.is_integer())
        ):
            if file_size_bytes is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.file_size_bytes: expected int, got "
                    + type(file_size_bytes).__name__
                )
            _missing += 1

        file_mime_type = _get("file_mime_type", UNSET)
        if not (isinstance(file_mime_type, str)):
            if file_mime_type is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.file_mime_type: expected str, got "
                    + type(file_mime_type).__name__
                )
            _missing += 1

        file_container_format = _get("file_container_format", UNSET)
        if not (isinstance(file_container_format, str)):
            if file_container_format is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.file_container_format: expected str, got "
                    + type(file_container_format).__name__
                )
            _missing += 1

        _container_creation_time = _get("container_creation_time", UNSET)
        if _container_creation_time is UNSET:
            _missing += 1
        _container_creation_time = _container_creation_time
        container_creation_time: datetime.datetime | Unset
        if isinstance(_container_creation_time, Unset):
            container_creation_time = UNSET
        else:
            container_creation_time = datetime.datetime.fromisoformat(
                _container_creation_time
            )

        _video_streams = _get("video_streams", UNSET)
        video_streams: list[VideoStream] | Unset
        if isinstance(_video_streams, list):
            video_streams = list(map(VideoStream.from_dict, _video_streams))
        elif isinstance(_video_streams, Unset):
            video_streams = UNSET
            _missing += 1
        else:
            raise TypeError(
                "TechnicalMetadata.video_streams: expected list[VideoStream], got "
                + type(_video_streams).__name__
            )

        video_codec = _get("video_codec", UNSET)
        if not (isinstance(video_codec, str)):
            if video_codec is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.video_codec: expected str, got "
                    + type(video_codec).__name__
                )
            _missing += 1

        video_width = _get("video_width", UNSET)
        if not (
            type(video_width) is int
            or (type(video_width) is float and video_width.is_integer())
        ):
            if video_width is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.video_width: expected int, got "
                    + type(video_width).__name__
                )
            _missing += 1

        video_height = _get("video_height", UNSET)
        if not (
            type(video_height) is int
            or (type(video_height) is float and video_height.is_integer())
        ):
            if video_height is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.video_height: expected int, got "
                    + type(video_height).__name__
                )
            _missing += 1

        video_fps = _get("video_fps", UNSET)
        if not (type(video_fps) is float or type(video_fps) is int):
            if video_fps is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.video_fps: expected float, got "
                    + type(video_fps).__name__
                )
            _missing += 1

        video_duration_seconds = _get("video_duration_seconds", UNSET)
        if not (
            type(video_duration_seconds) is float or type(video_duration_seconds) is int
        ):
            if video_duration_seconds is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.video_duration_seconds: expected float, got "
                    + type(video_duration_seconds).__name__
                )
            _missing += 1

        video_bitrate_bps = _get("video_bitrate_bps", UNSET)
        if not (
            type(video_bitrate_bps) is int
            or (type(video_bitrate_bps) is float and video_bitrate_bps.is_integer())
        ):
            if video_bitrate_bps is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.video_bitrate_bps: expected int, got "
                    + type(video_bitrate_bps).__name__
                )
            _missing += 1

        _audio_streams = _get("audio_streams", UNSET)
        audio_streams: list[AudioStream] | Unset
        if isinstance(_audio_streams, list):
            audio_streams = list(map(AudioStream.from_dict, _audio_streams))
        elif isinstance(_audio_streams, Unset):
            audio_streams = UNSET
            _missing += 1
        else:
            raise TypeError(
                "TechnicalMetadata.audio_streams: expected list[AudioStream], got "
                + type(_audio_streams).__name__
            )

        audio_codec = _get("audio_codec", UNSET)
        if not (isinstance(audio_codec, str)):
            if audio_codec is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.audio_codec: expected str, got "
                    + type(audio_codec).__name__
                )
            _missing += 1

        audio_sample_rate = _get("audio_sample_rate", UNSET)
        if not (
            type(audio_sample_rate) is int
            or (type(audio_sample_rate) is float and audio_sample_rate.is_integer())
        ):
            if audio_sample_rate is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.audio_sample_rate: expected int, got "
                    + type(audio_sample_rate).__name__
                )
            _missing += 1

        audio_channels = _get("audio_channels", UNSET)
        if not (
            type(audio_channels) is int
            or (type(audio_channels) is float and audio_channels.is_integer())
        ):
            if audio_channels is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.audio_channels: expected int, got "
                    + type(audio_channels).__name__
                )
            _missing += 1

        audio_duration_seconds = _get("audio_duration_seconds", UNSET)
        if not (
            type(audio_duration_seconds) is float or type(audio_duration_seconds) is int
        ):
            if audio_duration_seconds is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.audio_duration_seconds: expected float, got "
                    + type(audio_duration_seconds).__name__
                )
            _missing += 1

        start_timecode = _get("start_timecode", UNSET)
        if not (isinstance(start_timecode, str)):
            if start_timecode is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.start_timecode: expected str, got "
                    + type(start_timecode).__name__
                )
            _missing += 1

        timecode_source = _get("timecode_source", UNSET)
        if not (isinstance(timecode_source, str)):
            if timecode_source is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.timecode_source: expected str, got "
                    + type(timecode_source).__name__
                )
            _missing += 1

        drop_frame = _get("drop_frame", UNSET)
        if not (isinstance(drop_frame, bool)):
            if drop_frame is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.drop_frame: expected bool, got "
                    + type(drop_frame).__name__
                )
            _missing += 1

        image_width = _get("image_width", UNSET)
        if not (
            type(image_width) is int
            or (type(image_width) is float and image_width.is_integer())
        ):
            if image_width is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.image_width: expected int, got "
                    + type(image_width).__name__
                )
            _missing += 1

        image_height = _get("image_height", UNSET)
        if not (
            type(image_height) is int
            or (type(image_height) is float and image_height.is_integer())
        ):
            if image_height is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.image_height: expected int, got "
                    + type(image_height).__name__
                )
            _missing += 1

        image_format = _get("image_format", UNSET)
        if not (isinstance(image_format, str)):
            if image_format is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.image_format: expected str, got "
                    + type(image_format).__name__
                )
            _missing += 1

        image_orientation = _get("image_orientation", UNSET)
        if not (
            type(image_orientation) is int
            or (type(image_orientation) is float and image_orientation.is_integer())
        ):
            if image_orientation is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.image_orientation: expected int, got "
                    + type(image_orientation).__name__
                )
            _missing += 1

        image_color_space = _get("image_color_space", UNSET)
        if not (isinstance(image_color_space, str)):
            if image_color_space is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.image_color_space: expected str, got "
                    + type(image_color_space).__name__
                )
            _missing += 1

        image_bit_depth = _get("image_bit_depth", UNSET)
        if not (
            type(image_bit_depth) is int
            or (type(image_bit_depth) is float and image_bit_depth.is_integer())
        ):
            if image_bit_depth is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.image_bit_depth: expected int, got "
                    + type(image_bit_depth).__name__
                )
            _missing += 1

        is_hdr = _get("is_hdr", UNSET)
        if not (isinstance(is_hdr, bool)):
            if is_hdr is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.is_hdr: expected bool, got "
                    + type(is_hdr).__name__
                )
            _missing += 1

        has_audio = _get("has_audio", UNSET)
        if not (isinstance(has_audio, bool)):
            if has_audio is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.has_audio: expected bool, got "
                    + type(has_audio).__name__
                )
            _missing += 1

        has_alpha = _get("has_alpha", UNSET)
        if not (isinstance(has_alpha, bool)):
            if has_alpha is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.has_alpha: expected bool, got "
                    + type(has_alpha).__name__
                )
            _missing += 1

        is_animated = _get("is_animated", UNSET)
        if not (isinstance(is_animated, bool)):
            if is_animated is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.is_animated: expected bool, got "
                    + type(is_animated).__name__
                )
            _missing += 1

        total_video_streams = _get("total_video_streams", UNSET)
        if not (
            type(total_video_streams) is int
            or (type(total_video_streams) is float and total_video_streams.is_integer())
        ):
            if total_video_streams is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.total_video_streams: expected int, got "
                    + type(total_video_streams).__name__
                )
            _missing += 1

        total_audio_streams = _get("total_audio_streams", UNSET)
        if not (
            type(total_audio_streams) is int
            or (type(total_audio_streams) is float and total_audio_streams.is_integer())
        ):
            if total_audio_streams is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.total_audio_streams: expected int, got "
                    + type(total_audio_streams).__name__
                )
            _missing += 1

        storage_aspect_ratio = _get("storage_aspect_ratio", UNSET)
        if not (
            type(storage_aspect_ratio) is float or type(storage_aspect_ratio) is int
        ):
            if storage_aspect_ratio is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.storage_aspect_ratio: expected float, got "
                    + type(storage_aspect_ratio).__name__
                )
            _missing += 1

        geospatial_latitude = _get("geospatial_latitude", UNSET)
        if not (type(geospatial_latitude) is float or type(geospatial_latitude) is int):
            if geospatial_latitude is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.geospatial_latitude: expected float, got "
                    + type(geospatial_latitude).__name__
                )
            _missing += 1

        geospatial_longitude = _get("geospatial_longitude", UNSET)
        if not (
            type(geospatial_longitude) is float or type(geospatial_longitude) is int
        ):
            if geospatial_longitude is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.geospatial_longitude: expected float, got "
                    + type(geospatial_longitude).__name__
                )
            _missing += 1

        geospatial_altitude_meters = _get("geospatial_altitude_meters", UNSET)
        if not (
            type(geospatial_altitude_meters) is float
            or type(geospatial_altitude_meters) is int
        ):
            if geospatial_altitude_meters is not UNSET:
                raise TypeError(
                    "TechnicalMetadata.geospatial_altitude_meters: expected float, got "
                    + type(geospatial_altitude_meters).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.file_size_bytes = file_size_bytes
        _instance.file_mime_type = file_mime_type
        _instance.file_container_format = file_container_format
        _instance.container_creation_time = container_creation_time
        _instance.video_streams = video_streams
        _instance.video_codec = video_codec
        _instance.video_width = video_width
        _instance.video_height = video_height
        _instance.video_fps = video_fps
        _instance.video_duration_seconds = video_duration_seconds
        _instance.video_bitrate_bps = video_bitrate_bps
        _instance.audio_streams = audio_streams
        _instance.audio_codec = audio_codec
        _instance.audio_sample_rate = audio_sample_rate
        _instance.audio_channels = audio_channels
        _instance.audio_duration_seconds = audio_duration_seconds
        _instance.start_timecode = start_timecode
        _instance.timecode_source = timecode_source
        _instance.drop_frame = drop_frame
        _instance.image_width = image_width
        _instance.image_height = image_height
        _instance.image_format = image_format
        _instance.image_orientation = image_orientation
        _instance.image_color_space = image_color_space
        _instance.image_bit_depth = image_bit_depth
        _instance.is_hdr = is_hdr
        _instance.has_audio = has_audio
        _instance.has_alpha = has_alpha
        _instance.is_animated = is_animated
        _instance.total_video_streams = total_video_streams
        _instance.total_audio_streams = total_audio_streams
        _instance.storage_aspect_ratio = storage_aspect_ratio
        _instance.geospatial_latitude = geospatial_latitude
        _instance.geospatial_longitude = geospatial_longitude
        _instance.geospatial_altitude_meters = geospatial_altitude_meters
        _instance.additional_properties = (
            {}
            if len(src_dict) == 35 - _missing
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


from ..models.audio_stream import AudioStream
from ..models.video_stream import VideoStream
