from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.segment_field_items_type import (
    SegmentFieldItemsType,
    check_segment_field_items_type,
)

T = TypeVar("T", bound="SegmentFieldItems")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "type",
    ]
)


@_attrs_define
class SegmentFieldItems:
    """Required when `type` is `array`. Specifies the type of array elements. Not supported when `type` is `timestamp`.

    Attributes:
        type_ (SegmentFieldItemsType):
    """

    type_: SegmentFieldItemsType

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type_

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``)."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            )
        type_ = check_segment_field_items_type(src_dict["type"])

        _instance = cls.__new__(cls)
        _instance.type_ = type_
        return _instance
