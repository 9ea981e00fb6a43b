from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageInfo")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "limit_per_page",
        "page",
        "total_page",
        "total_results",
    ]
)


@_attrs_define
class PageInfo:
    """An object that provides information about pagination.

    Attributes:
        limit_per_page (int | Unset): The maximum number of items on each page.
        page (int | Unset): The page you retrieved.
        total_page (int | Unset): The total number of pages.
        total_results (int | Unset): The total number of results.
    """

    limit_per_page: int | Unset = UNSET
    page: int | Unset = UNSET
    total_page: int | Unset = UNSET
    total_results: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.limit_per_page is not UNSET:
            field_dict["limit_per_page"] = self.limit_per_page

        if self.page is not UNSET:
            field_dict["page"] = self.page

        if self.total_page is not UNSET:
            field_dict["total_page"] = self.total_page

        if self.total_results is not UNSET:
            field_dict["total_results"] = self.total_results

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
        limit_per_page = _get("limit_per_page", UNSET)
        if not (
            type(limit_per_page) is int
            or (type(limit_per_page) is float and limit_per_page.is_integer())
        ):
            if limit_per_page is not UNSET:
                raise TypeError(
                    "PageInfo.limit_per_page: expected int, got "
                    + type(limit_per_page).__name__
                )
            _missing += 1

        page = _get("page", UNSET)
        if not (type(page) is int or (type(page) is float and page.is_integer())):
            if page is not UNSET:
                raise TypeError(
                    "PageInfo.page: expected int, got " + type(page).__name__
                )
            _missing += 1

        total_page = _get("total_page", UNSET)
        if not (
            type(total_page) is int
            or (type(total_page) is float and total_page.is_integer())
        ):
            if total_page is not UNSET:
                raise TypeError(
                    "PageInfo.total_page: expected int, got "
                    + type(total_page).__name__
                )
            _missing += 1

        total_results = _get("total_results", UNSET)
        if not (
            type(total_results) is int
            or (type(total_results) is float and total_results.is_integer())
        ):
            if total_results is not UNSET:
                raise TypeError(
                    "PageInfo.total_results: expected int, got "
                    + type(total_results).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.limit_per_page = limit_per_page
        _instance.page = page
        _instance.total_page = total_page
        _instance.total_results = total_results
        _instance.additional_properties = (
            {}
            if len(src_dict) == 4 - _missing
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
