from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.analyze_task_response_video_source_type import (
    AnalyzeTaskResponseVideoSourceType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyzeTaskResponseVideoSource")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "type",
        "url",
        "asset_id",
        "video_id",
        "index_id",
        "system_metadata",
    ]
)


@_attrs_define
class AnalyzeTaskResponseVideoSource:
    """The video source you provided. Only present for tasks that use direct video input (`url`, `base64_string`, or
    `asset_id`).

        Attributes:
            type_ (AnalyzeTaskResponseVideoSourceType | str | Unset): The type of video source.
            url (None | str | Unset): The video URL. Present when `type` is `url`.
            asset_id (None | str | Unset): The asset ID. Present when `type` is `asset_id`.
            video_id (None | str | Unset): The video ID. Present when `type` is `video_id`. Deprecated — use `asset_id`
                instead.
            index_id (None | str | Unset): The index ID associated with the video. Present when `type` is `video_id`.
                Deprecated — will be removed when Pegasus 1.2 is sunset.
            system_metadata (AnalyzeTaskResponseVideoSourceSystemMetadata | None | Unset): System-extracted video metadata.
                Present on a best-effort basis once the video has been processed.
    """

    type_: AnalyzeTaskResponseVideoSourceType | str | Unset = UNSET
    url: None | str | Unset = UNSET
    asset_id: None | str | Unset = UNSET
    video_id: None | str | Unset = UNSET
    index_id: None | str | Unset = UNSET
    system_metadata: AnalyzeTaskResponseVideoSourceSystemMetadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url
        if url is not UNSET:
            field_dict["url"] = url

        asset_id: None | str | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = self.asset_id
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id

        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id
        if video_id is not UNSET:
            field_dict["video_id"] = video_id

        index_id: None | str | Unset
        if isinstance(self.index_id, Unset):
            index_id = UNSET
        else:
            index_id = self.index_id
        if index_id is not UNSET:
            field_dict["index_id"] = index_id

        system_metadata: dict[str, Any] | None | Unset
        if isinstance(self.system_metadata, Unset):
            system_metadata = UNSET
        elif isinstance(
            self.system_metadata, AnalyzeTaskResponseVideoSourceSystemMetadata
        ):
            system_metadata = self.system_metadata.to_dict()
        else:
            system_metadata = self.system_metadata
        if system_metadata is not UNSET:
            field_dict["system_metadata"] = system_metadata

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
        type_ = _get("type", UNSET)
        if not (isinstance(type_, str)):
            if type_ is not UNSET:
                raise TypeError(
                    "AnalyzeTaskResponseVideoSource.type: expected AnalyzeTaskResponseVideoSourceType | str, got "
                    + type(type_).__name__
                )
            _missing += 1

        _url = _get("url", UNSET)
        if _url is UNSET:
            _missing += 1

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(_url)

        _asset_id = _get("asset_id", UNSET)
        if _asset_id is UNSET:
            _missing += 1

        def _parse_asset_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        asset_id = _parse_asset_id(_asset_id)

        _video_id = _get("video_id", UNSET)
        if _video_id is UNSET:
            _missing += 1

        def _parse_video_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_id = _parse_video_id(_video_id)

        _index_id = _get("index_id", UNSET)
        if _index_id is UNSET:
            _missing += 1

        def _parse_index_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        index_id = _parse_index_id(_index_id)

        _system_metadata = _get("system_metadata", UNSET)
        if _system_metadata is UNSET:
            _missing += 1

        def _parse_system_metadata(
            data: object,
        ) -> AnalyzeTaskResponseVideoSourceSystemMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                system_metadata_type_0 = (
                    AnalyzeTaskResponseVideoSourceSystemMetadata.from_dict(data)
                )

                return system_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AnalyzeTaskResponseVideoSourceSystemMetadata | None | Unset, data
            )

        system_metadata = _parse_system_metadata(_system_metadata)

        _instance = cls.__new__(cls)
        _instance.type_ = type_
        _instance.url = url
        _instance.asset_id = asset_id
        _instance.video_id = video_id
        _instance.index_id = index_id
        _instance.system_metadata = system_metadata
        _instance.additional_properties = (
            {}
            if len(src_dict) == 6 - _missing
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


from ..models.analyze_task_response_video_source_system_metadata import (
    AnalyzeTaskResponseVideoSourceSystemMetadata,
)
