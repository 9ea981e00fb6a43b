from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Highlight")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "start",
        "end",
        "start_sec",
        "end_sec",
        "highlight",
        "highlight_summary",
    ]
)


@_attrs_define
class Highlight:
    """
    Attributes:
        start (int | Unset):
        end (int | Unset):
        start_sec (float | Unset):
        end_sec (float | Unset):
        highlight (str | Unset):
        highlight_summary (str | Unset):
    """

    start: int | Unset = UNSET
    end: int | Unset = UNSET
    start_sec: float | Unset = UNSET
    end_sec: float | Unset = UNSET
    highlight: str | Unset = UNSET
    highlight_summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.start is not UNSET:
            field_dict["start"] = self.start

        if self.end is not UNSET:
            field_dict["end"] = self.end

        if self.start_sec is not UNSET:
            field_dict["start_sec"] = self.start_sec

        if self.end_sec is not UNSET:
            field_dict["end_sec"] = self.end_sec

        if self.highlight is not UNSET:
            field_dict["highlight"] = self.highlight

        if self.highlight_summary is not UNSET:
            field_dict["highlight_summary"] = self.highlight_summary

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
        if not (type(start) is int or (type(start) is float and start.is_integer())):
            if start is not UNSET:
                raise TypeError(
                    "Highlight.start: expected int, got " + type(start).__name__
                )
            _missing += 1

        end = _get("end", UNSET)
        if not (type(end) is int or (type(end) is float and end.is_integer())):
            if end is not UNSET:
                raise TypeError(
                    "Highlight.end: expected int, got " + type(end).__name__
                )
            _missing += 1

        start_sec = _get("start_sec", UNSET)
        if not (type(start_sec) is float or type(start_sec) is int):
            if start_sec is not UNSET:
                raise TypeError(
                    "Highlight.start_sec: expected float, got "
                    + type(start_sec).__name__
                )
            _missing += 1

        end_sec = _get("end_sec", UNSET)
        if not (type(end_sec) is float or type(end_sec) is int):
            if end_sec is not UNSET:
                raise TypeError(
                    "Highlight.end_sec: expected float, got " + type(end_sec).__name__
                )
            _missing += 1

        highlight = _get("highlight", UNSET)
        if not (isinstance(highlight, str)):
            if highlight is not UNSET:
                raise TypeError(
                    "Highlight.highlight: expected str, got " + type(highlight).__name__
                )
            _missing += 1

        highlight_summary = _get("highlight_summary", UNSET)
        if not (isinstance(highlight_summary, str)):
            if highlight_summary is not UNSET:
                raise TypeError(
                    "Highlight.highlight_summary: expected str, got "
                    + type(highlight_summary).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.start = start
        _instance.end = end
        _instance.start_sec = start_sec
        _instance.end_sec = end_sec
        _instance.highlight = highlight
        _instance.highlight_summary = highlight_summary
        _instance.additional_properties = (
            {}
            if len(src_dict) == 6 - _missing
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
