from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.create_asset_upload_request_type import (
    CreateAssetUploadRequestType,
    check_create_asset_upload_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAssetUploadRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "filename",
        "type",
        "total_size",
        "enable_hls",
        "enable_thumbnail",
        "user_metadata",
    ]
)


@_attrs_define
class CreateAssetUploadRequest:
    """
    Attributes:
        filename (str): The original file name of the asset.
        type_ (CreateAssetUploadRequestType): The type of asset you want to upload.
        total_size (int): The total size of the file in bytes. The platform uses this value to:
            - Calculate the optimal chunk size.
            - Determine the total number of chunks required
            - Generate the initial set of presigned URLs

            **Upload limits**:
            - **Video and audio**: Up to 10 GB
            - **Images**: Up to 32 MB
        enable_hls (bool | Unset): When set to `true`, the platform generates an HLS playlist and segments for
            streaming. Applicable to video and audio assets only.

            **Default**: `false`.
             Default: False.
        enable_thumbnail (bool | Unset): When set to `true`, the platform generates thumbnail images from the uploaded
            content.

            **Default**: `false`.
             Default: False.
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
    """

    filename: str
    type_: CreateAssetUploadRequestType
    total_size: int
    enable_hls: bool | Unset = False
    enable_thumbnail: bool | Unset = False
    user_metadata: UserMetadata | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["filename"] = self.filename

        field_dict["type"] = self.type_

        field_dict["total_size"] = self.total_size

        if self.enable_hls is not UNSET:
            field_dict["enable_hls"] = self.enable_hls

        if self.enable_thumbnail is not UNSET:
            field_dict["enable_thumbnail"] = self.enable_thumbnail

        if not isinstance(self.user_metadata, Unset):
            field_dict["user_metadata"] = self.user_metadata.to_dict()

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``)."""
        try:
            _get = src_dict.get
        except AttributeError:
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            ) from None
        _missing = 0
        filename = src_dict["filename"]
        if not (isinstance(filename, str)):
            raise TypeError(
                "CreateAssetUploadRequest.filename: expected str, got "
                + type(filename).__name__
            )

        type_ = check_create_asset_upload_request_type(src_dict["type"])

        total_size = src_dict["total_size"]
        if not (
            type(total_size) is int
            or (type(total_size) is float and total_size.is_integer())
        ):
            raise TypeError(
                "CreateAssetUploadRequest.total_size: expected int, got "
                + type(total_size).__name__
            )

        enable_hls = _get("enable_hls", UNSET)
        if not (isinstance(enable_hls, bool)):
            if enable_hls is not UNSET:
                raise TypeError(
                    "CreateAssetUploadRequest.enable_hls: expected bool, got "
                    + type(enable_hls).__name__
                )
            _missing += 1

        enable_thumbnail = _get("enable_thumbnail", UNSET)
        if not (isinstance(enable_thumbnail, bool)):
            if enable_thumbnail is not UNSET:
                raise TypeError(
                    "CreateAssetUploadRequest.enable_thumbnail: expected bool, got "
                    + type(enable_thumbnail).__name__
                )
            _missing += 1

        _user_metadata = _get("user_metadata", UNSET)
        user_metadata: UserMetadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
            _missing += 1
        else:
            user_metadata = UserMetadata.from_dict(_user_metadata)

        _instance = cls.__new__(cls)
        _instance.filename = filename
        _instance.type_ = type_
        _instance.total_size = total_size
        _instance.enable_hls = enable_hls
        _instance.enable_thumbnail = enable_thumbnail
        _instance.user_metadata = user_metadata
        return _instance


from ..models.user_metadata import UserMetadata
