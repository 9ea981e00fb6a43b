from typing import Literal

StreamTextResponseEventType = Literal["text_generation"]

STREAM_TEXT_RESPONSE_EVENT_TYPE_VALUES: set[StreamTextResponseEventType] = {
    "text_generation",
}


def check_stream_text_response_event_type(value: str) -> StreamTextResponseEventType:
    if value in STREAM_TEXT_RESPONSE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STREAM_TEXT_RESPONSE_EVENT_TYPE_VALUES!r}"
    )
