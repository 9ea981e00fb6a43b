from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.assets_create_request_method import (
    AssetsCreateRequestMethod,
    check_assets_create_request_method,
)
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="AssetsCreateRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "method",
        "file",
        "url",
        "filename",
        "enable_hls",
        "enable_thumbnail",
        "user_metadata",
    ]
)


@_attrs_define
class AssetsCreateRequest:
    """
    Attributes:
        method (AssetsCreateRequestMethod): Specifies the upload method for the asset. Use `direct` to upload a local
            file or `url` for a publicly accessible URL.
        file (File | Unset): Specify this parameter to upload a file from your local file system. This parameter is
            required when `method` is set to `direct`.

            Local video and audio files support up to 200 MB. Image files support up to 32 MB.
        url (str | Unset): Specify this parameter to upload a file from a publicly accessible URL. This parameter is
            required when `method` is set to `url`.

            Public video and audio URLs support up to 4 GB. Image URLs support up to 32 MB.
        filename (str | Unset): The optional filename of the asset. If not provided, the platform will determine the
            filename from the file or URL.
        enable_hls (bool | Unset): When set to `true`, the platform generates an HLS playlist and segments for
            streaming. Applicable to video and audio assets only.

            **Default**: `false`.
             Default: False.
        enable_thumbnail (bool | Unset): When set to `true`, the platform generates thumbnail images from the uploaded
            content.

            **Default**: `false`.
             Default: False.
        user_metadata (str | Unset): Metadata that helps you categorize your assets. You can specify a list of keys and
            values. Keys must be of type `string`, and values can be of the following types: `string`, `integer`, `float`,
            or `boolean`. Send this value as a JSON-encoded string.
    """

    method: AssetsCreateRequestMethod
    file: File | Unset = UNSET
    url: str | Unset = UNSET
    filename: str | Unset = UNSET
    enable_hls: bool | Unset = False
    enable_thumbnail: bool | Unset = False
    user_metadata: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["method"] = self.method

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        if file is not UNSET:
            field_dict["file"] = file

        if self.url is not UNSET:
            field_dict["url"] = self.url

        if self.filename is not UNSET:
            field_dict["filename"] = self.filename

        if self.enable_hls is not UNSET:
            field_dict["enable_hls"] = self.enable_hls

        if self.enable_thumbnail is not UNSET:
            field_dict["enable_thumbnail"] = self.enable_thumbnail

        if self.user_metadata is not UNSET:
            field_dict["user_metadata"] = self.user_metadata

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("method", (None, str(self.method).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.url, Unset):
            files.append(("url", (None, str(self.url).encode(), "text/plain")))

        if not isinstance(self.filename, Unset):
            files.append(
                ("filename", (None, str(self.filename).encode(), "text/plain"))
            )

        if not isinstance(self.enable_hls, Unset):
            files.append(
                ("enable_hls", (None, str(self.enable_hls).encode(), "text/plain"))
            )

        if not isinstance(self.enable_thumbnail, Unset):
            files.append(
                (
                    "enable_thumbnail",
                    (None, str(self.enable_thumbnail).encode(), "text/plain"),
                )
            )

        if not isinstance(self.user_metadata, Unset):
            files.append(
                (
                    "user_metadata",
                    (None, str(self.user_metadata).encode(), "text/plain"),
                )
            )

        return files

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
        method = check_assets_create_request_method(src_dict["method"])

        _file = _get("file", UNSET)
        if _file is UNSET:
            _missing += 1
        _file = _file
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        url = _get("url", UNSET)
        if not (isinstance(url, str)):
            if url is not UNSET:
                raise TypeError(
                    "AssetsCreateRequest.url: expected str, got " + type(url).__name__
                )
            _missing += 1

        filename = _get("filename", UNSET)
        if not (isinstance(filename, str)):
            if filename is not UNSET:
                raise TypeError(
                    "AssetsCreateRequest.filename: expected str, got "
                    + type(filename).__name__
                )
            _missing += 1

        enable_hls = _get("enable_hls", UNSET)
        if not (isinstance(enable_hls, bool)):
            if enable_hls is not UNSET:
                raise TypeError(
                    "AssetsCreateRequest.enable_hls: expected bool, got "
                    + type(enable_hls).__name__
                )
            _missing += 1

        enable_thumbnail = _get("enable_thumbnail", UNSET)
        if not (isinstance(enable_thumbnail, bool)):
            if enable_thumbnail is not UNSET:
                raise TypeError(
                    "AssetsCreateRequest.enable_thumbnail: expected bool, got "
                    + type(enable_thumbnail).__name__
                )
            _missing += 1

        user_metadata = _get("user_metadata", UNSET)
        if not (isinstance(user_metadata, str)):
            if user_metadata is not UNSET:
                raise TypeError(
                    "AssetsCreateRequest.user_metadata: expected str, got "
                    + type(user_metadata).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.method = method
        _instance.file = file
        _instance.url = url
        _instance.filename = filename
        _instance.enable_hls = enable_hls
        _instance.enable_thumbnail = enable_thumbnail
        _instance.user_metadata = user_metadata
        return _instance
