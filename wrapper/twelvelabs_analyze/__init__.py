"""twelvelabs-analyze: a typed, retrying client for TwelveLabs' /gist and /summarize endpoints."""

from ._version import __version__

__all__ = ["__version__"]
