from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.sme_media_source_media_type import (
    SmeMediaSourceMediaType,
    check_sme_media_source_media_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SMEMediaSource")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "media_type",
        "url",
        "asset_id",
        "base64_string",
    ]
)


@_attrs_define
class SMEMediaSource:
    """A reference image that provides visual context for segment identification. Provide exactly one of `url`, `asset_id`,
    or `base64_string`.

        Attributes:
            name (str): A descriptive name for this media source.
            media_type (SmeMediaSourceMediaType): The media type. Only `image` is available.
            url (str | Unset): A publicly accessible HTTPS URL of the image.
            asset_id (str | Unset): The unique identifier of an uploaded asset.
            base64_string (str | Unset): Base64-encoded image data. The maximum size is 30MB.
    """

    name: str
    media_type: SmeMediaSourceMediaType
    url: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    base64_string: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name

        field_dict["media_type"] = self.media_type

        if self.url is not UNSET:
            field_dict["url"] = self.url

        if self.asset_id is not UNSET:
            field_dict["asset_id"] = self.asset_id

        if self.base64_string is not UNSET:
            field_dict["base64_string"] = self.base64_string

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
        name = src_dict["name"]
        if not (isinstance(name, str)):
            raise TypeError(
                "SMEMediaSource.name: expected str, got " + type(name).__name__
            )

        media_type = check_sme_media_source_media_type(src_dict["media_type"])

        url = _get("url", UNSET)
        if not (isinstance(url, str)):
            if url is not UNSET:
                raise TypeError(
                    "SMEMediaSource.url: expected str, got " + type(url).__name__
                )
            _missing += 1

        asset_id = _get("asset_id", UNSET)
        if not (isinstance(asset_id, str)):
            if asset_id is not UNSET:
                raise TypeError(
                    "SMEMediaSource.asset_id: expected str, got "
                    + type(asset_id).__name__
                )
            _missing += 1

        base64_string = _get("base64_string", UNSET)
        if not (isinstance(base64_string, str)):
            if base64_string is not UNSET:
                raise TypeError(
                    "SMEMediaSource.base64_string: expected str, got "
                    + type(base64_string).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.name = name
        _instance.media_type = media_type
        _instance.url = url
        _instance.asset_id = asset_id
        _instance.base64_string = base64_string
        return _instance
