from typing import Literal

GistType = Literal["hashtag", "title", "topic"]

GIST_TYPE_VALUES: set[GistType] = {
    "hashtag",
    "title",
    "topic",
}


def check_gist_type(value: str) -> GistType:
    if value in GIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GIST_TYPE_VALUES!r}")
