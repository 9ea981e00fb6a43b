from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchPage")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "data",
        "page_info",
    ]
)


@_attrs_define
class BatchPage:
    """
    Attributes:
        data (list[AnalyzeBatchStatusResponse]): An array of batch objects. Each object includes item counts for each
            item status.
        page_info (PageInfo): An object that provides information about pagination.
    """

    data: list[AnalyzeBatchStatusResponse]
    page_info: PageInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["data"] = [item.to_dict() for item in self.data]

        field_dict["page_info"] = self.page_info.to_dict()

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``). Unknown keys go to ``additional_properties``."""
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            )
        _data = src_dict["data"]
        data: list[AnalyzeBatchStatusResponse]
        if isinstance(_data, list):
            data = list(map(AnalyzeBatchStatusResponse.from_dict, _data))
        else:
            raise TypeError(
                "BatchPage.data: expected list[AnalyzeBatchStatusResponse], got "
                + type(_data).__name__
            )

        page_info = PageInfo.from_dict(src_dict["page_info"])

        _instance = cls.__new__(cls)
        _instance.data = data
        _instance.page_info = page_info
        _instance.additional_properties = (
            {}
            if len(src_dict) == 2
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


from ..models.analyze_batch_status_response import AnalyzeBatchStatusResponse
from ..models.page_info import PageInfo
