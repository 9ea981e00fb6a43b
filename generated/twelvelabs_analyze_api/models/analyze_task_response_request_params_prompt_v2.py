from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeTaskResponseRequestParamsPromptV2")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "input_text",
        "media_sources",
    ]
)


@_attrs_define
class AnalyzeTaskResponseRequestParamsPromptV2:
    """The structured prompt for this task. Present only when `analysis_mode` is `general` and the task was created with
    `prompt_v2`. When present, the response excludes the flat `prompt` field.

    - [List](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/list-async-analysis-tasks): `input_text` is
    truncated to the first 30 characters.
    - [Retrieve](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/retrieve-analysis-task-status-results):
    Returns the full text.

        Attributes:
            input_text (str | Unset): The prompt text. May contain `<@name>` placeholders that reference entries in
                `media_sources`.
            media_sources (list[AnalyzeTaskResponseRequestParamsPromptV2MediaSourcesItems] | Unset): Reference images linked
                to `<@name>` placeholders in the prompt.
    """

    input_text: str | Unset = UNSET
    media_sources: (
        list[AnalyzeTaskResponseRequestParamsPromptV2MediaSourcesItems] | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.input_text is not UNSET:
            field_dict["input_text"] = self.input_text

        if not isinstance(self.media_sources, Unset):
            field_dict["media_sources"] = [
                item.to_dict() for item in self.media_sources
            ]

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
        input_text = _get("input_text", UNSET)
        if not (isinstance(input_text, str)):
            if input_text is not UNSET:
                raise TypeError(
                    "AnalyzeTaskResponseRequestParamsPromptV2.input_text: expected str, got "
                    + type(input_text).__name__
                )
            _missing += 1

        _media_sources = _get("media_sources", UNSET)
        media_sources: (
            list[AnalyzeTaskResponseRequestParamsPromptV2MediaSourcesItems] | Unset
        )
        if isinstance(_media_sources, list):
            media_sources = list(
                map(
                    AnalyzeTaskResponseRequestParamsPromptV2MediaSourcesItems.from_dict,
                    _media_sources,
                )
            )
        elif isinstance(_media_sources, Unset):
            media_sources = UNSET
            _missing += 1
        else:
            raise TypeError(
                "AnalyzeTaskResponseRequestParamsPromptV2.media_sources: expected list[AnalyzeTaskResponseRequestParamsPromptV2MediaSourcesItems], got "
                + type(_media_sources).__name__
            )

        _instance = cls.__new__(cls)
        _instance.input_text = input_text
        _instance.media_sources = media_sources
        _instance.additional_properties = (
            {}
            if len(src_dict) == 2 - _missing
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


from ..models.analyze_task_response_request_params_prompt_v2_media_sources_items import (
    AnalyzeTaskResponseRequestParamsPromptV2MediaSourcesItems,
)
