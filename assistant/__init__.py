"""Skisse: a terminal assistant for innovation-partnership sketches."""

import os as _os

__version__ = "0.1.0"

# pydantic looks up plugins through package metadata at first use, which costs a start-up
# scan of every installed distribution; Skisse uses none. A user's own setting wins.
_os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from ._plugins import defer_plugin_loader as _defer_plugin_loader  # noqa: E402

_defer_plugin_loader()
