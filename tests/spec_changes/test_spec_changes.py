"""A spec change reaches the client, its types and the fake with no code edit (issue #9's promise).

In a temporary copy of the project, the overlay gets six changes and openapi/raw/ a new
document; ``scripts/generate.py`` regenerates; then, with that copy first on ``sys.path``:

* the client (a subprocess) validates, sends and parses according to the changed spec;
* mypy checks a typing fixture against the regenerated signatures (a typo must still fail);
* the fake (same subprocess) serves and validates the changed spec.

Not one file under wrapper/ or scripts/ is edited. One regeneration serves every change, so the
test costs one ``make generate`` and one mypy run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COPIED = ("openapi", "scripts", "wrapper", "generated", "pyproject.toml")
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.slow

MUTATIONS = [
    {  # widen a bound
        "target": "$.components.schemas.SummarizeRequest.properties.temperature",
        "description": "test: temperature widened to 0-2",
        "update": {"maximum": 2},
    },
    {  # add a bound
        "target": "$.components.schemas.GistRequest.properties.video_id",
        "description": "test: video ids at most 64 characters",
        "update": {"maxLength": 64},
    },
    {  # add an enum value
        "target": "$.components.schemas.GistType",
        "description": "test: a new gist type",
        "update": {"enum": ["emoji"]},
    },
    {  # add an optional request field
        "target": "$.components.schemas.SummarizeRequest.properties",
        "description": "test: a new optional request field",
        "update": {"language": {"type": "string", "enum": ["en", "fr"], "description": "Output language."}},
    },
    {  # add a response field
        "target": "$.components.schemas.GistResult.properties",
        "description": "test: a new response field",
        "update": {"language": {"type": "string"}},
    },
    {  # drop the response_format rule
        "target": "$.components.schemas.SummarizeRequest.allOf",
        "description": "test: response_format allowed with every type",
        "remove": True,
    },
]

MODERATE_DOCUMENT = """\
# Moderation

POST https://api.twelvelabs.io/v1.3/moderate

Reference: https://docs.twelvelabs.io/api-reference/analyze-videos/moderate

```yaml
openapi: 3.1.1
info:
  title: Moderation
  version: endpoint_.moderate
paths:
  /moderate:
    post:
      operationId: moderate
      summary: Moderate a video
      tags:
        - []
      parameters:
        - name: x-api-key
          in: header
          required: true
          schema:
            type: string
      responses:
        '200':
          description: The moderation verdict.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ModerationResult'
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                video_id:
                  type: string
                strictness:
                  type: integer
                  minimum: 1
                  maximum: 5
              required:
                - video_id
components:
  schemas:
    ModerationResult:
      type: object
      properties:
        flagged:
          type: boolean
        reasons:
          type: array
          items:
            type: string
      required:
        - flagged
```
"""

RUNTIME_CHECKS = """
import json
import httpx
from twelvelabs_analyze import TwelveLabs, AsyncTwelveLabs
from twelvelabs_analyze.testing import FakeTwelveLabs

sent = []
def answer(request):
    sent.append((request.url.path, json.loads(request.content)))
    if request.url.path.endswith("/gist"):
        return httpx.Response(200, json={"title": "T", "language": "fr"})
    if request.url.path.endswith("/moderate"):
        return httpx.Response(200, json={"flagged": False, "reasons": []})
    kind = json.loads(request.content)["type"]
    return httpx.Response(200, json={"summarize_type": kind, "summary": "s", "chapters": []})

client = TwelveLabs(api_key="k", base_url="https://api.test/v1.3", legacy_endpoints=True,
                    http_client=httpx.Client(transport=httpx.MockTransport(answer)))

def refused(call, *words):
    try:
        call()
    except (TypeError, ValueError) as exc:
        assert all(w in str(exc) for w in words), (words, str(exc))
        return
    raise AssertionError(f"not refused: {words}")

# widened bound
client.summarize("v", type="summary", temperature=1.5)
refused(lambda: client.summarize("v", type="summary", temperature=2.5), "temperature", "2")
# new bound
refused(lambda: client.gist("v" * 65, types=["title"]), "video_id", "64")
# new enum value
client.gist("v", types=["emoji"])
# new optional request field, sent as given, checked against its enum
client.summarize("v", type="summary", language="fr")
refused(lambda: client.summarize("v", type="summary", language="de"), "language", "'en', 'fr'")
# new response field: a typed attribute, not an unknown extra
gist = client.gist("v", types=["title"])
assert gist.language == "fr" and "language" not in gist.additional_properties
# the dropped rule
client.summarize("v", type="chapter", response_format={"type": "object"})
# the new document: a method, sync, raw and async, with its own rules
result = client.moderate(video_id="v", strictness=3)
assert result.flagged is False
assert client.with_raw_response.moderate(video_id="v").parsed.reasons == []
assert hasattr(AsyncTwelveLabs, "moderate")
refused(lambda: client.moderate(video_id="v", strictness=6), "strictness", "5")
paths = [p for p, _ in sent]
assert ("/v1.3/summarize", {"video_id": "v", "type": "summary", "language": "fr"}) in sent
assert paths.count("/v1.3/moderate") == 2

# the fake follows the same spec
fake = FakeTwelveLabs()
with fake.client(legacy_endpoints=True) as served:
    assert served.moderate(video_id="v", strictness=2).flagged in (True, False)
    served.summarize("v", type="summary", temperature=1.5, language="en")
    served.gist("v", types=["emoji"])
raw = fake.handle("POST", "/v1.3/gist", {"x-api-key": "test-key", "content-type": "application/json"},
                  json.dumps({"video_id": "v" * 65, "types": ["title"]}).encode())
assert raw.status == 400 and b"video_id" in raw.body, raw
raw = fake.handle("POST", "/v1.3/moderate", {"x-api-key": "test-key", "content-type": "application/json"},
                  json.dumps({"video_id": "v", "strictness": 9}).encode())
assert raw.status == 400 and b"strictness" in raw.body, raw
print("runtime checks passed")
"""

TYPING_FIXTURE = """
from typing import assert_type
from twelvelabs_analyze import TwelveLabs, AsyncTwelveLabs, RawResponse
from twelvelabs_analyze_api.models import ModerationResult

def calls(client: TwelveLabs) -> None:
    assert_type(client.moderate(video_id="v", strictness=3), ModerationResult)
    assert_type(client.with_raw_response.moderate(video_id="v"), RawResponse[ModerationResult])
    client.gist("v", types=["emoji", "title"])
    client.summarize("v", type="summary", language="fr")
    client.summarize("v", type="summary", language="de")  # type: ignore[call-overload]
    client.moderate(video_id="v", strictness="3")  # type: ignore[arg-type]
    assert_type(client.gist("v").language, str | Unset)

async def async_calls(client: AsyncTwelveLabs) -> None:
    assert_type(await client.moderate(video_id="v"), ModerationResult)
"""


def _run(
    command: list[str], cwd: Path, env: dict[str, str], timeout: float
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def changed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("project")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, copy / name)
    overlay_path = copy / "openapi" / "overlay.yaml"
    overlay = yaml.safe_load(overlay_path.read_text(encoding="utf-8"))
    overlay["actions"].extend(MUTATIONS)
    overlay_path.write_text(yaml.safe_dump(overlay, sort_keys=False, allow_unicode=True), encoding="utf-8")
    (copy / "openapi" / "raw" / "moderate.md").write_text(MODERATE_DOCUMENT, encoding="utf-8")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = _run([sys.executable, "scripts/generate.py"], copy, env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return copy


def _env(project: Path) -> dict[str, str]:
    path = os.pathsep.join([str(project / "wrapper"), str(project / "generated")])
    return {**os.environ, "PYTHONPATH": path, "MYPYPATH": path}


def test_no_code_was_edited(changed_project: Path) -> None:
    for folder in ("wrapper", "scripts"):
        for source in (ROOT / folder).rglob("*.py"):
            if "_sync" in source.parts or "__pycache__" in source.parts:
                continue  # _sync/ is regenerated from _async/, itself unchanged
            copied = changed_project / source.relative_to(ROOT)
            assert copied.read_bytes() == source.read_bytes(), f"{copied} was edited"


def test_the_changes_reach_the_client_and_the_fake(changed_project: Path) -> None:
    result = _run([sys.executable, "-c", RUNTIME_CHECKS], changed_project, _env(changed_project), timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "runtime checks passed" in result.stdout


def test_the_changes_reach_the_signatures(changed_project: Path) -> None:
    fixture = changed_project / "typing_fixture.py"
    fixture.write_text(
        "from __future__ import annotations\nfrom twelvelabs_analyze import Unset\n"
        + textwrap.dedent(TYPING_FIXTURE),
        encoding="utf-8",
    )
    result = _run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--no-incremental",
            "--config-file",
            "pyproject.toml",
            "typing_fixture.py",
        ],
        changed_project,
        _env(changed_project),
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
