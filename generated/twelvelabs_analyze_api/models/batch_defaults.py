from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchDefaults")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "prompt",
        "response_format",
        "temperature",
        "max_tokens",
        "min_segment_duration",
        "max_segment_duration",
        "start_time",
        "end_time",
    ]
)


@_attrs_define
class BatchDefaults:
    """Default values applied to every item that does not override them. Every field is optional. Items in the `requests`
    array override these values. To override the `prompt` or `response_format` field, provide the full object on the
    item. You cannot change only some of its nested fields.

        Attributes:
            prompt (BatchPrompt | Unset): A structured prompt with `<@name>` placeholders for referencing images. Not
                supported when `analysis_mode` is `time_based_metadata`.
            response_format (AsyncResponseFormat | Unset): Controls the response format. When you omit this parameter, you
                receive unstructured text. `json_schema`: structured JSON that conforms to your schema. `segment_definitions`:
                timestamped metadata with custom fields (video segmentation), with `analysis_mode` `time_based_metadata`.
            temperature (float | Unset): Controls the randomness of the text output.

                **Default:** 0.2 **Min:** 0 **Max:** 1
            max_tokens (int | Unset): The maximum number of tokens to generate per item. The allowed range depends on the
                model and analysis mode (see the
                [`POST`](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/create-async-analysis-task) method of the
                `/analyze/tasks` endpoint for the per-mode table).
            min_segment_duration (float | Unset): Minimum duration for each extracted segment, in seconds. Applies only when
                the `analysis_mode` field is `time_based_metadata`.

                **Min:** 2
            max_segment_duration (float | Unset): Maximum duration for each extracted segment, in seconds. Must be greater
                than or equal to the `min_segment_duration` field. Applies only when the `analysis_mode` field is
                `time_based_metadata`.

                **Min:** 2
            start_time (float | Unset): Start of the analysis window, in seconds, applied to every item. Use with `end_time`
                to analyze only the `[start_time, end_time)` portion of each video.

                <Note title="Notes">
                - If omitted, defaults to `0`.
                - Must be less than `end_time`.
                - Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
                </Note>
            end_time (float | Unset): End of the analysis window, in seconds, applied to every item. Use with `start_time`
                to analyze only the `[start_time, end_time)` portion of each video.

                <Note title="Notes">
                - If omitted, defaults to the video duration.
                - Must be greater than `start_time`.
                - Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
                </Note>
    """

    prompt: BatchPrompt | Unset = UNSET
    response_format: AsyncResponseFormat | Unset = UNSET
    temperature: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    min_segment_duration: float | Unset = UNSET
    max_segment_duration: float | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        if not isinstance(self.prompt, Unset):
            field_dict["prompt"] = self.prompt.to_dict()

        if not isinstance(self.response_format, Unset):
            field_dict["response_format"] = self.response_format.to_dict()

        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature

        if self.max_tokens is not UNSET:
            field_dict["max_tokens"] = self.max_tokens

        if self.min_segment_duration is not UNSET:
            field_dict["min_segment_duration"] = self.min_segment_duration

        if self.max_segment_duration is not UNSET:
            field_dict["max_segment_duration"] = self.max_segment_duration

        if self.start_time is not UNSET:
            field_dict["start_time"] = self.start_time

        if self.end_time is not UNSET:
            field_dict["end_time"] = self.end_time

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
        _prompt = _get("prompt", UNSET)
        prompt: BatchPrompt | Unset
        if isinstance(_prompt, Unset):
            prompt = UNSET
            _missing += 1
        else:
            prompt = BatchPrompt.from_dict(_prompt)

        _response_format = _get("response_format", UNSET)
        response_format: AsyncResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
            _missing += 1
        else:
            response_format = AsyncResponseFormat.from_dict(_response_format)

        temperature = _get("temperature", UNSET)
        if not (type(temperature) is float or type(temperature) is int):
            if temperature is not UNSET:
                raise TypeError(
                    "BatchDefaults.temperature: expected float, got "
                    + type(temperature).__name__
                )
            _missing += 1

        max_tokens = _get("max_tokens", UNSET)
        if not (
            type(max_tokens) is int
            or (type(max_tokens) is float and max_tokens.is_integer())
        ):
            if max_tokens is not UNSET:
                raise TypeError(
                    "BatchDefaults.max_tokens: expected int, got "
                    + type(max_tokens).__name__
                )
            _missing += 1

        min_segment_duration = _get("min_segment_duration", UNSET)
        if not (
            type(min_segment_duration) is float or type(min_segment_duration) is int
        ):
            if min_segment_duration is not UNSET:
                raise TypeError(
                    "BatchDefaults.min_segment_duration: expected float, got "
                    + type(min_segment_duration).__name__
                )
            _missing += 1

        max_segment_duration = _get("max_segment_duration", UNSET)
        if not (
            type(max_segment_duration) is float or type(max_segment_duration) is int
        ):
            if max_segment_duration is not UNSET:
                raise TypeError(
                    "BatchDefaults.max_segment_duration: expected float, got "
                    + type(max_segment_duration).__name__
                )
            _missing += 1

        start_time = _get("start_time", UNSET)
        if not (type(start_time) is float or type(start_time) is int):
            if start_time is not UNSET:
                raise TypeError(
                    "BatchDefaults.start_time: expected float, got "
                    + type(start_time).__name__
                )
            _missing += 1

        end_time = _get("end_time", UNSET)
        if not (type(end_time) is float or type(end_time) is int):
            if end_time is not UNSET:
                raise TypeError(
                    "BatchDefaults.end_time: expected float, got "
                    + type(end_time).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.prompt = prompt
        _instance.response_format = response_format
        _instance.temperature = temperature
        _instance.max_tokens = max_tokens
        _instance.min_segment_duration = min_segment_duration
        _instance.max_segment_duration = max_segment_duration
        _instance.start_time = start_time
        _instance.end_time = end_time
        return _instance


from ..models.async_response_format import AsyncResponseFormat
from ..models.batch_prompt import BatchPrompt
