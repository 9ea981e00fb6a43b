from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finish_reason import FinishReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeResult")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "data",
        "finish_reason",
        "usage",
        "error",
    ]
)


@_attrs_define
class AnalyzeResult:
    """When the value of the `stream` parameter is set to `false`, the response is as follows:

    Attributes:
        id (str): Unique identifier of the response.
        data (str): The generated text based on the prompt you provided.
        finish_reason (FinishReason | str): The reason the generation stopped.
            - `stop`: The generation reached the end of the output text.
            - `length`: The response reached the maximum response length or the context window. For JSON responses, this may
            return truncated JSON that fails to parse.
        usage (TokenUsage | Unset): The number of tokens used in the generation.
        error (AnalyzeTaskError | Unset): A message attached to an analysis response. The platform uses this object in
            three cases:

            - **Task failure** — set on `AnalyzeTaskResponse.error` when `status` is `failed`. The `message` field describes
            the failure.
            - **Truncation: maximum response length reached** — set on the response `error` when `finish_reason` is `length`
            because `output_tokens` reached the requested `max_tokens` value. The `message` field advises increasing the
            `max_tokens` value.
            - **Truncation: context window reached** — set on the response `error` when `finish_reason` is `length` because
            the input and response reached the [context
            window](https://docs.twelvelabs.io/v1.3/docs/concepts/models/pegasus#context-window). The `message` field
            advises reducing the input size or decreasing the `max_tokens` value.

            For truncation cases, the partial output is in `result.data` (async) or `data` (sync). Check `finish_reason`
            instead of parsing the message text.
    """

    id: str
    data: str
    finish_reason: FinishReason | str
    usage: TokenUsage | Unset = UNSET
    error: AnalyzeTaskError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id

        field_dict["data"] = self.data

        field_dict["finish_reason"] = self.finish_reason

        if not isinstance(self.usage, Unset):
            field_dict["usage"] = self.usage.to_dict()

        if not isinstance(self.error, Unset):
            field_dict["error"] = self.error.to_dict()

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
        id = src_dict["id"]
        if not (isinstance(id, str)):
            raise TypeError("AnalyzeResult.id: expected str, got " + type(id).__name__)

        data = src_dict["data"]
        if not (isinstance(data, str)):
            raise TypeError(
                "AnalyzeResult.data: expected str, got " + type(data).__name__
            )

        finish_reason = src_dict["finish_reason"]
        if not (isinstance(finish_reason, str)):
            raise TypeError(
                "AnalyzeResult.finish_reason: expected FinishReason | str, got "
                + type(finish_reason).__name__
            )

        _usage = _get("usage", UNSET)
        usage: TokenUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
            _missing += 1
        else:
            usage = TokenUsage.from_dict(_usage)

        _error = _get("error", UNSET)
        error: AnalyzeTaskError | Unset
        if isinstance(_error, Unset):
            error = UNSET
            _missing += 1
        else:
            error = AnalyzeTaskError.from_dict(_error)

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.data = data
        _instance.finish_reason = finish_reason
        _instance.usage = usage
        _instance.error = error
        _instance.additional_properties = (
            {}
            if len(src_dict) == 5 - _missing
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


from ..models.analyze_task_error import AnalyzeTaskError
from ..models.token_usage import TokenUsage
