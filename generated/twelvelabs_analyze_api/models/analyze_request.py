from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.model_name import ModelName, check_model_name
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "model_name",
        "video_id",
        "video",
        "prompt",
        "prompt_v2",
        "temperature",
        "stream",
        "response_format",
        "max_tokens",
        "start_time",
        "end_time",
        "image",
    ]
)


@_attrs_define
class AnalyzeRequest:
    """
    Attributes:
        model_name (ModelName | Unset): The video understanding model: `pegasus1.6`, `pegasus1.5` (the default) or
            `pegasus1.2` (the published spec's older model, for `video_id`).
        video_id (str | Unset): The unique identifier of the video to analyze. Use this parameter when the `model_name`
            parameter is `pegasus1.2`. Not supported with `pegasus1.5`.

            <Info> This parameter will be deprecated and removed in a future version. Use the
            [`video`](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/sync-analysis#request.body.video)
            parameter instead.</Info>
        video (Unset | VideoContextAssetId | VideoContextBase64String | VideoContextUrl): An object specifying the
            source of the video content. Include exactly one source.
        prompt (str | Unset): A prompt that guides the model on the desired format or content.

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
        temperature (float | Unset): Controls the randomness of the text output.

            **Default:** 0.2 **Min:** 0 **Max:** 1
        stream (bool | Unset): Set this parameter to `true` to enable streaming responses in the <a
            href="https://github.com/ndjson/ndjson-spec" target="_blank">NDJSON</a> format.

            **Default:** `true`
             Default: True.
        response_format (SyncResponseFormat | Unset): Specifies the format of the response. When you omit this
            parameter, the platform returns unstructured text.
        max_tokens (int | Unset): The maximum response length, in tokens: 512 to 98,304 with pegasus1.5 (the default)
            and pegasus1.6, 2 to 4,096 with pegasus1.2. Default: 4,096.
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
    video_id: str | Unset = UNSET
    video: Unset | VideoContextAssetId | VideoContextBase64String | VideoContextUrl = (
        UNSET
    )
    prompt: str | Unset = UNSET
    prompt_v2: AnalyzePromptV2 | Unset = UNSET
    temperature: float | Unset = UNSET
    stream: bool | Unset = True
    response_format: SyncResponseFormat | Unset = UNSET
    max_tokens: int | Unset = UNSET
    start_time: float | Unset = UNSET
    end_time: float | Unset = UNSET
    image: list[AnalyzeImageInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        if self.model_name is not UNSET:
            field_dict["model_name"] = self.model_name

        if self.video_id is not UNSET:
            field_dict["video_id"] = self.video_id

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

        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature

        if self.stream is not UNSET:
            field_dict["stream"] = self.stream

        if not isinstance(self.response_format, Unset):
            field_dict["response_format"] = self.response_format.to_dict()

        if self.max_tokens is not UNSET:
            field_dict["max_tokens"] = self.max_tokens

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

        video_id = _get("video_id", UNSET)
        if not (isinstance(video_id, str)):
            if video_id is not UNSET:
                raise TypeError(
                    "AnalyzeRequest.video_id: expected str, got "
                    + type(video_id).__name__
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
                    "AnalyzeRequest.prompt: expected str, got " + type(prompt).__name__
                )
            _missing += 1

        _prompt_v2 = _get("prompt_v2", UNSET)
        prompt_v2: AnalyzePromptV2 | Unset
        if isinstance(_prompt_v2, Unset):
            prompt_v2 = UNSET
            _missing += 1
        else:
            prompt_v2 = AnalyzePromptV2.from_dict(_prompt_v2)

        temperature = _get("temperature", UNSET)
        if not (type(temperature) is float or type(temperature) is int):
            if temperature is not UNSET:
                raise TypeError(
                    "AnalyzeRequest.temperature: expected float, got "
                    + type(temperature).__name__
                )
            _missing += 1

        stream = _get("stream", UNSET)
        if not (isinstance(stream, bool)):
            if stream is not UNSET:
                raise TypeError(
                    "AnalyzeRequest.stream: expected bool, got " + type(stream).__name__
                )
            _missing += 1

        _response_format = _get("response_format", UNSET)
        response_format: SyncResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
            _missing += 1
        else:
            response_format = SyncResponseFormat.from_dict(_response_format)

        max_tokens = _get("max_tokens", UNSET)
        if not (
            type(max_tokens) is int
            or (type(max_tokens) is float and max_tokens.is_integer())
        ):
            if max_tokens is not UNSET:
                raise TypeError(
                    "AnalyzeRequest.max_tokens: expected int, got "
                    + type(max_tokens).__name__
                )
            _missing += 1

        start_time = _get("start_time", UNSET)
        if not (type(start_time) is float or type(start_time) is int):
            if start_time is not UNSET:
                raise TypeError(
                    "AnalyzeRequest.start_time: expected float, got "
                    + type(start_time).__name__
                )
            _missing += 1

        end_time = _get("end_time", UNSET)
        if not (type(end_time) is float or type(end_time) is int):
            if end_time is not UNSET:
                raise TypeError(
                    "AnalyzeRequest.end_time: expected float, got "
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
                "AnalyzeRequest.image: expected list[AnalyzeImageInput], got "
                + type(_image).__name__
            )

        _instance = cls.__new__(cls)
        _instance.model_name = model_name
        _instance.video_id = video_id
        _instance.video = video
        _instance.prompt = prompt
        _instance.prompt_v2 = prompt_v2
        _instance.temperature = temperature
        _instance.stream = stream
        _instance.response_format = response_format
        _instance.max_tokens = max_tokens
        _instance.start_time = start_time
        _instance.end_time = end_time
        _instance.image = image
        return _instance


from ..models.analyze_image_input import AnalyzeImageInput
from ..models.analyze_prompt_v2 import AnalyzePromptV2
from ..models.sync_response_format import SyncResponseFormat
from ..models.video_context_asset_id import VideoContextAssetId
from ..models.video_context_base_64_string import VideoContextBase64String
from ..models.video_context_url import VideoContextUrl
