"""Client settings: every check's boundary and message, the environment, the key's resolution and repr."""

from __future__ import annotations

import math
from typing import Any

import pytest

from twelvelabs_analyze import MissingAPIKeyError, TwelveLabs
from twelvelabs_analyze._config import ClientConfig, secret_from_argument
from twelvelabs_analyze._secrets import Secret


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"base_url": "ftp://x"}, "base_url must start with http:// or https://, not 'ftp://x'"),
        ({"base_url": "api.test"}, "base_url must start with http:// or https://, not 'api.test'"),
        ({"max_retries": -1}, "max_retries must be an int >= 0, not -1"),
        ({"max_retries": 1.0}, "max_retries must be an int >= 0, not 1.0"),
        ({"max_retries": True}, "max_retries must be an int >= 0, not True"),
        ({"max_retry_wait": -0.5}, "max_retry_wait must be a number of seconds >= 0, not -0.5"),
        ({"max_retry_wait": math.nan}, "max_retry_wait must be a number of seconds >= 0, not nan"),
        ({"max_retry_wait": False}, "max_retry_wait must be a number of seconds >= 0, not False"),
        ({"max_retry_wait": "5"}, "max_retry_wait must be a number of seconds >= 0, not '5'"),
        ({"legacy_endpoints": "yes"}, "legacy_endpoints must be 'auto', True or False, not 'yes'"),
        ({"legacy_endpoints": 1.5}, "legacy_endpoints must be 'auto', True or False, not 1.5"),
    ],
)
def test_bad_settings_are_named_with_their_value(settings: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError) as caught:
        TwelveLabs(api_key="k", **settings)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "settings",
    [
        {"max_retries": 0},
        {"max_retry_wait": 0},
        {"max_retry_wait": 0.0},
        {"max_retry_wait": math.inf},
        {"legacy_endpoints": True},
        {"legacy_endpoints": False},
        {"legacy_endpoints": "auto"},
        {"base_url": "http://127.0.0.1:8000"},
        {"timeout": None},
    ],
)
def test_boundary_settings_are_accepted(settings: dict[str, Any]) -> None:
    client = TwelveLabs(api_key="k", **settings)
    for name, value in settings.items():
        assert getattr(client._config, name) == value


def test_timeouts_are_checked_by_name() -> None:
    with pytest.raises(ValueError, match=r"^timeout "):
        TwelveLabs(api_key="k", timeout=0)
    with pytest.raises(ValueError, match=r"^total_timeout "):
        TwelveLabs(api_key="k", total_timeout=-1)


@pytest.mark.parametrize("key", ["", "   ", "\t\n"])
def test_a_blank_key_is_missing(monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    monkeypatch.delenv("TWELVELABS_API_KEY", raising=False)
    with pytest.raises(MissingAPIKeyError) as caught:
        TwelveLabs(api_key=key)
    assert str(caught.value) == (
        "no API key: pass api_key=... or set the TWELVELABS_API_KEY environment variable"
    )
    monkeypatch.setenv("TWELVELABS_API_KEY", key)
    with pytest.raises(MissingAPIKeyError):
        TwelveLabs()


def test_a_config_refuses_a_blank_or_unwrapped_key() -> None:
    settings: dict[str, Any] = {"timeout": 1.0, "max_retries": 0, "max_retry_wait": 0.0}
    with pytest.raises(MissingAPIKeyError, match=r"^api_key must be a non-empty string$"):
        ClientConfig(Secret("  "), "https://x", **settings)
    with pytest.raises(MissingAPIKeyError, match=r"^api_key must be a non-empty string$"):
        ClientConfig("plain-text-key", "https://x", **settings)  # type: ignore[arg-type]


def test_the_environment_key_is_stripped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWELVELABS_API_KEY", "  env-key \n")
    assert TwelveLabs()._config.api_key == Secret("env-key")
    monkeypatch.setenv("TWELVELABS_BASE_URL", "")
    assert TwelveLabs().base_url == "https://api.twelvelabs.io/v1.3"  # empty means unset


def test_key_arguments_are_checked_without_echoing_them() -> None:
    assert secret_from_argument("  k  ") == Secret("k")
    secret = Secret("s")
    assert secret_from_argument(secret) is secret
    with pytest.raises(MissingAPIKeyError) as caught:
        secret_from_argument(b"bytes-key")
    assert str(caught.value) == "api_key must be a string, not bytes"


def test_the_config_repr_lists_settings_and_hides_the_key() -> None:
    config = TwelveLabs(api_key="k", base_url="https://x/", total_timeout=9)._config
    assert repr(config) == (
        "ClientConfig(base_url='https://x/', timeout=60.0, max_retries=2, max_retry_wait=60.0, "
        "total_timeout=9, legacy_endpoints='auto', api_key='***')"
    )
    assert config.root_url == "https://x"
    # Only slashes are stripped from the end (a path may end in any letter).
    assert TwelveLabs(api_key="k", base_url="https://h/v1/BOX//")._config.root_url == "https://h/v1/BOX"
    assert config.http_timeout.read == 60.0
