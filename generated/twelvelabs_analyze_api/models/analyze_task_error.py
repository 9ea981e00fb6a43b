from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeTaskError")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "message",
        "code",
    ]
)


@_attrs_define
class AnalyzeTaskError:
    """A message attached to an analysis response. The platform uses this object in three cases:

    - **Task failure** — set on `AnalyzeTaskResponse.error` when `status` is `failed`. The `message` field describes the
    failure.
    - **Truncation: maximum response length reached** — set on the response `error` when `finish_reason` is `length`
    because `output_tokens` reached the requested `max_tokens` value. The `message` field advises increasing the
    `max_tokens` value.
    - **Truncation: context window reached** — set on the response `error` when `finish_reason` is `length` because the
    input and response reached the [context
    window](https://docs.twelvelabs.io/v1.3/docs/concepts/models/pegasus#context-window). The `message` field advises
    reducing the input size or decreasing the `max_tokens` value.

    For truncation cases, the partial output is in `result.data` (async) or `data` (sync). Check `finish_reason` instead
    of parsing the message text.

        Attributes:
            message (str): A human-readable message. One of:

                - **Failure** (async, `status: failed`): describes the failure reason, e.g., `"Video duration exceeds maximum
                allowed duration"`.
                - **Truncation: maximum response length reached** (`finish_reason: length`, `output_tokens >= max_tokens`):
                `"output truncated: the generation reached the configured max_tokens. The partial output is returned; raise
                max_tokens (up to 98304) if you need a longer response."`.
                - **Truncation: context window reached** (`finish_reason: length`, model stopped before reaching `max_tokens`):
                `"output truncated: combined input and output tokens reached the model's context limit. The partial output is
                returned; consider reducing input size (shorter prompt, smaller video clip, fewer media bindings) or lowering
                max_tokens."`.

                The exact text is not part of the contract — SDKs should not parse it.
            code (str | Unset): A machine-readable code for the task's condition, e.g. `user_canceled`, `batch_canceled`,
                `batch_expired`, `batch_processing_timeout`; other values may come.
    """

    message: str
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["message"] = self.message

        if self.code is not UNSET:
            field_dict["code"] = self.code

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
        message = src_dict["message"]
        if not (isinstance(message, str)):
            raise TypeError(
                "AnalyzeTaskError.message: expected str, got " + type(message).__name__
            )

        code = _get("code", UNSET)
        if not (isinstance(code, str)):
            if code is not UNSET:
                raise TypeError(
                    "AnalyzeTaskError.code: expected str, got " + type(code).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.message = message
        _instance.code = code
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
