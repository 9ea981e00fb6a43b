from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_mode import AnalysisMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeTaskResponseRequestParams")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "analysis_mode",
        "prompt",
        "prompt_v2",
        "response_format",
        "temperature",
        "max_tokens",
        "min_segment_duration",
        "max_segment_duration",
        "start_time",
        "end_time",
        "image",
    ]
)


@_attrs_define
class AnalyzeTaskResponseRequestParams:
    """The request parameters for this task.

    Attributes:
        analysis_mode (AnalysisMode | str | Unset):
        prompt (None | str | Unset): The natural-language prompt for this task. Present only when `analysis_mode` is
            `general` and the task was created with `prompt` (not `prompt_v2`).

            - [List](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/list-async-analysis-tasks): Truncated to
            the first 30 characters.
            -
            [Retrieve](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/retrieve-analysis-task-status-results):
            Returns the full text.
        prompt_v2 (AnalyzeTaskResponseRequestParamsPromptV2 | None | Unset): The structured prompt for this task.
            Present only when `analysis_mode` is `general` and the task was created with `prompt_v2`. When present, the
            response excludes the flat `prompt` field.

            - [List](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/list-async-analysis-tasks): `input_text`
            is truncated to the first 30 characters.
            -
            [Retrieve](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/retrieve-analysis-task-status-results):
            Returns the full text.
        response_format (AnalyzeTaskResponseRequestParamsResponseFormat | None | Unset): The response format for this
            task. Present only when the request included a response format.
        temperature (float | None | Unset): The temperature value for this analysis.
        max_tokens (int | None | str | Unset): The maximum response length you set, in tokens, or the string
            `unlimited`.
        min_segment_duration (float | None | Unset): The minimum segment duration you set, in seconds. Present when
            `analysis_mode` is `time_based_metadata`.
        max_segment_duration (float | None | Unset): The maximum segment duration you set, in seconds. Present when
            `analysis_mode` is `time_based_metadata`.
        start_time (float | None | Unset): The start of the analysis window, in seconds. Present only when the task was
            created with `start_time`.
        end_time (float | None | Unset): The end of the analysis window, in seconds. Present only when the task was
            created with `end_time`.
        image (list[AnalyzeTaskResponseRequestParamsImageItem] | Unset): The images you provided; present only for a
            task created with `image`.
    """

    analysis_mode: AnalysisMode | str | Unset = UNSET
    prompt: None | str | Unset = UNSET
    prompt_v2: AnalyzeTaskResponseRequestParamsPromptV2 | None | Unset = UNSET
    response_format: AnalyzeTaskResponseRequestParamsResponseFormat | None | Unset = (
        UNSET
    )
    temperature: float | None | Unset = UNSET
    max_tokens: int | None | str | Unset = UNSET
    min_segment_duration: float | None | Unset = UNSET
    max_segment_duration: float | None | Unset = UNSET
    start_time: float | None | Unset = UNSET
    end_time: float | None | Unset = UNSET
    image: list[AnalyzeTaskResponseRequestParamsImageItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.analysis_mode is not UNSET:
            field_dict["analysis_mode"] = self.analysis_mode

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        prompt_v2: dict[str, Any] | None | Unset
        if isinstance(self.prompt_v2, Unset):
            prompt_v2 = UNSET
        elif isinstance(self.prompt_v2, AnalyzeTaskResponseRequestParamsPromptV2):
            prompt_v2 = self.prompt_v2.to_dict()
        else:
            prompt_v2 = self.prompt_v2
        if prompt_v2 is not UNSET:
            field_dict["prompt_v2"] = prompt_v2

        response_format: dict[str, Any] | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(
            self.response_format, AnalyzeTaskResponseRequestParamsResponseFormat
        ):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature
        if temperature is not UNSET:
            field_dict["temperature"] = temperature

        max_tokens: int | None | str | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens

        min_segment_duration: float | None | Unset
        if isinstance(self.min_segment_duration, Unset):
            min_segment_duration = UNSET
        else:
            min_segment_duration = self.min_segment_duration
        if min_segment_duration is not UNSET:
            field_dict["min_segment_duration"] = min_segment_duration

        max_segment_duration: float | None | Unset
        if isinstance(self.max_segment_duration, Unset):
            max_segment_duration = UNSET
        else:
            max_segment_duration = self.max_segment_duration
        if max_segment_duration is not UNSET:
            field_dict["max_segment_duration"] = max_segment_duration

        start_time: float | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        end_time: float | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        if not isinstance(self.image, Unset):
            field_dict["image"] = [item.to_dict() for item in self.image]

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
        analysis_mode = _get("analysis_mode", UNSET)
        if not (isinstance(analysis_mode, str)):
            if analysis_mode is not UNSET:
                raise TypeError(
                    "AnalyzeTaskResponseRequestParams.analysis_mode: expected AnalysisMode | str, got "
                    + type(analysis_mode).__name__
                )
            _missing += 1

        _prompt = _get("prompt", UNSET)
        if _prompt is UNSET:
            _missing += 1

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(_prompt)

        _prompt_v2 = _get("prompt_v2", UNSET)
        if _prompt_v2 is UNSET:
            _missing += 1

        def _parse_prompt_v2(
            data: object,
        ) -> AnalyzeTaskResponseRequestParamsPromptV2 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_v2_type_0 = AnalyzeTaskResponseRequestParamsPromptV2.from_dict(
                    data
                )

                return prompt_v2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyzeTaskResponseRequestParamsPromptV2 | None | Unset, data)

        prompt_v2 = _parse_prompt_v2(_prompt_v2)

        _response_format = _get("response_format", UNSET)
        if _response_format is UNSET:
            _missing += 1

        def _parse_response_format(
            data: object,
        ) -> AnalyzeTaskResponseRequestParamsResponseFormat | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_0 = (
                    AnalyzeTaskResponseRequestParamsResponseFormat.from_dict(data)
                )

                return response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AnalyzeTaskResponseRequestParamsResponseFormat | None | Unset, data
            )

        response_format = _parse_response_format(_response_format)

        _temperature = _get("temperature", UNSET)
        if _temperature is UNSET:
            _missing += 1

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(_temperature)

        _max_tokens = _get("max_tokens", UNSET)
        if _max_tokens is UNSET:
            _missing += 1

        def _parse_max_tokens(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        max_tokens = _parse_max_tokens(_max_tokens)

        _min_segment_duration = _get("min_segment_duration", UNSET)
        if _min_segment_duration is UNSET:
            _missing += 1

        def _parse_min_segment_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_segment_duration = _parse_min_segment_duration(_min_segment_duration)

        _max_segment_duration = _get("max_segment_duration", UNSET)
        if _max_segment_duration is UNSET:
            _missing += 1

        def _parse_max_segment_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_segment_duration = _parse_max_segment_duration(_max_segment_duration)

        _start_time = _get("start_time", UNSET)
        if _start_time is UNSET:
            _missing += 1

        def _parse_start_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_time = _parse_start_time(_start_time)

        _end_time = _get("end_time", UNSET)
        if _end_time is UNSET:
            _missing += 1

        def _parse_end_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_time = _parse_end_time(_end_time)

        _image = _get("image", UNSET)
        image: list[AnalyzeTaskResponseRequestParamsImageItem] | Unset
        if isinstance(_image, list):
            image = list(
                map(AnalyzeTaskResponseRequestParamsImageItem.from_dict, _image)
            )
        elif isinstance(_image, Unset):
            image = UNSET
            _missing += 1
        else:
            raise TypeError(
                "AnalyzeTaskResponseRequestParams.image: expected list[AnalyzeTaskResponseRequestParamsImageItem], got "
                + type(_image).__name__
            )

        _instance = cls.__new__(cls)
        _instance.analysis_mode = analysis_mode
        _instance.prompt = prompt
        _instance.prompt_v2 = prompt_v2
        _instance.response_format = response_format
        _instance.temperature = temperature
        _instance.max_tokens = max_tokens
        _instance.min_segment_duration = min_segment_duration
        _instance.max_segment_duration = max_segment_duration
        _instance.start_time = start_time
        _instance.end_time = end_time
        _instance.image = image
        _instance.additional_properties = (
            {}
            if len(src_dict) == 11 - _missing
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


from ..models.analyze_task_response_request_params_image_item import (
    AnalyzeTaskResponseRequestParamsImageItem,
)
from ..models.analyze_task_response_request_params_prompt_v2 import (
    AnalyzeTaskResponseRequestParamsPromptV2,
)
from ..models.analyze_task_response_request_params_response_format import (
    AnalyzeTaskResponseRequestParamsResponseFormat,
)
