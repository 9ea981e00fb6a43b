from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["video_id"] = self.video_id

        field_dict["types"] = list(self.types)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``)."""
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

        _instance = cls.__new__(cls)
        _instance.video_id = video_id
        _instance.types = types
        return _instance
