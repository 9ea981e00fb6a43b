from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoEmbedding")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "model_name",
        "video_embedding",
    ]
)


@_attrs_define
class VideoEmbedding:
    """Contains the embedding and the associated information. The platform returns this field when the `embedding_option`
    parameter is specified in the request.

        Attributes:
            model_name (str | Unset): The name of the video understanding model used to create the embedding.
            video_embedding (VideoEmbeddingVideoEmbedding | Unset): An object that contains the embeddings.
    """

    model_name: str | Unset = UNSET
    video_embedding: VideoEmbeddingVideoEmbedding | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.model_name is not UNSET:
            field_dict["model_name"] = self.model_name

        if not isinstance(self.video_embedding, Unset):
            field_dict["video_embedding"] = self.video_embedding.to_dict()

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
        model_name = _get("model_name", UNSET)
        if not (isinstance(model_name, str)):
            if model_name is not UNSET:
                raise TypeError(
                    "VideoEmbedding.model_name: expected str, got "
                    + type(model_name).__name__
                )
            _missing += 1

        _video_embedding = _get("video_embedding", UNSET)
        video_embedding: VideoEmbeddingVideoEmbedding | Unset
        if isinstance(_video_embedding, Unset):
            video_embedding = UNSET
            _missing += 1
        else:
            video_embedding = VideoEmbeddingVideoEmbedding.from_dict(_video_embedding)

        _instance = cls.__new__(cls)
        _instance.model_name = model_name
        _instance.video_embedding = video_embedding
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


from ..models.video_embedding_video_embedding import VideoEmbeddingVideoEmbedding
