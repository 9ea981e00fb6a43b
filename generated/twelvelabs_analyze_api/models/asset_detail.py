from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_method import AssetMethod
from ..models.asset_status import AssetStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetDetail")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "_id",
        "method",
        "status",
        "filename",
        "file_type",
        "created_at",
        "user_metadata",
        "source",
        "hls",
        "thumbnail",
        "technical_metadata",
        "size",
        "duration",
        "error",
    ]
)


@_attrs_define
class AssetDetail:
    """An asset with additional processing details such as HLS streaming and thumbnail information.

    Attributes:
        id (str | Unset): The unique identifier of the asset.
        method (AssetMethod | str | Unset): Indicates how you uploaded the asset.

            **Values**:
            - `direct`: Uploaded from your local file system
            - `url`: Uploaded from a publicly accessible URL
            - `multipart`: Uploaded using the multipart upload flow
        status (AssetStatus | str | Unset): Indicates the current processing status of the asset.

            A newly uploaded asset starts in the `processing` status and transitions asynchronously to `ready` on success or
            to `failed` on error, typically within a few seconds to a few minutes. Poll the [Retrieve an
            asset](https://docs.twelvelabs.io/v1.3/api-reference/upload-content/direct-uploads/retrieve) endpoint until the
            status is `ready` before you use the asset in downstream workflows.

            **Values**:
            - `processing`: The asset is not yet usable. This can mean the upload is still in progress (for example, the
            platform is still fetching the file from a URL, or a multipart upload has not completed), or the upload has
            finished and the platform is validating the file. The `technical_metadata` field is omitted from the response.
            - `ready`: The platform validated the asset successfully, and the asset is ready to use.
            - `failed`: The platform could not process the file. The `error` field describes the reason, and the
            `technical_metadata` field may be partially populated.
        filename (str | Unset): The name of the file used to create the asset.
        file_type (str | Unset): The MIME type of the asset file.
        created_at (datetime.datetime | Unset): The date and time, in RFC 3339 format ("YYYY-MM-DDTHH:mm:ssZ"), when the
            asset was created.
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
        source (AssetSource | Unset): Describes where an asset came from. The platform sets this field for assets
            imported through a connector; it is absent for assets uploaded directly to the `/assets` endpoint.
        hls (AssetHLS | Unset): HLS streaming details for the asset. Present only when HLS generation has been
            requested. Omitted otherwise.
        thumbnail (AssetThumbnail | Unset): Thumbnail details for the asset. Present only when thumbnail generation has
            been requested. Omitted otherwise.
        technical_metadata (TechnicalMetadata | Unset): Technical metadata read from the media file of the asset,
            covering the container, the individual video and audio streams, image properties, and derived attributes.

            The platform populates this object asynchronously after the upload completes. It is omitted from the response
            while the status of the asset is `processing`, and it may be partially populated when the status is `failed`. A
            field is absent when it does not apply to the media type of the asset, or when the source file did not carry the
            corresponding information.
        size (int | Unset): The file size of the asset in bytes. The platform finalizes this value when the asset
            reaches the `ready` status.
        duration (float | Unset): The duration of the asset in seconds. Only present for video and audio assets; absent
            for images. The platform finalizes this value when the asset reaches the `ready` status.
        error (AssetError | Unset): An object that describes why an asset failed processing.
    """

    id: str | Unset = UNSET
    method: AssetMethod | str | Unset = UNSET
    status: AssetStatus | str | Unset = UNSET
    filename: str | Unset = UNSET
    file_type: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    user_metadata: UserMetadata | Unset = UNSET
    source: AssetSource | Unset = UNSET
    hls: AssetHLS | Unset = UNSET
    thumbnail: AssetThumbnail | Unset = UNSET
    technical_metadata: TechnicalMetadata | Unset = UNSET
    size: int | Unset = UNSET
    duration: float | Unset = UNSET
    error: AssetError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id

        if self.method is not UNSET:
            field_dict["method"] = self.method

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.filename is not UNSET:
            field_dict["filename"] = self.filename

        if self.file_type is not UNSET:
            field_dict["file_type"] = self.file_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        if not isinstance(self.user_metadata, Unset):
            field_dict["user_metadata"] = self.user_metadata.to_dict()

        if not isinstance(self.source, Unset):
            field_dict["source"] = self.source.to_dict()

        if not isinstance(self.hls, Unset):
            field_dict["hls"] = self.hls.to_dict()

        if not isinstance(self.thumbnail, Unset):
            field_dict["thumbnail"] = self.thumbnail.to_dict()

        if not isinstance(self.technical_metadata, Unset):
            field_dict["technical_metadata"] = self.technical_metadata.to_dict()

        if self.size is not UNSET:
            field_dict["size"] = self.size

        if self.duration is not UNSET:
            field_dict["duration"] = self.duration

        if not isinstance(self.error, Unset):
            field_dict["error"] = self.error.to_dict()

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
                    "AssetDetail._id: expected str, got " + type(id).__name__
                )
            _missing += 1

        method = _get("method", UNSET)
        if not (isinstance(method, str)):
            if method is not UNSET:
                raise TypeError(
                    "AssetDetail.method: expected AssetMethod | str, got "
                    + type(method).__name__
                )
            _missing += 1

        status = _get("status", UNSET)
        if not (isinstance(status, str)):
            if status is not UNSET:
                raise TypeError(
                    "AssetDetail.status: expected AssetStatus | str, got "
                    + type(status).__name__
                )
            _missing += 1

        filename = _get("filename", UNSET)
        if not (isinstance(filename, str)):
            if filename is not UNSET:
                raise TypeError(
                    "AssetDetail.filename: expected str, got " + type(filename).__name__
                )
            _missing += 1

        file_type = _get("file_type", UNSET)
        if not (isinstance(file_type, str)):
            if file_type is not UNSET:
                raise TypeError(
                    "AssetDetail.file_type: expected str, got "
                    + type(file_type).__name__
                )
            _missing += 1

        _created_at = _get("created_at", UNSET)
        if _created_at is UNSET:
            _missing += 1
        _created_at = _created_at
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _user_metadata = _get("user_metadata", UNSET)
        user_metadata: UserMetadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
            _missing += 1
        else:
            user_metadata = UserMetadata.from_dict(_user_metadata)

        _source = _get("source", UNSET)
        source: AssetSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
            _missing += 1
        else:
            source = AssetSource.from_dict(_source)

        _hls = _get("hls", UNSET)
        hls: AssetHLS | Unset
        if isinstance(_hls, Unset):
            hls = UNSET
            _missing += 1
        else:
            hls = AssetHLS.from_dict(_hls)

        _thumbnail = _get("thumbnail", UNSET)
        thumbnail: AssetThumbnail | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
            _missing += 1
        else:
            thumbnail = AssetThumbnail.from_dict(_thumbnail)

        _technical_metadata = _get("technical_metadata", UNSET)
        technical_metadata: TechnicalMetadata | Unset
        if isinstance(_technical_metadata, Unset):
            technical_metadata = UNSET
            _missing += 1
        else:
            technical_metadata = TechnicalMetadata.from_dict(_technical_metadata)

        size = _get("size", UNSET)
        if not (type(size) is int or (type(size) is float and size.is_integer())):
            if size is not UNSET:
                raise TypeError(
                    "AssetDetail.size: expected int, got " + type(size).__name__
                )
            _missing += 1

        duration = _get("duration", UNSET)
        if not (type(duration) is float or type(duration) is int):
            if duration is not UNSET:
                raise TypeError(
                    "AssetDetail.duration: expected float, got "
                    + type(duration).__name__
                )
            _missing += 1

        _error = _get("error", UNSET)
        error: AssetError | Unset
        if isinstance(_error, Unset):
            error = UNSET
            _missing += 1
        else:
            error = AssetError.from_dict(_error)

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.method = method
        _instance.status = status
        _instance.filename = filename
        _instance.file_type = file_type
        _instance.created_at = created_at
        _instance.user_metadata = user_metadata
        _instance.source = source
        _instance.hls = hls
        _instance.thumbnail = thumbnail
        _instance.technical_metadata = technical_metadata
        _instance.size = size
        _instance.duration = duration
        _instance.error = error
        _instance.additional_properties = (
            {}
            if len(src_dict) == 14 - _missing
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


from ..models.asset_error import AssetError
from ..models.asset_hls import AssetHLS
from ..models.asset_source import AssetSource
from ..models.asset_thumbnail import AssetThumbnail
from ..models.technical_metadata import TechnicalMetadata
from ..models.user_metadata import UserMetadata
