from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summarize_highlight_result_summarize_type import (
    SummarizeHighlightResultSummarizeType,
    check_summarize_highlight_result_summarize_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.summarize_highlight_result_highlights_items import (
        SummarizeHighlightResultHighlightsItems,
    )
    from ..models.token_usage import TokenUsage


T = TypeVar("T", bound="SummarizeHighlightResult")


@_attrs_define
class SummarizeHighlightResult:
    """
    Attributes:
        summarize_type (SummarizeHighlightResultSummarizeType):
        id (str | Unset):
        highlights (list[SummarizeHighlightResultHighlightsItems] | Unset):
        usage (TokenUsage | Unset):
    """

    summarize_type: SummarizeHighlightResultSummarizeType
    id: str | Unset = UNSET
    highlights: list[SummarizeHighlightResultHighlightsItems] | Unset = UNSET
    usage: TokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summarize_type: str = self.summarize_type

        id = self.id

        highlights: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.highlights, Unset):
            highlights = []
            for highlights_item_data in self.highlights:
                highlights_item = highlights_item_data.to_dict()
                highlights.append(highlights_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summarize_type": summarize_type,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if highlights is not UNSET:
            field_dict["highlights"] = highlights
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.summarize_highlight_result_highlights_items import (
            SummarizeHighlightResultHighlightsItems,  # noqa: PLC0415
        )
        from ..models.token_usage import TokenUsage  # noqa: PLC0415

        d = dict(src_dict)
        summarize_type = check_summarize_highlight_result_summarize_type(
            d.pop("summarize_type")
        )

        id = d.pop("id", UNSET)

        _highlights = d.pop("highlights", UNSET)
        highlights: list[SummarizeHighlightResultHighlightsItems] | Unset = UNSET
        if _highlights is not UNSET:
            highlights = []
            for highlights_item_data in _highlights:
                highlights_item = SummarizeHighlightResultHighlightsItems.from_dict(
                    highlights_item_data
                )

                highlights.append(highlights_item)

        _usage = d.pop("usage", UNSET)
        usage: TokenUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = TokenUsage.from_dict(_usage)

        summarize_highlight_result = cls(
            summarize_type=summarize_type,
            id=id,
            highlights=highlights,
            usage=usage,
        )

        summarize_highlight_result.additional_properties = d
        return summarize_highlight_result

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
