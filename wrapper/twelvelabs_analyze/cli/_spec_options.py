"""Command-line options derived from the spec, written once for every command that sends a request.

An :class:`OptionSet` is built from one or more operations (``generated/…/resources.py`` describes
each as an :class:`~twelvelabs_analyze._operation.Operation`) and the client methods that send
them. Every request field becomes an option whose type follows the field's schema in the spec:

=====================  ==================================================================
schema                 option
=====================  ==================================================================
string                 ``--prompt TEXT``
integer / number       ``--max-tokens INTEGER`` / ``--temperature NUMBER`` (finite)
boolean                ``--flag/--no-flag``
enum                   ``--type [summary|chapter|highlight]`` ("did you mean" on a typo)
array of enum          ``--types title,hashtag`` (each item checked, "did you mean")
array of string        ``--names a,b``
anything else          ``--video JSON|FILE``: inline JSON, a JSON file, or ``-`` for stdin
discriminated variant  ``--video-url URL``: ``{"type": "url", "url": URL}`` — one option per
                       variant that needs a single string besides its discriminator
=====================  ==================================================================

So a new optional request field becomes an option after ``make generate``, with no change here.
Bounds and cross-field rules are not checked here: the client checks them from the spec and
raises ``ValueError``/``TypeError`` naming the parameter, which :meth:`OptionSet.explain` turns
into the option's name. Which options a command has is decided by the command (``exclude``), and
an option that does not apply to the operation being sent is refused (``batch --gist --type``).
"""

from __future__ import annotations

import difflib
import inspect
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import click
from click.core import ParameterSource

from twelvelabs_analyze._operation import Operation
from twelvelabs_analyze._spec import spec_document
from twelvelabs_analyze._types import NotGiven

__all__ = [
    "EnumChoice",
    "EnumList",
    "JsonValue",
    "OptionSet",
    "ParamType",
    "SpecOption",
    "Variant",
    "did_you_mean",
    "rename_parameters",
    "variants_of",
]

if TYPE_CHECKING:  # click >= 8.4 types its parameter types by their value; older clicks are not generic
    ParamType = click.ParamType[Any]
else:
    ParamType = click.ParamType

Kind = Literal["string", "integer", "number", "boolean", "enum", "enum_list", "string_list", "json"]
_PREFIX = "spec__"  # click parameter names of spec options, apart from a command's own (json, output …)
_HELP_LENGTH = 150


def did_you_mean(value: str, choices: Sequence[str]) -> str:
    """``'titel' is not one of title, topic, hashtag — did you mean 'title'?``"""
    message = f"{value!r} is not one of {', '.join(choices)}"
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    return message + (f" — did you mean {close[0]!r}?" if close else "")


class EnumChoice(ParamType):
    """One of the spec's enum values."""

    name = "choice"

    def __init__(self, choices: Sequence[str]) -> None:
        self.choices = tuple(choices)

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "[" + "|".join(self.choices) + "]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value)
        if text not in self.choices:
            self.fail(did_you_mean(text, self.choices), param, ctx)
        return text


class EnumList(ParamType):
    """A comma-separated list of the spec's enum values: ``title,hashtag``."""

    name = "list"

    def __init__(self, choices: Sequence[str]) -> None:
        self.choices = tuple(choices)

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "LIST"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> list[str]:
        if isinstance(value, list):
            return value
        items = [part.strip() for part in str(value).split(",") if part.strip()]
        for item in items:
            if item not in self.choices:
                self.fail(did_you_mean(item, self.choices), param, ctx)
        return items


class StringList(ParamType):
    name = "list"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> list[str]:
        if isinstance(value, list):
            return value
        return [part.strip() for part in str(value).split(",") if part.strip()]


class FiniteNumber(ParamType):
    """A JSON number: ``nan`` and ``inf`` cannot be sent."""

    name = "number"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number", param, ctx)
        if number != number or number in (float("inf"), float("-inf")):  # noqa: PLR0124 - NaN
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return number


class JsonValue(ParamType):
    """A JSON value given inline (``'{"a": 1}'``), as a file name, or as ``-`` (standard input)."""

    name = "json"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "JSON|FILE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        if value.lstrip().startswith(("{", "[")):
            source, text = "the inline JSON", value
        elif value == "-":
            source, text = "standard input", sys.stdin.read()
        else:
            source = value
            try:
                text = Path(value).read_text(encoding="utf-8")
            except FileNotFoundError:
                self.fail(
                    f"{value}: no such file (give a JSON file, inline JSON, or - for stdin)", param, ctx
                )
            except (OSError, UnicodeDecodeError) as error:
                self.fail(f"{value}: cannot be read ({error})", param, ctx)
        try:
            return json.loads(text)
        except ValueError as error:
            self.fail(f"{source} is not valid JSON: {error}", param, ctx)


@dataclass(frozen=True, slots=True)
class Variant:
    """``--video-url URL`` for ``video={"type": "url", "url": URL}``."""

    flag: str
    tag: str  # the discriminator property
    value: str  # its value for this variant
    prop: str  # the one other property the option fills
    help: str


@dataclass(frozen=True, slots=True)
class SpecOption:
    """One request field of one or more operations, as an option."""

    name: str  # the client method's keyword
    flag: str
    kind: Kind
    help: str
    choices: tuple[str, ...] = ()
    default: Any = None  # only shown: absent options are not sent, so the client's default applies
    operations: frozenset[str] = frozenset()
    required_in: frozenset[str] = frozenset()  # the operations whose method has no default for it
    variants: tuple[Variant, ...] = ()

    @property
    def param(self) -> str:
        return _PREFIX + self.name

    def click_options(self, note: str = "", required: bool = False) -> list[click.Option]:
        """``required``: click enforces it (every operation of the command needs it, no variant can stand in)."""
        required = required and not self.variants
        shown = f"  [default: {self.default}]" if self.default is not None else ""
        attrs: dict[str, Any] = {"help": self.help + note + shown, "required": required}
        if self.kind == "boolean":
            flag = self.flag.removeprefix("--")
            options = [click.Option([f"--{flag}/--no-{flag}", self.param], default=None, **attrs)]
        else:
            options = [click.Option([self.flag, self.param], type=_param_type(self), **attrs)]
        for variant in self.variants:
            options.append(
                click.Option(
                    [variant.flag, f"{self.param}__{variant.value}"],
                    metavar=variant.prop.upper(),
                    help=variant.help + note,
                )
            )
        return options

    def given(self, ctx: click.Context) -> Any:
        """The value typed for this field (a variant option builds the object), or ``NotGiven``."""
        found: dict[str, Any] = {}
        if _typed(ctx, self.param):
            found[self.flag] = ctx.params[self.param]
        for variant in self.variants:
            key = f"{self.param}__{variant.value}"
            if _typed(ctx, key):
                found[variant.flag] = {variant.tag: variant.value, variant.prop: ctx.params[key]}
        if len(found) > 1:
            raise click.UsageError(f"use only one of {', '.join(found)}", ctx)
        return next(iter(found.values())) if found else NotGiven()

    @property
    def flags(self) -> str:
        """How messages name it: ``--video-url, --video-asset-id or --video``."""
        names = [v.flag for v in self.variants] + [self.flag]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _typed(ctx: click.Context, name: str) -> bool:
    source = ctx.get_parameter_source(name)
    return source is not None and source is not ParameterSource.DEFAULT and name in ctx.params


def _param_type(option: SpecOption) -> ParamType:
    if option.kind == "enum":
        return EnumChoice(option.choices)
    if option.kind == "enum_list":
        return EnumList(option.choices)
    if option.kind == "string_list":
        return StringList()
    if option.kind == "integer":
        return click.INT
    if option.kind == "number":
        return FiniteNumber()
    if option.kind == "json":
        return JsonValue()
    return click.STRING


# --------------------------------------------------------------------------- reading the spec


class _Schemas:
    """Resolves ``$ref`` pointers and flattens ``allOf`` annotations in one spec document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def resolve(self, schema: Any) -> Any:
        seen: set[str] = set()
        while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
            pointer = schema["$ref"]
            if pointer in seen:
                raise ValueError(f"circular $ref {pointer}")
            seen.add(pointer)
            target: Any = self.document
            for part in pointer.removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            # Annotations next to a $ref (a description) win over the target's.
            schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        return schema

    def flat(self, schema: Any) -> dict[str, Any]:
        """The schema with its ``allOf`` members merged in where it does not say otherwise."""
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            return {}
        merged = dict(schema)
        for part in schema.get("allOf") or ():
            member = self.resolve(part)
            if isinstance(member, Mapping) and "if" not in member:
                for key, value in member.items():
                    merged.setdefault(key, value)
        return merged

    def kind(self, schema: Any) -> tuple[Kind, tuple[str, ...]]:
        flat = self.flat(schema)
        enum = flat.get("enum")
        if isinstance(enum, list) and enum and all(isinstance(v, str) for v in enum):
            return "enum", tuple(enum)
        types = flat.get("type")
        names = [t for t in (types if isinstance(types, list) else [types]) if t not in (None, "null")]
        kind = names[0] if len(names) == 1 else None
        if kind in ("string", "integer", "number", "boolean"):
            return kind, ()
        if kind == "array":
            item_kind, choices = self.kind(flat.get("items", {}))
            if item_kind == "enum":
                return "enum_list", choices
            if item_kind == "string":
                return "string_list", ()
        return "json", ()

    def body_properties(self, operation: Operation) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        if operation.body_schema is not None:
            properties.update(self.flat({"$ref": operation.body_schema}).get("properties") or {})
        if operation.parameters_schema is not None:
            properties.update(operation.parameters_schema.get("properties") or {})
        return properties

    def variants(self, name: str, schema: Any) -> tuple[Variant, ...]:
        flat = self.flat(schema)
        discriminator = (flat.get("discriminator") or {}).get("propertyName")
        if not isinstance(discriminator, str):
            return ()
        found = []
        for member in flat.get("oneOf") or flat.get("anyOf") or ():
            variant = self.flat(member)
            tag = self.flat((variant.get("properties") or {}).get(discriminator, {}))
            values = tag.get("enum") or ([tag["const"]] if "const" in tag else [])
            others = [p for p in variant.get("required") or () if p != discriminator]
            if len(values) != 1 or len(others) != 1:
                continue
            prop = others[0]
            if self.kind((variant.get("properties") or {}).get(prop, {}))[0] != "string":
                continue
            flag = f"--{_kebab(name)}-{_kebab(str(values[0]))}"
            found.append(Variant(flag, discriminator, str(values[0]), prop, help_text(variant)))
        return tuple(found)


def variants_of(
    operation: Operation, name: str, document: Mapping[str, Any] | None = None
) -> tuple[Variant, ...]:
    """The one-string variants of an operation's field (``video``: url, asset_id, base64_string)."""
    schemas = _Schemas(document if document is not None else spec_document())
    schema = schemas.body_properties(operation).get(name)
    return schemas.variants(name, schema) if schema is not None else ()


def _kebab(name: str) -> str:
    return name.replace("_", "-")


_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s|\n\s*\n|\n\s*[-*|]")


def help_text(schema: Mapping[str, Any]) -> str:
    """The first sentence of a schema's description, without markdown."""
    description = schema.get("description")
    if not isinstance(description, str):
        return ""
    text = _LINK.sub(r"\1", description).replace("`", "").replace("**", "").strip()
    text = _SENTENCE_END.split(text, maxsplit=1)[0].strip()
    text = " ".join(text.split())
    return text if len(text) <= _HELP_LENGTH else text[: _HELP_LENGTH - 1].rstrip() + "…"


def _signature_defaults(method: Callable[..., Any]) -> dict[str, Any]:
    """Each keyword's default in the client method; ``inspect.Parameter.empty`` when it has none."""
    return {name: parameter.default for name, parameter in inspect.signature(method).parameters.items()}


# --------------------------------------------------------------------------- the option set


@dataclass
class OptionSet:
    """The options of one command, from ``(operation, client method)`` pairs.

    ``exclude``: fields the command takes otherwise (``video_id`` as an argument);
    ``rename``: option names that read better than the field's (``response_format`` → ``--schema``);
    ``helps``: help texts that say more than the spec's first sentence;
    ``labels``: how help names an operation when an option applies to some of them only.
    """

    bindings: Sequence[tuple[Operation, Callable[..., Any]]]
    exclude: Iterable[str] = ()
    rename: Mapping[str, str] = field(default_factory=dict)
    helps: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, str] = field(default_factory=dict)  # operation name → how help names it ("--async")
    document: Mapping[str, Any] | None = None
    options: dict[str, SpecOption] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        schemas = _Schemas(self.document if self.document is not None else spec_document())
        excluded = set(self.exclude)
        for operation, method in self.bindings:
            properties = schemas.body_properties(operation)
            defaults = _signature_defaults(method)
            for spec_field in operation.fields:
                name = spec_field.name
                if name in excluded or spec_field.wire not in properties:
                    continue
                schema = properties[spec_field.wire]
                kind, choices = schemas.kind(schema)
                default = defaults.get(name, inspect.Parameter.empty)
                required = frozenset({operation.name}) if default is inspect.Parameter.empty else frozenset()
                known = self.options.get(name)
                if known is not None:
                    if known.kind != kind:
                        raise ValueError(f"{name} is a {known.kind} in one operation and a {kind} in another")
                    self.options[name] = replace(
                        known,
                        operations=known.operations | {operation.name},
                        required_in=known.required_in | required,
                    )
                    continue
                self.options[name] = SpecOption(
                    name=name,
                    flag="--" + _kebab(self.rename.get(name, name)),
                    kind=kind,
                    help=self.helps.get(name) or help_text(schemas.flat(schema)),
                    choices=choices,
                    default=_shown_default(default),
                    operations=frozenset({operation.name}),
                    required_in=required,
                    variants=schemas.variants(name, schema) if kind == "json" else (),
                )

    def click_options(self) -> list[click.Option]:
        """Every option, for a command's ``params``; each says which operations it is for when not all."""
        names = {operation.name for operation, _ in self.bindings}
        out: list[click.Option] = []
        for option in self.options.values():
            note = ""
            if option.operations != names and self.labels:
                note = (
                    " ("
                    + ", ".join(self.labels[n] for n in sorted(option.operations) if n in self.labels)
                    + ")"
                )
            out.extend(option.click_options(note, required=option.required_in == names))
        return out

    def arguments(
        self, ctx: click.Context, operation: Operation, mode: str, supplied: frozenset[str] = frozenset()
    ) -> dict[str, Any]:
        """The typed options as keyword arguments for ``operation``'s method.

        ``mode`` names the choice that selected the operation (``--gist``) in the refusal of an
        option that does not apply, and in the demand for one it requires (unless the command
        fills it in itself: ``supplied``, e.g. ``video`` from an uploaded file).
        """
        given: dict[str, Any] = {}
        misplaced: list[str] = []
        for option in self.options.values():
            value = option.given(ctx)
            if isinstance(value, NotGiven):
                if operation.name in option.required_in and option.name not in supplied:
                    raise click.UsageError(f"{mode} needs {option.flags}", ctx)
                continue
            if operation.name in option.operations:
                given[option.name] = value
            else:
                misplaced.append(option.flag)
        if misplaced:
            raise click.UsageError(f"{', '.join(misplaced)} does not apply to {mode}", ctx)
        return given

    def typed(self, ctx: click.Context) -> list[str]:
        """The flags of the options that were typed."""
        return [o.flag for o in self.options.values() if not isinstance(o.given(ctx), NotGiven)]

    def explain(self, message: str, extra: Mapping[str, str] | None = None) -> str:
        """A client message about parameters, with each parameter named as the option that sets it."""
        names = {name: option.flags for name, option in self.options.items()}
        names.update(extra or {})
        return rename_parameters(message, names)


def _shown_default(default: Any) -> str | None:
    if default is inspect.Parameter.empty or isinstance(default, NotGiven) or default is None:
        return None
    if isinstance(default, list | tuple):
        return ",".join(str(item) for item in default)
    return str(default)


def rename_parameters(message: str, names: Mapping[str, str]) -> str:
    """``types[0] must be …`` → ``--types (item 1) must be …``; quoted values are left alone."""
    if not names:
        return message
    pattern = re.compile(
        r"(?<![\w.'\"-])("
        + "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        + r")(?:\[(\d+)\])?(?![\w'\"-])"
    )

    def named(match: re.Match[str]) -> str:
        flag = names[match.group(1)]
        return f"{flag} (item {int(match.group(2)) + 1})" if match.group(2) is not None else flag

    return pattern.sub(named, message)
