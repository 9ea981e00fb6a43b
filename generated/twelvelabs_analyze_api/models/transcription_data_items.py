from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionDataItems")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "start",
        "end",
        "value",
    ]
)


@_attrs_define
class TranscriptionDataItems:
    """
    Attributes:
        start (float | Unset): The start of the time range, expressed in seconds.
        end (float | Unset): The end of the time range, expressed in seconds.
        value (str | Unset): Text representing the spoken words within this time range.
    """

    start: float | Unset = UNSET
    end: float | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.start is not UNSET:
            field_dict["start"] = self.start

        if self.end is not UNSET:
            field_dict["end"] = self.end

        if self.value is not UNSET:
            field_dict["value"] = self.value

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
        start = _get("start", UNSET)
        if not (type(start) is float or type(start) is int):
            if start is not UNSET:
                raise TypeError(
                    "TranscriptionDataItems.start: expected float, got "
                    + type(start).__name__
                )
            _missing += 1

        end = _get("end", UNSET)
        if not (type(end) is float or type(end) is int):
            if end is not UNSET:
                raise TypeError(
                    "TranscriptionDataItems.end: expected float, got "
                    + type(end).__name__
                )
            _missing += 1

        value = _get("value", UNSET)
        if not (isinstance(value, str)):
            if value is not UNSET:
                raise TypeError(
                    "TranscriptionDataItems.value: expected str, got "
                    + type(value).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.start = start
        _instance.end = end
        _instance.value = value
        _instance.additional_properties = (
            {}
            if len(src_dict) == 3 - _missing
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
