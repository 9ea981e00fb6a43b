from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem",
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "type",
        "description",
        "enum",
        "items",
    ]
)


@_attrs_define
class AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem:
    """
    Attributes:
        name (str | Unset):
        type_ (str | Unset):
        description (str | Unset):
        enum (list[str] | Unset):
        items (AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItemItems |
            Unset):
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    enum: list[str] | Unset = UNSET
    items: (
        AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItemItems
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if not isinstance(self.enum, Unset):
            field_dict["enum"] = list(self.enum)

        if not isinstance(self.items, Unset):
            field_dict["items"] = self.items.to_dict()

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
        name = _get("name", UNSET)
        if not (isinstance(name, str)):
            if name is not UNSET:
                raise TypeError(
                    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem.name: expected str, got "
                    + type(name).__name__
                )
            _missing += 1

        type_ = _get("type", UNSET)
        if not (isinstance(type_, str)):
            if type_ is not UNSET:
                raise TypeError(
                    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem.type: expected str, got "
                    + type(type_).__name__
                )
            _missing += 1

        description = _get("description", UNSET)
        if not (isinstance(description, str)):
            if description is not UNSET:
                raise TypeError(
                    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem.description: expected str, got "
                    + type(description).__name__
                )
            _missing += 1

        _enum = _get("enum", UNSET)
        enum: list[str] | Unset
        if isinstance(_enum, list):
            if not all(map(str.__instancecheck__, _enum)):
                _bad = next(item for item in _enum if not (isinstance(item, str)))
                raise TypeError(
                    "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem.enum: expected list[str], got a list holding "
                    + type(_bad).__name__
                )
            enum = _enum
        elif isinstance(_enum, Unset):
            enum = UNSET
            _missing += 1
        else:
            raise TypeError(
                "AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItem.enum: expected list[str], got "
                + type(_enum).__name__
            )

        _items = _get("items", UNSET)
        items: (
            AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItemItems
            | Unset
        )
        if isinstance(_items, Unset):
            items = UNSET
            _missing += 1
        else:
            items = AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItemItems.from_dict(
                _items
            )

        _instance = cls.__new__(cls)
        _instance.name = name
        _instance.type_ = type_
        _instance.description = description
        _instance.enum = enum
        _instance.items = items
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


from ..models.analyze_task_response_request_params_response_format_segment_definitions_items_fields_items_items_fields_item_items import (
    AnalyzeTaskResponseRequestParamsResponseFormatSegmentDefinitionsItemsFieldsItemsItemsFieldsItemItems,
)
