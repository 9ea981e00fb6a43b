from typing import Literal

StreamEndResponseEventType = Literal["stream_end"]

STREAM_END_RESPONSE_EVENT_TYPE_VALUES: set[StreamEndResponseEventType] = {
    "stream_end",
}


def check_stream_end_response_event_type(value: str) -> StreamEndResponseEventType:
    if value in STREAM_END_RESPONSE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STREAM_END_RESPONSE_EVENT_TYPE_VALUES!r}"
    )
