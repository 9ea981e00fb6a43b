from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentDefinition")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "description",
        "fields",
        "media_sources",
        "time_ranges",
    ]
)


@_attrs_define
class SegmentDefinition:
    """Defines a type of segment to extract from the video.

    Attributes:
        id (str): A unique identifier for this segment definition.
        description (str): Describe what this type of segment looks like in the video. The model uses this text to
            identify matching segments.
        fields (list[SegmentField] | Unset): Custom fields to extract for each segment instance.
        media_sources (list[SMEMediaSource] | Unset): Reference images that help the model identify segments. Maximum 4
            sources.
        time_ranges (list[AnalyzeTimeRange] | Unset): Time windows that limit segment extraction to specific parts of
            the video. Only supported for Pegasus 1.5 with `analysis_mode` set to `time_based_metadata`.

            <Note title="Notes">
            - Each range must satisfy `end_time > start_time` with a minimum duration of `2` seconds. Both values must fall
            within the video duration.
            - Ranges within a single definition must not overlap. Touching boundaries are allowed (Example: `[0, 5]` and
            `[5, 10]`).
            - Mutually exclusive with the top-level `start_time` / `end_time` fields.
            - Mutually exclusive with `min_segment_duration` and `max_segment_duration`.
            - These time ranges control which portions of the `start_time`–`end_time` window are analyzed; the billable
            duration is always the full `start_time`–`end_time` span.
            </Note>
    """

    id: str
    description: str
    fields: list[SegmentField] | Unset = UNSET
    media_sources: list[SMEMediaSource] | Unset = UNSET
    time_ranges: list[AnalyzeTimeRange] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id

        field_dict["description"] = self.description

        if not isinstance(self.fields, Unset):
            field_dict["fields"] = [item.to_dict() for item in self.fields]

        if not isinstance(self.media_sources, Unset):
            field_dict["media_sources"] = [
                item.to_dict() for item in self.media_sources
            ]

        if not isinstance(self.time_ranges, Unset):
            field_dict["time_ranges"] = [item.to_dict() for item in self.time_ranges]

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``)."""
        try:
            _get = src_dict.get
        except AttributeError:
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            ) from None
        _missing = 0
        id = src_dict["id"]
        if not (isinstance(id, str)):
            raise TypeError(
                "SegmentDefinition.id: expected str, got " + type(id).__name__
            )

        description = src_dict["description"]
        if not (isinstance(description, str)):
            raise TypeError(
                "SegmentDefinition.description: expected str, got "
                + type(description).__name__
            )

        _fields = _get("fields", UNSET)
        fields: list[SegmentField] | Unset
        if isinstance(_fields, list):
            fields = list(map(SegmentField.from_dict, _fields))
        elif isinstance(_fields, Unset):
            fields = UNSET
            _missing += 1
        else:
            raise TypeError(
                "SegmentDefinition.fields: expected list[SegmentField], got "
                + type(_fields).__name__
            )

        _media_sources = _get("media_sources", UNSET)
        media_sources: list[SMEMediaSource] | Unset
        if isinstance(_media_sources, list):
            media_sources = list(map(SMEMediaSource.from_dict, _media_sources))
        elif isinstance(_media_sources, Unset):
            media_sources = UNSET
            _missing += 1
        else:
            raise TypeError(
                "SegmentDefinition.media_sources: expected list[SMEMediaSource], got "
                + type(_media_sources).__name__
            )

        _time_ranges = _get("time_ranges", UNSET)
        time_ranges: list[AnalyzeTimeRange] | Unset
        if isinstance(_time_ranges, list):
            time_ranges = list(map(AnalyzeTimeRange.from_dict, _time_ranges))
        elif isinstance(_time_ranges, Unset):
            time_ranges = UNSET
            _missing += 1
        else:
            raise TypeError(
                "SegmentDefinition.time_ranges: expected list[AnalyzeTimeRange], got "
                + type(_time_ranges).__name__
            )

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.description = description
        _instance.fields = fields
        _instance.media_sources = media_sources
        _instance.time_ranges = time_ranges
        return _instance


from ..models.analyze_time_range import AnalyzeTimeRange
from ..models.segment_field import SegmentField
from ..models.sme_media_source import SMEMediaSource
