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

T = TypeVar("T", bound="GetUploadStatusResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "upload_id",
        "status",
        "uploaded_chunks",
        "chunks_completed",
        "chunks_failed",
        "chunks_pending",
        "page_info",
        "total_size",
        "uploaded_size",
        "created_at",
        "updated_at",
    ]
)


@_attrs_define
class GetUploadStatusResponse:
    """
    Attributes:
        upload_id (str | Unset): The unique identifier of your upload session.
        status (MultipartUploadStatusType | str | Unset): The status of your upload session. This field can take one of
            the following values:
            - `active`: The upload session is currently in progress. Continue uploading and reporting the completion of each
            chunk.
            - `completed`: The platform received the file. The asset is created in the `processing` status and is not yet
            ready to use. Poll the [Retrieve an
            asset](https://docs.twelvelabs.io/v1.3/api-reference/upload-content/direct-uploads/retrieve) endpoint until the
            status of the asset is `ready` before you use it.
            - `failed`: The upload session failed. You must restart with a new session.
            - `expired`: The upload session expired after 24 hours. You must create a new session.
        uploaded_chunks (list[ChunkInfo] | Unset): Detailed status for each chunk.
        chunks_completed (int | Unset): The number of chunks successfully uploaded and reported. When this value equals
            `total_chunks`, the status of your upload session transitions to `completed`.
        chunks_failed (int | Unset): The number of chunks that failed to upload. If the number is greater than 0, check
            the `uploaded_chunks` array for specific failures and retry those chunks.
        chunks_pending (int | Unset): The number of chunks not yet successfully uploaded. This value is calculated as:
            `total_chunks` - `chunks_completed` - `chunks_failed`.
        page_info (PageInfo | Unset): An object that provides information about pagination.
        total_size (int | Unset): The size of your file in bytes. You provided this value when you created the upload
            session.
        uploaded_size (int | Unset): The number of bytes successfully uploaded
        created_at (datetime.datetime | Unset): A string representing the date and time, in RFC 3339 format
            (“YYYY-MM-DDTHH:mm:ssZ”), when the resource was created.
        updated_at (datetime.datetime | Unset): A string representing the date and time, in RFC 3339 format
            (“YYYY-MM-DDTHH:mm:ssZ”), when the resource was last updated.
    """

    upload_id: str | Unset = UNSET
    status: MultipartUploadStatusType | str | Unset = UNSET
    uploaded_chunks: list[ChunkInfo] | Unset = UNSET
    chunks_completed: int | Unset = UNSET
    chunks_failed: int | Unset = UNSET
    chunks_pending: int | Unset = UNSET
    page_info: PageInfo | Unset = UNSET
    total_size: int | Unset = UNSET
    uploaded_size: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.upload_id is not UNSET:
            field_dict["upload_id"] = self.upload_id

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if not isinstance(self.uploaded_chunks, Unset):
            field_dict["uploaded_chunks"] = [
                item.to_dict() for item in self.uploaded_chunks
            ]

        if self.chunks_completed is not UNSET:
            field_dict["chunks_completed"] = self.chunks_completed

        if self.chunks_failed is not UNSET:
            field_dict["chunks_failed"] = self.chunks_failed

        if self.chunks_pending is not UNSET:
            field_dict["chunks_pending"] = self.chunks_pending

        if not isinstance(self.page_info, Unset):
            field_dict["page_info"] = self.page_info.to_dict()

        if self.total_size is not UNSET:
            field_dict["total_size"] = self.total_size

        if self.uploaded_size is not UNSET:
            field_dict["uploaded_size"] = self.uploaded_size

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
                    "GetUploadStatusResponse.upload_id: expected str, got "
                    + type(upload_id).__name__
                )
            _missing += 1

        status = _get("status", UNSET)
        if not (isinstance(status, str)):
            if status is not UNSET:
                raise TypeError(
                    "GetUploadStatusResponse.status: expected MultipartUploadStatusType | str, got "
                    + type(status).__name__
                )
            _missing += 1

        _uploaded_chunks = _get("uploaded_chunks", UNSET)
        uploaded_chunks: list[ChunkInfo] | Unset
        if isinstance(_uploaded_chunks, list):
            uploaded_chunks = list(map(ChunkInfo.from_dict, _uploaded_chunks))
        elif isinstance(_uploaded_chunks, Unset):
            uploaded_chunks = UNSET
            _missing += 1
        else:
            raise TypeError(
                "GetUploadStatusResponse.uploaded_chunks: expected list[ChunkInfo], got "
                + type(_uploaded_chunks).__name__
            )

        chunks_completed = _get("chunks_completed", UNSET)
        if not (
            type(chunks_completed) is int
            or (type(chunks_completed) is float and chunks_completed.is_integer())
        ):
            if chunks_completed is not UNSET:
                raise TypeError(
                    "GetUploadStatusResponse.chunks_completed: expected int, got "
                    + type(chunks_completed).__name__
                )
            _missing += 1

        chunks_failed = _get("chunks_failed", UNSET)
        if not (
            type(chunks_failed) is int
            or (type(chunks_failed) is float and chunks_failed.is_integer())
        ):
            if chunks_failed is not UNSET:
                raise TypeError(
                    "GetUploadStatusResponse.chunks_failed: expected int, got "
                    + type(chunks_failed).__name__
                )
            _missing += 1

        chunks_pending = _get("chunks_pending", UNSET)
        if not (
            type(chunks_pending) is int
            or (type(chunks_pending) is float and chunks_pending.is_integer())
        ):
            if chunks_pending is not UNSET:
                raise TypeError(
                    "GetUploadStatusResponse.chunks_pending: expected int, got "
                    + type(chunks_pending).__name__
                )
            _missing += 1

        _page_info = _get("page_info", UNSET)
        page_info: PageInfo | Unset
        if isinstance(_page_info, Unset):
            page_info = UNSET
            _missing += 1
        else:
            page_info = PageInfo.from_dict(_page_info)

        total_size = _get("total_size", UNSET)
        if not (
            type(total_size) is int
            or (type(total_size) is float and total_size.is_integer())
        ):
            if total_size is not UNSET:
                raise TypeError(
                    "GetUploadStatusResponse.total_size: expected int, got "
                    + type(total_size).__name__
                )
            _missing += 1

        uploaded_size = _get("uploaded_size", UNSET)
        if not (
            type(uploaded_size) is int
            or (type(uploaded_size) is float and uploaded_size.is_integer())
        ):
            if uploaded_size is not UNSET:
                raise TypeError(
                    "GetUploadStatusResponse.uploaded_size: expected int, got "
                    + type(uploaded_size).__name__
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

        _updated_at = _get("updated_at", UNSET)
        if _updated_at is UNSET:
            _missing += 1
        _updated_at = _updated_at
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _instance = cls.__new__(cls)
        _instance.upload_id = upload_id
        _instance.status = status
        _instance.uploaded_chunks = uploaded_chunks
        _instance.chunks_completed = chunks_completed
        _instance.chunks_failed = chunks_failed
        _instance.chunks_pending = chunks_pending
        _instance.page_info = page_info
        _instance.total_size = total_size
        _instance.uploaded_size = uploaded_size
        _instance.created_at = created_at
        _instance.updated_at = updated_at
        _instance.additional_properties = (
            {}
            if len(src_dict) == 11 - _missing
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


from ..models.chunk_info import ChunkInfo
from ..models.page_info import PageInfo
