from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserMetadata")

_KNOWN_KEYS: frozenset[str] = frozenset([])


@_attrs_define
class UserMetadata:
    """Metadata that helps you categorize your assets. The object contains user-defined keys and values, where keys are
    strings and values are one of `string`, `integer`, `float`, or `boolean`.

    **Example**:
    ```JSON
    "user_metadata": {
      "category": "recentlyAdded",
      "batchNumber": 5,
      "rating": 9.3,
      "needsReview": true
    }
    ```

    <Note title="Note">
    To store other types of data, such as objects or arrays, convert your data into string values before sending it.
    </Note>

    """

    additional_properties: dict[str, bool | float | str] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop
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
        _instance = cls.__new__(cls)
        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            if prop_name not in _KNOWN_KEYS:

                def _parse_additional_property(data: object) -> bool | float | str:
                    return cast(bool | float | str, data)

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property
        _instance.additional_properties = additional_properties
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
