"""The fake's generic resources: what the spec's paths show (create → retrieve/list/update/delete by
id, sub-collections under their parent), served with no hand-written code, through the client."""

from __future__ import annotations

import copy
import threading
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twelvelabs_analyze import BadRequestError, NotFoundError, TwelveLabs
from twelvelabs_analyze.testing import FakeClock, FakeTwelveLabs, load_spec
from twelvelabs_analyze.testing._errors import ApiError
from twelvelabs_analyze.testing._resources import Resources
from twelvelabs_analyze.testing._spec import build_spec

from .conftest import KEY, body_of, post

START = 1_800_000_000.0
MODELS = [{"model_name": "marengo3.0", "model_options": ["visual", "audio"]}]


@pytest.fixture
def fake() -> FakeTwelveLabs:
    return FakeTwelveLabs(api_key=KEY, clock=FakeClock(start=START))


@pytest.fixture
def client(fake: FakeTwelveLabs) -> TwelveLabs:
    return fake.client(max_retries=0)


def create_index(client: TwelveLabs, name: str) -> str:
    return str(client.indexes.create(index_name=name, models=MODELS).to_dict()["_id"])


def shown(client: TwelveLabs, index_id: str) -> dict[str, Any]:
    return dict(client.indexes.retrieve(index_id).to_dict())


def assert_unknown(error: pytest.ExceptionInfo[Any], identity: str) -> None:
    assert error.value.code == "resource_not_exist"
    assert identity in str(error.value)


def test_a_created_index_is_retrieved_updated_and_deleted(fake: FakeTwelveLabs, client: TwelveLabs) -> None:
    index_id = create_index(client, "kitchen")
    other = create_index(client, "garden")
    assert index_id != other
    index = shown(client, index_id)
    # The request's fields, the id it was given, and the fake's time.
    assert (index["_id"], index["index_name"], index["models"]) == (index_id, "kitchen", MODELS)
    assert index["created_at"] == index["updated_at"] == "2027-01-15T08:00:00Z"
    assert shown(client, index_id) == index  # stored, not drawn again

    fake.advance(60)
    client.indexes.update(index_id, index_name="pantry")
    updated = shown(client, index_id)
    assert updated == {**index, "index_name": "pantry", "updated_at": "2027-01-15T08:01:00Z"}
    assert shown(client, other)["index_name"] == "garden"

    client.indexes.delete(index_id)
    # GET /indexes/{index-id} documents 400 only: an unknown id is answered with it.
    for gone in (
        lambda: client.indexes.retrieve(index_id),
        lambda: client.indexes.update(index_id, index_name="again"),
        lambda: client.indexes.delete(index_id),
    ):
        with pytest.raises(BadRequestError) as error:
            gone()
        assert_unknown(error, index_id)
    assert shown(client, other)["index_name"] == "garden"


def test_lists_are_paged_as_the_client_pages_them(client: TwelveLabs) -> None:
    ids = [create_index(client, f"index {number}") for number in range(23)]
    newest_first = ids[::-1]
    first = client.indexes.list(page_limit=10)
    assert [item.to_dict()["_id"] for item in first.items] == newest_first[:10]
    info = first.result.page_info.to_dict()
    assert info == {"limit_per_page": 10, "page": 1, "total_page": 3, "total_results": 23}
    third = client.indexes.list(page_limit=10, page=3)
    assert [item.to_dict()["_id"] for item in third.items] == newest_first[20:]
    assert third.result.page_info.to_dict()["page"] == 3
    assert not third.has_next_page()
    assert client.indexes.list(page_limit=10, page=4).items == []
    # Iterating walks every page: each index once, newest first.
    assert [item.to_dict()["_id"] for item in client.indexes.list(page_limit=7)] == newest_first
    # The spec's default page size (10).
    assert len(client.indexes.list().items) == 10


def test_videos_are_scoped_by_their_index(client: TwelveLabs) -> None:
    index_id = create_index(client, "with videos")
    empty = client.indexes.videos.list(index_id)
    assert empty.items == []
    assert empty.result.page_info.to_dict()["total_results"] == 0
    with pytest.raises(NotFoundError) as missing_video:  # retrieve documents 404
        client.indexes.videos.retrieve(index_id, "no-such-video")
    assert_unknown(missing_video, "no-such-video")
    with pytest.raises(BadRequestError) as missing_index:  # list documents 400 only
        client.indexes.videos.list("no-such-index")
    assert_unknown(missing_index, "no-such-index")
    # The index is checked first: the error names what is missing.
    with pytest.raises(NotFoundError) as under_missing:
        client.indexes.videos.retrieve("no-such-index", "no-such-video")
    assert_unknown(under_missing, "no-such-index")
    client.indexes.delete(index_id)
    with pytest.raises(BadRequestError):
        client.indexes.videos.list(index_id)


def test_reset_forgets_resources_and_fakes_do_not_share_them(
    fake: FakeTwelveLabs, client: TwelveLabs
) -> None:
    index_id = create_index(client, "kept")
    with pytest.raises(BadRequestError):
        FakeTwelveLabs(api_key=KEY).client(max_retries=0).indexes.retrieve(index_id)
    fake.reset()
    with pytest.raises(BadRequestError):
        client.indexes.retrieve(index_id)
    assert client.indexes.list().items == []


def test_concurrent_creates_get_distinct_ids(client: TwelveLabs) -> None:
    created: list[str] = []
    lock = threading.Lock()

    def work(number: int) -> None:
        for round_ in range(5):
            index_id = create_index(client, f"thread {number} round {round_}")
            with lock:
                created.append(index_id)

    threads = [threading.Thread(target=work, args=(number,)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(set(created)) == len(created) == 20
    assert {item.to_dict()["_id"] for item in client.indexes.list(page_limit=50)} == set(created)


def test_the_store_is_bounded_oldest_first() -> None:
    now = [START]
    resources = Resources(load_spec(), lambda: now[0], (), max_items=3)
    spec = load_spec()
    create = spec.operations[("POST", "/v1.3/indexes")]
    retrieve = spec.operations[("GET", "/v1.3/indexes/{index-id}")]
    ids = []
    for number in range(5):
        answer = resources.answer(create, {}, {}, {"index_name": f"n{number}", "models": MODELS})
        assert answer is not None
        ids.append(answer.body["_id"])
    assert len(resources) == 3
    for index_id in ids[:2]:
        with pytest.raises(ApiError, match=f"Nothing in /indexes has the id '{index_id}'") as error:
            resources.answer(retrieve, {"index-id": index_id}, {}, {})
        assert (error.value.status, error.value.code) == (400, "resource_not_exist")
    for index_id in ids[2:]:
        found = resources.answer(retrieve, {"index-id": index_id}, {}, {})
        assert found is not None and found.body["_id"] == index_id
    with pytest.raises(ValueError, match="max_items"):
        Resources(spec, lambda: START, (), max_items=0)


# --- any resource the spec shows, and actions under an item -----------------------------------


def fake_for(change: Any) -> FakeTwelveLabs:
    document = copy.deepcopy(dict(load_spec().document))
    change(document)
    return FakeTwelveLabs(api_key=KEY, spec=build_spec(document))


def add_widgets(document: dict[str, Any]) -> None:
    """A resource the fake has never heard of: ``/widgets`` and ``/widgets/{widget_id}`` (its id
    in ``widget_id``), parts under a widget, and a ``polish`` action on one."""
    error = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
    widget = {
        "type": "object",
        "properties": {
            "widget_id": {"type": "string"},
            "label": {"type": "string"},
            "size": {"type": "integer", "minimum": 1},
        },
        "required": ["widget_id", "label"],
    }
    body = {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {"label": {"type": "string"}, "size": {"type": "integer", "minimum": 1}},
                    "required": ["label"],
                    "additionalProperties": False,
                }
            }
        },
    }

    def ok(status: str, schema: Any = None) -> dict[str, Any]:
        answer: dict[str, Any] = {"description": "ok"}
        if schema is not None:
            answer["content"] = {"application/json": {"schema": schema}}
        return {status: answer, "404": {"description": "unknown", "content": error}}

    def parameter(name: str) -> dict[str, Any]:
        return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}

    created = {"type": "object", "properties": {"widget_id": {"type": "string"}}, "required": ["widget_id"]}
    document["paths"]["/widgets"] = {
        "post": {"operationId": "createWidget", "requestBody": body, "responses": ok("201", created)}
    }
    document["paths"]["/widgets/{widget_id}"] = {
        "parameters": [parameter("widget_id")],
        "get": {"operationId": "getWidget", "responses": ok("200", widget)},
        "patch": {"operationId": "patchWidget", "requestBody": body, "responses": ok("204")},
        "delete": {"operationId": "deleteWidget", "responses": ok("204")},
    }
    document["paths"]["/widgets/{widget_id}/polish"] = {
        "parameters": [parameter("widget_id")],
        "post": {"operationId": "polishWidget", "responses": ok("202", {"type": "object"})},
    }
    part = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
    document["paths"]["/widgets/{widget_id}/parts"] = {
        "parameters": [parameter("widget_id")],
        "post": {"operationId": "createPart", "responses": ok("201", part)},
    }
    document["paths"]["/widgets/{widget_id}/parts/{part_id}"] = {
        "parameters": [parameter("widget_id"), parameter("part_id")],
        "get": {"operationId": "getPart", "responses": ok("200", part)},
    }


def call(fake: FakeTwelveLabs, method: str, path: str, body: Any = b"") -> tuple[int, Any]:
    response = post(fake, "/v1.3" + path, body, method=method)
    return response.status, (body_of(response) if response.body else None)


def test_any_resource_the_spec_shows_is_served() -> None:
    fake = fake_for(add_widgets)
    status, created = call(fake, "POST", "/widgets", {"label": "cog", "size": 3})
    assert status == 201 and set(created) >= {"widget_id"}
    widget_id = created["widget_id"]
    status, widget = call(fake, "GET", f"/widgets/{widget_id}")
    assert (status, widget["widget_id"], widget["label"], widget["size"]) == (200, widget_id, "cog", 3)
    assert call(fake, "PATCH", f"/widgets/{widget_id}", {"label": "gear"}) == (204, None)
    assert call(fake, "GET", f"/widgets/{widget_id}")[1]["label"] == "gear"

    # An action answers from its schema once the item exists; 404 before.
    assert call(fake, "POST", f"/widgets/{widget_id}/polish")[0] == 202
    status, error = call(fake, "POST", "/widgets/nope/polish")
    assert (status, error["code"]) == (404, "resource_not_exist")

    # Parts live under their widget: created there, gone with it.
    status, part = call(fake, "POST", f"/widgets/{widget_id}/parts")
    assert status == 201
    assert call(fake, "GET", f"/widgets/{widget_id}/parts/{part['id']}") == (200, part)
    assert call(fake, "POST", "/widgets/nope/parts")[0] == 404

    assert call(fake, "DELETE", f"/widgets/{widget_id}") == (204, None)
    for method, path in [
        ("GET", f"/widgets/{widget_id}"),
        ("DELETE", f"/widgets/{widget_id}"),
        ("PATCH", f"/widgets/{widget_id}"),
        ("GET", f"/widgets/{widget_id}/parts/{part['id']}"),
        ("POST", f"/widgets/{widget_id}/polish"),
    ]:
        status, error = call(fake, method, path, {"label": "x"} if method == "PATCH" else b"")
        assert (status, error["code"]) == (404, "resource_not_exist"), (method, path)


def test_a_path_whose_create_answers_no_id_is_no_resource() -> None:
    def anonymous(document: dict[str, Any]) -> None:
        add_widgets(document)
        created = document["paths"]["/widgets"]["post"]["responses"]["201"]["content"]["application/json"]
        created["schema"] = {"type": "object", "properties": {"ok": {"type": "boolean"}}}

    fake = fake_for(anonymous)
    assert call(fake, "POST", "/widgets", {"label": "cog"})[0] == 201
    # Nothing can name what was created: retrieve keeps the schema-shaped answer.
    assert call(fake, "GET", "/widgets/anything")[0] == 200


# --- a property: any sequence of calls agrees with a dict ----------------------------------------

STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("create"), st.text(min_size=1, max_size=8)),
        st.tuples(st.just("update"), st.integers(0, 9), st.text(min_size=1, max_size=8)),
        st.tuples(st.just("delete"), st.integers(0, 9)),
        st.tuples(st.just("retrieve"), st.integers(0, 9)),
        st.tuples(st.just("list"), st.integers(1, 4)),
    ),
    max_size=20,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_any_sequence_of_calls_agrees_with_a_dict(steps: list[tuple[Any, ...]]) -> None:
    fake = FakeTwelveLabs(api_key=KEY, clock=FakeClock(start=START))
    client = fake.client(max_retries=0)
    model: dict[str, str] = {}  # id -> name, in creation order
    known: list[str] = []  # every id ever created (deleted ones too)
    for step in steps:
        kind = step[0]
        if kind == "create":
            index_id = create_index(client, step[1])
            assert index_id not in known
            known.append(index_id)
            model[index_id] = step[1]
            continue
        if kind == "list":
            names = [item.to_dict()["index_name"] for item in client.indexes.list(page_limit=step[1])]
            assert names == list(model.values())[::-1]
            continue
        if not known:
            continue
        index_id = known[step[1] % len(known)]
        if index_id not in model:
            with pytest.raises(BadRequestError):
                client.indexes.retrieve(index_id)
            continue
        if kind == "update":
            client.indexes.update(index_id, index_name=step[2])
            model[index_id] = step[2]
        elif kind == "delete":
            client.indexes.delete(index_id)
            del model[index_id]
        assert kind == "delete" or shown(client, index_id)["index_name"] == model[index_id]
