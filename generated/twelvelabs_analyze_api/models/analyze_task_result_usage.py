from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeTaskResultUsage")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "output_tokens",
        "input_tokens",
    ]
)


@_attrs_define
class AnalyzeTaskResultUsage:
    """The number of tokens used in the generation.

    Attributes:
        output_tokens (int): The number of tokens in the generated text.
        input_tokens (int | Unset): The number of tokens the input consumed. Together with `output_tokens`, this value
            must fit within the [context
            window](https://docs.twelvelabs.io/v1.3/docs/concepts/models/pegasus#context-window).
    """

    output_tokens: int
    input_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["output_tokens"] = self.output_tokens

        if self.input_tokens is not UNSET:
            field_dict["input_tokens"] = self.input_tokens

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
        output_tokens = src_dict["output_tokens"]
        if not (
            type(output_tokens) is int
            or (type(output_tokens) is float and output_tokens.is_integer())
        ):
            raise TypeError(
                "AnalyzeTaskResultUsage.output_tokens: expected int, got "
                + type(output_tokens).__name__
            )

        input_tokens = _get("input_tokens", UNSET)
        if not (
            type(input_tokens) is int
            or (type(input_tokens) is float and input_tokens.is_integer())
        ):
            if input_tokens is not UNSET:
                raise TypeError(
                    "AnalyzeTaskResultUsage.input_tokens: expected int, got "
                    + type(input_tokens).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.output_tokens = output_tokens
        _instance.input_tokens = input_tokens
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
