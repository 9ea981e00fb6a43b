from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.multipart_upload_status_type import (
    MultipartUploadStatusType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncompleteUploadSummary")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "upload_id",
        "status",
        "total_size",
        "chunk_size",
        "total_chunks",
        "created_at",
        "expires_at",
    ]
)


@_attrs_define
class IncompleteUploadSummary:
    """
    Attributes:
        upload_id (str): The unique identifier of your upload session.
        status (MultipartUploadStatusType | str): The status of your upload session. This field can take one of the
            following values:
            - `active`: The upload session is currently in progress. Continue uploading and reporting the completion of each
            chunk.
            - `completed`: The platform received the file. The asset is created in the `processing` status and is not yet
            ready to use. Poll the [Retrieve an
            asset](https://docs.twelvelabs.io/v1.3/api-reference/upload-content/direct-uploads/retrieve) endpoint until the
            status of the asset is `ready` before you use it.
            - `failed`: The upload session failed. You must restart with a new session.
            - `expired`: The upload session expired after 24 hours. You must create a new session.
        total_size (int): Total size of the file in bytes.
        chunk_size (int): The size of each chunk in bytes.
        total_chunks (int): The total number of chunks in this upload session.
        created_at (datetime.datetime | Unset): A string representing the date and time, in RFC 3339 format
            (“YYYY-MM-DDTHH:mm:ssZ”), when the resource was created.
        expires_at (datetime.datetime | Unset): A string representing the date and time, in RFC 3339 format
            ("YYYY-MM-DDTHH:mm:ssZ"), when the resource will expire.
    """

    upload_id: str
    status: MultipartUploadStatusType | str
    total_size: int
    chunk_size: int
    total_chunks: int
    created_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["upload_id"] = self.upload_id

        field_dict["status"] = self.status

        field_dict["total_size"] = self.total_size

        field_dict["chunk_size"] = self.chunk_size

        field_dict["total_chunks"] = self.total_chunks

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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
        upload_id = src_dict["upload_id"]
        if not (isinstance(upload_id, str)):
            raise TypeError(
                "IncompleteUploadSummary.upload_id: expected str, got "
                + type(upload_id).__name__
            )

        status = src_dict["status"]
        if not (isinstance(status, str)):
            raise TypeError(
                "IncompleteUploadSummary.status: expected MultipartUploadStatusType | str, got "
                + type(status).__name__
            )

        total_size = src_dict["total_size"]
        if not (
            type(total_size) is int
            or (type(total_size) is float and total_size.is_integer())
        ):
            raise TypeError(
                "IncompleteUploadSummary.total_size: expected int, got "
                + type(total_size).__name__
            )

        chunk_size = src_dict["chunk_size"]
        if not (
            type(chunk_size) is int
            or (type(chunk_size) is float and chunk_size.is_integer())
        ):
            raise TypeError(
                "IncompleteUploadSummary.chunk_size: expected int, got "
                + type(chunk_size).__name__
            )

        total_chunks = src_dict["total_chunks"]
        if not (
            type(total_chunks) is int
            or (type(total_chunks) is float and total_chunks.is_integer())
        ):
            raise TypeError(
                "IncompleteUploadSummary.total_chunks: expected int, got "
                + type(total_chunks).__name__
            )

        _created_at = _get("created_at", UNSET)
        if _created_at is UNSET:
            _missing += 1
        _created_at = _created_at
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

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
        _instance.status = status
        _instance.total_size = total_size
        _instance.chunk_size = chunk_size
        _instance.total_chunks = total_chunks
        _instance.created_at = created_at
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
