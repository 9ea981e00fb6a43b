from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summarize_type import SummarizeType, check_summarize_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format import ResponseFormat


T = TypeVar("T", bound="SummarizeRequest")


@_attrs_define
class SummarizeRequest:
    """
    Attributes:
        video_id (str): The unique identifier of the video to analyze.
        type_ (SummarizeType): The kind of summary the summarize endpoint generates.
        prompt (str | Unset): Context for the summarization task, such as the target audience or style.
        temperature (float | Unset): Randomness of the text output; higher is more creative. Default: 0.2.
        response_format (ResponseFormat | Unset):
        max_tokens (int | Unset): The maximum number of tokens to generate.
    """

    video_id: str
    type_: SummarizeType
    prompt: str | Unset = UNSET
    temperature: float | Unset = 0.2
    response_format: ResponseFormat | Unset = UNSET
    max_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        type_: str = self.type_

        prompt = self.prompt

        temperature = self.temperature

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        max_tokens = self.max_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
                "type": type_,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_format import ResponseFormat  # noqa: PLC0415

        d = dict(src_dict)
        video_id = d.pop("video_id")

        type_ = check_summarize_type(d.pop("type"))

        prompt = d.pop("prompt", UNSET)

        temperature = d.pop("temperature", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: ResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = ResponseFormat.from_dict(_response_format)

        max_tokens = d.pop("max_tokens", UNSET)

        summarize_request = cls(
            video_id=video_id,
            type_=type_,
            prompt=prompt,
            temperature=temperature,
            response_format=response_format,
            max_tokens=max_tokens,
        )

        summarize_request.additional_properties = d
        return summarize_request

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
