"""``tasks.create`` never leaves two tasks for one call, whatever happens to its answer.

The fake stores a task when it handles the POST; the transport below then loses what the test
says — the answer (a read timeout after the task exists), the request itself (it never
arrives), or replaces the answer with a proxy's 502 — so each case is exact and instant.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.unit._transport import Both, Script
from twelvelabs_analyze import (
    AnalyzeTaskCreated,
    APIConnectionError,
    AsyncTwelveLabs,
    BadRequestError,
    TwelveLabs,
)
from twelvelabs_analyze._polling import MAX_LOOKUP_PAGES, new_custom_id
from twelvelabs_analyze.testing import FakeClock, FakeTwelveLabs

CREATE = ("POST", "/v1.3/analyze/tasks")
LIST = ("GET", "/v1.3/analyze/tasks")
GENERATED = re.compile(r"^tla-[0-9a-f]{32}$")


def video(n: int = 0) -> dict[str, str]:
    return {"type": "url", "url": f"https://e.com/{n}.mp4"}


class Lossy(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The fake behind a network that treats the n-th create as ``plan[n]`` says: ``"answer"``
    handled, then its answer lost (read timeout); ``"request"`` never arrives (connection error);
    ``"502"`` handled, answered 502 by a proxy; ``"ok"`` (or past the plan) as is. The n-th list
    request gets ``list_plan[n]``: ``"500"`` answers 500 without reaching the fake."""

    def __init__(self, fake: FakeTwelveLabs, plan: list[str], list_plan: list[str]) -> None:
        self.fake = fake
        self.plans = {CREATE: list(plan), LIST: list(list_plan)}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        plan = self.plans.get((request.method, request.url.path)) or ["ok"]
        fate = plan.pop(0)
        if fate == "request":
            raise httpx.ConnectError("connection refused", request=request)
        if fate == "500":
            return httpx.Response(500, json={"error": {"message": "down"}}, request=request)
        target = request.url.raw_path.decode()
        answer = self.fake.handle(request.method, target, request.headers.multi_items(), request.read())
        if fate == "answer":
            raise httpx.ReadTimeout("timed out", request=request)
        if fate == "502":
            return httpx.Response(502, text="<html>Bad Gateway</html>", request=request)
        return httpx.Response(answer.status, headers=answer.headers, content=answer.body, request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self.handle_request(request)


class Client:
    """A sync or async client on the fake through :class:`Lossy`; ``call`` runs a method in both."""

    def __init__(
        self,
        mode: str,
        fake: FakeTwelveLabs,
        plan: list[str],
        list_plan: tuple[str, ...] = (),
        **options: Any,
    ) -> None:
        self.mode = mode
        self.transport = Lossy(fake, plan, list(list_plan))
        kwargs = {"api_key": fake.api_key, "base_url": fake.base_url, **options}
        if mode == "sync":
            self.client: Any = TwelveLabs(http_client=httpx.Client(transport=self.transport), **kwargs)
        else:
            self.client = AsyncTwelveLabs(http_client=httpx.AsyncClient(transport=self.transport), **kwargs)

    def call(self, path: str, *args: Any, **kwargs: Any) -> Any:
        target: Any = self.client
        for part in path.split("."):
            target = getattr(target, part)
        result = target(*args, **kwargs)
        return asyncio.run(result) if self.mode == "async" else result


@pytest.fixture
def fake() -> Iterator[FakeTwelveLabs]:
    yield FakeTwelveLabs()


def requests(fake: FakeTwelveLabs) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in fake.requests]


# --------------------------------------------------------------------------- the reproduction


def test_a_create_that_times_out_is_looked_up_not_sent_again(
    mode: str, fake: FakeTwelveLabs, sleeps: list[float]
) -> None:
    fake.delay_next(2)  # the task is stored at once; its answer comes after the client gave up
    client: Any = fake.client(timeout=0.05) if mode == "sync" else fake.async_client(timeout=0.05)
    create = client.analyze_async.tasks.create(video=video(), prompt="p")
    created = create if mode == "sync" else asyncio.run(create)
    assert [t["task_id"] for t in fake.tasks] == [created.task_id]
    assert requests(fake) == [CREATE, LIST]
    assert GENERATED.match(fake.tasks[0]["custom_id"])


# --------------------------------------------------------------------------- every fate


@pytest.mark.parametrize(
    ("plan", "sent"),
    [
        (["answer"], [CREATE, LIST]),
        (["502"], [CREATE, LIST]),
        (["answer", "answer"], [CREATE, LIST]),  # found before the second attempt: none made
        (["request"], [LIST, CREATE]),  # the first never arrived: nothing found, sent again
        (["request", "answer"], [LIST, CREATE, LIST]),
        (
            ["request", "request", "answer"],
            [LIST, LIST, CREATE, LIST],
        ),  # the last attempt's, found before raising
    ],
)
def test_whatever_is_lost_one_create_leaves_one_task(
    mode: str, fake: FakeTwelveLabs, sleeps: list[float], plan: list[str], sent: list[tuple[str, str]]
) -> None:
    created = Client(mode, fake, plan).call("analyze_async.tasks.create", video=video(), prompt="p")
    assert isinstance(created, AnalyzeTaskCreated)
    assert [t["task_id"] for t in fake.tasks] == [created.task_id]
    assert requests(fake) == sent


def test_forty_creates_with_lost_answers_make_forty_tasks(
    mode: str, fake: FakeTwelveLabs, sleeps: list[float]
) -> None:
    fates = ["answer", "502", "request", "ok"]
    client = Client(mode, fake, [])
    ids = []
    for n in range(40):
        client.transport.plans[CREATE] = [fates[n % 4]]
        # Half of them on one video: its list holds many tasks, each with its own custom id.
        ids.append(client.call("analyze_async.tasks.create", video=video(n % 2), prompt="p").task_id)
    assert len(fake.tasks) == 40, "no task created twice"
    assert sorted(ids) == sorted(t["task_id"] for t in fake.tasks)
    assert len({t["custom_id"] for t in fake.tasks}) == 40


def test_a_refused_create_is_not_looked_up(mode: str, fake: FakeTwelveLabs, sleeps: list[float]) -> None:
    fake.fail_next(400, body={"code": "parameter_invalid", "message": "no"})
    with pytest.raises(BadRequestError):
        Client(mode, fake, []).call("analyze_async.tasks.create", video=video(), prompt="p")
    assert requests(fake) == [CREATE]


def test_with_no_retries_a_lost_answer_is_still_found(
    mode: str, fake: FakeTwelveLabs, sleeps: list[float]
) -> None:
    created = Client(mode, fake, ["answer"], max_retries=0).call(
        "analyze_async.tasks.create", video=video(), prompt="p"
    )
    assert [t["task_id"] for t in fake.tasks] == [created.task_id]


def test_when_nothing_is_found_and_retries_are_spent_the_error_names_the_custom_id(
    mode: str, fake: FakeTwelveLabs, sleeps: list[float]
) -> None:
    with pytest.raises(APIConnectionError) as caught:
        Client(mode, fake, ["request"], max_retries=0).call(
            "analyze_async.tasks.create", video=video(), prompt="p"
        )
    (note,) = caught.value.__notes__
    custom_id = re.search(r"custom_id '(tla-[0-9a-f]{32})'", note)
    assert custom_id is not None and "find_by_custom_id" in note
    assert fake.tasks == []


def test_a_lookup_that_fails_ends_the_call_without_a_second_create(
    mode: str, fake: FakeTwelveLabs, sleeps: list[float]
) -> None:
    client = Client(mode, fake, ["answer"], list_plan=("500", "500", "500"))
    with pytest.raises(APIConnectionError) as caught:
        client.call("analyze_async.tasks.create", video=video(), prompt="p")
    assert requests(fake) == [CREATE], "the lookup failed three times; nothing was sent again"
    assert client.transport.plans[CREATE] == []
    assert len(fake.tasks) == 1
    (note,) = caught.value.__notes__
    assert note.startswith("whether the task was created could not be checked (InternalServerError: ")
    assert f"custom_id {fake.tasks[0]['custom_id']!r}" in note


def test_the_raw_create_is_guarded_too(mode: str, fake: FakeTwelveLabs, sleeps: list[float]) -> None:
    raw = Client(mode, fake, ["answer"]).call(
        "with_raw_response.analyze_async.tasks.create", video=video(), prompt="p"
    )
    assert raw.parsed.task_id == fake.tasks[0]["task_id"] and len(fake.tasks) == 1
    assert raw.attempts == 1 and raw.endpoint == "POST /analyze/tasks"


def test_create_and_wait_after_a_lost_answer(mode: str, fake: FakeTwelveLabs, sleeps: list[float]) -> None:
    fake.set_task_durations((0, 0, 0))
    done = Client(mode, fake, ["answer"]).call(
        "analyze_async.tasks.create_and_wait", video=video(), prompt="p"
    )
    assert done.status == "ready" and [t["task_id"] for t in fake.tasks] == [done.task_id]


# --------------------------------------------------------------------------- a custom_id the caller chose


def test_a_chosen_custom_id_is_sent_as_it_is(mode: str, fake: FakeTwelveLabs, sleeps: list[float]) -> None:
    created = Client(mode, fake, ["answer"]).call(
        "analyze_async.tasks.create", video=video(), prompt="p", custom_id="lecture-42"
    )
    assert [(t["task_id"], t["custom_id"]) for t in fake.tasks] == [(created.task_id, "lecture-42")]


def test_an_earlier_task_with_the_same_chosen_custom_id_is_not_taken_for_this_one(
    mode: str, sleeps: list[float]
) -> None:
    offset = [-3600.0]  # the earlier task is an hour old
    fake = FakeTwelveLabs(clock=FakeClock(lambda: time.time() + offset[0]))
    Client(mode, fake, []).call("analyze_async.tasks.create", video=video(), prompt="p", custom_id="nightly")
    offset[0] = 0.0
    created = Client(mode, fake, ["request"]).call(
        "analyze_async.tasks.create", video=video(), prompt="p", custom_id="nightly"
    )
    assert len(fake.tasks) == 2 and fake.tasks[0]["task_id"] == created.task_id != fake.tasks[1]["task_id"]


def test_a_custom_id_made_by_new_custom_id_counts_however_old_its_task(
    mode: str, sleeps: list[float]
) -> None:
    """A caller that records the id before creating (to survive a crash) makes it unique with
    new_custom_id(): the task it names is this call's whenever it was created."""
    offset = [-3600.0]
    fake = FakeTwelveLabs(clock=FakeClock(lambda: time.time() + offset[0]))
    recorded = new_custom_id()
    first = Client(mode, fake, ["answer"], max_retries=0).call(
        "analyze_async.tasks.create", video=video(), prompt="p", custom_id=recorded
    )
    offset[0] = 0.0  # an hour later, the same create again (say, after a crash)
    again = Client(mode, fake, ["request"]).call(
        "analyze_async.tasks.create", video=video(), prompt="p", custom_id=recorded
    )
    assert again.task_id == first.task_id and len(fake.tasks) == 1


def test_a_recent_task_with_the_chosen_custom_id_is_this_calls(
    mode: str, fake: FakeTwelveLabs, sleeps: list[float]
) -> None:
    created = Client(mode, fake, ["answer"]).call(
        "analyze_async.tasks.create", video=video(), prompt="p", custom_id="nightly"
    )
    assert [t["task_id"] for t in fake.tasks] == [created.task_id]


# --------------------------------------------------------------------------- find_by_custom_id


def test_find_by_custom_id(mode: str, fake: FakeTwelveLabs) -> None:
    client = Client(mode, fake, [])
    first = client.call("analyze_async.tasks.create", video=video(1), prompt="p", custom_id="job-7")
    other = client.call("analyze_async.tasks.create", video=video(2), prompt="p", custom_id="job-7")
    found = client.call("analyze_async.tasks.find_by_custom_id", "job-7")
    assert found.task_id == other.task_id, "the newest"
    assert (
        client.call("analyze_async.tasks.find_by_custom_id", "job-7", video=video(1)).task_id == first.task_id
    )
    assert client.call("analyze_async.tasks.find_by_custom_id", "job-8") is None
    later = datetime.now(UTC) + timedelta(hours=1)
    assert client.call("analyze_async.tasks.find_by_custom_id", "job-7", created_after=later) is None
    listed = [r for r in fake.requests if (r.method, r.path) == LIST]
    assert "video_url=https%3A%2F%2Fe.com%2F1.mp4" in listed[1].query


@pytest.mark.parametrize(
    ("args", "kwargs", "error"),
    [
        ((7,), {}, TypeError),
        (("",), {}, ValueError),
        (("x",), {"created_after": datetime(2026, 1, 1)}, TypeError),  # naive: which zone?
        (("x",), {"video": "https://e.com/1.mp4"}, TypeError),
    ],
)
def test_find_by_custom_id_checks_its_arguments_first(
    mode: str, fake: FakeTwelveLabs, args: tuple[Any, ...], kwargs: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        Client(mode, fake, []).call("analyze_async.tasks.find_by_custom_id", *args, **kwargs)
    assert fake.requests == []


def test_the_lookup_reads_a_bounded_number_of_the_newest_pages(mode: str, sleeps: list[float]) -> None:
    """The task looked for was created seconds ago: past the 200 newest tasks of its video the
    lookup gives up (and the create is sent again), however many pages the list says it has."""
    posts = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            posts.append(request)
            if len(posts) == 1:
                raise httpx.ReadTimeout("timed out", request=request)
            return httpx.Response(202, json={"task_id": "mine", "status": "queued"})
        number = int(request.url.params["page"]) if "page" in request.url.params else 1
        others = [
            {
                "task_id": f"p{number}-{i}",
                "custom_id": f"other-{i}",
                "status": "ready",
                "created_at": "2026-01-01T00:00:00Z",
            }
            for i in range(50)
        ]
        info = {"page": number, "total_page": 10**6, "limit_per_page": 50, "total_results": 5 * 10**7}
        return httpx.Response(200, json={"data": others, "page_info": info})

    script = Script(answer)
    created = Both(mode, script).call("analyze_async.tasks.create", video=video(3), prompt="p")
    assert created.task_id == "mine"
    listed = [dict(r.url.params) for r in script.requests if r.method == "GET"]
    assert listed == [
        {"video_url": "https://e.com/3.mp4", "page_limit": "50", **({"page": str(n)} if n > 1 else {})}
        for n in range(1, MAX_LOOKUP_PAGES + 1)
    ]
    assert [r.method for r in script.requests] == ["POST", *["GET"] * MAX_LOOKUP_PAGES, "POST"]
