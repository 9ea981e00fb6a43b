from typing import Literal

StreamStartResponseEventType = Literal["stream_start"]

STREAM_START_RESPONSE_EVENT_TYPE_VALUES: set[StreamStartResponseEventType] = {
    "stream_start",
}


def check_stream_start_response_event_type(value: str) -> StreamStartResponseEventType:
    if value in STREAM_START_RESPONSE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STREAM_START_RESPONSE_EVENT_TYPE_VALUES!r}"
    )
