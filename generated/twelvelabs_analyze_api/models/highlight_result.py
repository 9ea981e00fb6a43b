from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summarize_highlight_result_summarize_type import (
    SummarizeHighlightResultSummarizeType,
    check_summarize_highlight_result_summarize_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="HighlightResult")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "summarize_type",
        "highlights",
        "id",
        "usage",
    ]
)


@_attrs_define
class HighlightResult:
    """
    Attributes:
        summarize_type (SummarizeHighlightResultSummarizeType):
        highlights (list[Highlight]):
        id (str | Unset):
        usage (TokenUsage | Unset): The number of tokens used in the generation.
    """

    summarize_type: SummarizeHighlightResultSummarizeType
    highlights: list[Highlight]
    id: str | Unset = UNSET
    usage: TokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["summarize_type"] = self.summarize_type

        field_dict["highlights"] = [item.to_dict() for item in self.highlights]

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if not isinstance(self.usage, Unset):
            field_dict["usage"] = self.usage.to_dict()

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
        summarize_type = check_summarize_highlight_result_summarize_type(
            src_dict["summarize_type"]
        )

        _highlights = src_dict["highlights"]
        highlights: list[Highlight]
        if isinstance(_highlights, list):
            highlights = list(map(Highlight.from_dict, _highlights))
        else:
            raise TypeError(
                "HighlightResult.highlights: expected list[Highlight], got "
                + type(_highlights).__name__
            )

        id = _get("id", UNSET)
        if not (isinstance(id, str)):
            if id is not UNSET:
                raise TypeError(
                    "HighlightResult.id: expected str, got " + type(id).__name__
                )
            _missing += 1

        _usage = _get("usage", UNSET)
        usage: TokenUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
            _missing += 1
        else:
            usage = TokenUsage.from_dict(_usage)

        _instance = cls.__new__(cls)
        _instance.summarize_type = summarize_type
        _instance.highlights = highlights
        _instance.id = id
        _instance.usage = usage
        _instance.additional_properties = (
            {}
            if len(src_dict) == 4 - _missing
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


from ..models.highlight import Highlight
from ..models.token_usage import TokenUsage
