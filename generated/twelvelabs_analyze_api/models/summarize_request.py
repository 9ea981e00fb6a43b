from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.summarize_type import SummarizeType, check_summarize_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SummarizeRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "video_id",
        "type",
        "prompt",
        "temperature",
        "response_format",
        "max_tokens",
    ]
)


@_attrs_define
class SummarizeRequest:
    """
    Attributes:
        video_id (str): The unique identifier of the video to analyze.
        type_ (SummarizeType): The kind of summary the summarize endpoint generates.
        prompt (str | Unset): Context for the summarization task, such as the target audience or style (at most 2,000
            tokens).
        temperature (float | Unset): Randomness of the text output; higher is more creative. Default: 0.2.
        response_format (ResponseFormat | Unset):
        max_tokens (int | Unset): The maximum number of tokens to generate (1 to 4096).
    """

    video_id: str
    type_: SummarizeType
    prompt: str | Unset = UNSET
    temperature: float | Unset = 0.2
    response_format: ResponseFormat | Unset = UNSET
    max_tokens: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["video_id"] = self.video_id

        field_dict["type"] = self.type_

        if self.prompt is not UNSET:
            field_dict["prompt"] = self.prompt

        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature

        if not isinstance(self.response_format, Unset):
            field_dict["response_format"] = self.response_format.to_dict()

        if self.max_tokens is not UNSET:
            field_dict["max_tokens"] = self.max_tokens

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``)."""
        try:
            _get = src_dict.get
        except AttributeError:
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            ) from None
        _missing = 0
        video_id = src_dict["video_id"]
        if not (isinstance(video_id, str)):
            raise TypeError(
                "SummarizeRequest.video_id: expected str, got "
                + type(video_id).__name__
            )

        type_ = check_summarize_type(src_dict["type"])

        prompt = _get("prompt", UNSET)
        if not (isinstance(prompt, str)):
            if prompt is not UNSET:
                raise TypeError(
                    "SummarizeRequest.prompt: expected str, got "
                    + type(prompt).__name__
                )
            _missing += 1

        temperature = _get("temperature", UNSET)
        if not (type(temperature) is float or type(temperature) is int):
            if temperature is not UNSET:
                raise TypeError(
                    "SummarizeRequest.temperature: expected float, got "
                    + type(temperature).__name__
                )
            _missing += 1

        _response_format = _get("response_format", UNSET)
        response_format: ResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
            _missing += 1
        else:
            response_format = ResponseFormat.from_dict(_response_format)

        max_tokens = _get("max_tokens", UNSET)
        if not (
            type(max_tokens) is int
            or (type(max_tokens) is float and max_tokens.is_integer())
        ):
            if max_tokens is not UNSET:
                raise TypeError(
                    "SummarizeRequest.max_tokens: expected int, got "
                    + type(max_tokens).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.video_id = video_id
        _instance.type_ = type_
        _instance.prompt = prompt
        _instance.temperature = temperature
        _instance.response_format = response_format
        _instance.max_tokens = max_tokens
        return _instance


from ..models.response_format import ResponseFormat
