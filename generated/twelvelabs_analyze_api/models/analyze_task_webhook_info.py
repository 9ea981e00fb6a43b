from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeTaskWebhookInfo")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "url",
        "delivered",
        "attempts",
        "last_error",
    ]
)


@_attrs_define
class AnalyzeTaskWebhookInfo:
    """The delivery status of a webhook endpoint.

    Attributes:
        url (str): The URL of the webhook endpoint that received the delivery.
        delivered (bool): Indicates whether the platform successfully delivered the webhook.
        attempts (int): The total number of delivery attempts for this URL.
        last_error (str | Unset): The error message from the last failed delivery attempt. This field appears only when
            `delivered` is `false`.
    """

    url: str
    delivered: bool
    attempts: int
    last_error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["url"] = self.url

        field_dict["delivered"] = self.delivered

        field_dict["attempts"] = self.attempts

        if self.last_error is not UNSET:
            field_dict["last_error"] = self.last_error

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
        url = src_dict["url"]
        if not (isinstance(url, str)):
            raise TypeError(
                "AnalyzeTaskWebhookInfo.url: expected str, got " + type(url).__name__
            )

        delivered = src_dict["delivered"]
        if not (isinstance(delivered, bool)):
            raise TypeError(
                "AnalyzeTaskWebhookInfo.delivered: expected bool, got "
                + type(delivered).__name__
            )

        attempts = src_dict["attempts"]
        if not (
            type(attempts) is int or (type(attempts) is float and attempts.is_integer())
        ):
            raise TypeError(
                "AnalyzeTaskWebhookInfo.attempts: expected int, got "
                + type(attempts).__name__
            )

        last_error = _get("last_error", UNSET)
        if not (isinstance(last_error, str)):
            if last_error is not UNSET:
                raise TypeError(
                    "AnalyzeTaskWebhookInfo.last_error: expected str, got "
                    + type(last_error).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.url = url
        _instance.delivered = delivered
        _instance.attempts = attempts
        _instance.last_error = last_error
        _instance.additional_properties = (
            {}
            if len(src_dict) == 4 - _missing
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
