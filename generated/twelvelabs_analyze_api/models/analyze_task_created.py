from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analyze_task_status import AnalyzeTaskStatus

T = TypeVar("T", bound="AnalyzeTaskCreated")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "task_id",
        "status",
    ]
)


@_attrs_define
class AnalyzeTaskCreated:
    """Response when creating a new analysis task.

    Attributes:
        task_id (str): The unique identifier of the analysis task.
        status (AnalyzeTaskStatus | str): The current status of the analysis task; `ready`, `failed` and `canceled` are
            final.
    """

    task_id: str
    status: AnalyzeTaskStatus | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["task_id"] = self.task_id

        field_dict["status"] = self.status

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
        task_id = src_dict["task_id"]
        if not (isinstance(task_id, str)):
            raise TypeError(
                "AnalyzeTaskCreated.task_id: expected str, got "
                + type(task_id).__name__
            )

        status = src_dict["status"]
        if not (isinstance(status, str)):
            raise TypeError(
                "AnalyzeTaskCreated.status: expected AnalyzeTaskStatus | str, got "
                + type(status).__name__
            )

        _instance = cls.__new__(cls)
        _instance.task_id = task_id
        _instance.status = status
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
