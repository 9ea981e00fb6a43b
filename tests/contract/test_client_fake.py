"""Contract 4, client ⇄ fake over real loopback HTTP: every operation, every documented status.

The matrix comes from the spec: for each client method (``analyze`` and ``analyze_stream`` both
call ``/analyze``) and each error status its operation documents, the fake is made to answer that
status — by a real cause where there is one (a missing video, an unknown task, a task still
processing, a spent rate limit) — and the client must raise the documented error with the body
it was given.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis.errors import NonInteractiveExampleWarning

from twelvelabs_analyze import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ChapterResult,
    ConflictError,
    GistResult,
    HighlightResult,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SummaryResult,
    TwelveLabs,
)
from twelvelabs_analyze._operation import Operation as MethodOperation
from twelvelabs_analyze.testing import FakeTwelveLabs, TaskDurations
from twelvelabs_analyze_api.models.gist_type import GIST_TYPE_VALUES
from twelvelabs_analyze_api.models.summarize_type import SUMMARIZE_TYPE_VALUES
from twelvelabs_analyze_api.resources import OPERATIONS as METHODS

from ._support import API_KEY, SPEC
from .test_every_operation import SCHEMA, _arguments, _run

RESULT_TYPES = {"summary": SummaryResult, "chapter": ChapterResult, "highlight": HighlightResult}


@pytest.fixture(scope="module")
def fake_api_key() -> str:
    return API_KEY


@pytest.fixture
def fake(served_fake: tuple[FakeTwelveLabs, str]) -> FakeTwelveLabs:
    served_fake[0].reset()
    served_fake[0].set_rate_limit(limit=1000, window_seconds=3600)
    served_fake[0].set_task_durations(TaskDurations())
    return served_fake[0]


@pytest.fixture
def client(served_fake: tuple[FakeTwelveLabs, str]) -> Iterator[TwelveLabs]:
    with TwelveLabs(api_key=API_KEY, base_url=served_fake[1], max_retries=0, timeout=10) as client:
        yield client


URL_VIDEO: Any = {"type": "url", "url": "https://cdn.example.test/videos/match.mp4"}
TASK_ID = "some-task"

# Calls with a meaning the spec cannot give (a video the fake knows, a task it created); every
# other method of the generated table is called generically (see generic_call).
KNOWN_CALLS: dict[str, Callable[[TwelveLabs], Any]] = {
    "gist": lambda c: c.gist("video-1", types=sorted(GIST_TYPE_VALUES)),
    "summarize": lambda c: c.summarize("video-1", type="summary"),
    "analyze": lambda c: c.analyze(video_id="video-1", prompt="p"),
    "analyze_stream": lambda c: c.analyze_stream(video_id="video-1", prompt="p").until_done(),
    "analyze_async.tasks.create": lambda c: c.analyze_async.tasks.create(video=URL_VIDEO, prompt="p"),
    "analyze_async.tasks.list": lambda c: c.analyze_async.tasks.list(),
    "analyze_async.tasks.retrieve": lambda c: c.analyze_async.tasks.retrieve(TASK_ID),
    "analyze_async.tasks.delete": lambda c: c.analyze_async.tasks.delete(TASK_ID),
}


GENERIC_TRIES = 20  # drawn argument sets a generic call may try; the client refuses a few (blank ids)


def generic_call(operation: MethodOperation) -> Callable[[TwelveLabs], Any]:
    """A call of any generated method with arguments drawn from its request schema (as the
    schemathesis contract draws them); drawn sets the client refuses before sending are skipped."""
    requests = SCHEMA[operation.path][operation.method]

    def call(client: TwelveLabs) -> Any:
        for attempt in range(GENERIC_TRIES):
            with warnings.catch_warnings():  # example() outside @given: bounded, and checked below
                warnings.simplefilter("ignore", NonInteractiveExampleWarning)
                case = requests.as_strategy().example()
            args, kwargs = _arguments(operation, case)
            try:
                return _run(client, operation, args, kwargs)
            except (TypeError, ValueError):
                if attempt == GENERIC_TRIES - 1:
                    raise
        raise AssertionError("unreachable")

    return call


# Every client method, by the spec operation it calls: the generated table, so a newly selected
# operation is in the matrix with no edit here.
CALLS: dict[str, tuple[tuple[str, str], Callable[[TwelveLabs], Any]]] = {
    name: (
        (operation.method, SPEC.server_path + operation.path),
        KNOWN_CALLS.get(name) or generic_call(operation),
    )
    for name, operation in METHODS.items()
}
OPERATIONS = SPEC.operations


def call(client: TwelveLabs, method: str) -> Any:
    return CALLS[method][1](client)


def provoke_400(fake: FakeTwelveLabs, client: TwelveLabs, method: str) -> Callable[[], Any]:
    if method == "summarize":
        # The client cannot send a schema-invalid body, nor a prompt of certainly too many tokens; a
        # prompt of 1,500 words and as many commas is 3,000 tokens only the server can count.
        return lambda: client.summarize("v", type="summary", prompt="word, " * 1500)
    if method == "analyze_async.tasks.create":  # "Validation failure or inaccessible video"
        return lambda: client.analyze_async.tasks.create(
            video={"type": "asset_id", "asset_id": "missing-1"}, prompt="p"
        )
    fake.fail_next(400)  # nothing else the client sends is invalid: the fake must be told
    return lambda: call(client, method)


def provoke_401(fake: FakeTwelveLabs, client: TwelveLabs, method: str) -> Callable[[], Any]:
    wrong = client.with_options(api_key="not-the-key")
    return lambda: call(wrong, method)


def provoke_403(fake: FakeTwelveLabs, client: TwelveLabs, method: str) -> Callable[[], Any]:
    # A key without access to the resource: the fake has one key, which may do everything.
    fake.fail_next(403)
    return lambda: call(client, method)


def provoke_404(fake: FakeTwelveLabs, client: TwelveLabs, method: str) -> Callable[[], Any]:
    if method in ("analyze", "analyze_stream"):  # a video that does not exist
        stream = method == "analyze_stream"
        return lambda: (client.analyze_stream if stream else client.analyze)(
            video_id="missing-video", prompt="p"
        )
    if method not in KNOWN_CALLS:
        fake.fail_next(404)  # no generic way to name what is missing: the fake must be told
    return lambda: call(client, method)  # a task id nobody created


def provoke_409(fake: FakeTwelveLabs, client: TwelveLabs, method: str) -> Callable[[], Any]:
    if method not in KNOWN_CALLS:
        fake.fail_next(409)
        return lambda: call(client, method)
    fake.set_task_durations((0, 0, 3600))
    task = client.analyze_async.tasks.create(video=URL_VIDEO, prompt="p")  # processing for an hour
    return lambda: client.analyze_async.tasks.delete(task.task_id)


def provoke_429(fake: FakeTwelveLabs, client: TwelveLabs, method: str) -> Callable[[], Any]:
    fake.set_rate_limit(limit=1, window_seconds=3600)
    client.analyze_async.tasks.list()  # spends the window
    return lambda: call(client, method)


def provoke_500(fake: FakeTwelveLabs, client: TwelveLabs, method: str) -> Callable[[], Any]:
    fake.fail_next(500)  # the client does not retry: max_retries=0
    return lambda: call(client, method)


def provoke_server_error(
    fake: FakeTwelveLabs, client: TwelveLabs, method: str, status: int
) -> Callable[[], Any]:
    fake.fail_next(status)
    return lambda: call(client, method)


PROVOKE: dict[int, Callable[[FakeTwelveLabs, TwelveLabs, str], Callable[[], Any]]] = {
    400: provoke_400,
    401: provoke_401,
    403: provoke_403,
    404: provoke_404,
    409: provoke_409,
    429: provoke_429,
    500: provoke_500,
    502: functools.partial(provoke_server_error, status=502),
    503: functools.partial(provoke_server_error, status=503),
    504: functools.partial(provoke_server_error, status=504),
}
EXPECTED_ERROR: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
    500: InternalServerError,
    502: InternalServerError,
    503: InternalServerError,
    504: InternalServerError,
}
MATRIX = sorted(
    (method, status)
    for method, (operation_key, _) in CALLS.items()
    for status in OPERATIONS[operation_key].response_codes
    if status >= 400
)


def test_the_matrix_covers_every_operation_and_every_documented_error_status() -> None:
    assert {operation_key for operation_key, _ in CALLS.values()} == set(OPERATIONS)
    assert set(KNOWN_CALLS) <= set(CALLS), "a hand-written call for a method the table lacks"
    documented = {status for operation in OPERATIONS.values() for status in operation.response_codes}
    assert {status for status in documented if status >= 400} <= set(PROVOKE), (
        "a new status needs a way to provoke it"
    )


@pytest.mark.parametrize(("method", "status"), MATRIX)
def test_every_documented_error_status(
    fake: FakeTwelveLabs, client: TwelveLabs, method: str, status: int
) -> None:
    attempt = PROVOKE[status](fake, client, method)
    with pytest.raises(EXPECTED_ERROR[status]) as caught:
        attempt()
    error = caught.value
    assert error.status_code == status
    assert error.attempts == 1
    answered = fake.requests
    if method == "analyze_async.tasks.create" and status >= 500:
        # A 5xx may come after the task was stored: the client looked for it (by its custom_id).
        *answered, lookup = answered
        assert (lookup.method, lookup.status, lookup.path.partition("?")[0]) == (
            "GET",
            200,
            "/v1.3/analyze/tasks",
        )
    assert answered[-1].status == status
    operation = OPERATIONS[CALLS[method][0]]
    # The body is the documented shape, and the client read it. (The rate-limits page says a 429's
    # body is empty, as the fake answers; the batch operations document one: either is read.)
    if status in operation.response_schemas and not (status == 429 and error.body is None):
        operation.response_validators[status].validate(error.body)
    if status == 429:
        assert isinstance(error, RateLimitError)
        assert error.body is None and error.limit == 1 and error.remaining == 0
        assert error.reset_at is not None and error.reset_at > datetime.now(UTC)
        assert error.retry_after is not None and 3500 < error.retry_after <= 3600
    else:
        assert error.code and error.code in str(error)
        if error.docs_url is not None:  # the flat shape has one; {error: {...}} does not
            assert error.docs_url.endswith("#" + error.code)
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
