"""Options shared by several commands, and the parsing typer does not do for us."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from twelvelabs_analyze._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    TEMPERATURE_MAX,
    TEMPERATURE_MIN,
)
from twelvelabs_analyze_api.models.gist_type import GIST_TYPE_VALUES
from twelvelabs_analyze_api.models.summarize_type import SUMMARIZE_TYPE_VALUES

__all__ = [
    "DEFAULT_GIST_TYPES",
    "EXPORT_CHOICES",
    "SUMMARIZE_TYPES",
    "GlobalOptions",
    "JsonOption",
    "MaxTokensOption",
    "PromptOption",
    "SchemaOption",
    "TemperatureOption",
    "choice",
    "gist_types",
    "load_schema",
]

# The allowed values come from the generated layer (so from the spec); only their order is ours.
DEFAULT_GIST_TYPES = ",".join(sorted(GIST_TYPE_VALUES, key=("title", "topic", "hashtag").index))
SUMMARIZE_TYPES = tuple(sorted(SUMMARIZE_TYPE_VALUES))
EXPORT_CHOICES = ("youtube", "vtt", "srt", "json")  # = _export.EXPORT_FORMATS, without importing it


@dataclass(frozen=True, slots=True)
class GlobalOptions:
    """What goes before the command: ``twelvelabs-analyze --api-key … COMMAND``."""

    api_key: str | None = None
    base_url: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_MAX_RETRIES
    verbose: bool = False

    def client_kwargs(self) -> dict[str, Any]:
        return {
            "api_key": self.api_key,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
        }


def choice(choices: Sequence[str], option: str) -> Callable[[str], str]:
    """A typer ``parser`` accepting one of ``choices``."""

    def parse(value: str) -> str:
        if value not in choices:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}", param_hint=option)
        return value

    return parse


def gist_types(text: str) -> list[str]:
    """``title,hashtag`` → ``["title", "hashtag"]``, checked against the spec's values."""
    types = list(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    if not types or any(t not in GIST_TYPE_VALUES for t in types):
        raise typer.BadParameter(
            f"{text!r}: use a comma-separated list of {DEFAULT_GIST_TYPES}", param_hint="--types"
        )
    return types


def load_schema(path: Path | None, summarize_type: str | None) -> dict[str, Any] | None:
    """The ``--schema`` file as the ``response_format`` argument (a bare JSON schema)."""
    if path is None:
        return None
    if summarize_type != "summary":
        raise typer.BadParameter("a JSON schema only applies to --type summary", param_hint="--schema")
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise typer.BadParameter(f"{path} is not valid JSON: {error}", param_hint="--schema") from None
    if not isinstance(schema, dict):
        raise typer.BadParameter(f"{path} must hold a JSON object (a JSON schema)", param_hint="--schema")
    return schema


JsonOption = Annotated[bool, typer.Option("--json", help="Print the raw result as JSON.")]
PromptOption = Annotated[
    str | None, typer.Option("--prompt", help="Guide the output, e.g. 'for a cooking blog'.")
]
TemperatureOption = Annotated[
    float | None,
    typer.Option(
        "--temperature", min=TEMPERATURE_MIN, max=TEMPERATURE_MAX, help="0 = focused … 1 = creative."
    ),
]
MaxTokensOption = Annotated[
    int | None, typer.Option("--max-tokens", min=1, help="Upper bound on the output's length in tokens.")
]
SchemaOption = Annotated[
    Path | None,
    typer.Option(
        "--schema",
        exists=True,
        dir_okay=False,
        metavar="FILE.json",
        help="JSON schema for a structured summary (--type summary only).",
    ),
]
