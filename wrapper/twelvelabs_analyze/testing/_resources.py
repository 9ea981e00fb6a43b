"""Stateful resources for the operations the fake has no hand-written behaviour for, found by rule.

A path whose last segment is one parameter (``/indexes/{index-id}``) is the item path of a
resource whose collection is the path without it (``/indexes``). Its operations play roles:

* ``POST`` collection — create: a new id (the item's id field is the property named like the
  path parameter, ``index-id`` → ``index_id``, else ``_id``, else ``id``; a path whose create
  answers no such field is no resource); the stored item is a
  schema-shaped instance of the retrieve answer with the request's fields merged in (each field
  the item schema accepts), ``created_at``/``updated_at`` read from the fake's clock; the answer
  is the create's documented status and schema, with the stored item's fields where they fit;
* ``GET`` item — retrieve: the stored item; ``PUT``/``PATCH`` item — update: the request's fields
  merged in; ``DELETE`` item — the item and everything under it are gone;
* ``GET`` collection — list: the stored items, newest first, paged as the client pages them
  (the generated ``Paging`` of the operation, from ``openapi/client.yaml``'s ``pagination:``),
  filtered by the query parameters that name an item field and take enum values;
* any other operation under an item path (``/analyze/batches/{batch_id}/cancel``) — an action:
  the fake's schema-shaped answer, once the item is known to exist.

A collection under another resource's item (``/indexes/{index-id}/videos``) is scoped by the
parent's id, and every request under an id that names nothing is answered with the operation's
documented "does not exist" error: ``resource_not_exist``, as 404 where the operation documents
404, else as its documented 400 (``GET /indexes/{index-id}`` documents 400 only).

A resource any of whose create/list/retrieve/update/delete the fake handles by hand (tasks,
uploads, batches) is left to that code entirely. At most :data:`MAX_STORED_ITEMS` items are kept
in all; beyond that the oldest are forgotten first (with their sub-items), so a long-running
``mock-server`` does not grow without limit.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator

from ._errors import ApiError
from ._instances import SchemaNotSupported, instance_of
from ._spec import Operation, Spec, _absolute_deep
from ._words import digest, seeded_random

__all__ = ["MAX_STORED_ITEMS", "Answer", "Resources"]

MAX_STORED_ITEMS = 10_000
NOT_FOUND_CODE = "resource_not_exist"
_PARAMETER = re.compile(r"^\{([^{}/]+)\}$")
_TIMESTAMPS = ("created_at", "updated_at")  # set from the fake's clock when the item schema accepts it
_UPDATED = "updated_at"


@dataclass(frozen=True)
class Answer:
    """What a generic operation answers: a JSON value (None: no body) with its status."""

    body: Any
    status: int


@dataclass(frozen=True, eq=False)
class _Resource:
    collection: str  # "/indexes/{index-id}/videos", as the spec writes it
    item: str  # "/indexes/{index-id}/videos/{video-id}"
    id_parameter: str  # "video-id"
    parent: _Resource | None
    item_schema: Mapping[str, Any] | None  # what retrieve answers (else list's items, else create's answer)
    item_validator: Draft202012Validator | None
    id_field: str | None  # the item's property holding its id

    @property
    def parameters(self) -> tuple[str, ...]:
        """The path parameters of the collection: the ids of the parents, outermost first."""
        return _parameters(self.collection)


@dataclass(frozen=True)
class _Role:
    kind: str  # create, list, retrieve, update, delete, action
    resource: _Resource


@dataclass(frozen=True)
class _Paging:
    parameter: str  # the page number's query parameter
    size: str | None  # the page size's query parameter
    items: str  # the answer's property holding the page
    total_pages: tuple[str, ...]
    total_results: tuple[str, ...]


@dataclass
class _Stored:
    number: int  # creation order
    item: dict[str, Any]


Key = tuple[str, tuple[str, ...], str]  # (item path, parent ids, id)


class Resources:
    """The generic resources of one fake: thread-safe, bounded, cleared by :meth:`clear`."""

    def __init__(
        self,
        spec: Spec,
        clock: Callable[[], float],
        handled: Collection[tuple[str, str]],
        *,
        max_items: int = MAX_STORED_ITEMS,
    ) -> None:
        if max_items < 1:
            raise ValueError("max_items must be >= 1")
        self._spec = spec
        self._clock = clock
        self._max_items = max_items
        self._lock = threading.Lock()
        self._items: OrderedDict[Key, _Stored] = OrderedDict()
        self._created = 0
        self._roles = _roles(spec, frozenset(handled))

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._created = 0

    def serves(self, operation: Operation) -> bool:
        return (operation.method, operation.path) in self._roles

    def answer(
        self,
        operation: Operation,
        path: Mapping[str, str],
        query: Mapping[str, Any],
        body: Mapping[str, Any],
    ) -> Answer | None:
        """The answer to ``operation`` when it plays a role in a resource; None when the fake's
        schema-shaped answer applies (an action whose item exists, or no resource at all).
        An ApiError when an id in the path names nothing."""
        role = self._roles.get((operation.method, operation.path))
        if role is None:
            return None
        resource = role.resource
        parents = tuple(path.get(name, "") for name in resource.parameters)
        if role.kind == "create":
            self._require_parent(operation, resource, parents)
            return self._create(operation, resource, parents, body)
        if role.kind == "list":
            self._require_parent(operation, resource, parents)
            return self._list(operation, resource, parents, query)
        key = (resource.item, parents, path.get(resource.id_parameter, ""))
        if role.kind == "action":
            self._get(operation, resource, key)
            return None
        if role.kind == "retrieve":
            return Answer(self._get(operation, resource, key), operation.success_status)
        if role.kind == "update":
            return self._update(operation, resource, key, body)
        return self._delete(operation, resource, key)

    # --- roles ----------------------------------------------------------------------------

    def _create(
        self, operation: Operation, resource: _Resource, parents: tuple[str, ...], body: Mapping[str, Any]
    ) -> Answer:
        with self._lock:
            self._created += 1
            number = self._created
        identity = digest({"resource": resource.item, "number": number}).hex()[:24]
        item = self._instance(resource.item_schema, resource.item_validator, identity)
        if isinstance(item, dict):
            now = _timestamp(self._clock())
            stamps = self._declared(resource, dict.fromkeys(_TIMESTAMPS, now))
            item = _merged(item, stamps, resource.item_validator)
            item = _merged(item, self._declared(resource, body), resource.item_validator)
            if resource.id_field is not None:
                item[resource.id_field] = identity
        with self._lock:
            self._items[(resource.item, parents, identity)] = _Stored(number, item)
            while len(self._items) > self._max_items:
                oldest = next(iter(self._items))
                self._remove(oldest)
        return Answer(self._shaped(operation, item, identity, resource), operation.success_status)

    def _list(
        self, operation: Operation, resource: _Resource, parents: tuple[str, ...], query: Mapping[str, Any]
    ) -> Answer | None:
        paging = _paging_of(operation)
        schema = _success_schema(self._spec, operation)
        items_schema = _items_schema(self._spec, schema, paging.items) if paging and schema else None
        if paging is None or schema is None or items_schema is None:
            return None  # not a list the client pages: the schema-shaped answer
        validator = self._spec.validator_for(_absolute_deep(items_schema))
        values = {**_query_defaults(operation), **query}
        filters = [name for name in _enum_filters(self._spec, operation, paging) if name in values]
        with self._lock:
            stored = [
                (key[2], entry.item)
                for key, entry in reversed(self._items.items())
                if key[0] == resource.item and key[1] == parents
            ]
        chosen = [
            (identity, item)
            for identity, item in stored
            if all(_matches(item.get(name), values[name]) for name in filters)
        ]
        page = _integer(values.get(paging.parameter), 1)
        size = _integer(values.get(paging.size), 10) if paging.size else 10
        start = (page - 1) * size
        shown = chosen[start : start + size] if page >= 1 and size >= 1 else []
        id_field = _id_field(self._spec.resolve(items_schema), resource.id_parameter)
        answer: dict[str, Any] = {
            paging.items: [
                self._projected(item, items_schema, validator, identity, id_field) for identity, item in shown
            ]
        }
        _put(answer, paging.total_pages, max(1, math.ceil(len(chosen) / max(size, 1))))
        if paging.total_results:
            _put(answer, paging.total_results, len(chosen))
        info = _at(answer, paging.total_pages[:-1])
        if info is not None:  # page_info: which page this is, and its size
            for name in _properties(self._spec, schema, paging.total_pages[:-1]):
                if name == paging.parameter:
                    info[name] = page
                elif "limit" in name:
                    info[name] = size
        whole = operation.response_validators[operation.success_status]
        if not whole.is_valid(answer):  # the answer has more it must say: drawn from its schema
            drawn = self._instance(schema, whole, "list")
            if not isinstance(drawn, dict):
                return None
            answer = _merged(drawn, answer, whole)
        return Answer(answer, operation.success_status)

    def _get(self, operation: Operation, resource: _Resource, key: Key) -> dict[str, Any]:
        with self._lock:
            entry = self._items.get(key)
        if entry is None:
            self._require_parent(operation, resource, key[1])
            raise _not_found(operation, _filled(resource.collection, key[1]), key[2])
        return dict(entry.item)

    def _update(self, operation: Operation, resource: _Resource, key: Key, body: Mapping[str, Any]) -> Answer:
        item = self._get(operation, resource, key)
        changes = self._declared(resource, {**body, _UPDATED: _timestamp(self._clock())})
        item = _merged(item, changes, resource.item_validator)
        if resource.id_field is not None:
            item[resource.id_field] = key[2]
        with self._lock:
            entry = self._items.get(key)
            if entry is None:  # deleted meanwhile
                raise _not_found(operation, _filled(resource.collection, key[1]), key[2])
            entry.item = item
        return Answer(self._shaped(operation, item, key[2], resource), operation.success_status)

    def _delete(self, operation: Operation, resource: _Resource, key: Key) -> Answer:
        item = self._get(operation, resource, key)
        with self._lock:
            if key not in self._items:
                raise _not_found(operation, _filled(resource.collection, key[1]), key[2])
            self._remove(key)
        return Answer(self._shaped(operation, item, key[2], resource), operation.success_status)

    # --- helpers --------------------------------------------------------------------------

    def _remove(self, key: Key) -> None:
        """Forget ``key`` and every item under it (the videos of an index). Holds the lock."""
        self._items.pop(key, None)
        below = key[1] + (key[2],)
        for other in [
            k for k in self._items if k[0].startswith(key[0] + "/") and k[1][: len(below)] == below
        ]:
            self._items.pop(other, None)

    def _require_parent(self, operation: Operation, resource: _Resource, parents: tuple[str, ...]) -> None:
        parent = resource.parent
        if parent is None:
            return
        key = (parent.item, parents[: len(parent.parameters)], parents[len(parent.parameters)])
        with self._lock:
            known = key in self._items
        if not known:
            self._require_parent(operation, parent, key[1])
            raise _not_found(operation, _filled(parent.collection, key[1]), key[2])

    def _instance(
        self, schema: Mapping[str, Any] | None, validator: Draft202012Validator | None, seed: str
    ) -> Any:
        if schema is None:
            return None
        try:
            return instance_of(
                schema, seeded_random({"resource": seed}), root=self._spec.document, validator=validator
            )
        except SchemaNotSupported as exc:
            raise ApiError(500, "internal_error", f"The fake cannot answer this operation: {exc}") from None

    def _declared(self, resource: _Resource, fields: Mapping[str, Any]) -> dict[str, Any]:
        """The ``fields`` the item schema names (a request's other fields are not the item's)."""
        if resource.item_schema is None:
            return {}
        names = _properties(self._spec, resource.item_schema, ())
        return {name: value for name, value in fields.items() if name in names}

    def _shaped(self, operation: Operation, item: Any, identity: str, resource: _Resource) -> Any:
        """The answer of create/update/delete: its own schema's instance with the item's fields
        where they fit and the id in its id field; None when the operation answers no body."""
        schema = operation.response_schemas.get(operation.success_status)
        if schema is None:
            return None
        validator = operation.response_validators[operation.success_status]
        id_field = _id_field(self._spec.resolve(schema), resource.id_parameter)
        return self._projected(item, schema, validator, identity, id_field)

    def _projected(
        self,
        item: Any,
        schema: Mapping[str, Any],
        validator: Draft202012Validator,
        identity: str,
        id_field: str | None,
    ) -> Any:
        """``item`` as ``schema`` shows it: a schema-shaped instance (seeded by the id) with every
        field of the item that the schema accepts, and the id in the schema's id field. The item's
        own fields alone when they are a valid instance (a list of what retrieve shows)."""
        declared = _properties(self._spec, schema, ())
        fields = (
            {name: value for name, value in item.items() if name in declared}
            if isinstance(item, dict)
            else {}
        )
        if fields and id_field is not None:
            fields[id_field] = identity
        if fields and validator.is_valid(fields):
            return fields
        shaped = self._instance(schema, validator, identity)
        if not isinstance(shaped, dict) or not isinstance(item, dict):
            return shaped
        shaped = _merged(shaped, fields, validator)
        if id_field is not None:
            shaped[id_field] = identity
        return shaped


# --- discovery -----------------------------------------------------------------------------


def _roles(spec: Spec, handled: frozenset[tuple[str, str]]) -> dict[tuple[str, str], _Role]:
    """Every operation's role in a resource, by the rules in the module docstring."""
    operations = {(op.method, op.path): op for op in spec.operations.values()}
    item_paths = sorted(
        {path for _, path in operations if _PARAMETER.match(path.rsplit("/", 1)[-1]) and "/" in path[1:]},
        key=len,
    )
    resources: dict[str, _Resource] = {}
    for item in item_paths:
        collection, last = item.rsplit("/", 1)
        core = [(method, path) for method, path in operations if path in (collection, item)]
        crud = [
            key
            for key in core
            if (key[1] == collection and key[0] in ("GET", "POST"))
            or (key[1] == item and key[0] in ("GET", "PUT", "PATCH", "DELETE"))
        ]
        if not crud or any(key in handled for key in crud):
            continue
        parent = next(
            (
                resources[p]
                for p in sorted(resources, key=len, reverse=True)
                if collection.startswith(p + "/")
            ),
            None,
        )
        schema, validator = _item_schema(spec, operations, collection, item)
        id_parameter = last[1:-1]  # "{index-id}" -> "index-id"
        id_field = _id_field(spec.resolve(schema), id_parameter) if schema is not None else None
        create = operations.get(("POST", collection))
        answer = create.response_schemas.get(create.success_status) if create is not None else schema
        if answer is None or _id_field(spec.resolve(answer), id_parameter) is None:
            continue  # create's answer (or an item) does not say which id an item has
        resources[item] = _Resource(collection, item, id_parameter, parent, schema, validator, id_field)
    roles: dict[tuple[str, str], _Role] = {}
    for (method, path), _op in operations.items():
        if (method, path) in handled:
            continue
        role = _role_of(method, path, resources)
        if role is not None:
            roles[(method, path)] = role
    return roles


def _role_of(method: str, path: str, resources: Mapping[str, _Resource]) -> _Role | None:
    for resource in resources.values():
        if path == resource.collection and method in ("GET", "POST"):
            return _Role("list" if method == "GET" else "create", resource)
        if path == resource.item and method in ("GET", "PUT", "PATCH", "DELETE"):
            kind = {"GET": "retrieve", "DELETE": "delete"}.get(method, "update")
            return _Role(kind, resource)
    owner = next(
        (
            resources[item]
            for item in sorted(resources, key=len, reverse=True)
            if path == item or path.startswith(item + "/")
        ),
        None,
    )
    return _Role("action", owner) if owner is not None else None


def _item_schema(
    spec: Spec, operations: Mapping[tuple[str, str], Operation], collection: str, item: str
) -> tuple[Mapping[str, Any] | None, Draft202012Validator | None]:
    """What an item looks like: retrieve's answer, else the list's items, else create's answer."""
    retrieve = operations.get(("GET", item))
    if retrieve is not None and retrieve.success_status in retrieve.response_schemas:
        return retrieve.response_schemas[retrieve.success_status], retrieve.response_validators[
            retrieve.success_status
        ]
    listing = operations.get(("GET", collection))
    paging = _paging_of(listing) if listing is not None else None
    if listing is not None and paging is not None:
        schema = _success_schema(spec, listing)
        items = _items_schema(spec, schema, paging.items) if schema else None
        if items is not None:
            return items, spec.validator_for(_absolute_deep(items))
    create = operations.get(("POST", collection))
    if create is not None and create.success_status in create.response_schemas:
        return create.response_schemas[create.success_status], create.response_validators[
            create.success_status
        ]
    return None, None


def _parameters(path: str) -> tuple[str, ...]:
    return tuple(part[1:-1] for part in path.split("/") if _PARAMETER.match(part))


def _id_field(schema: Mapping[str, Any], id_parameter: str) -> str | None:
    properties = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
    for name in (id_parameter.replace("-", "_"), "_id", "id"):
        if name in properties:
            return name
    return None


@functools.cache
def _client_paging() -> dict[tuple[str, str], Any]:
    """The client's paging of each list operation (generated from ``openapi/client.yaml``)."""
    from twelvelabs_analyze_api.resources import OPERATIONS  # noqa: PLC0415 - only lists need it

    return {(op.method, op.path): op for op in OPERATIONS.values() if op.paging is not None}


def _paging_of(operation: Operation) -> _Paging | None:
    client_operation = _client_paging().get((operation.method, operation.path))
    if client_operation is None:
        return None
    paging = client_operation.paging
    wire = {field.name: field.wire for field in client_operation.fields}
    parameter = wire.get(paging.parameter, paging.parameter)
    properties = (operation.query_schema or {}).get("properties", {})
    sizes = [
        name
        for name, schema in properties.items()
        if name != parameter and isinstance(schema, Mapping) and schema.get("type") == "integer"
    ]
    return _Paging(
        parameter=parameter,
        size=sizes[0] if len(sizes) == 1 else None,
        items=paging.items,
        total_pages=tuple(paging.total_pages),
        total_results=tuple(paging.total_results),
    )


def _success_schema(spec: Spec, operation: Operation) -> Mapping[str, Any] | None:
    return operation.response_schemas.get(operation.success_status)


def _items_schema(spec: Spec, schema: Mapping[str, Any], items: str) -> Mapping[str, Any] | None:
    array = spec.resolve(spec.resolve(schema).get("properties", {}).get(items, {}))
    found = array.get("items") if isinstance(array, Mapping) else None
    return found if isinstance(found, Mapping) else None


def _properties(spec: Spec, schema: Mapping[str, Any], path: Iterable[str]) -> Mapping[str, Any]:
    node: Any = spec.resolve(schema)
    for part in path:
        node = spec.resolve(node.get("properties", {}).get(part, {})) if isinstance(node, Mapping) else {}
    found = node.get("properties", {}) if isinstance(node, Mapping) else {}
    return found if isinstance(found, Mapping) else {}


def _enum_filters(spec: Spec, operation: Operation, paging: _Paging) -> list[str]:
    """The list's query parameters that take enum values (or arrays of them): matched exactly."""
    properties = (operation.query_schema or {}).get("properties", {})
    chosen = []
    for name, schema in properties.items():
        if name in (paging.parameter, paging.size):
            continue
        resolved = spec.resolve(schema)
        if resolved.get("type") == "array":
            resolved = spec.resolve(resolved.get("items", {}))
        if "enum" in resolved:
            chosen.append(name)
    return chosen


def _query_defaults(operation: Operation) -> dict[str, Any]:
    properties = (operation.query_schema or {}).get("properties", {})
    return {name: schema["default"] for name, schema in properties.items() if "default" in schema}


# --- small pure functions ------------------------------------------------------------------


def _merged(
    base: dict[str, Any], changes: Mapping[str, Any], validator: Draft202012Validator | None
) -> dict[str, Any]:
    """``base`` with each of ``changes`` that keeps it valid (all at once when they all do)."""
    merged = {**base, **changes}
    if validator is None or validator.is_valid(merged):
        return merged
    merged = dict(base)
    for name, value in changes.items():
        trial = {**merged, name: value}
        if validator is None or validator.is_valid(trial):
            merged = trial
    return merged


def _matches(value: Any, wanted: Any) -> bool:
    if isinstance(wanted, list):
        return value in wanted
    return bool(value == wanted)


def _integer(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _at(answer: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any] | None:
    node: Any = answer
    for part in path:
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else None


def _put(answer: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    node = answer
    for part in path[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = node[part] = {}
        node = child
    node[path[-1]] = value


def _timestamp(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _filled(path: str, ids: tuple[str, ...]) -> str:
    """``/indexes/{index-id}/videos`` with the ids in place of its parameters (for messages)."""
    values = iter(ids)
    return "/".join(next(values, part) if _PARAMETER.match(part) else part for part in path.split("/"))


def _not_found(operation: Operation, collection: str, identity: str) -> ApiError:
    """``resource_not_exist`` as the operation documents it: 404, else its 400."""
    status = 404 if 404 in operation.response_codes or 400 not in operation.response_codes else 400
    return ApiError(status, NOT_FOUND_CODE, f"Nothing in {collection} has the id {identity!r}.")
