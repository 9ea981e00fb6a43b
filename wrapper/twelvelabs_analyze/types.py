"""Every request and response type of the API, as generated from the spec.

Response models (attrs classes with ``from_dict``/``to_dict``), the enum literals (``GistType``,
``AnalyzeTaskStatus`` …), the unions of result variants, and the ``…Param`` TypedDicts that
describe object arguments (``video={"type": "url", "url": "…"}``). Imported on first use.
``FileSource`` is what a file argument accepts (a path, bytes or an open binary file).
"""

from typing import TYPE_CHECKING, Any

from twelvelabs_analyze._types import FileSource as FileSource  # noqa: PLC0414 - re-exported

if TYPE_CHECKING:
    from twelvelabs_analyze_api.models import *  # noqa: F403
    from twelvelabs_analyze_api.resources import *  # noqa: F403
    from twelvelabs_analyze_api.results import *  # noqa: F403

_SOURCES = (
    "twelvelabs_analyze_api.results",
    "twelvelabs_analyze_api.resources",
    "twelvelabs_analyze_api.models",
)


def __getattr__(name: str) -> Any:
    import importlib  # noqa: PLC0415

    for source in _SOURCES:
        module = importlib.import_module(source)
        if name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            globals()[name] = value
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    import importlib  # noqa: PLC0415

    names: set[str] = set(globals())
    for source in _SOURCES:
        names.update(getattr(importlib.import_module(source), "__all__", ()))
    return sorted(names)
