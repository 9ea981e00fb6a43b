from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_source_type import AssetSourceType, check_asset_source_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetSource")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "type",
        "details",
    ]
)


@_attrs_define
class AssetSource:
    """Describes where an asset came from. The platform sets this field for assets imported through a connector; it is
    absent for assets uploaded directly to the `/assets` endpoint.

        Attributes:
            type_ (AssetSourceType | Unset): The kind of source.
            details (AssetSourceDetails | Unset): Provider-specific details about the origin of the file. The fields depend
                on the value of the `type` field.
    """

    type_: AssetSourceType | Unset = UNSET
    details: AssetSourceDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if not isinstance(self.details, Unset):
            field_dict["details"] = self.details.to_dict()

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
        _type_ = _get("type", UNSET)
        type_: AssetSourceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
            _missing += 1
        else:
            type_ = check_asset_source_type(_type_)

        _details = _get("details", UNSET)
        details: AssetSourceDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
            _missing += 1
        else:
            details = AssetSourceDetails.from_dict(_details)

        _instance = cls.__new__(cls)
        _instance.type_ = type_
        _instance.details = details
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


from ..models.asset_source_details import AssetSourceDetails
