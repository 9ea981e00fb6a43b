from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems"
)

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
class AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems:
    """
    Attributes:
        id (str):
        description (str):
        fields (list[AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItems] | Unset):
        media_sources (list[AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsMediaSourcesItems] |
            Unset):
        time_ranges (list[AnalyzeTimeRange] | Unset): The time ranges for this segment definition. Present only when the
            task was created with `time_ranges`.
    """

    id: str
    description: str
    fields: (
        list[
            AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItems
        ]
        | Unset
    ) = UNSET
    media_sources: (
        list[
            AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsMediaSourcesItems
        ]
        | Unset
    ) = UNSET
    time_ranges: list[AnalyzeTimeRange] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
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
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``). Unknown keys go to ``additional_properties``."""
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
                "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems.id: expected str, got "
                + type(id).__name__
            )

        description = src_dict["description"]
        if not (isinstance(description, str)):
            raise TypeError(
                "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems.description: expected str, got "
                + type(description).__name__
            )

        _fields = _get("fields", UNSET)
        fields: (
            list[
                AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItems
            ]
            | Unset
        )
        if isinstance(_fields, list):
            fields = list(
                map(
                    AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItems.from_dict,
                    _fields,
                )
            )
        elif isinstance(_fields, Unset):
            fields = UNSET
            _missing += 1
        else:
            raise TypeError(
                "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems.fields: expected list[AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItems], got "
                + type(_fields).__name__
            )

        _media_sources = _get("media_sources", UNSET)
        media_sources: (
            list[
                AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsMediaSourcesItems
            ]
            | Unset
        )
        if isinstance(_media_sources, list):
            media_sources = list(
                map(
                    AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsMediaSourcesItems.from_dict,
                    _media_sources,
                )
            )
        elif isinstance(_media_sources, Unset):
            media_sources = UNSET
            _missing += 1
        else:
            raise TypeError(
                "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems.media_sources: expected list[AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsMediaSourcesItems], got "
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
                "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems.time_ranges: expected list[AnalyzeTimeRange], got "
                + type(_time_ranges).__name__
            )

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.description = description
        _instance.fields = fields
        _instance.media_sources = media_sources
        _instance.time_ranges = time_ranges
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


from ..models.analyze_task_response_request_params_response_format_segment_definitions_items_fields_items import (
    AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItems,
)
from ..models.analyze_task_response_request_params_response_format_segment_definitions_items_media_sources_items import (
    AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsMediaSourcesItems,
)
from ..models.analyze_time_range import AnalyzeTimeRange
