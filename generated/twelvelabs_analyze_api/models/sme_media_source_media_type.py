from typing import Literal

SmeMediaSourceMediaType = Literal["image"]

SME_MEDIA_SOURCE_MEDIA_TYPE_VALUES: set[SmeMediaSourceMediaType] = {
    "image",
}


def check_sme_media_source_media_type(value: str) -> SmeMediaSourceMediaType:
    if value in SME_MEDIA_SOURCE_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SME_MEDIA_SOURCE_MEDIA_TYPE_VALUES!r}"
    )
