from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoEmbeddingVideoEmbedding")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "segments",
    ]
)


@_attrs_define
class VideoEmbeddingVideoEmbedding:
    """An object that contains the embeddings.

    Attributes:
        segments (list[VideoSegment] | Unset): An array of objects that contains the embeddings for each individual
            segment.
    """

    segments: list[VideoSegment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.segments, Unset):
            field_dict["segments"] = [item.to_dict() for item in self.segments]

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
        _segments = _get("segments", UNSET)
        segments: list[VideoSegment] | Unset
        if isinstance(_segments, list):
            segments = list(map(VideoSegment.from_dict, _segments))
        elif isinstance(_segments, Unset):
            segments = UNSET
            _missing += 1
        else:
            raise TypeError(
                "VideoEmbeddingVideoEmbedding.segments: expected list[VideoSegment], got "
                + type(_segments).__name__
            )

        _instance = cls.__new__(cls)
        _instance.segments = segments
        _instance.additional_properties = (
            {}
            if len(src_dict) == 1 - _missing
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


from ..models.video_segment import VideoSegment
