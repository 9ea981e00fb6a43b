from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.create_async_analyze_request_analysis_mode import (
    CreateAsyncAnalyzeRequestAnalysisMode,
    check_create_async_analyze_request_analysis_mode,
)
from ..models.model_name import ModelName, check_model_name
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAsyncAnalyzeRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "model_name",
        "custom_id",
        "video",
        "prompt",
        "prompt_v2",
        "analysis_mode",
        "temperature",
        "max_tokens",
        "response_format",
        "min_segment_duration",
        "max_segment_duration",
        "start_time",
        "end_time",
        "image",
    ]
)


@_attrs_define
class CreateAsyncAnalyzeRequest:
    """Defines the asynchronous analysis request.

    Attributes:
        model_name (ModelName | Unset): The video understanding model: `pegasus1.6`, `pegasus1.5` (the default) or
            `pegasus1.2` (the published spec's older model, for `video_id`).
        custom_id (str | Unset): An optional identifier that you set when you create the task. Use this field to
            correlate tasks across responses, for example, to distinguish tasks by type or environment.

            The platform stores this value unchanged and returns it in the following responses:
            - The
            [`GET`](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/retrieve-analysis-task-status-results)
            method of the `/analyze/tasks/{task_id}` endpoint
            - The [`GET`](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/list-async-analysis-tasks) method of
            the `/analyze/tasks` endpoint
            - The `analyze.task.ready` and `analyze.task.failed` webhook payloads

            **Format**: 1–64 characters. Alphanumeric, hyphens (`-`), and underscores (`_`) only. An empty string is
            rejected with a `400 Bad Request`.

            This field does not enforce uniqueness. You can submit multiple tasks with the same `custom_id`. To prevent
            duplicate task creation, use an `Idempotency-Key` header instead.
        video (Unset | VideoContextAssetId | VideoContextBase64String | VideoContextUrl): An object specifying the
            source of the video content. Include exactly one source.
        prompt (str | Unset): Natural-language instructions for analyzing the video. Required for general analysis
            (prompt-based text generation). Not supported when `analysis_mode` is `time_based_metadata`. To include
            reference images in your prompt, use the `prompt_v2` parameter instead (Pegasus 1.5 only). Mutually exclusive
            with the `prompt_v2` parameter.

            Your prompts can be instructive or descriptive, or you can phrase them as questions. Pegasus 1.2 limits prompts
            to 2,000 tokens. For Pegasus 1.5, this text counts toward the [context
            window](https://docs.twelvelabs.io/v1.3/docs/concepts/models/pegasus#context-window).

            **Examples**:

            - Based on this video, I want to generate five keywords for SEO (Search Engine Optimization).
            - I want to generate a description for my video with the following format: Title of the video, followed by a
            summary in 2-3 sentences, highlighting the main topic, key events, and concluding remarks.
        prompt_v2 (AnalyzePromptV2 | Unset): A structured prompt with `<@name>` placeholders for referencing images. Not
            with `model_name` `pegasus1.2`, nor when `analysis_mode` is `time_based_metadata`. Mutually exclusive with the
            `prompt` and `image` parameters.
        analysis_mode (CreateAsyncAnalyzeRequestAnalysisMode | Unset): The analysis approach for this task.
            - `general`: Analyze the video and generate a response based on your prompt. Supports both free-form text and
            structured output via `response_format`.
            - `time_based_metadata`: Segment the video into time-based intervals and extract custom metadata for each
            segment. Requires `model_name` set to `pegasus1.5` and `response_format.type` set to `segment_definitions`.

            **Default:** `general`
        temperature (float | Unset): Controls the randomness of the text output.

            **Default:** 0.2 **Min:** 0 **Max:** 1
        max_tokens (int | Unset): The maximum response length, in tokens: with analysis_mode `general` 512 to 98,304
            (default 4,096), with `time_based_metadata` 2,048 to 98,304 (default 32,768); 2 to 4,096 with pegasus1.2. With
            video segmentation the task fails if the output exceeds the limit.
        response_format (AsyncResponseFormat | Unset): Controls the response format. When you omit this parameter, you
            receive unstructured text. `json_schema`: structured JSON that conforms to your schema. `segment_definitions`:
            timestamped metadata with custom fields (video segmentation), with `analysis_mode` `time_based_metadata`.
        min_segment_duration (float | Unset): A bound on the duration of each extracted segment, in seconds (at least 2;
            the maximum must be greater than or equal to the minimum). Requires `analysis_mode` set to
            `time_based_metadata`. Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
        max_segment_duration (float | Unset): A bound on the duration of each extracted segment, in seconds (at least 2;
            the maximum must be greater than or equal to the minimum). Requires `analysis_mode` set to
            `time_based_metadata`. Mutually exclusive with `response_format.segment_definitions[].time_ranges`.
        start_time (float | Unset): Start of the analysis window, as an absolute timestamp in seconds, based on the
            internal metadata of the video. Use with `end_time` to analyze only a portion of the video. If omitted, the
            video's internal start time (most videos start at 0). Must be less than `end_time` and the video duration; the
            window must be at least 1 second. Not with `model_name` `pegasus1.2`.
        end_time (float | Unset): End of the analysis window, as an absolute timestamp in seconds, based on the internal
            metadata of the video. Use with `start_time` to analyze only a portion of the video. If omitted, the video's
            internal start time plus its duration. Must be greater than `start_time` and at most the video duration. Not
            with `model_name` `pegasus1.2`.
        image (list[AnalyzeImageInput] | Unset): One to twenty images to analyze instead of a video; each names exactly
            one source. Requires `model_name` set to `pegasus1.6` and a `prompt`. Mutually exclusive with `video` and
            `prompt_v2`.
    """

    model_name: ModelName | Unset = UNSET
    custom_id: str | Unset = UNSET
    video: Unset | VideoContextAssetId | VideoContextBase64String | VideoContextUrl = (
        UNSET
    )
    prompt: str | Unset = UNSET
    prompt_v2: AnalyzePromptV2 | Unset = UNSET
    analysis_mode: CreateAsyncAnalyzeRequestAnalysisMode | Unset = UNSET
    temperature: float | Unset = UNSET
    max_tokens: int | Unset = UNSET
    response_format: AsyncResponseFormat | Unset = UNSET
    min_segment_duration: float | Unset = UNSET
    max_segment_duration: float | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET
    image: list[AnalyzeImageInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        if self.model_name is not UNSET:
            field_dict["model_name"] = self.model_name

        if self.custom_id is not UNSET:
            field_dict["custom_id"] = self.custom_id

        video: dict[str, Any] | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, VideoContextUrl):
            video = self.video.to_dict()
        elif isinstance(self.video, VideoContextAssetId):
            video = self.video.to_dict()
        else:
            video = self.video.to_dict()

        if video is not UNSET:
            field_dict["video"] = video

        if self.prompt is not UNSET:
            field_dict["prompt"] = self.prompt

        if not isinstance(self.prompt_v2, Unset):
            field_dict["prompt_v2"] = self.prompt_v2.to_dict()

        if self.analysis_mode is not UNSET:
            field_dict["analysis_mode"] = self.analysis_mode

        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature

        if self.max_tokens is not UNSET:
            field_dict["max_tokens"] = self.max_tokens

        if not isinstance(self.response_format, Unset):
            field_dict["response_format"] = self.response_format.to_dict()

        if self.min_segment_duration is not UNSET:
            field_dict["min_segment_duration"] = self.min_segment_duration

        if self.max_segment_duration is not UNSET:
            field_dict["max_segment_duration"] = self.max_segment_duration

        if self.start_time is not UNSET:
            field_dict["start_time"] = self.start_time

        if self.end_time is not UNSET:
            field_dict["end_time"] = self.end_time

        if not isinstance(self.image, Unset):
            field_dict["image"] = [item.to_dict() for item in self.image]

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
        _model_name = _get("model_name", UNSET)
        model_name: ModelName | Unset
        if isinstance(_model_name, Unset):
            model_name = UNSET
            _missing += 1
        else:
            model_name = check_model_name(_model_name)

        custom_id = _get("custom_id", UNSET)
        if not (isinstance(custom_id, str)):
            if custom_id is not UNSET:
                raise TypeError(
                    "CreateAsyncAnalyzeRequest.custom_id: expected str, got "
                    + type(custom_id).__name__
                )
            _missing += 1

        _video = _get("video", UNSET)
        if _video is UNSET:
            _missing += 1

        def _parse_video(
            data: object,
        ) -> Unset | VideoContextAssetId | VideoContextBase64String | VideoContextUrl:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_video_context_type_0 = VideoContextUrl.from_dict(data)

                return componentsschemas_video_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_video_context_type_1 = VideoContextAssetId.from_dict(
                    data
                )

                return componentsschemas_video_context_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_video_context_type_2 = VideoContextBase64String.from_dict(
                data
            )

            return componentsschemas_video_context_type_2

        video = _parse_video(_video)

        prompt = _get("prompt", UNSET)
        if not (isinstance(prompt, str)):
            if prompt is not UNSET:
                raise TypeError(
                    "CreateAsyncAnalyzeRequest.prompt: expected str, got "
                    + type(prompt).__name__
                )
            _missing += 1

        _prompt_v2 = _get("prompt_v2", UNSET)
        prompt_v2: AnalyzePromptV2 | Unset
        if isinstance(_prompt_v2, Unset):
            prompt_v2 = UNSET
            _missing += 1
        else:
            prompt_v2 = AnalyzePromptV2.from_dict(_prompt_v2)

        _analysis_mode = _get("analysis_mode", UNSET)
        analysis_mode: CreateAsyncAnalyzeRequestAnalysisMode | Unset
        if isinstance(_analysis_mode, Unset):
            analysis_mode = UNSET
            _missing += 1
        else:
            analysis_mode = check_create_async_analyze_request_analysis_mode(
                _analysis_mode
            )

        temperature = _get("temperature", UNSET)
        if not (type(temperature) is float or type(temperature) is int):
            if temperature is not UNSET:
                raise TypeError(
                    "CreateAsyncAnalyzeRequest.temperature: expected float, got "
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
                    "CreateAsyncAnalyzeRequest.max_tokens: expected int, got "
                    + type(max_tokens).__name__
                )
            _missing += 1

        _response_format = _get("response_format", UNSET)
        response_format: AsyncResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
            _missing += 1
        else:
            response_format = AsyncResponseFormat.from_dict(_response_format)

        min_segment_duration = _get("min_segment_duration", UNSET)
        if not (
            type(min_segment_duration) is float or type(min_segment_duration) is int
        ):
            if min_segment_duration is not UNSET:
                raise TypeError(
                    "CreateAsyncAnalyzeRequest.min_segment_duration: expected float, got "
                    + type(min_segment_duration).__name__
                )
            _missing += 1

        max_segment_duration = _get("max_segment_duration", UNSET)
        if not (
            type(max_segment_duration) is float or type(max_segment_duration) is int
        ):
            if max_segment_duration is not UNSET:
                raise TypeError(
                    "CreateAsyncAnalyzeRequest.max_segment_duration: expected float, got "
                    + type(max_segment_duration).__name__
                )
            _missing += 1

        start_time = _get("start_time", UNSET)
        if not (type(start_time) is float or type(start_time) is int):
            if start_time is not UNSET:
                raise TypeError(
                    "CreateAsyncAnalyzeRequest.start_time: expected float, got "
                    + type(start_time).__name__
                )
            _missing += 1

        end_time = _get("end_time", UNSET)
        if not (type(end_time) is float or type(end_time) is int):
            if end_time is not UNSET:
                raise TypeError(
                    "CreateAsyncAnalyzeRequest.end_time: expected float, got "
                    + type(end_time).__name__
                )
            _missing += 1

        _image = _get("image", UNSET)
        image: list[AnalyzeImageInput] | Unset
        if isinstance(_image, list):
            image = list(map(AnalyzeImageInput.from_dict, _image))
        elif isinstance(_image, Unset):
            image = UNSET
            _missing += 1
        else:
            raise TypeError(
                "CreateAsyncAnalyzeRequest.image: expected list[AnalyzeImageInput], got "
                + type(_image).__name__
            )

        _instance = cls.__new__(cls)
        _instance.model_name = model_name
        _instance.custom_id = custom_id
        _instance.video = video
        _instance.prompt = prompt
        _instance.prompt_v2 = prompt_v2
        _instance.analysis_mode = analysis_mode
        _instance.temperature = temperature
        _instance.max_tokens = max_tokens
        _instance.response_format = response_format
        _instance.min_segment_duration = min_segment_duration
        _instance.max_segment_duration = max_segment_duration
        _instance.start_time = start_time
        _instance.end_time = end_time
        _instance.image = image
        return _instance


from ..models.analyze_image_input import AnalyzeImageInput
from ..models.analyze_prompt_v2 import AnalyzePromptV2
from ..models.async_response_format import AsyncResponseFormat
from ..models.video_context_asset_id import VideoContextAssetId
from ..models.video_context_base_64_string import VideoContextBase64String
from ..models.video_context_url import VideoContextUrl
