from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_hls_status import AssetHlsStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetHLS")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "manifest_url",
        "status",
    ]
)


@_attrs_define
class AssetHLS:
    """HLS streaming details for the asset. Present only when HLS generation has been requested. Omitted otherwise.

    Attributes:
        manifest_url (str | Unset): The URL of the HLS manifest file for streaming. Only present when the status of the
            HLS stream is `ready`.
        status (AssetHlsStatus | str | Unset): The status of the HLS stream.

            **Values**:
            - `pending`: The platform has not yet started HLS generation
            - `processing`: The platform is generating HLS segments
            - `ready`: The HLS stream is ready for playback
            - `error`: HLS generation failed
    """

    manifest_url: str | Unset = UNSET
    status: AssetHlsStatus | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.manifest_url is not UNSET:
            field_dict["manifest_url"] = self.manifest_url

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
        manifest_url = _get("manifest_url", UNSET)
        if not (isinstance(manifest_url, str)):
            if manifest_url is not UNSET:
                raise TypeError(
                    "AssetHLS.manifest_url: expected str, got "
                    + type(manifest_url).__name__
                )
            _missing += 1

        status = _get("status", UNSET)
        if not (isinstance(status, str)):
            if status is not UNSET:
                raise TypeError(
                    "AssetHLS.status: expected AssetHlsStatus | str, got "
                    + type(status).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.manifest_url = manifest_url
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
