from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format_type import ResponseFormatType, check_response_format_type

T = TypeVar("T", bound="ResponseFormat")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "type",
        "json_schema",
    ]
)


@_attrs_define
class ResponseFormat:
    """
    Attributes:
        type_ (ResponseFormatType):
        json_schema (ResponseFormatJsonSchema):
    """

    type_: ResponseFormatType
    json_schema: ResponseFormatJsonSchema
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_

        field_dict["json_schema"] = self.json_schema.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            )
        type_ = check_response_format_type(src_dict["type"])

        json_schema = ResponseFormatJsonSchema.from_dict(src_dict["json_schema"])

        response_format = cls.__new__(cls)
        response_format.type_ = type_
        response_format.json_schema = json_schema
        response_format.additional_properties = (
            {}
            if len(src_dict) == 2
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        return response_format

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


from ..models.response_format_json_schema import ResponseFormatJsonSchema
