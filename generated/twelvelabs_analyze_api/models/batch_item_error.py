from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchItemError")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "message",
        "code",
    ]
)


@_attrs_define
class BatchItemError:
    """Failure details for a single batch item.

    Attributes:
        message (str): A human-readable explanation of the failure.
        code (str | Unset): A machine-readable error code identifying the failure category. Omitted until the per-item
            error catalog is wired through; until then, only `message` is guaranteed.
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
                "BatchItemError.message: expected str, got " + type(message).__name__
            )

        code = _get("code", UNSET)
        if not (isinstance(code, str)):
            if code is not UNSET:
                raise TypeError(
                    "BatchItemError.code: expected str, got " + type(code).__name__
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
