from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummarizeHighlightResultHighlightsItems")


@_attrs_define
class SummarizeHighlightResultHighlightsItems:
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
        start = self.start

        end = self.end

        start_sec = self.start_sec

        end_sec = self.end_sec

        highlight = self.highlight

        highlight_summary = self.highlight_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if start_sec is not UNSET:
            field_dict["start_sec"] = start_sec
        if end_sec is not UNSET:
            field_dict["end_sec"] = end_sec
        if highlight is not UNSET:
            field_dict["highlight"] = highlight
        if highlight_summary is not UNSET:
            field_dict["highlight_summary"] = highlight_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        start_sec = d.pop("start_sec", UNSET)

        end_sec = d.pop("end_sec", UNSET)

        highlight = d.pop("highlight", UNSET)

        highlight_summary = d.pop("highlight_summary", UNSET)

        summarize_highlight_result_highlights_items = cls(
            start=start,
            end=end,
            start_sec=start_sec,
            end_sec=end_sec,
            highlight=highlight,
            highlight_summary=highlight_summary,
        )

        summarize_highlight_result_highlights_items.additional_properties = d
        return summarize_highlight_result_highlights_items

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
