from typing import Literal

ChunkInfoStatus = Literal["completed", "failed", "pending"]

CHUNK_INFO_STATUS_VALUES: set[ChunkInfoStatus] = {
    "completed",
    "failed",
    "pending",
}


def check_chunk_info_status(value: str) -> ChunkInfoStatus:
    if value in CHUNK_INFO_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHUNK_INFO_STATUS_VALUES!r}"
    )
