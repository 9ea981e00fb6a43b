from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.analysis_mode import AnalysisMode, check_analysis_mode
from ..models.create_analyze_batch_request_model_name import (
    CreateAnalyzeBatchRequestModelName,
    check_create_analyze_batch_request_model_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAnalyzeBatchRequest")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "model_name",
        "analysis_mode",
        "requests",
        "defaults",
    ]
)


@_attrs_define
class CreateAnalyzeBatchRequest:
    """Defines a batch creation request. The `model_name` and `analysis_mode` fields apply to every item in the batch. You
    cannot override these fields per item. You can set every other field in the `defaults` object and override it per
    item.

        Attributes:
            model_name (CreateAnalyzeBatchRequestModelName): The video understanding model to use for every item in this
                batch. Batch analysis requires Pegasus 1.5.
            analysis_mode (AnalysisMode):
            requests (list[BatchItemRequest]): The analysis requests in the batch. Provide 1 to 1,000 requests, with a
                combined video duration of up to 2,000 hours.
            defaults (BatchDefaults | Unset): Default values applied to every item that does not override them. Every field
                is optional. Items in the `requests` array override these values. To override the `prompt` or `response_format`
                field, provide the full object on the item. You cannot change only some of its nested fields.
    """

    model_name: CreateAnalyzeBatchRequestModelName
    analysis_mode: AnalysisMode
    requests: list[BatchItemRequest]
    defaults: BatchDefaults | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["model_name"] = self.model_name

        field_dict["analysis_mode"] = self.analysis_mode

        field_dict["requests"] = [item.to_dict() for item in self.requests]

        if not isinstance(self.defaults, Unset):
            field_dict["defaults"] = self.defaults.to_dict()

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
        model_name = check_create_analyze_batch_request_model_name(
            src_dict["model_name"]
        )

        analysis_mode = check_analysis_mode(src_dict["analysis_mode"])

        _requests = src_dict["requests"]
        requests: list[BatchItemRequest]
        if isinstance(_requests, list):
            requests = list(map(BatchItemRequest.from_dict, _requests))
        else:
            raise TypeError(
                "CreateAnalyzeBatchRequest.requests: expected list[BatchItemRequest], got "
                + type(_requests).__name__
            )

        _defaults = _get("defaults", UNSET)
        defaults: BatchDefaults | Unset
        if isinstance(_defaults, Unset):
            defaults = UNSET
            _missing += 1
        else:
            defaults = BatchDefaults.from_dict(_defaults)

        _instance = cls.__new__(cls)
        _instance.model_name = model_name
        _instance.analysis_mode = analysis_mode
        _instance.requests = requests
        _instance.defaults = defaults
        return _instance


from ..models.batch_defaults import BatchDefaults
from ..models.batch_item_request import BatchItemRequest
