from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoVector")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "_id",
        "asset_id",
        "created_at",
        "updated_at",
        "indexed_at",
        "system_metadata",
    ]
)


@_attrs_define
class VideoVector:
    """A video object that contains information about the video.

    Attributes:
        id (str | Unset): A string representing the unique identifier of a video. The platform creates a new
            `video_vector` object and assigns it a unique identifier when the video has successfully been indexed. Note that
            video IDs are different from task IDs.
        asset_id (str | Unset): The unique identifier of the associated asset.
        created_at (str | Unset): A string indicating the date and time, in the RFC RFC 3339 format
            ("YYYY-MM-DDTHH:mm:ssZ"), that the video indexing task was created.
        updated_at (str | Unset): A string indicating the date and time, in the RFC RFC 3339 format
            ("YYYY-MM-DDTHH:mm:ssZ"), that the video indexing task object was last updated. The platform updates this field
            every time the video indexing task transitions to a different state.
        indexed_at (str | Unset): A string indicating the date and time, in the RFC RFC 3339 format
            ("YYYY-MM-DDTHH:mm:ssZ"), that the video indexing task has been completed.
        system_metadata (VideoVectorSystemMetadata | Unset): System-generated metadata about the video.
    """

    id: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    indexed_at: str | Unset = UNSET
    system_metadata: VideoVectorSystemMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id

        if self.asset_id is not UNSET:
            field_dict["asset_id"] = self.asset_id

        if self.created_at is not UNSET:
            field_dict["created_at"] = self.created_at

        if self.updated_at is not UNSET:
            field_dict["updated_at"] = self.updated_at

        if self.indexed_at is not UNSET:
            field_dict["indexed_at"] = self.indexed_at

        if not isinstance(self.system_metadata, Unset):
            field_dict["system_metadata"] = self.system_metadata.to_dict()

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
        id = _get("_id", UNSET)
        if not (isinstance(id, str)):
            if id is not UNSET:
                raise TypeError(
                    "VideoVector._id: expected str, got " + type(id).__name__
                )
            _missing += 1

        asset_id = _get("asset_id", UNSET)
        if not (isinstance(asset_id, str)):
            if asset_id is not UNSET:
                raise TypeError(
                    "VideoVector.asset_id: expected str, got " + type(asset_id).__name__
                )
            _missing += 1

        created_at = _get("created_at", UNSET)
        if not (isinstance(created_at, str)):
            if created_at is not UNSET:
                raise TypeError(
                    "VideoVector.created_at: expected str, got "
                    + type(created_at).__name__
                )
            _missing += 1

        updated_at = _get("updated_at", UNSET)
        if not (isinstance(updated_at, str)):
            if updated_at is not UNSET:
                raise TypeError(
                    "VideoVector.updated_at: expected str, got "
                    + type(updated_at).__name__
                )
            _missing += 1

        indexed_at = _get("indexed_at", UNSET)
        if not (isinstance(indexed_at, str)):
            if indexed_at is not UNSET:
                raise TypeError(
                    "VideoVector.indexed_at: expected str, got "
                    + type(indexed_at).__name__
                )
            _missing += 1

        _system_metadata = _get("system_metadata", UNSET)
        system_metadata: VideoVectorSystemMetadata | Unset
        if isinstance(_system_metadata, Unset):
            system_metadata = UNSET
            _missing += 1
        else:
            system_metadata = VideoVectorSystemMetadata.from_dict(_system_metadata)

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.asset_id = asset_id
        _instance.created_at = created_at
        _instance.updated_at = updated_at
        _instance.indexed_at = indexed_at
        _instance.system_metadata = system_metadata
        _instance.additional_properties = (
            {}
            if len(src_dict) == 6 - _missing
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


from ..models.video_vector_system_metadata import VideoVectorSystemMetadata
