from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssetsReplaceUserMetadataRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "user_metadata",
    ]
)


@_attrs_define
class AssetsReplaceUserMetadataRequest:
    """
    Attributes:
        user_metadata (UserMetadata): Metadata that helps you categorize your assets. The object contains user-defined
            keys and values, where keys are strings and values are one of `string`, `integer`, `float`, or `boolean`.

            **Example**:
            ```JSON
            "user_metadata": {
              "category": "recentlyAdded",
              "batchNumber": 5,
              "rating": 9.3,
              "needsReview": true
            }
            ```

            <Note title="Note">
            To store other types of data, such as objects or arrays, convert your data into string values before sending it.
            </Note>
    """

    user_metadata: UserMetadata

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["user_metadata"] = self.user_metadata.to_dict()

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
        user_metadata = UserMetadata.from_dict(src_dict["user_metadata"])

        _instance = cls.__new__(cls)
        _instance.user_metadata = user_metadata
        return _instance


from ..models.user_metadata import UserMetadata
