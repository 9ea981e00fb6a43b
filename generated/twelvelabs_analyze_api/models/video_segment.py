from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoSegment")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "float",
        "start_offset_sec",
        "end_offset_sec",
        "embedding_option",
        "embedding_scope",
    ]
)


@_attrs_define
class VideoSegment:
    """An object that contains the video embedding and its start time. Each segment is between 2 and 10 seconds.

    Attributes:
        float_ (list[float] | Unset): An array of floating point numbers representing the embedding. You can use this
            array with cosine similarity for various downstream tasks. Note that the example response was truncated for
            brevity.
        start_offset_sec (float | Unset): The start time in seconds from the beginning of the file.
        end_offset_sec (float | Unset): The end time in seconds from the beginning of the file.
        embedding_option (str | Unset): The type of the embedding.
        embedding_scope (str | Unset): The scope of the video embedding.
    """

    float_: list[float] | Unset = UNSET
    start_offset_sec: float | Unset = UNSET
    end_offset_sec: float | Unset = UNSET
    embedding_option: str | Unset = UNSET
    embedding_scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.float_, Unset):
            field_dict["float"] = list(self.float_)

        if self.start_offset_sec is not UNSET:
            field_dict["start_offset_sec"] = self.start_offset_sec

        if self.end_offset_sec is not UNSET:
            field_dict["end_offset_sec"] = self.end_offset_sec

        if self.embedding_option is not UNSET:
            field_dict["embedding_option"] = self.embedding_option

        if self.embedding_scope is not UNSET:
            field_dict["embedding_scope"] = self.embedding_scope

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
        _float_ = _get("float", UNSET)
        float_: list[float] | Unset
        if isinstance(_float_, list):
            if not all(type(item) is float or type(item) is int for item in _float_):
                _bad = next(
                    item
                    for item in _float_
                    if not (type(item) is float or type(item) is int)
                )
                raise TypeError(
                    "VideoSegment.float: expected list[float], got a list holding "
                    + type(_bad).__name__
                )
            float_ = _float_
        elif isinstance(_float_, Unset):
            float_ = UNSET
            _missing += 1
        else:
            raise TypeError(
                "VideoSegment.float: expected list[float], got "
                + type(_float_).__name__
            )

        start_offset_sec = _get("start_offset_sec", UNSET)
        if not (type(start_offset_sec) is float or type(start_offset_sec) is int):
            if start_offset_sec is not UNSET:
                raise TypeError(
                    "VideoSegment.start_offset_sec: expected float, got "
                    + type(start_offset_sec).__name__
                )
            _missing += 1

        end_offset_sec = _get("end_offset_sec", UNSET)
        if not (type(end_offset_sec) is float or type(end_offset_sec) is int):
            if end_offset_sec is not UNSET:
                raise TypeError(
                    "VideoSegment.end_offset_sec: expected float, got "
                    + type(end_offset_sec).__name__
                )
            _missing += 1

        embedding_option = _get("embedding_option", UNSET)
        if not (isinstance(embedding_option, str)):
            if embedding_option is not UNSET:
                raise TypeError(
                    "VideoSegment.embedding_option: expected str, got "
                    + type(embedding_option).__name__
                )
            _missing += 1

        embedding_scope = _get("embedding_scope", UNSET)
        if not (isinstance(embedding_scope, str)):
            if embedding_scope is not UNSET:
                raise TypeError(
                    "VideoSegment.embedding_scope: expected str, got "
                    + type(embedding_scope).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.float_ = float_
        _instance.start_offset_sec = start_offset_sec
        _instance.end_offset_sec = end_offset_sec
        _instance.embedding_option = embedding_option
        _instance.embedding_scope = embedding_scope
        _instance.additional_properties = (
            {}
            if len(src_dict) == 5 - _missing
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
