"""The fake's webhooks: signed task events to a receiver (loopback HTTP, or in-process through an
httpx transport), retried on fake time, with the delivery status on the task."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from twelvelabs_analyze import UNSET, AsyncTwelveLabs, TwelveLabs
from twelvelabs_analyze.testing import FakeClock, FakeTwelveLabs
from twelvelabs_analyze.types import VideoContextUrlParam
from twelvelabs_analyze.webhooks import SIGNATURE_HEADER, WebhookEvent, verify

SECRET = "whsec_fake-test-secret"
START = 1_800_000_000.0
VIDEO: VideoContextUrlParam = {"type": "url", "url": "https://cdn.example.test/videos/kitchen.mp4"}
DONE_AFTER = 3.0  # task_durations below: done 3 fake seconds after creation
WAIT_S = 10.0  # the longest a test waits for a background delivery (normally milliseconds)


class Receiver:
    """A webhook receiver on 127.0.0.1: verifies each delivery and answers the next scripted status."""

    def __init__(self, statuses: list[int] | None = None) -> None:
        self.statuses = list(statuses or [])
        self.events: list[WebhookEvent] = []
        self.requests: list[tuple[str, dict[str, str], bytes]] = []
        self.arrived = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                headers = dict(self.headers.items())
                receiver.requests.append((self.path, headers, body))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                if status < 300:
                    receiver.events.append(verify(body, headers, SECRET))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()
                receiver.arrived.set()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/twelvelabs"

    def __enter__(self) -> Receiver:
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as running:
        yield running


@pytest.fixture
def fake() -> FakeTwelveLabs:
    return FakeTwelveLabs(clock=FakeClock(start=START), task_durations=(1, 1, 1))


def recording(status: int = 200) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """An in-process receiver that answers ``status`` and keeps what it was sent."""
    received: list[httpx.Request] = []

    def receive(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return httpx.Response(status)

    return httpx.MockTransport(receive), received


def create_task(client: TwelveLabs, **extra: Any) -> str:
    return client.analyze_async.tasks.create(video=VIDEO, prompt="What is cooked?", **extra).task_id


def test_a_ready_task_is_delivered_signed_with_its_custom_id(
    fake: FakeTwelveLabs, receiver: Receiver
) -> None:
    fake.add_webhook(receiver.url, SECRET)
    with fake.client() as client:
        task_id = create_task(client, custom_id="order-42")
        fake.advance(DONE_AFTER - 0.5)
        assert receiver.requests == []  # not done yet
        fake.advance(0.5)
        (event,) = receiver.events
        assert event.type == "analyze.task.ready"
        assert event.task is not None
        assert (event.task.task_id, event.task.status, event.task.custom_id) == (task_id, "ready", "order-42")
        assert event.id.startswith("whe_")
        assert event.created_at.timestamp() == START + DONE_AFTER
        path, headers, _ = receiver.requests[0]
        assert path == "/hooks/twelvelabs"
        assert headers["Content-Type"] == "application/json"
        task = client.analyze_async.tasks.retrieve(task_id)  # the answer is valid against the spec
        assert task.status == "ready"
        assert [info.to_dict() for info in task.webhooks or []] == [
            {"url": receiver.url, "delivered": True, "attempts": 1}
        ]
    fake.advance(100)
    assert len(receiver.requests) == 1  # each event once


def test_a_failed_task_is_delivered_as_failed(fake: FakeTwelveLabs, receiver: Receiver) -> None:
    fake.add_webhook(receiver.url, SECRET)
    fake.fail_next_task("the video has no audio track")
    with fake.client() as client:
        task_id = create_task(client)
        fake.advance(DONE_AFTER)
    (event,) = receiver.events
    assert event.type == "analyze.task.failed"
    assert event.task is not None
    custom_id = event.task.custom_id  # the client gives every task it creates a custom_id
    assert custom_id is not None
    assert custom_id.startswith("tla-")
    assert (event.task.task_id, event.task.status) == (task_id, "failed")
    assert event.data == {"id": task_id, "status": "failed", "custom_id": custom_id}


def test_a_task_polled_to_the_end_has_been_delivered_when_the_poll_sees_it() -> None:
    # Wall-clock time, no advance(): the request that finds the task done sends the event first.
    fake = FakeTwelveLabs(task_durations=(0, 0, 0))
    got: list[WebhookEvent] = []

    def receive(request: httpx.Request) -> httpx.Response:
        got.append(verify(request.content, request.headers, SECRET))
        return httpx.Response(204)

    fake.add_webhook("https://receiver.example.test/hook", SECRET, transport=httpx.MockTransport(receive))
    with fake.client() as client:
        task = client.analyze_async.tasks.create_and_wait(video=VIDEO, prompt="Describe it.", custom_id="c-1")
    assert [(event.task.task_id, event.task.custom_id) for event in got if event.task] == [
        (task.task_id, "c-1")
    ]


def test_failed_deliveries_are_retried_on_fake_time_then_given_up(fake: FakeTwelveLabs) -> None:
    with Receiver(statuses=[500, 503, 500, 500]) as receiver:
        fake.add_webhook(receiver.url, SECRET, max_attempts=3, retry_delay=10)
        with fake.client() as client:
            task_id = create_task(client)
            fake.advance(DONE_AFTER)
            assert len(receiver.requests) == 1
            fake.advance(9)
            assert len(receiver.requests) == 1  # the retry is not due yet
            fake.advance(1)
            assert len(receiver.requests) == 2
            fake.advance(10)
            fake.advance(1000)
            assert len(receiver.requests) == 3  # max_attempts in all
            (info,) = client.analyze_async.tasks.retrieve(task_id).webhooks or []
            assert info.to_dict() == {
                "url": receiver.url,
                "delivered": False,
                "attempts": 3,
                "last_error": "HTTP 500",
            }
    # Every attempt carried the same event, each signed afresh.
    bodies = {body for _, _, body in receiver.requests}
    assert len(bodies) == 1


def test_a_retry_that_succeeds(fake: FakeTwelveLabs) -> None:
    with Receiver(statuses=[502]) as receiver:
        fake.add_webhook(receiver.url, SECRET)
        with fake.client() as client:
            task_id = create_task(client, custom_id="retry-me")
            fake.advance(DONE_AFTER)
            (info,) = client.analyze_async.tasks.retrieve(task_id).webhooks or []
            assert (info.delivered, info.attempts, info.last_error) == (False, 1, "HTTP 502")
            fake.advance(10)
            (info,) = client.analyze_async.tasks.retrieve(task_id).webhooks or []
            assert info.to_dict() == {"url": receiver.url, "delivered": True, "attempts": 2}
    assert [event.task.custom_id for event in receiver.events if event.task] == ["retry-me"]


def test_an_unreachable_receiver_is_a_failed_delivery_not_a_failed_request(fake: FakeTwelveLabs) -> None:
    with Receiver() as receiver:
        url = receiver.url
    fake.add_webhook(url, SECRET, max_attempts=1)  # the port is closed now
    with fake.client() as client:
        task_id = create_task(client)
        fake.advance(DONE_AFTER)
        task = client.analyze_async.tasks.retrieve(task_id)
    (info,) = task.webhooks or []
    assert (info.delivered, info.attempts) == (False, 1)
    assert isinstance(info.last_error, str)
    assert info.last_error.startswith("ConnectError")


def test_a_receiver_that_raises_is_a_failed_delivery(fake: FakeTwelveLabs) -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("receiver bug")

    fake.add_webhook(
        "http://receiver.test/hook", SECRET, transport=httpx.MockTransport(broken), max_attempts=1
    )
    with fake.client() as client:
        task_id = create_task(client)
        fake.advance(DONE_AFTER)
        (info,) = client.analyze_async.tasks.retrieve(task_id).webhooks or []
    assert info.last_error == "the receiver raised RuntimeError: receiver bug"


def test_every_endpoint_gets_its_own_delivery(fake: FakeTwelveLabs) -> None:
    seen: dict[str, list[bytes]] = {"a": [], "b": []}

    def endpoint(name: str, status: int) -> httpx.MockTransport:
        def receive(request: httpx.Request) -> httpx.Response:
            verify(request.content, request.headers, f"{SECRET}-{name}")
            seen[name].append(request.content)
            return httpx.Response(status)

        return httpx.MockTransport(receive)

    fake.add_webhook("http://a.test/hook", f"{SECRET}-a", transport=endpoint("a", 200))
    fake.add_webhook("http://b.test/hook", f"{SECRET}-b", transport=endpoint("b", 410), max_attempts=1)
    with fake.client() as client:
        task_id = create_task(client)
        fake.advance(DONE_AFTER)
        task = client.analyze_async.tasks.retrieve(task_id)
        listed = client.analyze_async.tasks.list().items[0]
    assert seen["a"] == seen["b"]
    assert [info.to_dict() for info in task.webhooks or []] == [
        {"url": "http://a.test/hook", "delivered": True, "attempts": 1},
        {"url": "http://b.test/hook", "delivered": False, "attempts": 1, "last_error": "HTTP 410"},
    ]
    assert listed.webhooks == task.webhooks
    assert fake.tasks[0]["webhooks"] == [info.to_dict() for info in task.webhooks or []]


def test_tasks_done_before_an_endpoint_was_added_are_not_sent_to_it(fake: FakeTwelveLabs) -> None:
    transport, sent = recording()
    with fake.client() as client:
        earlier = create_task(client)
        fake.advance(DONE_AFTER)
        fake.add_webhook("http://receiver.test/hook", SECRET, transport=transport)
        later = create_task(client)
        fake.advance(DONE_AFTER)
        assert client.analyze_async.tasks.retrieve(earlier).webhooks is UNSET  # omitted: none
    assert [json.loads(request.content)["data"]["id"] for request in sent] == [later]


def asgi_receiver(got: list[WebhookEvent]) -> httpx.ASGITransport:
    """A bare ASGI app that verifies what it is sent, behind an ``httpx.ASGITransport``."""

    async def app(
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[MutableMapping[str, Any]]],
        send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ) -> None:
        assert scope["type"] == "http"
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        got.append(verify(body, scope["headers"], SECRET))
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    return httpx.ASGITransport(app=app)


def test_an_asgi_receiver_in_process(fake: FakeTwelveLabs) -> None:
    got: list[WebhookEvent] = []
    fake.add_webhook("http://receiver.test/hook", SECRET, transport=asgi_receiver(got))
    with fake.client() as client:
        task_id = create_task(client, custom_id="asgi")
        fake.advance(DONE_AFTER)
    assert [(event.task.task_id, event.task.custom_id) for event in got if event.task] == [(task_id, "asgi")]


def test_an_async_client_on_a_running_loop_delivers_to_an_asgi_receiver() -> None:
    fake = FakeTwelveLabs(task_durations=(0, 0, 0))
    got: list[WebhookEvent] = []
    fake.add_webhook("http://receiver.test/hook", SECRET, transport=asgi_receiver(got))

    async def run() -> str:
        async with fake.async_client() as client:
            task = await client.analyze_async.tasks.create_and_wait(video=VIDEO, prompt="Describe it.")
            return task.task_id

    task_id = asyncio.run(run())
    assert [event.task.task_id for event in got if event.task] == [task_id]


def test_a_receiver_may_call_the_fake_back_during_the_delivery(fake: FakeTwelveLabs) -> None:
    client = fake.client()
    statuses: list[str] = []

    def receive(request: httpx.Request) -> httpx.Response:
        event = verify(request.content, request.headers, SECRET)
        assert event.task is not None
        statuses.append(client.analyze_async.tasks.retrieve(event.task.task_id).status)
        return httpx.Response(200)

    fake.add_webhook("http://receiver.test/hook", SECRET, transport=httpx.MockTransport(receive))
    with client:
        create_task(client)
        fake.advance(DONE_AFTER)
    assert statuses == ["ready"]


def test_served_fake_delivers_in_the_background_while_the_receiver_calls_it_back() -> None:
    # serve(): deliveries come from a ticker thread, so a receiver that fetches the task from
    # the same server is answered (the server is not waiting on the receiver).
    fake = FakeTwelveLabs(task_durations=(0, 0, 0))
    fetched: list[str] = []
    done = threading.Event()
    with fake.serve() as base_url, TwelveLabs(api_key=fake.api_key, base_url=base_url) as client:

        def receive(request: httpx.Request) -> httpx.Response:
            event = verify(request.content, request.headers, SECRET)
            assert event.task is not None
            fetched.append(client.analyze_async.tasks.retrieve(event.task.task_id).status)
            done.set()
            return httpx.Response(200)

        fake.add_webhook("http://receiver.test/hook", SECRET, transport=httpx.MockTransport(receive))
        create_task(client)
        assert done.wait(WAIT_S)
    assert fetched == ["ready"]


def test_reset_forgets_deliveries_and_keeps_endpoints(fake: FakeTwelveLabs, receiver: Receiver) -> None:
    fake.add_webhook(receiver.url, SECRET)
    with fake.client() as client:
        create_task(client)
        fake.advance(DONE_AFTER)
        fake.reset()
        assert fake.tasks == []
        create_task(client)
        fake.advance(DONE_AFTER)
    assert len(receiver.events) == 2


def test_deliver_webhooks_sends_what_is_due(fake: FakeTwelveLabs) -> None:
    transport, sent = recording()
    fake.add_webhook("http://receiver.test/hook", SECRET, transport=transport)
    assert fake.deliver_webhooks() == 0
    with fake.client() as client:
        create_task(client)
    fake.clock.advance(DONE_AFTER)  # the clock alone: nothing is sent yet
    assert sent == []
    assert fake.deliver_webhooks() == 1
    assert len(sent) == 1
    assert fake.deliver_webhooks() == 0


def test_the_secret_stays_out_of_the_fake(fake: FakeTwelveLabs) -> None:
    fake.add_webhook(
        "http://receiver.test/hook", SECRET, transport=httpx.MockTransport(lambda r: httpx.Response(200))
    )
    assert SECRET not in repr(fake)
    assert SECRET not in repr(fake._webhooks._endpoints)


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        ({"url": "ftp://receiver.test/hook"}, "http"),
        ({"url": "/hooks"}, "http"),
        ({"secret": ""}, "secret"),
        ({"max_attempts": 0}, "max_attempts"),
        ({"retry_delay": float("nan")}, "retry_delay"),
        ({"timeout": 0}, "timeout"),
    ],
)
def test_add_webhook_refuses_what_cannot_work(
    fake: FakeTwelveLabs, arguments: dict[str, Any], problem: str
) -> None:
    call: dict[str, Any] = {"url": "http://receiver.test/hook", "secret": SECRET, **arguments}
    with pytest.raises(ValueError, match=problem):
        fake.add_webhook(**call)


def test_the_signature_header_is_the_documented_one(fake: FakeTwelveLabs) -> None:
    transport, sent = recording()
    fake.add_webhook("http://receiver.test/hook", SECRET, transport=transport)
    with fake.client() as client:
        create_task(client)
        fake.advance(DONE_AFTER)
    (request,) = sent
    timestamp, signature = request.headers[SIGNATURE_HEADER].split(",")
    assert timestamp.startswith("t=") and timestamp[2:].isdigit()
    assert signature.startswith("v1=") and len(signature) == 3 + 64


def test_requests_served_as_an_asgi_app_leave_deliveries_to_serves_ticker() -> None:
    # A served request must not wait on a receiver (which may be calling the server back).
    fake = FakeTwelveLabs(task_durations=(0, 0, 0))
    transport, sent = recording()
    fake.add_webhook("http://receiver.test/hook", SECRET, transport=transport)

    async def run() -> None:
        served = httpx.ASGITransport(app=fake)
        async with AsyncTwelveLabs(
            api_key=fake.api_key, base_url=fake.base_url, http_client=httpx.AsyncClient(transport=served)
        ) as client:
            task_id = (await client.analyze_async.tasks.create(video=VIDEO, prompt="Describe it.")).task_id
            assert (await client.analyze_async.tasks.retrieve(task_id)).status == "ready"

    asyncio.run(run())
    assert sent == []
    assert fake.deliver_webhooks() == 1
    assert len(sent) == 1
