"""A client's settings: resolved once from arguments and the environment, copied by ``with_options``.

``timeout`` is a number of seconds or an ``httpx.Timeout``. A number bounds each attempt from
connecting to the last byte (and each socket operation within it). An ``httpx.Timeout`` gives
httpx's per-operation limits as written (``connect``, ``read``, ``write``, ``pool``) and bounds the
attempt by the largest of them, so ``httpx.Timeout(60)`` means what ``60`` means; a ``None``
among them (no limit for that operation) leaves the attempt unbounded too.
"""

from __future__ import annotations

import math
import os
from typing import Any, Literal

import httpx
from attrs import evolve, field, frozen

from ._constants import API_KEY_ENV, API_KEY_HEADER, BASE_URL_ENV, DEFAULT_BASE_URL
from ._deadline import check_timeout
from ._exceptions import MissingAPIKeyError
from ._options import check_headers
from ._secrets import REDACTED, Secret
from ._types import NotGiven

__all__ = ["ClientConfig", "LegacyEndpoints", "attempt_seconds", "check_timeout_setting"]

# "auto": use /gist and /summarize, switch to /analyze once they answer that they are gone.
LegacyEndpoints = Literal["auto"] | bool


def _check_base_url(_: object, __: object, value: Any) -> None:
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise ValueError(f"base_url must start with http:// or https://, not {value!r}")


def check_timeout_setting(name: str, value: object) -> None:
    """``ValueError`` naming the setting unless ``value`` is None, seconds, or an ``httpx.Timeout`` of them."""
    if isinstance(value, httpx.Timeout):
        for part in ("connect", "read", "write", "pool"):
            check_timeout(f"{name}.{part}", getattr(value, part))
    else:
        check_timeout(name, value)


def attempt_seconds(timeout: float | httpx.Timeout | None) -> float | None:
    """The deadline of one attempt that a ``timeout`` setting means (see the module docstring)."""
    if not isinstance(timeout, httpx.Timeout):
        return timeout
    limits = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return (
        None
        if any(limit is None for limit in limits)
        else max(limit for limit in limits if limit is not None)
    )


def _check_timeout(_: object, attribute: Any, value: Any) -> None:
    check_timeout(attribute.name, value)


def _check_timeout_setting(_: object, attribute: Any, value: Any) -> None:
    check_timeout_setting(attribute.name, value)


def _headers(value: Any) -> dict[str, str]:
    return check_headers("default_headers", value)


def _check_max_retries(_: object, __: object, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be an int >= 0, not {value!r}")


def _check_max_retry_wait(_: object, __: object, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0 or math.isnan(value):
        raise ValueError(f"max_retry_wait must be a number of seconds >= 0, not {value!r}")


def _check_legacy_endpoints(_: object, __: object, value: Any) -> None:
    if value != "auto" and not isinstance(value, bool):
        raise ValueError(f"legacy_endpoints must be 'auto', True or False, not {value!r}")


def _check_key(_: object, __: object, value: Any) -> None:
    if not isinstance(value, Secret) or not value.reveal().strip():
        raise MissingAPIKeyError("api_key must be a non-empty string")


@frozen
class ClientConfig:
    """Everything a call needs besides the HTTP client. Immutable; ``evolve`` makes modified copies.

    ``timeout``: seconds one attempt may take, from connecting to the last byte of the body (or an
    ``httpx.Timeout``, see the module docstring); ``total_timeout``: seconds a whole call may take,
    retries and waits included (``None``: no limit); ``default_headers``: sent with every request.
    """

    api_key: Secret = field(validator=_check_key)
    base_url: str = field(validator=_check_base_url)
    timeout: float | httpx.Timeout | None = field(validator=_check_timeout_setting)
    max_retries: int = field(validator=_check_max_retries)
    max_retry_wait: float = field(validator=_check_max_retry_wait)
    total_timeout: float | None = field(default=None, validator=_check_timeout)
    legacy_endpoints: LegacyEndpoints = field(default="auto", validator=_check_legacy_endpoints)
    default_headers: dict[str, str] = field(factory=dict, converter=_headers)
    # Derived once here so a call does no per-request header or timeout building.
    root_url: str = field(init=False, repr=False, eq=False)
    key_header: dict[str, str] = field(init=False, repr=False, eq=False)  # default headers + the key
    http_timeout: httpx.Timeout = field(init=False, repr=False, eq=False)
    attempt_timeout: float | None = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "root_url", self.base_url.rstrip("/"))
        object.__setattr__(
            self, "key_header", {**self.default_headers, API_KEY_HEADER: self.api_key.reveal()}
        )
        object.__setattr__(self, "http_timeout", httpx.Timeout(self.timeout))
        object.__setattr__(self, "attempt_timeout", attempt_seconds(self.timeout))

    @classmethod
    def resolve(cls, api_key: Secret | None, base_url: str | None, **settings: Any) -> ClientConfig:
        """Explicit arguments beat the environment, which beats the defaults."""
        if api_key is None:
            api_key = Secret(os.environ.get(API_KEY_ENV, "").strip())
        if not api_key.reveal():
            raise MissingAPIKeyError(
                f"no API key: pass api_key=... or set the {API_KEY_ENV} environment variable"
            )
        url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        return cls(api_key, url, **settings)

    def replace(self, **changes: Any) -> ClientConfig:
        """A copy with the given settings changed; ``NOT_GIVEN`` values are left as they are."""
        given = {name: value for name, value in changes.items() if not isinstance(value, NotGiven)}
        if "api_key" in given:
            given["api_key"] = secret_from_argument(given["api_key"])
        if "default_headers" in given:  # added to the ones the client has, as openai's copy() does
            given["default_headers"] = {**self.default_headers, **_headers(given["default_headers"])}
        return evolve(self, **given)

    def __repr__(self) -> str:  # the key stays out of reprs and logs
        return (
            f"ClientConfig(base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r}, max_retry_wait={self.max_retry_wait!r}, "
            f"total_timeout={self.total_timeout!r}, legacy_endpoints={self.legacy_endpoints!r}, "
            + (f"default_headers={sorted(self.default_headers)!r}, " if self.default_headers else "")
            + f"api_key='{REDACTED}')"
        )


def secret_from_argument(value: object) -> Secret:
    """An ``api_key=`` argument as a :class:`Secret`; a non-string is refused without echoing it."""
    if isinstance(value, Secret):
        return value
    if not isinstance(value, str):
        raise MissingAPIKeyError(f"api_key must be a string, not {type(value).__name__}")
    return Secret(value.strip())
