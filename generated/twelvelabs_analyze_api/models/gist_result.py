from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GistResult")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "title",
        "topics",
        "hashtags",
        "usage",
    ]
)


@_attrs_define
class GistResult:
    """
    Attributes:
        id (str | Unset):
        title (str | Unset):
        topics (list[str] | Unset):
        hashtags (list[str] | Unset):
        usage (TokenUsage | Unset): The number of tokens used in the generation.
    """

    id: str | Unset = UNSET
    title: str | Unset = UNSET
    topics: list[str] | Unset = UNSET
    hashtags: list[str] | Unset = UNSET
    usage: TokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if not isinstance(self.topics, Unset):
            field_dict["topics"] = list(self.topics)

        if not isinstance(self.hashtags, Unset):
            field_dict["hashtags"] = list(self.hashtags)

        if not isinstance(self.usage, Unset):
            field_dict["usage"] = self.usage.to_dict()

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
        id = _get("id", UNSET)
        if not (isinstance(id, str)):
            if id is not UNSET:
                raise TypeError("GistResult.id: expected str, got " + type(id).__name__)
            _missing += 1

        title = _get("title", UNSET)
        if not (isinstance(title, str)):
            if title is not UNSET:
                raise TypeError(
                    "GistResult.title: expected str, got " + type(title).__name__
                )
            _missing += 1

        _topics = _get("topics", UNSET)
        topics: list[str] | Unset
        if isinstance(_topics, list):
            if not all(map(str.__instancecheck__, _topics)):
                _bad = next(item for item in _topics if not (isinstance(item, str)))
                raise TypeError(
                    "GistResult.topics: expected list[str], got a list holding "
                    + type(_bad).__name__
                )
            topics = _topics
        elif isinstance(_topics, Unset):
            topics = UNSET
            _missing += 1
        else:
            raise TypeError(
                "GistResult.topics: expected list[str], got " + type(_topics).__name__
            )

        _hashtags = _get("hashtags", UNSET)
        hashtags: list[str] | Unset
        if isinstance(_hashtags, list):
            if not all(map(str.__instancecheck__, _hashtags)):
                _bad = next(item for item in _hashtags if not (isinstance(item, str)))
                raise TypeError(
                    "GistResult.hashtags: expected list[str], got a list holding "
                    + type(_bad).__name__
                )
            hashtags = _hashtags
        elif isinstance(_hashtags, Unset):
            hashtags = UNSET
            _missing += 1
        else:
            raise TypeError(
                "GistResult.hashtags: expected list[str], got "
                + type(_hashtags).__name__
            )

        _usage = _get("usage", UNSET)
        usage: TokenUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
            _missing += 1
        else:
            usage = TokenUsage.from_dict(_usage)

        _instance = cls.__new__(cls)
        _instance.id = id
        _instance.title = title
        _instance.topics = topics
        _instance.hashtags = hashtags
        _instance.usage = usage
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


from ..models.token_usage import TokenUsage
