from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAssetUploadResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "upload_id",
        "asset_id",
        "upload_urls",
        "upload_headers",
        "chunk_size",
        "total_chunks",
        "expires_at",
    ]
)


@_attrs_define
class CreateAssetUploadResponse:
    """
    Attributes:
        upload_id (str | Unset): The unique identifier of this upload session. Store this value, as you'll need it for
            the following subsequent operations:
            - Reporting completed chunks
            - Requesting additional presigned URLs
            - Retrieving the status of this upload session

            This identifier remains valid for 24 hours from the time of creation.
        asset_id (str | Unset): The unique identifier for the asset being created. Store this value, as you'll need it
            to reference the asset in other API calls. Note that this identifier is reserved immediately, but the asset
            becomes available for other operations only after the upload is completed successfully.
        upload_urls (list[PresignedURLChunk] | Unset): An array containing the initial set of presigned URLs for
            uploading chunks. Each URL corresponds to a specific chunk.

            Note the following about the presigned URLs:
            - URLs expire after one hour.
            - Depending on the size of the file, the initial set may not include URLs for all chunks. If you need more URLs,
            you can request additional ones using the
            [`POST`](https://docs.twelvelabs.io/v1.3/api-reference/upload-content/multipart-uploads/get-additional-presigned-urls)
            method of the `/assets/multipart-uploads/{upload_id}/presigned-urls` endpoint.
        upload_headers (CreateAssetUploadResponseUploadHeaders | Unset):
        chunk_size (int | Unset): The size in bytes for each chunk, except for the last chunk, which may be smaller. Use
            this value to divide your file into chunks of this exact size.
        total_chunks (int | Unset): The total number of chunks into which your file must be split. Calculated as:
            ceiling(`total_size` / `chunk_size`).
        expires_at (datetime.datetime | Unset): A string representing the date and time, in RFC 3339 format
            (“YYYY-MM-DDTHH:mm:ssZ”), when the upload URL will expire. Upload URLs expire 24 hours from their creation.
            After expiration, you cannot resume the upload, and you must create a new upload session.
    """

    upload_id: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    upload_urls: list[PresignedURLChunk] | Unset = UNSET
    upload_headers: CreateAssetUploadResponseUploadHeaders | Unset = UNSET
    chunk_size: int | Unset = UNSET
    total_chunks: int | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.upload_id is not UNSET:
            field_dict["upload_id"] = self.upload_id

        if self.asset_id is not UNSET:
            field_dict["asset_id"] = self.asset_id

        if not isinstance(self.upload_urls, Unset):
            field_dict["upload_urls"] = [item.to_dict() for item in self.upload_urls]

        if not isinstance(self.upload_headers, Unset):
            field_dict["upload_headers"] = self.upload_headers.to_dict()

        if self.chunk_size is not UNSET:
            field_dict["chunk_size"] = self.chunk_size

        if self.total_chunks is not UNSET:
            field_dict["total_chunks"] = self.total_chunks

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

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
        upload_id = _get("upload_id", UNSET)
        if not (isinstance(upload_id, str)):
            if upload_id is not UNSET:
                raise TypeError(
                    "CreateAssetUploadResponse.upload_id: expected str, got "
                    + type(upload_id).__name__
                )
            _missing += 1

        asset_id = _get("asset_id", UNSET)
        if not (isinstance(asset_id, str)):
            if asset_id is not UNSET:
                raise TypeError(
                    "CreateAssetUploadResponse.asset_id: expected str, got "
                    + type(asset_id).__name__
                )
            _missing += 1

        _upload_urls = _get("upload_urls", UNSET)
        upload_urls: list[PresignedURLChunk] | Unset
        if isinstance(_upload_urls, list):
            upload_urls = list(map(PresignedURLChunk.from_dict, _upload_urls))
        elif isinstance(_upload_urls, Unset):
            upload_urls = UNSET
            _missing += 1
        else:
            raise TypeError(
                "CreateAssetUploadResponse.upload_urls: expected list[PresignedURLChunk], got "
                + type(_upload_urls).__name__
            )

        _upload_headers = _get("upload_headers", UNSET)
        upload_headers: CreateAssetUploadResponseUploadHeaders | Unset
        if isinstance(_upload_headers, Unset):
            upload_headers = UNSET
            _missing += 1
        else:
            upload_headers = CreateAssetUploadResponseUploadHeaders.from_dict(
                _upload_headers
            )

        chunk_size = _get("chunk_size", UNSET)
        if not (
            type(chunk_size) is int
            or (type(chunk_size) is float and chunk_size.is_integer())
        ):
            if chunk_size is not UNSET:
                raise TypeError(
                    "CreateAssetUploadResponse.chunk_size: expected int, got "
                    + type(chunk_size).__name__
                )
            _missing += 1

        total_chunks = _get("total_chunks", UNSET)
        if not (
            type(total_chunks) is int
            or (type(total_chunks) is float and total_chunks.is_integer())
        ):
            if total_chunks is not UNSET:
                raise TypeError(
                    "CreateAssetUploadResponse.total_chunks: expected int, got "
                    + type(total_chunks).__name__
                )
            _missing += 1

        _expires_at = _get("expires_at", UNSET)
        if _expires_at is UNSET:
            _missing += 1
        _expires_at = _expires_at
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _instance = cls.__new__(cls)
        _instance.upload_id = upload_id
        _instance.asset_id = asset_id
        _instance.upload_urls = upload_urls
        _instance.upload_headers = upload_headers
        _instance.chunk_size = chunk_size
        _instance.total_chunks = total_chunks
        _instance.expires_at = expires_at
        _instance.additional_properties = (
            {}
            if len(src_dict) == 7 - _missing
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


from ..models.create_asset_upload_response_upload_headers import (
    CreateAssetUploadResponseUploadHeaders,
)
from ..models.presigned_url_chunk import PresignedURLChunk
