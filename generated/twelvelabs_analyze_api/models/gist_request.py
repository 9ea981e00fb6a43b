from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gist_type import GistType, check_gist_type

T = TypeVar("T", bound="GistRequest")


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
        video_id = self.video_id

        types = []
        for types_item_data in self.types:
            types_item: str = types_item_data
            types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_id": video_id,
                "types": types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_id = d.pop("video_id")

        types = []
        _types = d.pop("types")
        for types_item_data in _types:
            types_item = check_gist_type(types_item_data)

            types.append(types_item)

        gist_request = cls(
            video_id=video_id,
            types=types,
        )

        gist_request.additional_properties = d
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
