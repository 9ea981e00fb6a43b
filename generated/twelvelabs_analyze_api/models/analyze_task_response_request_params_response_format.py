from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analyze_task_response_request_params_response_format_segment_time_format import (
    AnalyzeTaskResponseRequestParamsResponseFormatSegmentTimeFormat,
)
from ..models.analyze_task_response_request_params_response_format_type import (
    AnalyzeTaskResponseRequestParamsResponseFormatType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeTaskResponseRequestParamsResponseFormat")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "type",
        "json_schema",
        "segment_definitions",
        "segment_time_format",
    ]
)


@_attrs_define
class AnalyzeTaskResponseRequestParamsResponseFormat:
    """The response format for this task. Present only when the request included a response format.

    Attributes:
        type_ (AnalyzeTaskResponseRequestParamsResponseFormatType | str | Unset):
        json_schema (AnalyzeTaskResponseRequestParamsResponseFormatJsonSchema | None | Unset): The JSON schema for this
            task. Present only when `type` is `json_schema`.

            - [List](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/list-async-analysis-tasks): Omitted.
            -
            [Retrieve](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/retrieve-analysis-task-status-results):
            Returns the full schema.
        segment_definitions (list[AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems] | Unset): The
            segment definitions for this task. Present only when `type` is `segment_definitions`.

            - [List](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/list-async-analysis-tasks): Returns only
            the first element.
            -
            [Retrieve](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/retrieve-analysis-task-status-results):
            Returns the full array.
        segment_time_format (AnalyzeTaskResponseRequestParamsResponseFormatSegmentTimeFormat | str | Unset): The output
            format of the segments' `start_time` and `end_time` keys.
    """

    type_: AnalyzeTaskResponseRequestParamsResponseFormatType | str | Unset = UNSET
    json_schema: (
        AnalyzeTaskResponseRequestParamsResponseFormatJsonSchema | None | Unset
    ) = UNSET
    segment_definitions: (
        list[AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems]
        | Unset
    ) = UNSET
    segment_time_format: (
        AnalyzeTaskResponseRequestParamsResponseFormatSegmentTimeFormat | str | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        json_schema: dict[str, Any] | None | Unset
        if isinstance(self.json_schema, Unset):
            json_schema = UNSET
        elif isinstance(
            self.json_schema, AnalyzeTaskResponseRequestParamsResponseFormatJsonSchema
        ):
            json_schema = self.json_schema.to_dict()
        else:
            json_schema = self.json_schema
        if json_schema is not UNSET:
            field_dict["json_schema"] = json_schema

        if not isinstance(self.segment_definitions, Unset):
            field_dict["segment_definitions"] = [
                item.to_dict() for item in self.segment_definitions
            ]

        if self.segment_time_format is not UNSET:
            field_dict["segment_time_format"] = self.segment_time_format

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
        type_ = _get("type", UNSET)
        if not (isinstance(type_, str)):
            if type_ is not UNSET:
                raise TypeError(
                    "AnalyzeTaskResponseRequestParamsResponseFormat.type: expected AnalyzeTaskResponseRequestParamsResponseFormatType | str, got "
                    + type(type_).__name__
                )
            _missing += 1

        _json_schema = _get("json_schema", UNSET)
        if _json_schema is UNSET:
            _missing += 1

        def _parse_json_schema(
            data: object,
        ) -> AnalyzeTaskResponseRequestParamsResponseFormatJsonSchema | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                json_schema_type_0 = (
                    AnalyzeTaskResponseRequestParamsResponseFormatJsonSchema.from_dict(
                        data
                    )
                )

                return json_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AnalyzeTaskResponseRequestParamsResponseFormatJsonSchema | None | Unset,
                data,
            )

        json_schema = _parse_json_schema(_json_schema)

        _segment_definitions = _get("segment_definitions", UNSET)
        segment_definitions: (
            list[AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems]
            | Unset
        )
        if isinstance(_segment_definitions, list):
            segment_definitions = list(
                map(
                    AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems.from_dict,
                    _segment_definitions,
                )
            )
        elif isinstance(_segment_definitions, Unset):
            segment_definitions = UNSET
            _missing += 1
        else:
            raise TypeError(
                "AnalyzeTaskResponseRequestParamsResponseFormat.segment_definitions: expected list[AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems], got "
                + type(_segment_definitions).__name__
            )

        segment_time_format = _get("segment_time_format", UNSET)
        if not (isinstance(segment_time_format, str)):
            if segment_time_format is not UNSET:
                raise TypeError(
                    "AnalyzeTaskResponseRequestParamsResponseFormat.segment_time_format: expected AnalyzeTaskResponseRequestParamsResponseFormatSegmentTimeFormat | str, got "
                    + type(segment_time_format).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.type_ = type_
        _instance.json_schema = json_schema
        _instance.segment_definitions = segment_definitions
        _instance.segment_time_format = segment_time_format
        _instance.additional_properties = (
            {}
            if len(src_dict) == 4 - _missing
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


from ..models.analyze_task_response_request_params_response_format_json_schema import (
    AnalyzeTaskResponseRequestParamsResponseFormatJsonSchema,
)
from ..models.analyze_task_response_request_params_response_format_segment_definitions_items import (
    AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItems,
)
