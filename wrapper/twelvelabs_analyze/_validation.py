"""Check arguments before any request and build the generated request models.

Allowed values come from the generated layer, so they follow the spec.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from numbers import Real
from typing import Any

from twelvelabs_analyze_api.models import (
    GistRequest,
    ResponseFormat,
    ResponseFormatJsonSchema,
    SummarizeRequest,
)
from twelvelabs_analyze_api.models.response_format_type import ResponseFormatType
from twelvelabs_analyze_api.types import UNSET

from ._constants import TEMPERATURE_MAX, TEMPERATURE_MIN
from ._models import GIST_TYPE_VALUES, SUMMARIZE_TYPE_VALUES, GistType, SummarizeType

__all__ = ["build_gist_request", "build_summarize_request"]

JSON_SCHEMA_FORMAT: ResponseFormatType = "json_schema"


def _allowed(values: AbstractSet[str]) -> str:
    return ", ".join(repr(v) for v in sorted(values))


def check_video_id(video_id: object) -> str:
    if not isinstance(video_id, str):
        raise TypeError(f"video_id must be a str, not {type(video_id).__name__}")
    if not video_id.strip():
        raise ValueError("video_id must be a non-empty string")
    return video_id


def check_types(types: object) -> list[GistType]:
    if isinstance(types, str):
        raise TypeError(f"types must be a list such as [{types!r}], not a bare string")
    if not isinstance(types, (list, tuple)):
        raise TypeError(
            f"types must be a list or tuple of {_allowed(GIST_TYPE_VALUES)}, not {type(types).__name__}"
        )
    if not types:
        raise ValueError(f"types must name at least one of {_allowed(GIST_TYPE_VALUES)}")
    checked: list[GistType] = []
    for item in types:
        if item not in GIST_TYPE_VALUES:
            raise ValueError(f"types contains {item!r}; allowed values are {_allowed(GIST_TYPE_VALUES)}")
        if item in checked:
            raise ValueError(f"types contains {item!r} more than once")
        checked.append(item)
    return checked


def check_type(summarize_type: object) -> SummarizeType:
    if not isinstance(summarize_type, str) or summarize_type not in SUMMARIZE_TYPE_VALUES:
        raise ValueError(f"type must be one of {_allowed(SUMMARIZE_TYPE_VALUES)}, not {summarize_type!r}")
    return summarize_type


def check_temperature(temperature: object) -> float:
    if isinstance(temperature, bool) or not isinstance(temperature, Real):
        raise TypeError(f"temperature must be a number between 0 and 1, not {type(temperature).__name__}")
    value = float(temperature)
    if not TEMPERATURE_MIN <= value <= TEMPERATURE_MAX:  # also rejects NaN
        raise ValueError(
            f"temperature must be between {TEMPERATURE_MIN:g} and {TEMPERATURE_MAX:g}, not {temperature!r}"
        )
    return value


def check_max_tokens(max_tokens: object) -> int:
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int):
        raise TypeError(f"max_tokens must be a positive int, not {type(max_tokens).__name__}")
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be a positive int, not {max_tokens}")
    return max_tokens


def check_response_format(response_format: object, summarize_type: str) -> ResponseFormat:
    """Accept the API object (``ResponseFormat`` or its dict) or a bare JSON schema, which is wrapped."""
    if summarize_type != "summary":
        raise ValueError(f"response_format is only valid with type='summary', not type={summarize_type!r}")
    if isinstance(response_format, ResponseFormat):
        return response_format
    if not isinstance(response_format, Mapping):
        raise TypeError(
            "response_format must be a JSON schema dict or "
            f"{{'type': 'json_schema', 'json_schema': {{...}}}}, not {type(response_format).__name__}"
        )
    if response_format.get("type") == JSON_SCHEMA_FORMAT and "json_schema" in response_format:
        schema: Any = response_format["json_schema"]
        extra = set(response_format) - {"type", "json_schema"}
        if extra:
            raise ValueError(f"response_format has unknown keys {sorted(extra)}")
    else:
        schema = response_format
    if not isinstance(schema, Mapping) or not schema:
        raise TypeError("response_format's json_schema must be a non-empty JSON schema dict")
    return ResponseFormat(
        type_=JSON_SCHEMA_FORMAT, json_schema=ResponseFormatJsonSchema.from_dict(dict(schema))
    )


def build_gist_request(video_id: object, types: object) -> GistRequest:
    return GistRequest(video_id=check_video_id(video_id), types=check_types(types))


def build_summarize_request(
    video_id: object,
    summarize_type: object,
    prompt: object,
    temperature: object,
    response_format: object,
    max_tokens: object,
) -> SummarizeRequest:
    checked_type = check_type(summarize_type)
    if prompt is not None and not isinstance(prompt, str):
        raise TypeError(f"prompt must be a str, not {type(prompt).__name__}")
    return SummarizeRequest(
        video_id=check_video_id(video_id),
        type_=checked_type,
        prompt=UNSET if prompt is None else prompt,
        temperature=UNSET if temperature is None else check_temperature(temperature),
        response_format=UNSET
        if response_format is None
        else check_response_format(response_format, checked_type),
        max_tokens=UNSET if max_tokens is None else check_max_tokens(max_tokens),
    )
