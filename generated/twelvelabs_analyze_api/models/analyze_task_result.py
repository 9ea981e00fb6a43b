from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason

T = TypeVar("T", bound="AnalyzeTaskResult")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "generation_id",
        "data",
        "finish_reason",
        "usage",
    ]
)


@_attrs_define
class AnalyzeTaskResult:
    """The analysis results for a completed task.

    Attributes:
        generation_id (str): The unique identifier for the generation session.
        data (str): The generated text for this analysis task. The format depends on the `analysis_mode` used when
            creating the task:

            - **When `analysis_mode` is not set**: A plain-text string containing the generated text based on the prompt you
            provided.
            - **When `analysis_mode` is `time_based_metadata`** (requires `model_name` set to `pegasus1.5`): A JSON-encoded
            string containing an object keyed by segment definition (the `id` field). Each key maps to an array of segment
            objects with the following fields:
              - `start_time` (number): The start time of the segment in seconds.
              - `end_time` (number): The end time of the segment in seconds.
              - `metadata` (object): The custom fields you defined in the request's `segment_definitions[].fields`.
        finish_reason (FinishReason | str): The reason the generation stopped.
            - `stop`: The generation reached the end of the output text.
            - `length`: The response reached the maximum response length or the context window. For JSON responses, this may
            return truncated JSON that fails to parse.
        usage (AnalyzeTaskResultUsage): The number of tokens used in the generation.
    """

    generation_id: str
    data: str
    finish_reason: FinishReason | str
    usage: AnalyzeTaskResultUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["generation_id"] = self.generation_id

        field_dict["data"] = self.data

        field_dict["finish_reason"] = self.finish_reason

        field_dict["usage"] = self.usage.to_dict()

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``). Unknown keys go to ``additional_properties``."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            )
        generation_id = src_dict["generation_id"]
        if not (isinstance(generation_id, str)):
            raise TypeError(
                "AnalyzeTaskResult.generation_id: expected str, got "
                + type(generation_id).__name__
            )

        data = src_dict["data"]
        if not (isinstance(data, str)):
            raise TypeError(
                "AnalyzeTaskResult.data: expected str, got " + type(data).__name__
            )

        finish_reason = src_dict["finish_reason"]
        if not (isinstance(finish_reason, str)):
            raise TypeError(
                "AnalyzeTaskResult.finish_reason: expected FinishReason | str, got "
                + type(finish_reason).__name__
            )

        usage = AnalyzeTaskResultUsage.from_dict(src_dict["usage"])

        _instance = cls.__new__(cls)
        _instance.generation_id = generation_id
        _instance.data = data
        _instance.finish_reason = finish_reason
        _instance.usage = usage
        _instance.additional_properties = (
            {}
            if len(src_dict) == 4
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


from ..models.analyze_task_result_usage import AnalyzeTaskResultUsage
