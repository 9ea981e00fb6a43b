from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndexesCreateRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "index_name",
        "models",
        "addons",
    ]
)


@_attrs_define
class IndexesCreateRequest:
    """
    Attributes:
        index_name (str): The name of the index. Make sure you use a succinct and descriptive name.
        models (list[IndexesCreateRequestModelsItem]): An array that specifies the [video understanding
            models](https://docs.twelvelabs.io/v1.3/docs/concepts/models) and the [model
            options](https://docs.twelvelabs.io/v1.3/docs/concepts/modalities#model-options) to be enabled for this index.
            Models determine what tasks you can perform with your videos. Model options determine which modalities the
            platform analyzes.
        addons (list[str] | Unset): An array specifying which add-ons should be enabled. Each entry in the array is an
            addon, and the following values are supported:
            - `thumbnail`: Enables thumbnail generation.

            If you don't provide this parameter, no add-ons will be enabled.

            <Note title="Notes">
            - You can only enable addons when using the Marengo video understanding model.
            - You cannot disable an add-on once the index has been created.
            </Note>
    """

    index_name: str
    models: list[IndexesCreateRequestModelsItem]
    addons: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["index_name"] = self.index_name

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
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``)."""
        try:
            _get = src_dict.get
        except AttributeError:
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            ) from None
        _missing = 0
        index_name = src_dict["index_name"]
        if not (isinstance(index_name, str)):
            raise TypeError(
                "IndexesCreateRequest.index_name: expected str, got "
                + type(index_name).__name__
            )

        _models = src_dict["models"]
        models: list[IndexesCreateRequestModelsItem]
        if isinstance(_models, list):
            models = list(map(IndexesCreateRequestModelsItem.from_dict, _models))
        else:
            raise TypeError(
                "IndexesCreateRequest.models: expected list[IndexesCreateRequestModelsItem], got "
                + type(_models).__name__
            )

        _addons = _get("addons", UNSET)
        addons: list[str] | Unset
        if isinstance(_addons, list):
            if not all(map(str.__instancecheck__, _addons)):
                _bad = next(item for item in _addons if not (isinstance(item, str)))
                raise TypeError(
                    "IndexesCreateRequest.addons: expected list[str], got a list holding "
                    + type(_bad).__name__
                )
            addons = _addons
        elif isinstance(_addons, Unset):
            addons = UNSET
            _missing += 1
        else:
            raise TypeError(
                "IndexesCreateRequest.addons: expected list[str], got "
                + type(_addons).__name__
            )

        _instance = cls.__new__(cls)
        _instance.index_name = index_name
        _instance.models = models
        _instance.addons = addons
        return _instance


from ..models.indexes_create_request_models_item import IndexesCreateRequestModelsItem
