from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndexModelsItems")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "model_name",
        "model_options",
    ]
)


@_attrs_define
class IndexModelsItems:
    """
    Attributes:
        model_name (str | Unset): A string representing the name of the model.
        model_options (list[str] | Unset): An array of strings that contains the [model
            options](https://docs.twelvelabs.io/v1.3/docs/concepts/modalities#model-options) enabled for this index.
    """

    model_name: str | Unset = UNSET
    model_options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.model_name is not UNSET:
            field_dict["model_name"] = self.model_name

        if not isinstance(self.model_options, Unset):
            field_dict["model_options"] = list(self.model_options)

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
        model_name = _get("model_name", UNSET)
        if not (isinstance(model_name, str)):
            if model_name is not UNSET:
                raise TypeError(
                    "IndexModelsItems.model_name: expected str, got "
                    + type(model_name).__name__
                )
            _missing += 1

        _model_options = _get("model_options", UNSET)
        model_options: list[str] | Unset
        if isinstance(_model_options, list):
            if not all(map(str.__instancecheck__, _model_options)):
                _bad = next(
                    item for item in _model_options if not (isinstance(item, str))
                )
                raise TypeError(
                    "IndexModelsItems.model_options: expected list[str], got a list holding "
                    + type(_bad).__name__
                )
            model_options = _model_options
        elif isinstance(_model_options, Unset):
            model_options = UNSET
            _missing += 1
        else:
            raise TypeError(
                "IndexModelsItems.model_options: expected list[str], got "
                + type(_model_options).__name__
            )

        _instance = cls.__new__(cls)
        _instance.model_name = model_name
        _instance.model_options = model_options
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
