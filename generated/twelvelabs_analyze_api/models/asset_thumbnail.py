from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_thumbnail_status import (
    AssetThumbnailStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetThumbnail")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "representative_url",
        "status",
    ]
)


@_attrs_define
class AssetThumbnail:
    """Thumbnail details for the asset. Present only when thumbnail generation has been requested. Omitted otherwise.

    Attributes:
        representative_url (str | Unset): The URL of the representative thumbnail image. Only present when the status of
            the thumbnail is `ready`.
        status (AssetThumbnailStatus | str | Unset): The status of the thumbnail.

            **Values**:
            - `pending`: The platform has not yet started thumbnail generation
            - `processing`: The platform is generating the thumbnail
            - `ready`: The thumbnail is ready
            - `error`: Thumbnail generation failed
    """

    representative_url: str | Unset = UNSET
    status: AssetThumbnailStatus | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.representative_url is not UNSET:
            field_dict["representative_url"] = self.representative_url

        if self.status is not UNSET:
            field_dict["status"] = self.status

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
        representative_url = _get("representative_url", UNSET)
        if not (isinstance(representative_url, str)):
            if representative_url is not UNSET:
                raise TypeError(
                    "AssetThumbnail.representative_url: expected str, got "
                    + type(representative_url).__name__
                )
            _missing += 1

        status = _get("status", UNSET)
        if not (isinstance(status, str)):
            if status is not UNSET:
                raise TypeError(
                    "AssetThumbnail.status: expected AssetThumbnailStatus | str, got "
                    + type(status).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.representative_url = representative_url
        _instance.status = status
        _instance.additional_properties = (
            {}
            if len(src_dict) == 2 - _missing
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
