from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.segment_field_format import SegmentFieldFormat, check_segment_field_format
from ..models.segment_field_type import SegmentFieldType, check_segment_field_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentField")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "type",
        "description",
        "format",
        "enum",
        "items",
    ]
)


@_attrs_define
class SegmentField:
    """A custom field to extract for each segment.

    **Timestamp fields** (Pegasus 1.5 only)

    Set `type` to `timestamp` and provide a `format` to control the format of the returned value on each segment. See
    the `format` property for supported values.

    Each segment includes automatic `start_time` and `end_time` keys (floats in seconds) that mark the segment boundary.
    These names, along with `metadata`, are reserved and cannot be used for `timestamp` fields.

        Attributes:
            name (str): The name of the field.
            type_ (SegmentFieldType): The data type of the field.

                When set to `timestamp`, the `format` property is required and controls the format of the returned value.
                Requires the `model_name` parameter set to `pegasus1.5`.
            description (str): Instructions that guide the model on what this field should contain and how to extract it
                from the video.
            format_ (SegmentFieldFormat | Unset): The output format for `timestamp` fields. Required when `type` is
                `timestamp`. Must be omitted for any other type.

                | `format` | Example output |
                |----------|----------------|
                | `seconds` | `10.5` (JSON number in seconds) |
                | `hh:mm:ss` | `"00:01:23"` (rounded to the nearest second; negative values are converted to `"00:00:00"`) |
                | `hh:mm:ss.fff` | `"00:01:23.500"` (millisecond precision) |

                *Validation errors*

                The platform returns `400 parameter_invalid` (with field path
                `response_format.segment_definitions.fields.format`) when:
                - `type` is `timestamp` and `format` is missing, empty, or not one of the supported values.
                - `type` is not `timestamp` and `format` is set.
            enum (list[str] | Unset): Allowed values for this field. Maximum 100 values. Not supported when `type` is
                `timestamp`.
            items (SegmentFieldItems | Unset): Required when `type` is `array`. Specifies the type of array elements. Not
                supported when `type` is `timestamp`.
    """

    name: str
    type_: SegmentFieldType
    description: str
    format_: SegmentFieldFormat | Unset = UNSET
    enum: list[str] | Unset = UNSET
    items: SegmentFieldItems | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name

        field_dict["type"] = self.type_

        field_dict["description"] = self.description

        if self.format_ is not UNSET:
            field_dict["format"] = self.format_

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
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``)."""
        try:
            _get = src_dict.get
        except AttributeError:
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            ) from None
        _missing = 0
        name = src_dict["name"]
        if not (isinstance(name, str)):
            raise TypeError(
                "SegmentField.name: expected str, got " + type(name).__name__
            )

        type_ = check_segment_field_type(src_dict["type"])

        description = src_dict["description"]
        if not (isinstance(description, str)):
            raise TypeError(
                "SegmentField.description: expected str, got "
                + type(description).__name__
            )

        _format_ = _get("format", UNSET)
        format_: SegmentFieldFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
            _missing += 1
        else:
            format_ = check_segment_field_format(_format_)

        _enum = _get("enum", UNSET)
        enum: list[str] | Unset
        if isinstance(_enum, list):
            if not all(map(str.__instancecheck__, _enum)):
                _bad = next(item for item in _enum if not (isinstance(item, str)))
                raise TypeError(
                    "SegmentField.enum: expected list[str], got a list holding "
                    + type(_bad).__name__
                )
            enum = _enum
        elif isinstance(_enum, Unset):
            enum = UNSET
            _missing += 1
        else:
            raise TypeError(
                "SegmentField.enum: expected list[str], got " + type(_enum).__name__
            )

        _items = _get("items", UNSET)
        items: SegmentFieldItems | Unset
        if isinstance(_items, Unset):
            items = UNSET
            _missing += 1
        else:
            items = SegmentFieldItems.from_dict(_items)

        _instance = cls.__new__(cls)
        _instance.name = name
        _instance.type_ = type_
        _instance.description = description
        _instance.format_ = format_
        _instance.enum = enum
        _instance.items = items
        return _instance


from ..models.segment_field_items import SegmentFieldItems
