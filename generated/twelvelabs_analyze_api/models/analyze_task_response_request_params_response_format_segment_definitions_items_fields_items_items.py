from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItems",
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "type",
        "fields",
    ]
)


@_attrs_define
class AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItems:
    """
    Attributes:
        type_ (str | Unset):
        fields (list[AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem] |
            Unset): The fields extracted from each event of a `time_array` field.
    """

    type_: str | Unset = UNSET
    fields: (
        list[
            AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if not isinstance(self.fields, Unset):
            field_dict["fields"] = [item.to_dict() for item in self.fields]

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
                    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItems.type: expected str, got "
                    + type(type_).__name__
                )
            _missing += 1

        _fields = _get("fields", UNSET)
        fields: (
            list[
                AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem
            ]
            | Unset
        )
        if isinstance(_fields, list):
            fields = list(
                map(
                    AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem.from_dict,
                    _fields,
                )
            )
        elif isinstance(_fields, Unset):
            fields = UNSET
            _missing += 1
        else:
            raise TypeError(
                "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItems.fields: expected list[AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem], got "
                + type(_fields).__name__
            )

        _instance = cls.__new__(cls)
        _instance.type_ = type_
        _instance.fields = fields
        _instance.additional_properties = (
            {}
            if len(src_dict) == 2 - _missing
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


from ..models.analyze_task_response_request_params_response_format_segment_definitions_items_fields_items_items_fields_item import (
    AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem,
)
