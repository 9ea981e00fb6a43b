from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analyze_task_status import AnalyzeTaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeTask")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "task_id",
        "custom_id",
        "status",
        "created_at",
        "video_source",
        "request_params",
        "completed_at",
        "result",
        "error",
        "webhooks",
        "batch_id",
    ]
)


@_attrs_define
class AnalyzeTask:
    """Represents the status and results of an analysis task.

    Attributes:
        task_id (str): The unique identifier of the analysis task.
        custom_id (None | str): The identifier you provided in the `custom_id` field when you created the task, or
            `null` if you did not set one. This key is always present in the response.
        status (AnalyzeTaskStatus | str): The current status of the analysis task; `ready`, `failed` and `canceled` are
            final.
        created_at (datetime.datetime): A string representing the date and time, in RFC 3339 format
            (“YYYY-MM-DDTHH:mm:ssZ”), when the analysis task was created.
        video_source (AnalyzeTaskResponseVideoSource | None | Unset): The video source you provided. Only present for
            tasks that use direct video input (`url`, `base64_string`, or `asset_id`).
        request_params (AnalyzeTaskResponseRequestParams | None | Unset): The request parameters for this task.
        completed_at (datetime.datetime | Unset): A string representing the date and time, in RFC 3339 format
            ("YYYY-MM-DDTHH:mm:ssZ"), when the analysis task was completed or failed. The platform returns this field only
            if `status` is `ready` or `failed`.
        result (AnalyzeTaskResult | Unset): The analysis results for a completed task.
        error (AnalyzeTaskError | Unset): A message attached to an analysis response. The platform uses this object in
            three cases:

            - **Task failure** — set on `AnalyzeTaskResponse.error` when `status` is `failed`. The `message` field describes
            the failure.
            - **Truncation: maximum response length reached** — set on the response `error` when `finish_reason` is `length`
            because `output_tokens` reached the requested `max_tokens` value. The `message` field advises increasing the
            `max_tokens` value.
            - **Truncation: context window reached** — set on the response `error` when `finish_reason` is `length` because
            the input and response reached the [context
            window](https://docs.twelvelabs.io/v1.3/docs/concepts/models/pegasus#context-window). The `message` field
            advises reducing the input size or decreasing the `max_tokens` value.

            For truncation cases, the partial output is in `result.data` (async) or `data` (sync). Check `finish_reason`
            instead of parsing the message text.
        webhooks (list[AnalyzeTaskWebhookInfo] | Unset): The delivery status of each webhook endpoint. The platform
            omits this field when no webhooks are configured. You can register webhooks through the Playground. See the
            [Webhooks](https://docs.twelvelabs.io/v1.3/docs/advanced/webhooks) page for details.
        batch_id (str | Unset): The unique identifier of the batch that the task was created in; only for tasks created
            as part of a batch.
    """

    task_id: str
    custom_id: None | str
    status: AnalyzeTaskStatus | str
    created_at: datetime.datetime
    video_source: AnalyzeTaskResponseVideoSource | None | Unset = UNSET
    request_params: AnalyzeTaskResponseRequestParams | None | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    result: AnalyzeTaskResult | Unset = UNSET
    error: AnalyzeTaskError | Unset = UNSET
    webhooks: list[AnalyzeTaskWebhookInfo] | Unset = UNSET
    batch_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["task_id"] = self.task_id

        custom_id: None | str
        custom_id = self.custom_id
        field_dict["custom_id"] = custom_id

        field_dict["status"] = self.status

        created_at = self.created_at.isoformat()
        field_dict["created_at"] = created_at

        video_source: dict[str, Any] | None | Unset
        if isinstance(self.video_source, Unset):
            video_source = UNSET
        elif isinstance(self.video_source, AnalyzeTaskResponseVideoSource):
            video_source = self.video_source.to_dict()
        else:
            video_source = self.video_source
        if video_source is not UNSET:
            field_dict["video_source"] = video_source

        request_params: dict[str, Any] | None | Unset
        if isinstance(self.request_params, Unset):
            request_params = UNSET
        elif isinstance(self.request_params, AnalyzeTaskResponseRequestParams):
            request_params = self.request_params.to_dict()
        else:
            request_params = self.request_params
        if request_params is not UNSET:
            field_dict["request_params"] = request_params

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        if not isinstance(self.result, Unset):
            field_dict["result"] = self.result.to_dict()

        if not isinstance(self.error, Unset):
            field_dict["error"] = self.error.to_dict()

        if not isinstance(self.webhooks, Unset):
            field_dict["webhooks"] = [item.to_dict() for item in self.webhooks]

        if self.batch_id is not UNSET:
            field_dict["batch_id"] = self.batch_id

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
        task_id = src_dict["task_id"]
        if not (isinstance(task_id, str)):
            raise TypeError(
                "AnalyzeTask.task_id: expected str, got " + type(task_id).__name__
            )

        _custom_id = src_dict["custom_id"]

        def _parse_custom_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_id = _parse_custom_id(_custom_id)

        status = src_dict["status"]
        if not (isinstance(status, str)):
            raise TypeError(
                "AnalyzeTask.status: expected AnalyzeTaskStatus | str, got "
                + type(status).__name__
            )

        _created_at = src_dict["created_at"]
        created_at = datetime.datetime.fromisoformat(_created_at)

        _video_source = _get("video_source", UNSET)
        if _video_source is UNSET:
            _missing += 1

        def _parse_video_source(
            data: object,
        ) -> AnalyzeTaskResponseVideoSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_source_type_0 = AnalyzeTaskResponseVideoSource.from_dict(data)

                return video_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyzeTaskResponseVideoSource | None | Unset, data)

        video_source = _parse_video_source(_video_source)

        _request_params = _get("request_params", UNSET)
        if _request_params is UNSET:
            _missing += 1

        def _parse_request_params(
            data: object,
        ) -> AnalyzeTaskResponseRequestParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_params_type_0 = AnalyzeTaskResponseRequestParams.from_dict(data)

                return request_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyzeTaskResponseRequestParams | None | Unset, data)

        request_params = _parse_request_params(_request_params)

        _completed_at = _get("completed_at", UNSET)
        if _completed_at is UNSET:
            _missing += 1
        _completed_at = _completed_at
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        _result = _get("result", UNSET)
        result: AnalyzeTaskResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
            _missing += 1
        else:
            result = AnalyzeTaskResult.from_dict(_result)

        _error = _get("error", UNSET)
        error: AnalyzeTaskError | Unset
        if isinstance(_error, Unset):
            error = UNSET
            _missing += 1
        else:
            error = AnalyzeTaskError.from_dict(_error)

        _webhooks = _get("webhooks", UNSET)
        webhooks: list[AnalyzeTaskWebhookInfo] | Unset
        if isinstance(_webhooks, list):
            webhooks = list(map(AnalyzeTaskWebhookInfo.from_dict, _webhooks))
        elif isinstance(_webhooks, Unset):
            webhooks = UNSET
            _missing += 1
        else:
            raise TypeError(
                "AnalyzeTask.webhooks: expected list[AnalyzeTaskWebhookInfo], got "
                + type(_webhooks).__name__
            )

        batch_id = _get("batch_id", UNSET)
        if not (isinstance(batch_id, str)):
            if batch_id is not UNSET:
                raise TypeError(
                    "AnalyzeTask.batch_id: expected str, got " + type(batch_id).__name__
                )
            _missing += 1

        _instance = cls.__new__(cls)
        _instance.task_id = task_id
        _instance.custom_id = custom_id
        _instance.status = status
        _instance.created_at = created_at
        _instance.video_source = video_source
        _instance.request_params = request_params
        _instance.completed_at = completed_at
        _instance.result = result
        _instance.error = error
        _instance.webhooks = webhooks
        _instance.batch_id = batch_id
        _instance.additional_properties = (
            {}
            if len(src_dict) == 11 - _missing
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


from ..models.analyze_task_error import AnalyzeTaskError
from ..models.analyze_task_response_request_params import (
    AnalyzeTaskResponseRequestParams,
)
from ..models.analyze_task_response_video_source import AnalyzeTaskResponseVideoSource
from ..models.analyze_task_result import AnalyzeTaskResult
from ..models.analyze_task_webhook_info import AnalyzeTaskWebhookInfo
