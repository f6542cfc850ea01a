"""What the renderer measures of a sketch: its pages. The checks read it; the renderer and the
page cache make it."""

# No `from __future__ import annotations`: pydantic would evaluate the annotations from strings.

from pydantic import BaseModel, ConfigDict

# Built from values already typed, with `model_construct` (see `judging.findings`).
_INTERNAL = ConfigDict(defer_build=True)


class PageInfo(BaseModel):
    """Pages of the rendered PDF; `fraction` is pages used, e.g. 3.4."""

    model_config = _INTERNAL

    pages: int
    fraction: float
