from typing import Literal

IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems = Literal[
    "audio", "transcription", "visual", "visual-text"
]

INDEXES_INDEX_ID_VIDEOS_VIDEO_ID_GET_PARAMETERS_EMBEDDING_OPTION_SCHEMA_ITEMS_VALUES: set[
    IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems
] = {
    "audio",
    "transcription",
    "visual",
    "visual-text",
}


def check_indexes_index_id_videos_video_id_get_parameters_embedding_option_schema_items(
    value: str,
) -> IndexesIndexIdVideosVideoIdGetParametersEmbeddingOptionSchemaItems:
    if (
        value
        in INDEXES_INDEX_ID_VIDEOS_VIDEO_ID_GET_PARAMETERS_EMBEDDING_OPTION_SCHEMA_ITEMS_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INDEXES_INDEX_ID_VIDEOS_VIDEO_ID_GET_PARAMETERS_EMBEDDING_OPTION_SCHEMA_ITEMS_VALUES!r}"
    )
