"""Small pieces of the client's core pinned exactly: the JSON encoder without orjson, settings copies,
the key wrapper, the truncation error.
"""

from __future__ import annotations

import math
import pickle
import sys
from types import SimpleNamespace

import httpx
import pytest

from twelvelabs_analyze import OutputTruncatedError
from twelvelabs_analyze._config import ClientConfig
from twelvelabs_analyze._prepare import _encoder
from twelvelabs_analyze._secrets import Secret
from twelvelabs_analyze._types import NOT_GIVEN

VALUE = {"prompt": "résumé ✓", "n": [1, 2.5, True, None], "nested": {"a": ""}}
COMPACT = '{"prompt":"résumé ✓","n":[1,2.5,true,null],"nested":{"a":""}}'.encode()


def test_the_standard_library_encoder_writes_what_orjson_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "orjson", None)  # import orjson now raises ImportError
    encode = _encoder()
    assert encode(VALUE) == COMPACT
    with pytest.raises(ValueError, match="JSON compliant"):
        encode({"x": math.nan})


def test_orjson_is_used_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []

    def dumps(value: object) -> bytes:
        calls.append(value)
        return b"fast"

    monkeypatch.setitem(sys.modules, "orjson", SimpleNamespace(dumps=dumps))
    assert _encoder()(VALUE) == b"fast" and calls == [VALUE]


def test_the_real_orjson_writes_the_same_bytes() -> None:
    pytest.importorskip("orjson")
    assert _encoder()(VALUE) == COMPACT


def test_what_orjson_refuses_the_standard_library_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(value: object) -> bytes:
        raise TypeError("Integer exceeds 64-bit range")

    monkeypatch.setitem(sys.modules, "orjson", SimpleNamespace(dumps=refuse))
    assert _encoder()({"n": 2**64, "t": "é"}) == '{"n":18446744073709551616,"t":"é"}'.encode()


def _config(**overrides: object) -> ClientConfig:
    settings: dict[str, object] = {"timeout": 5.0, "max_retries": 2, "max_retry_wait": 60.0, **overrides}
    return ClientConfig.resolve(Secret("first-key"), "https://api.test/v1.3/", **settings)


def test_replace_turns_a_new_key_into_a_secret_and_keeps_what_is_not_given() -> None:
    config = _config()
    assert config.root_url == "https://api.test/v1.3"
    copy = config.replace(api_key="  second-key  ", timeout=NOT_GIVEN, max_retries=5)
    assert copy.api_key == Secret("second-key")
    assert copy.key_header == {"x-api-key": "second-key"}
    assert (copy.timeout, copy.max_retries) == (5.0, 5)
    assert config.api_key == Secret("first-key") and config.max_retries == 2
    assert config.replace(api_key=Secret("third")).api_key == Secret("third")
    assert config.replace(api_key=NOT_GIVEN).api_key == Secret("first-key")


def test_secrets_compare_and_hash_by_value_only_with_secrets() -> None:
    assert Secret("k") == Secret("k")
    assert Secret("k") != Secret("j")
    assert Secret("k") != "k"
    assert hash(Secret("k")) == hash(Secret("k"))
    assert hash(Secret("k")) != hash(Secret("j"))
    assert hash(Secret("k")) != hash("k")
    assert len({Secret("k"), Secret("k"), Secret("j")}) == 2


def test_a_secret_refuses_pickling_with_a_reason() -> None:
    with pytest.raises(TypeError) as caught:
        pickle.dumps(Secret("k"))
    assert str(caught.value) == "an API key is never pickled; pass it again where it is needed"


def test_a_truncation_error_keeps_its_response() -> None:
    response = httpx.Response(200, request=httpx.Request("POST", "https://api.test/analyze"))
    error = OutputTruncatedError("cut", partial="{", warning="w", response=response)
    assert error.response is response
    assert error.status_code == 200
    assert (error.partial, error.body, error.warning) == ("{", "{", "w")
    assert OutputTruncatedError("cut", partial="", warning=None).status_code is None


def test_twelvelabs_errors_repr_with_their_own_class() -> None:
    from twelvelabs_analyze import APIConnectionError, TaskError

    assert repr(APIConnectionError("boom")) == "APIConnectionError('boom')"
    assert repr(TaskError("t", task=None)) == "TaskError('t')"
