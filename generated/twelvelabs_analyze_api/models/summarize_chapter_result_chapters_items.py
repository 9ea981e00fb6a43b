from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummarizeChapterResultChaptersItems")


@_attrs_define
class SummarizeChapterResultChaptersItems:
    """
    Attributes:
        chapter_number (int | Unset):
        start (int | Unset):
        end (int | Unset):
        start_sec (float | Unset):
        end_sec (float | Unset):
        chapter_title (str | Unset):
        chapter_summary (str | Unset):
    """

    chapter_number: int | Unset = UNSET
    start: int | Unset = UNSET
    end: int | Unset = UNSET
    start_sec: float | Unset = UNSET
    end_sec: float | Unset = UNSET
    chapter_title: str | Unset = UNSET
    chapter_summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chapter_number = self.chapter_number

        start = self.start

        end = self.end

        start_sec = self.start_sec

        end_sec = self.end_sec

        chapter_title = self.chapter_title

        chapter_summary = self.chapter_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chapter_number is not UNSET:
            field_dict["chapter_number"] = chapter_number
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if start_sec is not UNSET:
            field_dict["start_sec"] = start_sec
        if end_sec is not UNSET:
            field_dict["end_sec"] = end_sec
        if chapter_title is not UNSET:
            field_dict["chapter_title"] = chapter_title
        if chapter_summary is not UNSET:
            field_dict["chapter_summary"] = chapter_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chapter_number = d.pop("chapter_number", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        start_sec = d.pop("start_sec", UNSET)

        end_sec = d.pop("end_sec", UNSET)

        chapter_title = d.pop("chapter_title", UNSET)

        chapter_summary = d.pop("chapter_summary", UNSET)

        summarize_chapter_result_chapters_items = cls(
            chapter_number=chapter_number,
            start=start,
            end=end,
            start_sec=start_sec,
            end_sec=end_sec,
            chapter_title=chapter_title,
            chapter_summary=chapter_summary,
        )

        summarize_chapter_result_chapters_items.additional_properties = d
        return summarize_chapter_result_chapters_items

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
