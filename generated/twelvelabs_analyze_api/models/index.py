from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Index")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "_id",
        "created_at",
        "updated_at",
        "expires_at",
        "index_name",
        "total_duration",
        "video_count",
        "models",
        "addons",
    ]
)


@_attrs_define
class Index:
    """An index groups one or more videos stored as vectors and is the most granular level at which you can perform a
    search.

        Attributes:
            id (str | Unset): A string representing the unique identifier of the index. It is assigned by the platform when
                an index is created.
            created_at (str | Unset): A string representing the date and time, in the RFC 3339 format
                ("YYYY-MM-DDTHH:mm:ssZ"), that the index was created.
            updated_at (str | Unset): A string representing the date and time, in the RFC 3339 format
                ("YYYY-MM-DDTHH:mm:ssZ"), that the index has been updated.
            expires_at (str | Unset): A string representing the date and time, in the RFC 3339 format
                ("YYYY-MM-DDTHH:mm:ssZ"), when your index will expire.

                If you're on the Free plan, the platform retains your index data for 90 days from creation. After this period,
                the platform deletes your index data, and this action cannot be undone. To continue using your index beyond this
                period, consider upgrading to the Developer plan, which offers unlimited index retention. For details, see the
                [Upgrade your plan](https://docs.twelvelabs.io/v1.3/docs/get-started/manage-your-plan#upgrade-your-plan)
                section.

                If you're on the Developer plan, this field is set to `null`, indicating no expiration.
            index_name (str | Unset): A string representing the name of the index.
            total_duration (float | Unset): A number representing the total duration, in seconds, of the videos in the
                index.
            video_count (float | Unset): The number of videos uploaded to this index.
            models (list[IndexModelsItems] | Unset): An array containing the list of the [video understanding
                models](https://docs.twelvelabs.io/v1.3/docs/concepts/models) enabled for this index.
            addons (list[str] | Unset): The list of the add-ons that are enabled for this index.
    """

    id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    expires_at: str | Unset = UNSET
    index_name: str | Unset = UNSET
    total_duration: float | Unset = UNSET
    video_count: float | Unset = UNSET
    models: list[IndexModelsItems] | Unset = UNSET
    addons: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["_id"] = self.id

        if self.created_at is not UNSET:
            field_dict["created_at"] = self.created_at

        if self.updated_at is not UNSET:
            field_dict["updated_at"] = self.updated_at

        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at

        if self.index_name is not UNSET:
            field_dict["index_name"] = self.index_name

        if self.total_duration is not UNSET:
            field_dict["total_duration"] = self.total_duration

        if self.video_count is not UNSET:
            field_dict["video_count"] = self.video_count

        if not isinstance(self.models, Unset):
            field_dict["models"] = [item.to_dict() for item in self.models]

        if not isinstance(self.addons, Unset):
            field_dict["addons"] = list(self.addons)

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
        id = _get("_id", UNSET)
        if not (isinstance(id, str)):
            if id is not UNSET:
                raise TypeError("Index._id: expected str, got " + type(id).__name__)
            _missing += 1

        created_at = _get("created_at", UNSET)
        if not (isinstance(created_at, str)):
            if created_at is not UNSET:
                raise TypeError(
                    "Index.created_at: expected str, got " + type(created_at).__name__
                )
            _missing += 1

        updated_at = _get("updated_at", UNSET)
        if not (isinstance(updated_at, str)):
            if updated_at is not UNSET:
                raise TypeError(
                    "Index.updated_at: expected str, got " + type(updated_at).__name__
                )
            _missing += 1

        expires_at = _get("expires_at", UNSET)
        if not (isinstance(expires_at, str)):
            if expires_at is not UNSET:
                raise TypeError(
                    "Index.expires_at: expected str, got " + type(expires_at).__name__
                )
            _missing += 1

        index_name = _get("index_name", UNSET)
        if not (isinstance(index_name, str)):
            if index_name is not UNSET:
                raise TypeError(
                    "Index.index_name: expected str, got " + type(index_name).__name__
                )
            _missing += 1

        total_duration = _get("total_duration", UNSET)
        if not (type(total_duration) is float or type(total_duration) is int):
            if total_duration is not UNSET:
                raise TypeError(
                    "Index.total_duration: expected float, got "
                    + type(total_duration).__name__
                )
            _missing += 1

        video_count = _get("video_count", UNSET)
        if not (type(video_count) is float or type(video_count) is int):
            if video_count is not UNSET:
                raise TypeError(
                    "Index.video_count: expected float, got "
                    + type(video_count).__name__
                )
            _missing += 1

        _models = _get("models", UNSET)
        models: list[IndexModelsItems] | Unset
        if isinstance(_models, list):
            models = list(map(IndexModelsItems.from_dict, _models))
        elif isinstance(_models, Unset):
            models = UNSET
            _missing += 1
        else:
            raise TypeError(
                "Index.models: expected list[IndexModelsItems], got "
                + type(_models).__name__
            )

        _addons = _get("addons", UNSET)
        addons: list[str] | Unset
        if isinstance(_addons, list):
            if not all(map(str.__instancecheck__, _addons)):
                _bad = next(item for item in _addons if not (isinstance(item, str)))
                raise TypeError(
                    "Index.addons: expected list[str], got a list holding "
                    + type(_bad).__name__
                )
            addons = _addons
        elif isinstance(_addons, Unset):
            addons = UNSET
            _missing += 1
        else:
            raise TypeError(
                "Index.addons: expected list[str], got " + type(_addons).__name__
            )

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.created_at = created_at
        _instance.updated_at = updated_at
        _instance.expires_at = expires_at
        _instance.index_name = index_name
        _instance.total_duration = total_duration
        _instance.video_count = video_count
        _instance.models = models
        _instance.addons = addons
        _instance.additional_properties = (
            {}
            if len(src_dict) == 9 - _missing
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


from ..models.index_models_items import IndexModelsItems
