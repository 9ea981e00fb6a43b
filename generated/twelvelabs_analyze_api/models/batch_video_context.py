from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.batch_video_context_type import (
    BatchVideoContextType,
    check_batch_video_context_type,
)

T = TypeVar("T", bound="BatchVideoContext")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "type",
        "asset_id",
    ]
)


@_attrs_define
class BatchVideoContext:
    """Identifies the asset to analyze.

    Attributes:
        type_ (BatchVideoContextType): Set this field to `asset_id` to indicate that you're providing the video as an
            asset.
        asset_id (str): The unique identifier of an asset from a
            [direct](https://docs.twelvelabs.io/v1.3/api-reference/upload-content/direct-uploads) or
            [multipart](https://docs.twelvelabs.io/v1.3/api-reference/upload-content/multipart-uploads) upload. The asset
            status must be `ready`. Use the [Retrieve an
            asset](https://docs.twelvelabs.io/v1.3/api-reference/upload-content/direct-uploads/retrieve) method to check the
            status.
    """

    type_: BatchVideoContextType
    asset_id: str

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type_

        field_dict["asset_id"] = self.asset_id

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``)."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            )
        type_ = check_batch_video_context_type(src_dict["type"])

        asset_id = src_dict["asset_id"]
        if not (isinstance(asset_id, str)):
            raise TypeError(
                "BatchVideoContext.asset_id: expected str, got "
                + type(asset_id).__name__
            )

        _instance = cls.__new__(cls)
        _instance.type_ = type_
        _instance.asset_id = asset_id
        return _instance
