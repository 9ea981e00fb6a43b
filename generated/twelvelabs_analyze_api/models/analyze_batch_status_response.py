from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analysis_mode import AnalysisMode
from ..models.batch_status import BatchStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeBatchStatusResponse")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "batch_id",
        "analysis_mode",
        "model_name",
        "status",
        "total_items",
        "created_at",
        "expires_at",
        "queued_items",
        "processing_items",
        "ready_items",
        "failed_items",
        "canceled_items",
        "completed_at",
        "canceled_at",
        "expired_at",
        "webhooks",
    ]
)


@_attrs_define
class AnalyzeBatchStatusResponse:
    """A batch object that includes item counts for each item status.

    Attributes:
        batch_id (str): The unique identifier of the batch. Use this value to retrieve the batch status or results.
        analysis_mode (AnalysisMode | str):
        model_name (str): The model used for every item in this batch.
        status (BatchStatus | str): The status of a batch. For the meaning of each value, see the [Batch
            statuses](https://docs.twelvelabs.io/v1.3/api-reference/analyze-videos/batch-analysis/the-batch-object#batch-statuses)
            section on the **The batch object** page.
        total_items (int): The number of items submitted in the batch.
        created_at (datetime.datetime): The date and time, in the RFC 3339 format, when the batch was created.
        expires_at (datetime.datetime): The date and time, in the RFC 3339 format, when the batch expires (the
            `created_at` field value plus 24 hours). Unfinished items at expiration are canceled. Items that finished before
            then remain retrievable for 30 days after creation, when the batch and its results are deleted.
        queued_items (int): The number of items in the `queued` status.
        processing_items (int): The number of items in the `processing` status.
        ready_items (int): The number of items that completed successfully.
        failed_items (int): The number of items that failed.
        canceled_items (int): The number of items that were canceled, either because the batch was canceled while the
            item was in the `queued` status, or because the batch expired before the item finished processing.
        completed_at (datetime.datetime | Unset): The date and time, in the RFC 3339 format, when the batch status
            became `completed`. Present only when the status is `completed`.
        canceled_at (datetime.datetime | Unset): The date and time, in the RFC 3339 format, when the batch status became
            `canceled`. Present only when the status is `canceled`.
        expired_at (datetime.datetime | Unset): The date and time, in the RFC 3339 format, when the batch status became
            `expired`. Present only when the status is `expired`.
        webhooks (list[AnalyzeTaskWebhookInfo] | Unset): The delivery status of each webhook endpoint for the batch
            completion notification. Present only after the platform sends the webhook notifications. To register webhooks,
            see the [Webhooks](https://docs.twelvelabs.io/v1.3/docs/advanced/webhooks) page.
    """

    batch_id: str
    analysis_mode: AnalysisMode | str
    model_name: str
    status: BatchStatus | str
    total_items: int
    created_at: datetime.datetime
    expires_at: datetime.datetime
    queued_items: int
    processing_items: int
    ready_items: int
    failed_items: int
    canceled_items: int
    completed_at: datetime.datetime | Unset = UNSET
    canceled_at: datetime.datetime | Unset = UNSET
    expired_at: datetime.datetime | Unset = UNSET
    webhooks: list[AnalyzeTaskWebhookInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["batch_id"] = self.batch_id

        field_dict["analysis_mode"] = self.analysis_mode

        field_dict["model_name"] = self.model_name

        field_dict["status"] = self.status

        field_dict["total_items"] = self.total_items

        created_at = self.created_at.isoformat()
        field_dict["created_at"] = created_at

        expires_at = self.expires_at.isoformat()
        field_dict["expires_at"] = expires_at

        field_dict["queued_items"] = self.queued_items

        field_dict["processing_items"] = self.processing_items

        field_dict["ready_items"] = self.ready_items

        field_dict["failed_items"] = self.failed_items

        field_dict["canceled_items"] = self.canceled_items

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        canceled_at: str | Unset = UNSET
        if not isinstance(self.canceled_at, Unset):
            canceled_at = self.canceled_at.isoformat()
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at

        expired_at: str | Unset = UNSET
        if not isinstance(self.expired_at, Unset):
            expired_at = self.expired_at.isoformat()
        if expired_at is not UNSET:
            field_dict["expired_at"] = expired_at

        if not isinstance(self.webhooks, Unset):
            field_dict["webhooks"] = [item.to_dict() for item in self.webhooks]

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
        batch_id = src_dict["batch_id"]
        if not (isinstance(batch_id, str)):
            raise TypeError(
                "AnalyzeBatchStatusResponse.batch_id: expected str, got "
                + type(batch_id).__name__
            )

        analysis_mode = src_dict["analysis_mode"]
        if not (isinstance(analysis_mode, str)):
            raise TypeError(
                "AnalyzeBatchStatusResponse.analysis_mode: expected AnalysisMode | str, got "
                + type(analysis_mode).__name__
            )

        model_name = src_dict["model_name"]
        if not (isinstance(model_name, str)):
            raise TypeError(
                "AnalyzeBatchStatusResponse.model_name: expected str, got "
                + type(model_name).__name__
            )

        status = src_dict["status"]
        if not (isinstance(status, str)):
            raise TypeError(
                "AnalyzeBatchStatusResponse.status: expected BatchStatus | str, got "
                + type(status).__name__
            )

        total_items = src_dict["total_items"]
        if not (
            type(total_items) is int
            or (type(total_items) is float and total_items.is_integer())
        ):
            raise TypeError(
                "AnalyzeBatchStatusResponse.total_items: expected int, got "
                + type(total_items).__name__
            )

        _created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(_created_at)

        _expires_at = src_dict["expires_at"]
        expires_at = datetime.datetime.fromisoformat(_expires_at)

        queued_items = src_dict["queued_items"]
        if not (
            type(queued_items) is int
            or (type(queued_items) is float and queued_items.is_integer())
        ):
            raise TypeError(
                "AnalyzeBatchStatusResponse.queued_items: expected int, got "
                + type(queued_items).__name__
            )

        processing_items = src_dict["processing_items"]
        if not (
            type(processing_items) is int
            or (type(processing_items) is float and processing_items.is_integer())
        ):
            raise TypeError(
                "AnalyzeBatchStatusResponse.processing_items: expected int, got "
                + type(processing_items).__name__
            )

        ready_items = src_dict["ready_items"]
        if not (
            type(ready_items) is int
            or (type(ready_items) is float and ready_items.is_integer())
        ):
            raise TypeError(
                "AnalyzeBatchStatusResponse.ready_items: expected int, got "
                + type(ready_items).__name__
            )

        failed_items = src_dict["failed_items"]
        if not (
            type(failed_items) is int
            or (type(failed_items) is float and failed_items.is_integer())
        ):
            raise TypeError(
                "AnalyzeBatchStatusResponse.failed_items: expected int, got "
                + type(failed_items).__name__
            )

        canceled_items = src_dict["canceled_items"]
        if not (
            type(canceled_items) is int
            or (type(canceled_items) is float and canceled_items.is_integer())
        ):
            raise TypeError(
                "AnalyzeBatchStatusResponse.canceled_items: expected int, got "
                + type(canceled_items).__name__
            )

        _completed_at = _get("completed_at", UNSET)
        if _completed_at is UNSET:
            _missing += 1
        _completed_at = _completed_at
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        _canceled_at = _get("canceled_at", UNSET)
        if _canceled_at is UNSET:
            _missing += 1
        _canceled_at = _canceled_at
        canceled_at: datetime.datetime | Unset
        if isinstance(_canceled_at, Unset):
            canceled_at = UNSET
        else:
            canceled_at = datetime.datetime.fromisoformat(_canceled_at)

        _expired_at = _get("expired_at", UNSET)
        if _expired_at is UNSET:
            _missing += 1
        _expired_at = _expired_at
        expired_at: datetime.datetime | Unset
        if isinstance(_expired_at, Unset):
            expired_at = UNSET
        else:
            expired_at = datetime.datetime.fromisoformat(_expired_at)

        _webhooks = _get("webhooks", UNSET)
        webhooks: list[AnalyzeTaskWebhookInfo] | Unset
        if isinstance(_webhooks, list):
            webhooks = list(map(AnalyzeTaskWebhookInfo.from_dict, _webhooks))
        elif isinstance(_webhooks, Unset):
            webhooks = UNSET
            _missing += 1
        else:
            raise TypeError(
                "AnalyzeBatchStatusResponse.webhooks: expected list[AnalyzeTaskWebhookInfo], got "
                + type(_webhooks).__name__
            )

        _instance = cls.__new__(cls)
        _instance.batch_id = batch_id
        _instance.analysis_mode = analysis_mode
        _instance.model_name = model_name
        _instance.status = status
        _instance.total_items = total_items
        _instance.created_at = created_at
        _instance.expires_at = expires_at
        _instance.queued_items = queued_items
        _instance.processing_items = processing_items
        _instance.ready_items = ready_items
        _instance.failed_items = failed_items
        _instance.canceled_items = canceled_items
        _instance.completed_at = completed_at
        _instance.canceled_at = canceled_at
        _instance.expired_at = expired_at
        _instance.webhooks = webhooks
        _instance.additional_properties = (
            {}
            if len(src_dict) == 16 - _missing
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


from ..models.analyze_task_webhook_info import AnalyzeTaskWebhookInfo
