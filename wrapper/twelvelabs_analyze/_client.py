"""``TwelveLabs`` and ``AsyncTwelveLabs``: the same methods, one blocking and one awaitable.

The async client is written by hand in ``_async/``; the blocking one is generated from it into
``_sync/`` (scripts/unasync.py). Their API methods come from the spec
(``twelvelabs_analyze_api.resources`` and ``.async_resources``).
"""

from ._async._client import AsyncTwelveLabs
from ._sync._client import TwelveLabs

__all__ = ["AsyncTwelveLabs", "TwelveLabs"]
