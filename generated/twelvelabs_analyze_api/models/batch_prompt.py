from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchPrompt")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "input_text",
        "media_sources",
    ]
)


@_attrs_define
class BatchPrompt:
    """A structured prompt with `<@name>` placeholders for referencing images. Not supported when `analysis_mode` is
    `time_based_metadata`.

        Attributes:
            input_text (str): The text of the prompt. Use `<@name>` placeholders to reference images declared in
                `media_sources` (Example: `"Is there a <@tiger-1> in the video?"`). This text counts toward the [context
                window](https://docs.twelvelabs.io/v1.3/docs/concepts/models/pegasus#context-window).
            media_sources (list[SMEMediaSource] | Unset): Reference images for the `<@name>` placeholders in the prompt.
                Maximum 4 sources.
    """

    input_text: str
    media_sources: list[SMEMediaSource] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["input_text"] = self.input_text

        if not isinstance(self.media_sources, Unset):
            field_dict["media_sources"] = [
                item.to_dict() for item in self.media_sources
            ]

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
        input_text = src_dict["input_text"]
        if not (isinstance(input_text, str)):
            raise TypeError(
                "BatchPrompt.input_text: expected str, got " + type(input_text).__name__
            )

        _media_sources = _get("media_sources", UNSET)
        media_sources: list[SMEMediaSource] | Unset
        if isinstance(_media_sources, list):
            media_sources = list(map(SMEMediaSource.from_dict, _media_sources))
        elif isinstance(_media_sources, Unset):
            media_sources = UNSET
            _missing += 1
        else:
            raise TypeError(
                "BatchPrompt.media_sources: expected list[SMEMediaSource], got "
                + type(_media_sources).__name__
            )

        _instance = cls.__new__(cls)
        _instance.input_text = input_text
        _instance.media_sources = media_sources
        return _instance


from ..models.sme_media_source import SMEMediaSource
