from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="IndexesCreateRequestModelsItem")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "model_name",
        "model_options",
    ]
)


@_attrs_define
class IndexesCreateRequestModelsItem:
    """
    Attributes:
        model_name (str): The name of the model. The following models are available:

              - **Embedding**: These models are proficient at performing tasks such as search and classification, enabling
            enhanced video understanding.

                - `marengo3.0`: Enhanced model with sports intelligence and extended content support.

              - **Generative**: These models generate text based on your videos.

                - `pegasus1.2`: A model that analyzes multiple modalities to generate contextually relevant text based on
            the content of your videos.

            <Note title="Note">
            You cannot change the model configuration once the index has been created.
            </Note>
        model_options (list[str]): An array that specifies which modalities the platform analyzes. For the Marengo and
            Pegasus models, you can specify one or both of the following model options: `visual` and `audio`. For more
            details, see the [Model options](https://docs.twelvelabs.io/v1.3/docs/concepts/modalities#model-options)
            section.
    """

    model_name: str
    model_options: list[str]

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["model_name"] = self.model_name

        field_dict["model_options"] = list(self.model_options)

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
        model_name = src_dict["model_name"]
        if not (isinstance(model_name, str)):
            raise TypeError(
                "IndexesCreateRequestModelsItem.model_name: expected str, got "
                + type(model_name).__name__
            )

        _model_options = src_dict["model_options"]
        model_options: list[str]
        if isinstance(_model_options, list):
            if not all(map(str.__instancecheck__, _model_options)):
                _bad = next(
                    item for item in _model_options if not (isinstance(item, str))
                )
                raise TypeError(
                    "IndexesCreateRequestModelsItem.model_options: expected list[str], got a list holding "
                    + type(_bad).__name__
                )
            model_options = _model_options
        else:
            raise TypeError(
                "IndexesCreateRequestModelsItem.model_options: expected list[str], got "
                + type(_model_options).__name__
            )

        _instance = cls.__new__(cls)
        _instance.model_name = model_name
        _instance.model_options = model_options
        return _instance
