from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summarize_summary_result_summarize_type import (
    SummarizeSummaryResultSummarizeType,
    check_summarize_summary_result_summarize_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_usage import TokenUsage


T = TypeVar("T", bound="SummarizeSummaryResult")


@_attrs_define
class SummarizeSummaryResult:
    """
    Attributes:
        summarize_type (SummarizeSummaryResultSummarizeType):
        id (str | Unset):
        summary (str | Unset):
        usage (TokenUsage | Unset):
    """

    summarize_type: SummarizeSummaryResultSummarizeType
    id: str | Unset = UNSET
    summary: str | Unset = UNSET
    usage: TokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summarize_type: str = self.summarize_type

        id = self.id

        summary = self.summary

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
        if summary is not UNSET:
            field_dict["summary"] = summary
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token_usage import TokenUsage  # noqa: PLC0415

        d = dict(src_dict)
        summarize_type = check_summarize_summary_result_summarize_type(
            d.pop("summarize_type")
        )

        id = d.pop("id", UNSET)

        summary = d.pop("summary", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: TokenUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = TokenUsage.from_dict(_usage)

        summarize_summary_result = cls(
            summarize_type=summarize_type,
            id=id,
            summary=summary,
            usage=usage,
        )

        summarize_summary_result.additional_properties = d
        return summarize_summary_result

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
