"""The string formats the spec's request parameters use, checked as the API checks them.

jsonschema checks ``uri`` only with optional packages installed; the fake needs it always (a
video URL that is not a URI is a ``parameter_invalid``), so the RFC 3986 grammar is spelt here.
"""

from __future__ import annotations

import re

from jsonschema import FormatChecker

__all__ = ["FORMAT_CHECKER", "is_uri"]

_UNRESERVED = r"A-Za-z0-9\-._~"
_SUB_DELIMS = r"!$&'()*+,;="
_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"
_HOST = rf"(?:\[[0-9A-Fa-f:.vV{_UNRESERVED}{_SUB_DELIMS}]+\]|(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})*)"
_AUTHORITY = rf"(?:(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*@)?{_HOST}(?::[0-9]*)?"
_HIER_PART = (
    rf"(?://{_AUTHORITY}(?:/{_PCHAR}*)*"  # //authority path-abempty
    rf"|/(?:{_PCHAR}+(?:/{_PCHAR}*)*)?"  # path-absolute
    rf"|{_PCHAR}+(?:/{_PCHAR}*)*"  # path-rootless
    r"|)"  # path-empty
)
_URI = re.compile(rf"[A-Za-z][A-Za-z0-9+\-.]*:{_HIER_PART}(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?")


def is_uri(value: object) -> bool:
    """An absolute URI by RFC 3986 (non-strings pass: ``type`` judges them)."""
    return not isinstance(value, str) or _URI.fullmatch(value) is not None


FORMAT_CHECKER = FormatChecker(formats=())
FORMAT_CHECKER.checks("uri")(is_uri)
