"""Contract 4, client ⇄ fake over real loopback HTTP: every operation, every documented status.

The matrix comes from the spec: for each operation and each response code it documents, the
fake is made to answer that code and the client must turn it into the documented outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from twelvelabs_analyze import (
    AuthenticationError,
    BadRequestError,
    ChapterResult,
    GistResult,
    HighlightResult,
    RateLimitError,
    SummaryResult,
    TwelveLabs,
)
from twelvelabs_analyze.testing import FakeTwelveLabs
from twelvelabs_analyze_api.models.gist_type import GIST_TYPE_VALUES
from twelvelabs_analyze_api.models.summarize_type import SUMMARIZE_TYPE_VALUES

from ._support import API_KEY, CLIENT_OPERATIONS, SPEC

RESULT_TYPES = {"summary": SummaryResult, "chapter": ChapterResult, "highlight": HighlightResult}


@pytest.fixture(scope="module")
def fake_api_key() -> str:
    return API_KEY


@pytest.fixture
def fake(served_fake: tuple[FakeTwelveLabs, str]) -> FakeTwelveLabs:
    served_fake[0].reset()
    served_fake[0].set_rate_limit(limit=1000, window_seconds=3600)
    return served_fake[0]


@pytest.fixture
def client(served_fake: tuple[FakeTwelveLabs, str]) -> Iterator[TwelveLabs]:
    with TwelveLabs(api_key=API_KEY, base_url=served_fake[1], max_retries=0, timeout=10) as client:
        yield client


def call(client: TwelveLabs, operation_id: str) -> Any:
    if operation_id == "gist":
        return client.gist("video-1", types=sorted(GIST_TYPE_VALUES))
    return client.summarize("video-1", type="summary")


def provoke_400(fake: FakeTwelveLabs, client: TwelveLabs, operation_id: str) -> Callable[[], Any]:
    if operation_id == "summarize":
        # The client cannot send a schema-invalid body; an unsatisfiable JSON schema it can.
        return lambda: client.summarize("v", type="summary", response_format={"not": {}})
    fake.fail_next(400)  # nothing the client sends to /gist is invalid: the fake must be told
    return lambda: call(client, operation_id)


def provoke_401(fake: FakeTwelveLabs, client: TwelveLabs, operation_id: str) -> Callable[[], Any]:
    wrong = client.with_options(api_key="not-the-key")
    return lambda: call(wrong, operation_id)


def provoke_429(fake: FakeTwelveLabs, client: TwelveLabs, operation_id: str) -> Callable[[], Any]:
    fake.set_rate_limit(limit=1, window_seconds=3600)
    call(client, operation_id)
    return lambda: call(client, operation_id)


PROVOKE = {400: provoke_400, 401: provoke_401, 429: provoke_429}
EXPECTED_ERROR = {400: BadRequestError, 401: AuthenticationError, 429: RateLimitError}
MATRIX = sorted(
    (operation.operation_id, status)
    for operation in CLIENT_OPERATIONS.values()
    for status in operation.response_codes
    if status >= 400
)


def test_the_matrix_covers_every_documented_error_status() -> None:
    documented = {status for operation in CLIENT_OPERATIONS.values() for status in operation.response_codes}
    assert documented - {200} <= set(PROVOKE), "a new documented status needs a way to provoke it"


@pytest.mark.parametrize(("operation_id", "status"), MATRIX)
def test_every_documented_error_status(
    fake: FakeTwelveLabs, client: TwelveLabs, operation_id: str, status: int
) -> None:
    attempt = PROVOKE[status](fake, client, operation_id)
    with pytest.raises(EXPECTED_ERROR[status]) as caught:
        attempt()
    error = caught.value
    assert error.status_code == status
    assert error.attempts == 1
    assert fake.requests[-1].status == status
    if status == 429:
        assert isinstance(error, RateLimitError)
        assert error.body is None and error.limit == 1 and error.remaining == 0
        assert error.reset_at is not None and error.reset_at > datetime.now(UTC)
        assert error.retry_after is not None and 3500 < error.retry_after <= 3600
    else:
        assert error.code and error.docs_url and error.docs_url.endswith("#" + error.code)
        assert API_KEY not in str(error) and "not-the-key" not in str(error)


def test_gist_every_type(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    for gist_type in sorted(GIST_TYPE_VALUES):
        result = client.gist("video-1", types=[gist_type])
        assert isinstance(result, GistResult)
        fields = {"title": result.title, "topic": result.topics, "hashtag": result.hashtags}
        assert all(isinstance(value, str | list) == (name == gist_type) for name, value in fields.items())
    assert [r.json["types"] for r in fake.requests] == [[t] for t in sorted(GIST_TYPE_VALUES)]


@pytest.mark.parametrize("summarize_type", sorted(SUMMARIZE_TYPE_VALUES))
def test_summarize_every_type(fake: FakeTwelveLabs, client: TwelveLabs, summarize_type: str) -> None:
    raw = client.with_raw_response.summarize("video-1", type=summarize_type, prompt="for new cooks")
    assert isinstance(raw.parsed, RESULT_TYPES[summarize_type])
    assert raw.parsed.summarize_type == summarize_type
    operation = SPEC.operations[("POST", SPEC.server_path + "/summarize")]
    operation.response_validators[200].validate(raw.http_response.json())
    assert raw.parsed.to_dict() == raw.http_response.json()
    assert raw.rate_limit.limit == 1000 and raw.rate_limit.used == 1 and raw.rate_limit.remaining == 999
    assert raw.rate_limit.reset_at is not None
    sent = fake.requests[-1]
    assert sent.api_key == API_KEY
    assert sent.json == {"video_id": "video-1", "type": summarize_type, "prompt": "for new cooks"}


def test_the_same_request_gets_the_same_answer_through_the_client(client: TwelveLabs) -> None:
    first = client.summarize("video-1", type="chapter")
    assert client.summarize("video-1", type="chapter").to_dict() == first.to_dict()
    assert client.summarize("video-2", type="chapter").to_dict() != first.to_dict()
