"""The click classes every command is built from: global options anywhere, "did you mean", help layout.

* Global options (``--api-key``, ``--timeout`` …) are accepted before *or* after the command
  (``twelvelabs-analyze gist ID --timeout 5`` and ``twelvelabs-analyze --timeout 5 gist ID``);
  given after, they win. Every command carries a copy of them that writes into the one
  :class:`Settings` object the group created, and lists them under "Global options" in its help.
* An unknown command gets the closest visible one suggested; hidden commands are runnable but
  neither listed nor suggested.
* No arguments shows the help and exits 0, whatever the click version.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import click
from click.core import ParameterSource

from twelvelabs_analyze import TwelveLabsError
from twelvelabs_analyze._constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
)
from twelvelabs_analyze._secrets import redacting

from ._errors import EXIT_USAGE, CommandError, command_secret, enable_debug_logging, reported_errors
from ._spec_options import ParamType, rename_parameters

__all__ = ["PROG", "Command", "Group", "Settings", "running", "settings_of"]

PROG = "twelvelabs-analyze"
CONTEXT_SETTINGS: dict[str, Any] = {"help_option_names": ["-h", "--help"], "max_content_width": 110}

# --legacy-endpoints values and what the client's legacy_endpoints= takes for each.
LEGACY_ENDPOINTS = {"auto": "auto", "on": True, "off": False}


@dataclass
class Settings:
    """The global options, as the group and then the command saw them."""

    api_key: str | None = None
    base_url: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    total_timeout: float | None = None
    max_retries: int = DEFAULT_MAX_RETRIES
    legacy_endpoints: str = "auto"
    verbose: bool = False

    def client_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``TwelveLabs``/``AsyncTwelveLabs``; unset ones are left to the environment."""
        return {
            "api_key": self.api_key,
            "base_url": self.base_url,
            "timeout": self.timeout,
            "total_timeout": self.total_timeout,
            "max_retries": self.max_retries,
            "legacy_endpoints": LEGACY_ENDPOINTS[self.legacy_endpoints],
        }


def settings_of(ctx: click.Context) -> Settings:
    return ctx.ensure_object(Settings)


# How client settings are named in its messages, and the global option that sets each.
SETTING_OPTIONS = {
    "api_key": "--api-key",
    "base_url": "--base-url",
    "timeout": "--timeout",
    "total_timeout": "--total-timeout",
    "max_retries": "--max-retries",
    "legacy_endpoints": "--legacy-endpoints",
}


@contextmanager
def running(ctx: click.Context, explain: Callable[[str], str] | None = None) -> Iterator[Settings]:
    """The body of a command: debug logging when asked, and every failure as one line and an exit code.

    A ``ValueError``/``TypeError`` is the client refusing an argument before sending anything:
    ``explain`` renames the parameters it names into the options that set them (exit 2). The key
    is in scope throughout: no error made meanwhile (by the client or by the CLI) carries it.
    """
    settings = settings_of(ctx)
    undo = enable_debug_logging(settings.api_key) if settings.verbose else None
    try:
        passthrough = (click.exceptions.ClickException, click.exceptions.Exit, BrokenPipeError)
        with (
            redacting(command_secret(settings.api_key)),
            reported_errors(settings.verbose, click.exceptions.Exit, settings.base_url, passthrough),
        ):
            try:
                yield settings
            except (click.exceptions.ClickException, click.exceptions.Exit, TwelveLabsError):
                raise
            except (ValueError, TypeError) as error:
                message = rename_parameters(str(error), SETTING_OPTIONS)
                raise CommandError(explain(message) if explain else message, EXIT_USAGE) from error
    finally:
        if undo is not None:
            undo()


class GlobalOption(click.Option):
    """An option of the whole tool; its value lands in :class:`Settings`, not in the command's arguments."""


def _store(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    # The group stores every value (defaults included); a command only what was typed after it.
    typed = ctx.get_parameter_source(param.name or "") is ParameterSource.COMMANDLINE
    if param.name and (ctx.parent is None or typed):
        setattr(settings_of(ctx), param.name, value)


def _finite_float(text: str) -> float:
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):  # noqa: PLR0124 - NaN
        raise ValueError(text)
    return value


class Seconds(ParamType):
    """A number of seconds; the client checks the bounds."""

    name = "seconds"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        if isinstance(value, float):
            return value
        try:
            return _finite_float(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a number of seconds", param, ctx)


SECONDS = Seconds()


def global_options() -> list[click.Option]:
    """A fresh set of the global options (click parameters cannot be shared between commands)."""

    def option(*decls: str, **attrs: Any) -> GlobalOption:
        return GlobalOption(decls, expose_value=False, callback=_store, is_eager=True, **attrs)

    return [
        option("--api-key", metavar="KEY", help=f"Your TwelveLabs API key [default: ${API_KEY_ENV}]."),
        option(
            "--base-url",
            metavar="URL",
            help=f"The API root, e.g. a local server's [default: ${BASE_URL_ENV}, else {DEFAULT_BASE_URL}].",
        ),
        option(
            "--timeout",
            type=SECONDS,
            default=DEFAULT_TIMEOUT,
            show_default=True,
            help="Seconds one HTTP attempt may take.",
        ),
        option(
            "--total-timeout",
            type=SECONDS,
            default=None,
            help="Seconds one call may take, retries and waits included [default: no limit].",
        ),
        option(
            "--max-retries",
            type=click.INT,
            default=DEFAULT_MAX_RETRIES,
            show_default=True,
            help="Retries of a failed attempt (connection errors, 408, 409, 429, 5xx).",
        ),
        option(
            "--legacy-endpoints",
            type=click.Choice(list(LEGACY_ENDPOINTS)),
            default="auto",
            show_default=True,
            help="gist/summarize: their own endpoints (on), through /analyze (off), or on until they are gone (auto).",
        ),
        option(
            "-v", "--verbose", is_flag=True, default=False, help="Debug logs (key redacted) and tracebacks."
        ),
    ]


def _is_global(param: click.Parameter) -> bool:
    return isinstance(param, GlobalOption)


def _own_options(params: Sequence[click.Parameter]) -> list[click.Parameter]:
    # Arguments are in the usage line; some click versions would list them among the options too.
    return [p for p in params if isinstance(p, click.Option) and not _is_global(p)]


def _write_section(
    ctx: click.Context, formatter: click.HelpFormatter, title: str, params: Sequence[click.Parameter]
) -> None:
    rows = [record for param in params if (record := param.get_help_record(ctx)) is not None]
    if rows:
        with formatter.section(title):
            formatter.write_dl(rows)


class Command(click.Command):
    """A command that also takes the global options, listed apart in its help."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("context_settings", CONTEXT_SETTINGS)
        super().__init__(*args, **kwargs)
        self.params.extend(global_options())

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        params = self.get_params(ctx)
        _write_section(ctx, formatter, "Options", _own_options(params))
        _write_section(ctx, formatter, "Global options", [p for p in params if _is_global(p)])


class Group(click.Group):
    """A group of commands: global options, "did you mean", help when called bare."""

    command_class = Command

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("context_settings", CONTEXT_SETTINGS)
        super().__init__(*args, **kwargs)
        self.params.extend(global_options())

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args and not ctx.resilient_parsing:
            click.echo(ctx.get_help(), color=ctx.color)
            ctx.exit(0)
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        if self.get_command(ctx, name) is None and not name.startswith("-") and not ctx.resilient_parsing:
            visible = [n for n in self.list_commands(ctx) if not self._hidden(ctx, n)]
            close = difflib.get_close_matches(name, visible, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f" (commands: {', '.join(visible)})"
            raise click.UsageError(f"no such command {name!r}{hint}", ctx)
        return super().resolve_command(ctx, args)

    def _hidden(self, ctx: click.Context, name: str) -> bool:
        command = self.get_command(ctx, name)
        return command is None or command.hidden

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        params = self.get_params(ctx)
        _write_section(ctx, formatter, "Global options", params)
        self.format_commands(ctx, formatter)
