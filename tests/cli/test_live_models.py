"""The CLI takes the live API's models: ``--model-name pegasus1.6`` is sent, not "did you mean" (issue 21)."""

from __future__ import annotations

from twelvelabs_analyze.testing import FakeTwelveLabs

from .conftest import invoke

URL = "https://example.com/cooking.mp4"


def test_pegasus16_is_sent(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    result = invoke(
        [
            "analyze",
            "--video-url",
            URL,
            "--prompt",
            "Describe it.",
            "--model-name",
            "pegasus1.6",
            "--no-stream",
        ],
        cli_env,
    )
    assert result.exit_code == 0, result.stderr
    assert "did you mean" not in result.stderr
    assert fake.requests[-1].json["model_name"] == "pegasus1.6"


def test_images_are_sent_as_json(fake: FakeTwelveLabs, cli_env: dict[str, str]) -> None:
    images = '[{"name": "before", "url": "https://example.com/a.jpg"}]'
    args = ["analyze", "--image", images, "--prompt", "Describe <@before>.", "--model-name", "pegasus1.6"]
    result = invoke([*args, "--no-stream"], cli_env)
    assert result.exit_code == 0, result.stderr
    assert fake.requests[-1].json["image"] == [{"name": "before", "url": "https://example.com/a.jpg"}]
