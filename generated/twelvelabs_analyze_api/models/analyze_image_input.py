from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeImageInput")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "url",
        "asset_id",
        "base64_string",
    ]
)


@_attrs_define
class AnalyzeImageInput:
    """An image to analyze. Provide exactly one of `url`, `asset_id`, or `base64_string`. Each image can be up to 20 MB and
    16,777,216 pixels (width × height); supported formats: JPEG, PNG, WebP, GIF, and BMP.

        Attributes:
            name (str): The name of this image, unique within the `image` array: letters, digits and underscores. Refer to
                it in the prompt as `<@name>` (every image or none).
            url (str | Unset): A publicly accessible HTTPS URL of the image. The platform rejects HTTP URLs.
            asset_id (str | Unset): The unique identifier of an uploaded asset.
            base64_string (str | Unset): Base64-encoded image data, at most 20 MB decoded.
    """

    name: str
    url: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    base64_string: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name

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
                "AnalyzeImageInput.name: expected str, got " + type(name).__name__
            )

        url = _get("url", UNSET)
        if not (isinstance(url, str)):
            if url is not UNSET:
                raise TypeError(
                    "AnalyzeImageInput.url: expected str, got " + type(url).__name__
                )
            _missing += 1

        asset_id = _get("asset_id", UNSET)
        if not (isinstance(asset_id, str)):
            if asset_id is not UNSET:
                raise TypeError(
                    "AnalyzeImageInput.asset_id: expected str, got "
                    + type(asset_id).__name__
                )
            _missing += 1

        base64_string = _get("base64_string", UNSET)
        if not (isinstance(base64_string, str)):
            if base64_string is not UNSET:
                raise TypeError(
                    "AnalyzeImageInput.base64_string: expected str, got "
                    + type(base64_string).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.name = name
        _instance.url = url
        _instance.asset_id = asset_id
        _instance.base64_string = base64_string
        return _instance
