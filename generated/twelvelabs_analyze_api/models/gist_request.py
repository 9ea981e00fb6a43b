from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gist_type import GistType, check_gist_type

T = TypeVar("T", bound="GistRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "video_id",
        "types",
    ]
)


@_attrs_define
class GistRequest:
    """
    Attributes:
        video_id (str): The unique identifier of the video to analyze.
        types (list[GistType]): The kinds of text to generate; one or more of title, topic, hashtag.
    """

    video_id: str
    types: list[GistType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["video_id"] = self.video_id

        field_dict["types"] = list(self.types)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            )
        video_id = src_dict["video_id"]
        if not (isinstance(video_id, str)):
            raise TypeError(
                "GistRequest.video_id: expected str, got " + type(video_id).__name__
            )

        _types = src_dict["types"]
        types: list[GistType]
        if isinstance(_types, list):
            types = list(map(check_gist_type, _types))
        else:
            raise TypeError(
                "GistRequest.types: expected list[GistType], got "
                + type(_types).__name__
            )

        gist_request = cls.__new__(cls)
        gist_request.video_id = video_id
        gist_request.types = types
        gist_request.additional_properties = (
            {}
            if len(src_dict) == 2
            else {k: v for k, v in src_dict.items() if k not in _KNOWN_KEYS}
        )
        return gist_request

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
