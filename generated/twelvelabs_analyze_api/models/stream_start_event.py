from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_start_response_event_type import (
    StreamStartResponseEventType,
    check_stream_start_response_event_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamStartEvent")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "event_type",
        "metadata",
    ]
)


@_attrs_define
class StreamStartEvent:
    """Indicates the beginning of the stream.

    Attributes:
        event_type (StreamStartResponseEventType): This field is always set to `stream_start` for this event.
        metadata (StreamStartResponseMetadata | Unset): An object containing metadata about the stream.
    """

    event_type: StreamStartResponseEventType
    metadata: StreamStartResponseMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["event_type"] = self.event_type

        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = self.metadata.to_dict()

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
        event_type = check_stream_start_response_event_type(src_dict["event_type"])

        _metadata = _get("metadata", UNSET)
        metadata: StreamStartResponseMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
            _missing += 1
        else:
            metadata = StreamStartResponseMetadata.from_dict(_metadata)

        _instance = cls.__new__(cls)
        _instance.event_type = event_type
        _instance.metadata = metadata
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


from ..models.stream_start_response_metadata import StreamStartResponseMetadata
