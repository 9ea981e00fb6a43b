from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_source_details_provider import (
    AssetSourceDetailsProvider,
    check_asset_source_details_provider,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetSourceDetails")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "provider",
        "source_id",
        "original_filename",
        "source_link",
    ]
)


@_attrs_define
class AssetSourceDetails:
    """Provider-specific details about the origin of the file. The fields depend on the value of the `type` field.

    Attributes:
        provider (AssetSourceDetailsProvider | Unset): The data connector provider.
        source_id (str | Unset): The identifier of the file at the provider. For Google Drive, this is the Drive file
            identifier.
        original_filename (str | Unset): The name of the file at the provider when it was imported.
        source_link (str | Unset): A link to the file at the provider.
    """

    provider: AssetSourceDetailsProvider | Unset = UNSET
    source_id: str | Unset = UNSET
    original_filename: str | Unset = UNSET
    source_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.provider is not UNSET:
            field_dict["provider"] = self.provider

        if self.source_id is not UNSET:
            field_dict["source_id"] = self.source_id

        if self.original_filename is not UNSET:
            field_dict["original_filename"] = self.original_filename

        if self.source_link is not UNSET:
            field_dict["source_link"] = self.source_link

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
        _provider = _get("provider", UNSET)
        provider: AssetSourceDetailsProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
            _missing += 1
        else:
            provider = check_asset_source_details_provider(_provider)

        source_id = _get("source_id", UNSET)
        if not (isinstance(source_id, str)):
            if source_id is not UNSET:
                raise TypeError(
                    "AssetSourceDetails.source_id: expected str, got "
                    + type(source_id).__name__
                )
            _missing += 1

        original_filename = _get("original_filename", UNSET)
        if not (isinstance(original_filename, str)):
            if original_filename is not UNSET:
                raise TypeError(
                    "AssetSourceDetails.original_filename: expected str, got "
                    + type(original_filename).__name__
                )
            _missing += 1

        source_link = _get("source_link", UNSET)
        if not (isinstance(source_link, str)):
            if source_link is not UNSET:
                raise TypeError(
                    "AssetSourceDetails.source_link: expected str, got "
                    + type(source_link).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.provider = provider
        _instance.source_id = source_id
        _instance.original_filename = original_filename
        _instance.source_link = source_link
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
