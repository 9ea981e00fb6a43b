"""An error body that spells the key with JSON escapes keeps no key, in its message or its ``body``.

A server may escape any character of a JSON string (``-`` as ``\\u002d``): the raw bytes then do
not contain the key, but the decoded body does. Found by mutation testing (the message's own
redaction looked redundant); the decoded ``body`` kept the key until it was masked too.
"""

from __future__ import annotations

import httpx
import pytest
import respx

from twelvelabs_analyze import APIStatusError, TwelveLabs
from twelvelabs_analyze._error_mapping import SNIPPET_LENGTH, error_from_response
from twelvelabs_analyze._secrets import Secret

KEY = "tlk_abc-123"
ESCAPED = "tlk_abc\\u002d123"  # the key as a JSON string may spell it
URL = "https://api.test/v1.3/gist"


def response(status: int, content: str) -> httpx.Response:
    request = httpx.Request("POST", URL, headers={"x-api-key": KEY})
    return httpx.Response(status, content=content.encode(), request=request)


def test_an_escaped_key_is_masked_in_the_message_and_the_body() -> None:
    error = error_from_response(
        response(400, '{"code": "c", "message": "bad key ' + ESCAPED + '"}'), Secret(KEY)
    )
    assert str(error) == "400 c: bad key ***"
    assert error.body == {"code": "c", "message": "bad key ***"}
    assert KEY not in repr(error.body)


def test_every_string_of_the_body_is_masked_and_nothing_else_changes() -> None:
    content = (
        '{"error": {"code": "c", "message": "m", "details": ['
        '{"'
        + ESCAPED
        + '": "key as a name", "n": 3, "ok": true, "none": null, "list": ["'
        + ESCAPED
        + '", 1.5]}'
        ']}, "note": "caf\\u00e9"}'
    )
    error = error_from_response(response(422, content), Secret(KEY))
    assert error.body == {
        "error": {
            "code": "c",
            "message": "m",
            "details": [{"***": "key as a name", "n": 3, "ok": True, "none": None, "list": ["***", 1.5]}],
        },
        "note": "café",
    }
    assert str(error) == "422 c: m"


def test_without_a_key_the_body_is_kept_as_sent() -> None:
    error = error_from_response(response(400, '{"code": "c", "message": "bad key ' + ESCAPED + '"}'), None)
    assert error.body == {"code": "c", "message": f"bad key {KEY}"}


def test_a_client_call_raises_with_the_key_masked() -> None:
    client = TwelveLabs(api_key=KEY, base_url="https://api.test/v1.3", max_retries=0)
    with respx.mock() as mock:
        mock.post(URL).respond(
            401, content=('{"code": "bad_key", "message": "' + ESCAPED + ' is not valid"}').encode()
        )
        with pytest.raises(APIStatusError) as caught:
            client.gist(video_id="v", types=["title"])
    assert str(caught.value) == "401 bad_key: *** is not valid"
    assert caught.value.body == {"code": "bad_key", "message": "*** is not valid"}


def test_a_3xx_answer_is_an_error_not_a_result() -> None:
    # 300 is the first status outside 2xx: it is not parsed as a success.
    client = TwelveLabs(api_key=KEY, base_url="https://api.test/v1.3", max_retries=2)
    with respx.mock() as mock:
        route = mock.post(URL).respond(300, json={"id": "g1", "title": "A walk"})
        with pytest.raises(APIStatusError) as caught:
            client.gist(video_id="v", types=["title"])
    assert route.call_count == 1
    assert (caught.value.status_code, caught.value.attempts) == (300, 1)
    assert str(caught.value) == "300 Multiple Choices"


def test_a_snippet_cut_right_after_the_key_does_not_show_it() -> None:
    # "tlk_abc-1234" is another token, left as it is in the body; the snippet's cut at
    # SNIPPET_LENGTH characters makes its first part the key itself, which the message masks.
    body = "x" * (SNIPPET_LENGTH - len(KEY) - 1) + " " + KEY + "4 and more"
    error = error_from_response(response(400, body), Secret(KEY))
    assert str(error) == "400 Bad Request: " + "x" * (SNIPPET_LENGTH - len(KEY) - 1) + " ***…"
    assert error.body == body
