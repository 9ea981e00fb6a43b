from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Video")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "_id",
        "asset_id",
        "created_at",
        "updated_at",
        "indexed_at",
        "system_metadata",
        "user_metadata",
        "hls",
        "embedding",
        "transcription",
    ]
)


@_attrs_define
class Video:
    """
    Attributes:
        id (str | Unset): The unique identifier of the video.
        asset_id (str | Unset): The unique identifier of the associated asset.
        created_at (str | Unset): A string indicating the date and time, in the RFC 3339 format
            ("YYYY-MM-DDTHH:mm:ssZ"), that the video indexing task was created.
        updated_at (str | Unset): A string indicating the date and time, in the RFC 3339 format
            ("YYYY-MM-DDTHH:mm:ssZ"), that the corresponding video indexing task was last updated. The platform updates this
            field every time the corresponding video indexing task transitions to a different state.
        indexed_at (str | Unset): A string indicating the date and time, in the RFC 3339 format
            ("YYYY-MM-DDTHH:mm:ssZ"), that the video indexing task has been completed.
        system_metadata (VideoSystemMetadata | Unset): System-generated metadata about the video.
        user_metadata (UserMetadata | Unset): Metadata that helps you categorize your assets. The object contains
            user-defined keys and values, where keys are strings and values are one of `string`, `integer`, `float`, or
            `boolean`.

            **Example**:
            ```JSON
            "user_metadata": {
              "category": "recentlyAdded",
              "batchNumber": 5,
              "rating": 9.3,
              "needsReview": true
            }
            ```

            <Note title="Note">
            To store other types of data, such as objects or arrays, convert your data into string values before sending it.
            </Note>
        hls (HLSObject | Unset): The platform returns this object only for the videos that you uploaded with the
            `enable_video_stream` parameter set to `true`.
        embedding (VideoEmbedding | Unset): Contains the embedding and the associated information. The platform returns
            this field when the `embedding_option` parameter is specified in the request.
        transcription (list[TranscriptionDataItems] | Unset): An array of objects that contains the transcription. For
            each time range for which the platform finds spoken words, it returns an object that contains the fields below.
            If the platform doesn't find any spoken words, the `data` field is set to `null`.
    """

    id: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    indexed_at: str | Unset = UNSET
    system_metadata: VideoSystemMetadata | Unset = UNSET
    user_metadata: UserMetadata | Unset = UNSET
    hls: HLSObject | Unset = UNSET
    embedding: VideoEmbedding | Unset = UNSET
    transcription: list[TranscriptionDataItems] | Unset = UNSET
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

        if not isinstance(self.user_metadata, Unset):
            field_dict["user_metadata"] = self.user_metadata.to_dict()

        if not isinstance(self.hls, Unset):
            field_dict["hls"] = self.hls.to_dict()

        if not isinstance(self.embedding, Unset):
            field_dict["embedding"] = self.embedding.to_dict()

        if not isinstance(self.transcription, Unset):
            field_dict["transcription"] = [
                item.to_dict() for item in self.transcription
            ]

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
                raise TypeError("Video._id: expected str, got " + type(id).__name__)
            _missing += 1

        asset_id = _get("asset_id", UNSET)
        if not (isinstance(asset_id, str)):
            if asset_id is not UNSET:
                raise TypeError(
                    "Video.asset_id: expected str, got " + type(asset_id).__name__
                )
            _missing += 1

        created_at = _get("created_at", UNSET)
        if not (isinstance(created_at, str)):
            if created_at is not UNSET:
                raise TypeError(
                    "Video.created_at: expected str, got " + type(created_at).__name__
                )
            _missing += 1

        updated_at = _get("updated_at", UNSET)
        if not (isinstance(updated_at, str)):
            if updated_at is not UNSET:
                raise TypeError(
                    "Video.updated_at: expected str, got " + type(updated_at).__name__
                )
            _missing += 1

        indexed_at = _get("indexed_at", UNSET)
        if not (isinstance(indexed_at, str)):
            if indexed_at is not UNSET:
                raise TypeError(
                    "Video.indexed_at: expected str, got " + type(indexed_at).__name__
                )
            _missing += 1

        _system_metadata = _get("system_metadata", UNSET)
        system_metadata: VideoSystemMetadata | Unset
        if isinstance(_system_metadata, Unset):
            system_metadata = UNSET
            _missing += 1
        else:
            system_metadata = VideoSystemMetadata.from_dict(_system_metadata)

        _user_metadata = _get("user_metadata", UNSET)
        user_metadata: UserMetadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
            _missing += 1
        else:
            user_metadata = UserMetadata.from_dict(_user_metadata)

        _hls = _get("hls", UNSET)
        hls: HLSObject | Unset
        if isinstance(_hls, Unset):
            hls = UNSET
            _missing += 1
        else:
            hls = HLSObject.from_dict(_hls)

        _embedding = _get("embedding", UNSET)
        embedding: VideoEmbedding | Unset
        if isinstance(_embedding, Unset):
            embedding = UNSET
            _missing += 1
        else:
            embedding = VideoEmbedding.from_dict(_embedding)

        _transcription = _get("transcription", UNSET)
        transcription: list[TranscriptionDataItems] | Unset
        if isinstance(_transcription, list):
            transcription = list(map(TranscriptionDataItems.from_dict, _transcription))
        elif isinstance(_transcription, Unset):
            transcription = UNSET
            _missing += 1
        else:
            raise TypeError(
                "Video.transcription: expected list[TranscriptionDataItems], got "
                + type(_transcription).__name__
            )

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.asset_id = asset_id
        _instance.created_at = created_at
        _instance.updated_at = updated_at
        _instance.indexed_at = indexed_at
        _instance.system_metadata = system_metadata
        _instance.user_metadata = user_metadata
        _instance.hls = hls
        _instance.embedding = embedding
        _instance.transcription = transcription
        _instance.additional_properties = (
            {}
            if len(src_dict) == 10 - _missing
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


from ..models.hls_object import HLSObject
from ..models.transcription_data_items import TranscriptionDataItems
from ..models.user_metadata import UserMetadata
from ..models.video_embedding import VideoEmbedding
from ..models.video_system_metadata import VideoSystemMetadata
