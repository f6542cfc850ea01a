"""pydantic's plugin loader, kept out of start-up while plugins are off.

pydantic imports its plugin loader when it builds its first model, and the loader imports
`importlib.metadata` (with `email`, `zipfile`, `csv` and more: 10–20 ms) to look plugins up
in package metadata, even when PYDANTIC_DISABLE_PLUGINS says not to look. Skisse turns plugins
off (a user's own setting wins, see `assistant/__init__.py`), so at import it puts a stand-in
under the loader's name: its `get_plugins()` returns no plugins, as the loader's does when
they are off. Anything else asked of it, or `get_plugins()` once plugins are turned on, loads
the real loader, which then takes its place. (pydantic reaches the loader only through
`from ._loader import get_plugins`; the stand-in is not a full module: it has no import spec,
and names set on it do not reach the real loader.)
"""

import os
import sys
import types

LOADER = "pydantic.plugin._loader"
_OFF = ("__all__", "1", "true")  # the values pydantic reads as "no plugins"


def plugins_off() -> bool:
    return os.environ.get("PYDANTIC_DISABLE_PLUGINS") in _OFF


class _StandIn(types.ModuleType):
    def get_plugins(self):  # type: ignore[no-untyped-def]
        if plugins_off():
            return ()
        return self._real().get_plugins()

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._real(), name)

    def _real(self) -> types.ModuleType:
        import importlib

        if sys.modules.get(LOADER) is self:
            del sys.modules[LOADER]
        return importlib.import_module(LOADER)


def defer_plugin_loader() -> None:
    """Put the stand-in in place, unless plugins are on or the loader is loaded already."""
    if plugins_off() and LOADER not in sys.modules:
        sys.modules[LOADER] = _StandIn(LOADER, __doc__)
