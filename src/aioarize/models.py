"""Every model of the API (generated into ``aioarize_api.models``), importable from here.

Names resolve on first use, so ``import aioarize`` does not import hundreds of
models. A discriminated union's extra variant ``Unknown<Union>`` holds a value
this version does not know yet; its ``to_dict()`` is the JSON as received.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import aioarize_api.models as _models

if TYPE_CHECKING:
    from aioarize_api.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    return getattr(_models, name)


def __dir__() -> list[str]:
    return sorted(_models.__all__)
