from typing import Literal

IndexesVideosRetrieveRequestEmbeddingOptionItem = Literal[
    "audio", "transcription", "visual", "visual-text"
]

INDEXES_VIDEOS_RETRIEVE_REQUEST_EMBEDDING_OPTION_ITEM_VALUES: set[
    IndexesVideosRetrieveRequestEmbeddingOptionItem
] = {
    "audio",
    "transcription",
    "visual",
    "visual-text",
}


def check_indexes_videos_retrieve_request_embedding_option_item(
    value: str,
) -> IndexesVideosRetrieveRequestEmbeddingOptionItem:
    if value in INDEXES_VIDEOS_RETRIEVE_REQUEST_EMBEDDING_OPTION_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INDEXES_VIDEOS_RETRIEVE_REQUEST_EMBEDDING_OPTION_ITEM_VALUES!r}"
    )
