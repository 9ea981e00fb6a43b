from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnalyzeTimeRange")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "start_time",
        "end_time",
    ]
)


@_attrs_define
class AnalyzeTimeRange:
    """A time window within the video, expressed in seconds.

    Attributes:
        start_time (float): The start of the window, as an absolute timestamp in seconds, based on the video's internal
            metadata. Must be less than `end_time` and within the video duration.

            Most videos start at 0, but some (for example, from cameras or broadcast recordings) may have a non-zero start
            time. To find the value, run `ffprobe -v error -show_entries format=start_time,duration -of
            default=noprint_wrappers=1 your_video.mp4`.
        end_time (float): The end of the window, as an absolute timestamp in seconds, based on the video's internal
            metadata. Must be greater than `start_time` by at least `2` seconds and within the video duration.

            Most videos start at 0, but some (for example, from cameras or broadcast recordings) may have a non-zero start
            time. To find the value, run `ffprobe -v error -show_entries format=start_time,duration -of
            default=noprint_wrappers=1 your_video.mp4`.
    """

    start_time: float
    end_time: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["start_time"] = self.start_time

        field_dict["end_time"] = self.end_time

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``). Unknown keys go to ``additional_properties``."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            )
        start_time = src_dict["start_time"]
        if not (type(start_time) is float or type(start_time) is int):
            raise TypeError(
                "AnalyzeTimeRange.start_time: expected float, got "
                + type(start_time).__name__
            )

        end_time = src_dict["end_time"]
        if not (type(end_time) is float or type(end_time) is int):
            raise TypeError(
                "AnalyzeTimeRange.end_time: expected float, got "
                + type(end_time).__name__
            )

        _instance = cls.__new__(cls)
        _instance.start_time = start_time
        _instance.end_time = end_time
        _instance.additional_properties = (
            {}
            if len(src_dict) == 2
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
