from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeTaskResponseRequestParamsImageItem")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "media_type",
        "url",
        "asset_id",
    ]
)


@_attrs_define
class AnalyzeTaskResponseRequestParamsImageItem:
    """An image of the request. For a `base64_string` image only `name` and `media_type` come back.

    Attributes:
        name (str | Unset): The name you gave the image.
        media_type (str | Unset): The media type; always `image`.
        url (str | Unset): Present when the image was given as a URL.
        asset_id (str | Unset): Present when the image was given as an asset.
    """

    name: str | Unset = UNSET
    media_type: str | Unset = UNSET
    url: str | Unset = UNSET
    asset_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not UNSET:
            field_dict["name"] = self.name

        if self.media_type is not UNSET:
            field_dict["media_type"] = self.media_type

        if self.url is not UNSET:
            field_dict["url"] = self.url

        if self.asset_id is not UNSET:
            field_dict["asset_id"] = self.asset_id

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
        name = _get("name", UNSET)
        if not (isinstance(name, str)):
            if name is not UNSET:
                raise TypeError(
                    "AnalyzeTaskResponseRequestParamsImageItem.name: expected str, got "
                    + type(name).__name__
                )
            _missing += 1

        media_type = _get("media_type", UNSET)
        if not (isinstance(media_type, str)):
            if media_type is not UNSET:
                raise TypeError(
                    "AnalyzeTaskResponseRequestParamsImageItem.media_type: expected str, got "
                    + type(media_type).__name__
                )
            _missing += 1

        url = _get("url", UNSET)
        if not (isinstance(url, str)):
            if url is not UNSET:
                raise TypeError(
                    "AnalyzeTaskResponseRequestParamsImageItem.url: expected str, got "
                    + type(url).__name__
                )
            _missing += 1

        asset_id = _get("asset_id", UNSET)
        if not (isinstance(asset_id, str)):
            if asset_id is not UNSET:
                raise TypeError(
                    "AnalyzeTaskResponseRequestParamsImageItem.asset_id: expected str, got "
                    + type(asset_id).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.name = name
        _instance.media_type = media_type
        _instance.url = url
        _instance.asset_id = asset_id
        _instance.additional_properties = (
            {}
            if len(src_dict) == 4 - _missing
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
